/**
 * Which of the index's notes the dashboard and `log` look at. Two rules that need the whole vault
 * (or the settings), so they cannot live in parseNote, which sees one note:
 * 1. Notes inside the template folder are templates, never notes: not counted, not listed (issue 9,
 *    fault 3: a bundled template copied there to override it held `{{date}}` and was listed).
 * 2. Two notes of ours that read the same are one note and a likely copy (issue 9, fault 4: OneDrive's
 *    `name-<computer>.md`, `name (1).md`, iCloud's `name 2.md`, or any copy a person made). The copy
 *    is listed under "Notes to check" instead of counting twice; the original counts.
 *
 * Computed from the parsed entries alone (nothing is read or parsed again), in one pass, so it is a
 * pure function of the set of notes: any sequence of index updates gives what a rebuild gives.
 */
import type { Entry, ParsedNote } from '../entry';
import { DEFAULT_SETTINGS, type Settings } from '../ports';
import { problemNote } from '../parse/read-entry';
import { copyNameRelation } from '../parse/sync-conflict';
import { comparePaths } from '../stats/note-entries';

/** The settings these rules read; without `notesFolder` no folder is preferred for an original. */
export type VaultScope = Pick<Settings, 'templateFolder'> & { notesFolder?: string };

/**
 * True when `path` is inside `folder` (at any depth). Vault paths use `/`; the folder is compared
 * without letter case and after NFC normalisation, as the file systems under a vault (macOS,
 * Windows) treat `templates/self-trust` and `Templates/Self-trust` as one folder. An empty folder
 * holds nothing.
 */
export function inFolder(path: string, folder: string): boolean {
  return folderTest(folder)(path);
}

/** `inFolder` with the folder worked out once, for a pass over the whole index. */
export function inFolderTest(folder: string): (path: string) => boolean {
  return folderTest(folder);
}

function folderTest(folder: string): (path: string) => boolean {
  const f = folder.replace(/^[/\\]+|[/\\]+$/g, '').replace(/\\/g, '/');
  if (f === '') return () => false;
  const prefix = `${fold(f)}/`;
  return (path) => fold(path.replace(/^\/+/, '')).startsWith(prefix);
}

const fold = (s: string): string => s.normalize('NFC').toLowerCase();

/**
 * The notes that count or are listed, in the index's own order: notes in the template folder left
 * out, and each likely copy replaced by a note with no entry and one problem naming its original
 * (see `likelyCopies`). Entries of the other notes are the index's own objects, untouched, so
 * caches keyed by entry identity keep working. Without `scope`, the default template folder is used.
 */
export function notesInScope(notes: Iterable<ParsedNote>, scope: VaultScope = DEFAULT_SETTINGS): ParsedNote[] {
  const folder = scope.templateFolder;
  const isTemplate = folderTest(folder);
  const kept: ParsedNote[] = [];
  for (const note of notes) {
    // The index replaces a note's object when the note changes, so each answer is worked out once.
    let seen = templateCache.get(note);
    if (seen === undefined || seen.folder !== folder) templateCache.set(note, (seen = { folder, inside: isTemplate(note.path) }));
    if (!seen.inside) kept.push(note);
  }
  const copies = likelyCopies(kept, scope.notesFolder);
  const named = namedSyncCopies(kept, copies);
  if (copies.size === 0 && named.size === 0) return kept;
  return kept.map((note) => {
    const original = copies.get(note.path);
    if (original !== undefined) return copyNote(note.path, original);
    const of = named.get(note.path);
    return of === undefined ? note : namedCopyNote(note.path, of);
  });
}

/**
 * Copy path → original path, for notes of ours whose entries are identical apart from the path.
 * Among notes that read the same, a note whose name is another's plus a copy suffix (`-<computer>`,
 * ` (1)`, ` 2`) is the copy; otherwise the original is the one in `notesFolder` (where this plugin
 * writes), then the shortest file name, then the shortest path, then the first by path.
 *
 * Identical entries are a copy when the entry holds the person's own words or days (a promise's text,
 * emotions, values, lists): two people-made notes rarely agree on all of them. Entries with nothing
 * but a date and numbers (a 10-minute mindfulness session, a letter, a check-in's scores) are often
 * the same by right: two sessions of 10 minutes on one day are two sessions, and this plugin names
 * the second `… Mindfulness 2.md`. Those are a copy only when the name also says so, with a suffix
 * people rarely write: OneDrive's `-<computer>` or ` (1)` (see copyNameRelation), never ` 2`.
 */
export function likelyCopies(notes: Iterable<ParsedNote>, notesFolder = ''): Map<string, string> {
  // A note alone under its key (nearly all of them) is kept as itself: no array per note.
  const groups = new Map<string, ParsedNote | ParsedNote[]>();
  for (const note of notes) {
    if (note.entry === null) continue;
    const key = entryKey(note.entry);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, note);
    else if (Array.isArray(group)) group.push(note);
    else groups.set(key, [group, note]);
  }
  const copies = new Map<string, string>();
  const inNotes = folderTest(notesFolder);
  for (const group of groups.values()) {
    if (!Array.isArray(group)) continue;
    const sorted = [...group].sort((a, b) => originalFirst(a.path, b.path, inNotes));
    const first = sorted[0] as ParsedNote;
    const ownWords = hasOwnWords(first.entry as Entry);
    for (let i = 1; i < sorted.length; i++) {
      const copy = (sorted[i] as ParsedNote).path;
      if (ownWords) {
        copies.set(copy, first.path);
        continue;
      }
      for (let j = 0; j < i; j++) {
        const original = (sorted[j] as ParsedNote).path;
        const relation = copyNameRelation(copy, original);
        if (relation === 'onedrive-computer' || relation === 'numbered') {
          copies.set(copy, original);
          break;
        }
      }
    }
  }
  return copies;
}

function originalFirst(a: string, b: string, inNotes: (path: string) => boolean): number {
  // A name that is the other's plus a copy suffix (`-<computer>`, ` (1)`, ` 2`) is the copy, wherever it is.
  if (copyNameRelation(a, b) !== null) return 1;
  if (copyNameRelation(b, a) !== null) return -1;
  const nameLength = (p: string): number => p.length - p.lastIndexOf('/') - 1;
  const outside = (p: string): number => (inNotes(p) ? 0 : 1);
  // Otherwise the note where this plugin writes is the original (a backup elsewhere is the copy).
  return outside(a) - outside(b) || nameLength(a) - nameLength(b) || a.length - b.length || comparePaths(a, b);
}

/**
 * Copy path → original path for sync copies that differ from their original: both sides were edited
 * before the sync caught up, as OneDrive's `Walk-DESKTOP-AB12CD.md` and `Walk (1).md` usually do. A
 * note is such a copy when its name is an existing note's plus a copy suffix (copyNameRelation), in
 * the same folder, and both hold the same promise in the same words. Other exercises are left to the
 * identical-notes rule: two sessions of one day are two sessions. `identical` (already listed) is skipped.
 */
export function namedSyncCopies(notes: readonly ParsedNote[], identical: ReadonlyMap<string, string>): Map<string, string> {
  const promises = new Map<string, ParsedNote>();
  for (const note of notes) if (note.entry?.kind === 'small-promise' && !identical.has(note.path)) promises.set(note.path, note);
  const out = new Map<string, string>();
  for (const note of promises.values()) {
    for (const candidate of syncCopyCandidates(note.path)) {
      const original = promises.get(candidate);
      if (!original || original === note || copyNameRelation(note.path, original.path) === null) continue;
      if (samePromise(note.entry, original.entry)) {
        out.set(note.path, original.path);
        break;
      }
    }
  }
  return out;
}

/**
 * The paths of the notes that the note at `path` could be a sync copy of, by its name alone, in the
 * order namedSyncCopies tries them: the name cut at each hyphen, then without a trailing ` (n)` or ` n`,
 * in the same folder, each once.
 */
export function syncCopyCandidates(path: string): string[] {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1).replace(/\.md$/i, '');
  // Every shorter name this one could be a copy of: cut at each hyphen, or a trailing ` (n)` / ` n`.
  const stems = new Set<string>();
  for (let i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) stems.add(name.slice(0, i));
  const numbered = / (?:\(\d{1,3}\)|\d{1,3})$/.exec(name);
  if (numbered) stems.add(name.slice(0, numbered.index));
  return Array.from(stems, (stem) => `${folder}${stem}.md`);
}

function samePromise(a: Entry | null, b: Entry | null): boolean {
  if (a?.kind !== 'small-promise' || b?.kind !== 'small-promise') return false;
  const fold = (t: string): string => t.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  return fold(a.promise) === fold(b.promise);
}

/** The problem a sync copy that differs from its original is listed with. */
export function namedCopyNote(path: string, original: string): ParsedNote {
  return problemNote(
    path,
    `This looks like a copy of "${original}" made by a sync (its name says so, and it holds the same promise), ` +
      'so it was not counted twice. The two differ: compare them, add any days you logged in this copy to the ' +
      'original, then delete this copy.',
  );
}

/** The problem a likely copy is listed with. */
export function copyNote(path: string, original: string): ParsedNote {
  return problemNote(
    path,
    `This looks like a copy of "${original}" (the same frontmatter), so it was not counted twice. ` +
      'Compare the two, keep what you need in the original, then delete this copy.',
  );
}

const templateCache = new WeakMap<ParsedNote, { folder: string; inside: boolean }>();

/** Entries are never mutated (the index replaces them), so each one's key is worked out once. */
const keys = new WeakMap<Entry, string>();

/**
 * What an entry says, without where it is: its fields as JSON, path left out. Readers build entries
 * in a fixed key order. Two notes are identical (likelyCopies) when their entries have the same key.
 */
export function entryKey(entry: Entry): string {
  let key = keys.get(entry);
  if (key === undefined) {
    const { path: _path, ...rest } = entry;
    key = JSON.stringify(rest);
    keys.set(entry, key);
  }
  return key;
}

/** Fields that frame an entry rather than say something the person wrote. */
const FRAME_FIELDS = new Set(['kind', 'path', 'date', 'status', 'per', 'times', 'start', 'week']);

/** True when some field holds text or a list the person wrote (see likelyCopies). */
function hasOwnWords(entry: Entry): boolean {
  for (const [field, value] of Object.entries(entry)) {
    if (FRAME_FIELDS.has(field)) continue;
    if (typeof value === 'string' && value.trim() !== '') return true;
    if (Array.isArray(value) && value.length > 0) return true;
  }
  return false;
}
