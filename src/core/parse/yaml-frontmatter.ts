import matter from 'gray-matter';
import { parseDocument, type Document } from 'yaml';

/**
 * Frontmatter YAML: gray-matter splits the block from the note, and the `yaml` package (eemeli/yaml)
 * reads it by the YAML 1.2 core schema, the rules Obsidian's Properties panel shows the user:
 *
 * - `12:30` and `10:00` stay the text "12:30" and "10:00" (YAML 1.1 read them as 750 and 600, base 60);
 *   `010` is 10 (1.1 read it as octal 8); `yes`/`no` stay words (the field readers know them).
 * - No timestamps: `2026-11-26` and `2026-11-16T20:00:00-05:00` stay the text the user wrote, so the
 *   day they name is read by one function (`dayOf` in field-readers) for reading and for editing.
 * - A key written twice is an error (a sync conflict can do this); so is any YAML error.
 * - Aliases are expanded with a cap (`maxAliasCount`), so a "billion laughs" note of a few hundred
 *   bytes is refused in bounded time and memory instead of growing to gigabytes.
 *
 * The result is plain data (objects, arrays, strings, numbers, booleans, null) or a sentence for the
 * user with the line number in the note. Never throws.
 */

export type YamlResult = { ok: true; data: unknown } | { ok: false; message: string };

/** Options shared by every reading and by the edit's checks, so they cannot disagree. */
export const YAML_OPTIONS = {
  version: '1.2',
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: true,
  // `<<` merge keys are YAML 1.1; in 1.2 `<<` is an ordinary key.
  merge: false,
  // Notes are data: the library's warnings (a collection used as a key, as in an unfilled `{{date}}`) must
  // never reach a terminal or a console; what matters about a note is reported as a problem.
  logLevel: 'error',
} as const;

/** At most this many alias expansions per note: far more than a note needs, far less than a bomb needs. */
export const MAX_ALIAS_COUNT = 100;

/** Parses a YAML block (without its `---` lines) into a Document; the edit keeps it to work on its source ranges. */
export function parseYamlDocument(yaml: string): Document.Parsed {
  return parseDocument(yaml, { ...YAML_OPTIONS, keepSourceTokens: true });
}

function refuse(): never {
  throw new Error('Only YAML frontmatter is read.');
}

class FrontmatterError extends Error {
  constructor(readonly sentence: string) {
    super(sentence);
  }
}

/**
 * Reads a note's frontmatter: the text from its opening `---` through the closing `---` line (the
 * body may follow), with gray-matter and the `yaml` package for every note. A fast reader of our own
 * for simple blocks was tried (ten times faster on long promise logs) and left out: the team's rule is
 * the well-kept library over our own YAML code, and its cost is measured (docs/dev/performance.md).
 * Messages name the line of the note the user sees.
 */
export function parseYamlFrontmatter(text: string): YamlResult {
  const engine = (block: string): object => {
    // gray-matter ends the block before the closing line's `\n`, so a CRLF note's block ends with a lone
    // `\r`, which the library reads as part of the last value (`kept: [a]\r` is an error): drop it.
    const yaml = block.endsWith('\r') ? block.slice(0, -1) : block;
    const doc = parseDocument(yaml, YAML_OPTIONS);
    // An unknown tag (`!weird 2026-11-26`) is only a warning to the library; its value would be read as text
    // the user never meant as such, so it is refused like an error.
    const first = doc.errors[0] ?? doc.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
    if (first) throw new FrontmatterError(describeYamlError(first, yaml));
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      if (error instanceof Error && /excessive alias count/i.test(error.message)) {
        throw new FrontmatterError(
          'The frontmatter repeats its anchors and aliases (&name, *name) so many times that reading it would take ' +
            'too long, so this note was not counted. Write the values out instead of using aliases.',
        );
      }
      const alias = error instanceof Error ? /\*?([^\s,\]]+)$/.exec(error.message.replace(/^.*?:\s*/, ''))?.[1] : undefined;
      throw new FrontmatterError(
        `The frontmatter uses an alias${alias ? ` (*${alias.replace(/^\*/, '')})` : ''} that names no anchor (&name) before it, ` +
          'so this note was not counted. Write the value out instead.',
      );
    }
    // gray-matter wants an object back; anything else is reported by the caller as "not key: value lines".
    return { value: data ?? {} };
  };
  try {
    const options = {
      // `---js` would make gray-matter eval the block; notes are data, never code.
      engines: { yaml: engine, js: { parse: refuse }, javascript: { parse: refuse }, coffee: { parse: refuse } },
    };
    // An options object also keeps gray-matter from caching every text it ever parsed.
    const file = (matter as unknown as (input: string, opts: object) => { data: unknown })(text, options);
    const data = (file.data as { value?: unknown }).value;
    return { ok: true, data: data === undefined ? {} : data };
  } catch (error) {
    if (error instanceof FrontmatterError) return { ok: false, message: error.sentence };
    return { ok: false, message: 'The frontmatter could not be read as YAML, so this note was not counted.' };
  }
}

interface YamlErrorLike {
  code: string;
  message: string;
  pos: [number, number];
}

/**
 * A YAML error as a sentence. gray-matter hands the engine the text after the opening `---`, which
 * begins with that line's own line break: line n of the engine's text is line n of the note.
 */
export function describeYamlError(error: YamlErrorLike, yaml: string): string {
  const line = lineAt(yaml, error.pos[0]);
  const where = ` on line ${line}`;
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyOnLine(yaml, line);
    const named = key ? `The key "${key}" appears twice` : 'A key appears twice';
    return `${named} in the frontmatter${where}, so this note was not counted. Keep one of them (a sync conflict can cause this).`;
  }
  // The library's message ends with a picture of the line (prettyErrors); keep its first sentence.
  let reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
  if (error.code === 'TAG_RESOLVE_FAILED') reason = `unknown tag ${reason.replace(/^Unresolved tag:\s*/, '')}`;
  else if (/end with a \]/.test(reason)) reason = 'a list opened with "[" is not closed with "]"';
  else if (/end with a \}/.test(reason)) reason = 'a group opened with "{" is not closed with "}"';
  else if (error.code === 'BAD_INDENT') reason = 'the indentation of this line does not line up with the lines around it';
  else if (error.code === 'MISSING_CHAR' && /quote/i.test(reason)) reason = 'a quote is opened but never closed';
  return `The frontmatter is not valid YAML${where} (${reason}), so this note was not counted.`;
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The key written on a 1-based line of the text. */
function keyOnLine(text: string, line: number): string | null {
  const found = text.split('\n')[line - 1];
  if (found === undefined) return null;
  const match = /^\s*(?:-\s+)?["']?([^"':#]+?)["']?\s*:/.exec(found);
  return match?.[1]?.trim() ?? null;
}
