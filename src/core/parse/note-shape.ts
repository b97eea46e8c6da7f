/**
 * The cheap first look at a note, before any YAML parsing: is it ours, is it readable at all?
 * Everything here depends on the text alone, never on the path, so the index can keep this small
 * shape instead of the note's text and re-derive path-dependent results after a rename.
 */

/** Notes larger than this are refused before parsing: a self-trust note is a page, not a book. */
export const MAX_NOTE_CHARS = 1_000_000;

/** How much of a note's start is searched for NUL bytes when it is not ours (git looks at 8000 bytes too). */
const BINARY_SNIFF_CHARS = 8000;

export type NoteShape =
  /** No frontmatter block with `selftrust:`: not ours; nothing is kept. */
  | { kind: 'not-ours' }
  /** Nothing but whitespace. */
  | { kind: 'empty' }
  /** NUL bytes: an image, a UTF-16 file or a note damaged by a crash. `ours` when our marker shows through. */
  | { kind: 'binary'; ours: boolean }
  /** Ours, but too large to read. */
  | { kind: 'too-large'; chars: number }
  /** Ours, with a `---` block that is never closed. */
  | { kind: 'unclosed' }
  /** Ours: the frontmatter block (without a BOM or the body) to parse. */
  | { kind: 'ours'; text: string }
  /**
   * A closed `---` block with a `selftrust:` line that does not start on the first line: blank lines
   * or spaces (`blank`), or text such as a stray template line (`text`), come before it. Neither
   * Obsidian nor gray-matter reads such a block as frontmatter. Whether it is ours depends on the
   * name (see parse-note), so the shape only says what is in the way.
   */
  | { kind: 'late-frontmatter'; before: 'blank' | 'text' };

/** The marker of our notes; keys are read without letter case (`Selftrust:`, `SELFTRUST:`). */
const KEY_RE = /["']?selftrust["']?[ \t]*:/iy;

/** How far down a late opening `---` is looked for: a stray line or a few blank ones, not a page of prose. */
const LATE_START_LINES = 10;
const LATE_START_CHARS = 2000;

/**
 * True when the text starts with a `---` frontmatter block holding a top-level `selftrust:` line.
 * No YAML parsing: a vault of 10k unrelated notes costs one short scan each.
 */
export function mightBeOurs(text: string): boolean {
  return scanFrontBlock(text).block !== 'none';
}

interface FrontBlock {
  /** 'closed' or 'unclosed' when the front block has a `selftrust:` line, else 'none'. */
  block: 'none' | 'closed' | 'unclosed';
  /** Where the closing `---` line ends: the body, which parsing never needs, starts here. */
  end: number;
}

function scanFrontBlock(text: string): FrontBlock {
  const none: FrontBlock = { block: 'none', end: 0 };
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return none;
  const firstEnd = text.indexOf('\n', start);
  if (firstEnd === -1 || text.slice(start + 3, firstEnd).trim() !== '') return none;
  return scanBlockFrom(text, firstEnd + 1);
}

/** From the line after an opening `---`: does the block hold a top-level `selftrust:` line, and where does it close? */
function scanBlockFrom(text: string, from: number): FrontBlock {
  const none: FrontBlock = { block: 'none', end: 0 };
  let found = false;
  let pos = from;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    // gray-matter closes the block at the first line starting with `---`; so do we.
    if (text.startsWith('---', pos)) return found ? { block: 'closed', end } : none;
    if (!found) {
      KEY_RE.lastIndex = pos;
      found = KEY_RE.test(text);
    }
    pos = end + 1;
  }
  return found ? { block: 'unclosed', end: text.length } : none;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Classifies a note's text; path-independent and cheap for notes that are not ours. */
export function noteShape(rawText: string): NoteShape {
  const text = stripBom(rawText);
  const { block, end } = scanFrontBlock(text);
  if (block === 'none') {
    if (text.trim() === '') return { kind: 'empty' };
    const head = text.slice(0, BINARY_SNIFF_CHARS);
    if (head.includes('\0')) {
      // A UTF-16 note read as UTF-8 shows our marker once the NULs are dropped.
      return { kind: 'binary', ours: mightBeOurs(head.replace(/\0/g, '')) };
    }
    const late = lateFrontmatter(text);
    return late === null ? { kind: 'not-ours' } : { kind: 'late-frontmatter', before: late };
  }
  if (text.length > MAX_NOTE_CHARS) return { kind: 'too-large', chars: text.length };
  if (text.includes('\0')) return { kind: 'binary', ours: true };
  if (block === 'unclosed') return { kind: 'unclosed' };
  // Only the frontmatter is kept: the body (a letter, a journal) never changes what the note means.
  return { kind: 'ours', text: text.slice(0, end) };
}

/**
 * When a closed `---` block with a `selftrust:` line opens within the first few lines but not on the
 * first: what comes before it. A line whose only non-space content is `---` opens it (` ---` too).
 * Null otherwise. Cheap: only the first LATE_START_LINES lines are looked at for the opening.
 */
function lateFrontmatter(text: string): 'blank' | 'text' | null {
  let pos = 0;
  for (let line = 0; line < LATE_START_LINES && pos < text.length && pos < LATE_START_CHARS; line++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    if (text.slice(pos, end).trim() === '---') {
      if (end >= text.length || scanBlockFrom(text, end + 1).block !== 'closed') return null;
      return text.slice(0, pos).trim() === '' ? 'blank' : 'text';
    }
    pos = end + 1;
  }
  return null;
}

/**
 * The problem for a `late-frontmatter` shape, for parse-note to list (only for a note named like ours,
 * or when nothing but blank space comes first).
 */
export function lateFrontmatterMessage(before: 'blank' | 'text'): string {
  const what = before === 'blank' ? 'a blank line or spaces' : 'text';
  return (
    `The frontmatter must start on the very first line with "---"; this note has ${what} before it, ` +
    'so it was not read. Remove what comes before the first "---".'
  );
}
