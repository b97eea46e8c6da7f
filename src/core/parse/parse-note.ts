import { EXERCISES } from '../catalog/exercises';
import type { ParsedNote } from '../entry';
import { lateFrontmatterMessage, MAX_NOTE_CHARS, mightBeOurs, noteShape, type NoteShape } from './note-shape';
import { hasField, isPlainMap } from './field-readers';
import { parseFrontmatter, readOurFrontmatter, syncConflictNote } from './read-entry';
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

function problemNote(path: string, message: string): ParsedNote {
  return { path, entry: null, problems: [{ path, message }] };
}

function megabytes(chars: number): string {
  const mb = chars / 1_000_000;
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
}

/** "selftrust" in ASCII: the marker every note of ours holds (KEY_RE in note-shape.ts). */
const MARKER = [0x73, 0x65, 0x6c, 0x66, 0x74, 0x72, 0x75, 0x73, 0x74];

/**
 * True when the note, whatever its bytes decode to, is certainly not ours: parseNote would give no
 * entry, no problem and no draft, so a host building an index may drop it without decoding it.
 * Cheap (one pass over the bytes, no string made), for the unrelated half of a vault.
 *
 * Why it is exact: every shape but `not-ours` needs either our marker or a name like ours. A note
 * with a frontmatter block of ours, late or unclosed, holds `selftrust` (KEY_RE, read without case:
 * without the `u` flag only ASCII letters match ASCII letters, so the bytes hold it too; a decoder
 * never drops ASCII bytes, not even a lossy one). Empty and binary notes are only listed when named
 * like ours or, for binary ones, when the marker shows once NULs are dropped (a UTF-16 note): a
 * note with a NUL byte is never skipped here.
 */
export function notOursBytes(path: string, bytes: Uint8Array): boolean {
  if (nameLooksOurs(path) || bytes.indexOf(0) !== -1) return false;
  const last = bytes.length - MARKER.length;
  // `| 0x20` folds ASCII upper case to lower case; among bytes, only the two cases of each letter fold to it.
  for (let i = 0; i <= last; i++) {
    if ((bytes[i]! | 0x20) !== 0x73) continue;
    let k = 1;
    while (k < MARKER.length && (bytes[i + k]! | 0x20) === MARKER[k]) k++;
    if (k === MARKER.length) return false;
  }
  return true;
}

const OUR_NAMES = EXERCISES.flatMap((e) => [e.id, e.title.toLowerCase()]);

/** True when a file name holds an exercise's id or title, as our default names do (`2026-11-26 Small promise.md`). */
export function nameLooksOurs(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return OUR_NAMES.some((n) => name.includes(n));
}
