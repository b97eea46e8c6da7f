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
  | { kind: 'ours'; text: string };

const KEY_RE = /["']?selftrust["']?[ \t]*:/y;

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
  let found = false;
  let pos = firstEnd + 1;
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
    return { kind: 'not-ours' };
  }
  if (text.length > MAX_NOTE_CHARS) return { kind: 'too-large', chars: text.length };
  if (text.includes('\0')) return { kind: 'binary', ours: true };
  if (block === 'unclosed') return { kind: 'unclosed' };
  // Only the frontmatter is kept: the body (a letter, a journal) never changes what the note means.
  return { kind: 'ours', text: text.slice(0, end) };
}
