import matter from 'gray-matter';

/**
 * Frontmatter YAML through gray-matter (js-yaml 3), with two changes to what it hands back:
 *
 * - Timestamps stay the text the user wrote. js-yaml turns `2026-11-26` into a UTC Date and rolls an
 *   impossible `2026-02-30` over to March 2nd without a word. A js-yaml `listener` sees every node
 *   as it closes; for a timestamp we put the source text back, so the field readers see exactly
 *   what Obsidian's metadataCache would give (a string) and can say "2026-02-30 is not a day".
 * - Errors become plain sentences with the line number in the note.
 *
 * An options object is always passed: without one gray-matter caches every text it ever parsed.
 */

export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string };

interface YamlMark {
  line: number;
  column: number;
}

interface YamlError {
  name: string;
  reason?: string;
  mark?: YamlMark;
}

/** The part of js-yaml's loader state the listener reads and writes. */
interface LoaderState {
  input: string;
  position: number;
  result: unknown;
  tag: string | null;
  anchor: string | null;
  anchorMap: Record<string, unknown>;
}

const TIMESTAMP_TAG = 'tag:yaml.org,2002:timestamp';
const TIMESTAMP_TEXT = /\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?/g;

function refuse(): never {
  throw new Error('Only YAML frontmatter is read.');
}

export function parseYamlFrontmatter(text: string): YamlResult {
  const openedAt: number[] = [];
  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      openedAt.push(state.position);
      return;
    }
    const start = openedAt.pop() ?? state.position;
    if (state.tag === TIMESTAMP_TAG && state.result instanceof Date) {
      // The source slice may also hold an anchor or a tag (`&a 2026-01-01`); keep the timestamp itself.
      const written = state.input.slice(start, state.position).match(TIMESTAMP_TEXT);
      const last = written?.[written.length - 1];
      if (last !== undefined) {
        state.result = last;
        if (state.anchor !== null) state.anchorMap[state.anchor] = last;
      }
    }
  };
  try {
    const options = {
      listener,
      // `---js` would make gray-matter eval the block; notes are data, never code.
      engines: { js: { parse: refuse }, javascript: { parse: refuse }, coffee: { parse: refuse } },
    };
    // The typings do not know js-yaml's `listener`; gray-matter hands the options to js-yaml as they are.
    const file = (matter as unknown as (input: string, opts: object) => { data: unknown })(text, options);
    return { ok: true, data: file.data };
  } catch (error) {
    return { ok: false, message: describeYamlError(error, text) };
  }
}

function describeYamlError(error: unknown, text: string): string {
  const e = (typeof error === 'object' && error !== null ? error : {}) as YamlError;
  if (e.name !== 'YAMLException' || !e.reason) {
    return 'The frontmatter could not be read as YAML, so this note was not counted.';
  }
  // The YAML block starts right after the opening `---`, so js-yaml's 0-based line is the note's 1-based line - 1.
  const line = e.mark ? e.mark.line + 1 : null;
  const where = line !== null ? ` on line ${line}` : '';
  if (e.reason === 'duplicated mapping key') {
    const key = e.mark ? keyOnLine(text, e.mark.line) : null;
    const named = key ? `The key "${key}" appears twice` : 'A key appears twice';
    return `${named} in the frontmatter${where}, so this note was not counted. Keep one of them (a sync conflict can cause this).`;
  }
  return `The frontmatter is not valid YAML${where} (${e.reason}), so this note was not counted.`;
}

/** The key written on a 0-based line of the YAML block (the line after the opening `---` is 1). */
function keyOnLine(text: string, yamlLine: number): string | null {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const line = lines[yamlLine];
  if (line === undefined) return null;
  const match = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(line);
  return match?.[1]?.trim() ?? null;
}
