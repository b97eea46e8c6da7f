import { EXERCISES } from '../catalog/exercises';
import type { ParsedNote } from '../entry';
import { lateFrontmatterMessage, MAX_NOTE_CHARS, mightBeOurs, noteShape, type NoteShape } from './note-shape';
import { hasField, isPlainMap } from './field-readers';
import { parseFrontmatter, problemNote, readOurFrontmatter, syncConflictNote } from './read-entry';
import { syncConflictOriginal } from './sync-conflict';
import { parseYamlFrontmatter } from './yaml-frontmatter';

export { mightBeOurs, parseFrontmatter };

/**
 * Reads one note: its entry, or the problems that kept it (or part of it) from counting.
 * Notes that are not ours give `{ entry: null, problems: [] }` after a cheap scan, without YAML.
 * Never throws.
 */
export function parseNote(path: string, text: string): ParsedNote {
  return parseShape(path, noteShape(text));
}

/** The path-dependent half of parseNote; the index keeps the shape so a rename can re-run this alone. */
export function parseShape(path: string, shape: NoteShape): ParsedNote {
  try {
    return parseShapeUnsafe(path, shape);
  } catch {
    return problemNote(path, 'Something in this note could not be read, so it was not counted.');
  }
}

function parseShapeUnsafe(path: string, shape: NoteShape): ParsedNote {
  switch (shape.kind) {
    case 'not-ours':
      return { path, entry: null, problems: [] };
    case 'empty':
      // Editors create empty notes all the time; only one named like ours may have lost its text.
      return nameLooksOurs(path)
        ? problemNote(
            path,
            'This note is empty. If it was one of your self-trust notes, its text may have been lost ' +
              '(a sync can do this): restore it from a backup or another device, or delete it.',
          )
        : { path, entry: null, problems: [] };
    case 'binary':
      if (!shape.ours && !nameLooksOurs(path)) return { path, entry: null, problems: [] };
      break;
    case 'late-frontmatter':
      // Ours when named like ours, or when only blank space hides the block (text first may be someone else's note).
      if (shape.before === 'text' && !nameLooksOurs(path)) return { path, entry: null, problems: [] };
      return syncConflictOriginal(path) !== null
        ? syncConflictNote(path, syncConflictOriginal(path) as string)
        : problemNote(path, lateFrontmatterMessage(shape.before));
    default:
      break;
  }
  const original = syncConflictOriginal(path);
  if (original !== null) return syncConflictNote(path, original);
  switch (shape.kind) {
    case 'binary':
      return problemNote(
        path,
        'This note holds binary data (NUL bytes), as if it were an image or saved as UTF-16, so it was not read. ' +
          'Save it again as plain UTF-8 text.',
      );
    case 'too-large':
      return problemNote(
        path,
        `This note is ${megabytes(shape.chars)}, more than the ${megabytes(MAX_NOTE_CHARS)} a self-trust note may hold, ` +
          'so it was not read. Move long writing into another note and link to it.',
      );
    case 'unclosed':
      return problemNote(
        path,
        'The frontmatter starts with "---" but has no closing "---" line, so this note was not counted. ' +
          'Add a line with just "---" after the last key.',
      );
    case 'ours': {
      const yaml = parseYamlFrontmatter(shape.text);
      if (!yaml.ok) return problemNote(path, yaml.message);
      if (!isPlainMap(yaml.data)) {
        return problemNote(
          path,
          'The frontmatter is not a list of "key: value" lines, so this note was not counted.',
        );
      }
      if (!hasField(yaml.data, 'selftrust')) return { path, entry: null, problems: [] };
      return readOurFrontmatter(path, yaml.data);
    }
    default:
      return { path, entry: null, problems: [] };
  }
}

function megabytes(chars: number): string {
  const mb = chars / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** "selftrust" in ASCII: the marker every note of ours holds (KEY_RE in note-shape.ts). */
const MARKER = [0x73, 0x65, 0x6c, 0x66, 0x74, 0x72, 0x75, 0x73, 0x74];

/** Horspool's shift for each byte, both letter cases alike: how far the marker may move when its last byte is under this one. */
const SHIFT = (() => {
  const shift = new Uint8Array(256).fill(MARKER.length);
  for (let k = 0; k < MARKER.length - 1; k++) {
    const lower = MARKER[k] as number;
    shift[lower] = shift[lower - 0x20] = MARKER.length - 1 - k;
  }
  return shift;
})();

/** True when bytes[from, to) hold "selftrust" in any ASCII letter case. */
function holdsMarker(bytes: Uint8Array, from: number, to: number): boolean {
  const last = MARKER.length - 1;
  // `| 0x20` folds an ASCII capital to its small letter; only the two cases of a letter fold to it.
  for (let i = from + last; i < to; i += SHIFT[bytes[i] as number] as number) {
    if (((bytes[i] as number) | 0x20) !== 0x74) continue;
    let k = last - 1;
    while (k >= 0 && ((bytes[i - last + k] as number) | 0x20) === MARKER[k]) k--;
    if (k < 0) return true;
  }
  return false;
}

/** Where the first line that starts with `---` after the first line begins, minus one (its `\n`), or -1. */
function frontBlockEnd(bytes: Uint8Array): number {
  for (let nl = bytes.indexOf(0x0a, 3); nl !== -1; nl = bytes.indexOf(0x0a, nl + 1)) {
    if (bytes[nl + 1] === 0x2d && bytes[nl + 2] === 0x2d && bytes[nl + 3] === 0x2d) return nl;
  }
  return -1;
}

/**
 * True when the note, whatever its bytes decode to, is certainly not ours: parseNote would give no
 * entry, no problem and no draft, so a host building an index may drop it without decoding it.
 * Cheap, for the unrelated half of a vault: for a note that opens with `---`, only its front block is
 * searched for our marker; otherwise the whole note is. Pass a Node Buffer where there is one: its
 * indexOf is native.
 *
 * Why it is exact (see noteShape and parseShape): every shape but `not-ours` needs our marker or a
 * name like ours. A frontmatter block of ours, first, late or unclosed, holds `selftrust` (KEY_RE,
 * read without case: without the `u` flag only ASCII letters match ASCII letters, so the bytes hold
 * it too; a decoder never drops an ASCII byte, not even a lossy one). A note that opens with `---`
 * and a line break has its front block first, up to the first line that starts with `---`: with no
 * marker in it, noteShape finds no block of ours there, and lateFrontmatter stops at that same
 * first line. Empty notes are listed only when named like ours, binary ones also when the marker
 * shows once NULs are dropped (a UTF-16 note): a note with a NUL byte anywhere is never skipped.
 */
export function notOursBytes(path: string, bytes: Uint8Array): boolean {
  if (nameLooksOurs(path) || bytes.indexOf(0) !== -1) return false;
  const front = bytes[0] === 0x2d && bytes[1] === 0x2d && bytes[2] === 0x2d && bytes[3] === 0x0a;
  if (!front) return !holdsMarker(bytes, 0, bytes.length);
  const end = frontBlockEnd(bytes);
  return !holdsMarker(bytes, 4, end === -1 ? bytes.length : end);
}

const OUR_NAMES = EXERCISES.flatMap((e) => [e.id, e.title.toLowerCase()]);

/** True when a file name holds an exercise's id or title, as our default names do (`2026-11-26 Small promise.md`). */
export function nameLooksOurs(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return OUR_NAMES.some((n) => name.includes(n));
}
