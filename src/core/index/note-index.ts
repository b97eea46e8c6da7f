import type { ParsedNote } from '../entry';
import { ChangeJournal } from './change-journal';
import type { IndexView } from '../ports';
import { parseShape } from '../parse/parse-note';
import { noteShape, type NoteShape } from '../parse/note-shape';
import { parseFrontmatter, syncConflictNote } from '../parse/read-entry';
import { syncConflictOriginal } from '../parse/sync-conflict';

/**
 * What the index keeps of a note so that a rename can re-read it under its new path (sync-conflict
 * names depend on the path) without the host reading the file again. Notes that are not ours keep
 * nothing; ours keep their frontmatter block only, never the body.
 */
type Source =
  | Exclude<NoteShape, { kind: 'not-ours' }>
  | { kind: 'frontmatter'; data: unknown }
  | { kind: 'parsed'; note: ParsedNote };

/**
 * Path → parsed note, updated one note at a time as the host sees files change. `revision` grows
 * with every change to what `notes()` yields and stays put when an update changes nothing (an edit
 * to a note's body, a save without changes), so hosts can skip a redraw. Applying any sequence of
 * upserts, deletes and renames gives the same notes as building a new index from the final files.
 */
export class NoteIndex implements IndexView {
  private rev = 0;
  /** Notes that matter: an entry, or problems to show. */
  private readonly parsed = new Map<string, ParsedNote>();
  private readonly sources = new Map<string, Source>();
  /**
   * The paths whose note in `notes()` changed, with the revision each change made: lets a dashboard
   * rebuild follow what changed instead of walking every note (see changedSince).
   */
  private readonly journal = new ChangeJournal();

  /**
   * `journal: false` for an index built once and read once (the CLI): no journal is kept, and
   * changedSince always says "look at every note", so a dashboard reads it in one pass.
   */
  constructor(private readonly options: { journal?: boolean } = {}) {}

  /** True when the index keeps a journal of changes (see changedSince): worth following one change at a time. */
  get journaled(): boolean {
    return this.options.journal !== false;
  }

  get revision(): number {
    return this.rev;
  }

  /**
   * The paths whose note in `notes()` (added, replaced or removed) changed after revision `since`,
   * each once, in no particular order; undefined when that is too long ago for the journal (it holds
   * the last few thousand changes: ChangeJournal), and the caller then looks at every note.
   */
  changedSince(since: number): string[] | undefined {
    return this.journaled ? this.journal.since(since, this.rev) : undefined;
  }

  /** Moves the revision on for a change to `paths`, and notes them in the journal. */
  private bump(...paths: string[]): void {
    this.rev++;
    if (this.journaled) this.journal.add(this.rev, paths);
  }

  /** How many notes have an entry or a problem. */
  get size(): number {
    return this.parsed.size;
  }

  /** Reads a note's text (a new note or a changed one). */
  upsert(path: string, text: string): void {
    const shape = noteShape(text);
    this.put(path, shape.kind === 'not-ours' ? null : shape, parseShape(path, shape));
  }

  /**
   * Takes a note the host parsed itself (for example with parseFrontmatter over Obsidian's
   * metadataCache). Pass the frontmatter too, so that a later rename can re-read it; without it a
   * rename moves the result as it is (and only re-checks the new name for a sync conflict).
   */
  upsertParsed(note: ParsedNote, frontmatter?: unknown): void {
    // Frontmatter without `selftrust` is not ours under any name: keep nothing of it.
    const source: Source | null = hasSelftrust(frontmatter)
      ? { kind: 'frontmatter', data: frontmatter }
      : frontmatter === undefined && matters(note)
        ? { kind: 'parsed', note }
        : null;
    this.put(note.path, source, note);
  }

  delete(path: string): void {
    this.sources.delete(path);
    if (this.parsed.delete(path)) this.bump(path);
  }

  /** Moves a note; whatever was at `to` is replaced, as on disk. */
  rename(from: string, to: string): void {
    if (from === to) return;
    const source = this.sources.get(from);
    this.sources.delete(from);
    this.sources.delete(to);
    const hadFrom = this.parsed.delete(from);
    const before = this.parsed.get(to);
    this.parsed.delete(to);
    let after: ParsedNote | undefined;
    if (source !== undefined) {
      this.sources.set(to, source);
      const note = reread(to, source);
      if (matters(note)) {
        after = note;
        this.parsed.set(to, note);
      }
    }
    // Replacing a note with one that reads the same is no change to draw.
    const toChanged = before === undefined || after === undefined ? before !== after : !sameNote(before, after);
    if (hadFrom || toChanged) this.bump(from, to);
  }

  get(path: string): ParsedNote | undefined {
    return this.parsed.get(path);
  }

  notes(): Iterable<ParsedNote> {
    return this.parsed.values();
  }

  private put(path: string, source: Source | null, note: ParsedNote): void {
    if (source === null) this.sources.delete(path);
    else this.sources.set(path, source);
    const before = this.parsed.get(path);
    if (!matters(note)) {
      if (before !== undefined) {
        this.parsed.delete(path);
        this.bump(path);
      }
      return;
    }
    if (before !== undefined && sameNote(before, note)) return;
    this.parsed.set(path, note);
    this.bump(path);
  }
}


/** Keys are read without letter case (issue 9), so `Selftrust:` marks a note of ours too. */
function hasSelftrust(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Object.keys(data).some((k) => k.toLowerCase() === 'selftrust');
}

/** A note the dashboard shows: an entry, a problem, or a draft waiting for its words. */
function matters(note: ParsedNote): boolean {
  return note.entry !== null || note.problems.length > 0 || note.draft !== undefined;
}

/** Parsed notes are plain data built in a fixed key order, so their JSON is a faithful comparison. */
function sameNote(a: ParsedNote, b: ParsedNote): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function reread(path: string, source: Source): ParsedNote {
  switch (source.kind) {
    case 'frontmatter':
      return parseFrontmatter(path, source.data);
    case 'parsed':
      return moveParsed(source.note, path);
    default:
      return parseShape(path, source);
  }
}

/** Best effort for a note given without its frontmatter: new paths, and a sync-conflict check on the new name. */
function moveParsed(note: ParsedNote, path: string): ParsedNote {
  const original = syncConflictOriginal(path);
  if (original !== null) return syncConflictNote(path, original);
  if (syncConflictOriginal(note.path) !== null) return { path, entry: null, problems: [] };
  return {
    path,
    entry: note.entry ? { ...note.entry, path } : null,
    problems: note.problems.map((p) => ({ ...p, path })),
    ...(note.draft ? { draft: note.draft } : {}),
  };
}
