/**
 * notesInScope (vault-scope.ts) kept up to date one changed note at a time, for a live dashboard on a
 * large vault: a change to one note re-reads only the notes it can affect, the notes that read the
 * same (its group by entry key, before and after the change) and, for a promise, the promises whose
 * names make them a sync copy of it or it of them. The rules are vault-scope.ts's own functions,
 * applied to those notes only: likelyCopies to a group, namedSyncCopies to the promises (which it only
 * looks at). test/core/index/scope-tracker.test.ts checks, over random changes, that the notes in
 * scope always equal notesInScope over the whole index.
 */
import type { ParsedNote } from '../entry';
import { copyNote, entryKey, inFolderTest, likelyCopies, namedCopyNote, namedSyncCopies, syncCopyCandidates, type VaultScope } from './vault-scope';

/** One note of the scope that changed: what it was and what it is (undefined: not in scope). */
export interface ScopeChange {
  path: string;
  before: ParsedNote | undefined;
  after: ParsedNote | undefined;
}

export class ScopeTracker {
  /** The index's notes outside the template folder, by path. */
  private readonly kept = new Map<string, ParsedNote>();
  /** Entry key of each kept note with an entry, and the paths under each key. */
  private readonly keyOf = new Map<string, string>();
  /** The paths under each key: one path alone (nearly every key), or a set of them. */
  private readonly groups = new Map<string, string | Set<string>>();
  /** Copy → original, for identical notes (likelyCopies), and the copies each group made. */
  private readonly copies = new Map<string, string>();
  private readonly copiesOfGroup = new Map<string, string[]>();
  /** The kept promises, and copy → original for promises whose name says they are a sync copy (namedSyncCopies). */
  private readonly promises = new Map<string, ParsedNote>();
  private readonly named = new Map<string, string>();
  /** Path → the kept promises that could be a sync copy of a note there, by their names (syncCopyCandidates). */
  private readonly copyNamed = new Map<string, Set<string>>();
  /** What notesInScope gives for each path, by path. A copy's note is kept, so it is the same object while nothing changes. */
  private readonly result = new Map<string, ParsedNote>();
  private readonly isTemplate: (path: string) => boolean;

  constructor(readonly scope: VaultScope) {
    this.isTemplate = inFolderTest(scope.templateFolder);
  }

  /** How many notes are in scope. */
  get size(): number {
    return this.result.size;
  }

  /** The notes in scope, in no particular order. */
  notes(): Iterable<ParsedNote> {
    return this.result.values();
  }

  /**
   * Takes the index's notes at `paths` as they are now (`note(path)`, undefined when gone) and
   * returns the notes in scope that changed (each path once; a note whose object stayed the same is
   * not a change).
   */
  update(paths: Iterable<string>, note: (path: string) => ParsedNote | undefined): ScopeChange[] {
    if (this.kept.size === 0 && this.result.size === 0) return this.fill(paths, note);
    const touchedGroups = new Set<string>();
    const touched = new Set<string>();
    /** Paths whose promise, or whose being an identical copy, changed: their named copies are read again. */
    const promisesMoved = new Set<string>();
    for (const path of paths) {
      touched.add(path);
      const before = this.kept.get(path);
      const now = note(path);
      const after = now !== undefined && !this.isTemplate(path) ? now : undefined;
      if (before === after) continue;
      const oldKey = this.keyOf.get(path);
      if (oldKey !== undefined) {
        touchedGroups.add(oldKey);
        const group = this.groups.get(oldKey);
        if (typeof group === 'string' || group === undefined) this.groups.delete(oldKey);
        else {
          group.delete(path);
          if (group.size === 1) this.groups.set(oldKey, group.values().next().value as string);
        }
        this.keyOf.delete(path);
      }
      if (before?.entry?.kind === 'small-promise' || after?.entry?.kind === 'small-promise') promisesMoved.add(path);
      if (this.promises.delete(path)) for (const candidate of syncCopyCandidates(path)) this.copyNamed.get(candidate)?.delete(path);
      if (after === undefined) {
        this.kept.delete(path);
        continue;
      }
      this.kept.set(path, after);
      if (after.entry !== null) {
        const key = entryKey(after.entry);
        touchedGroups.add(key);
        this.keyOf.set(path, key);
        const group = this.groups.get(key);
        if (group === undefined) this.groups.set(key, path);
        else if (typeof group === 'string') this.groups.set(key, new Set([group, path]));
        else group.add(path);
        if (after.entry.kind === 'small-promise') {
          this.promises.set(path, after);
          for (const candidate of syncCopyCandidates(path)) {
            let copies = this.copyNamed.get(candidate);
            if (copies === undefined) this.copyNamed.set(candidate, (copies = new Set()));
            copies.add(path);
          }
        }
      }
    }

    // Identical notes: each touched group is read again, alone, by likelyCopies. What the groups said
    // before goes first, all of it: a note that moved from one group to another may be a copy in both.
    for (const key of touchedGroups) {
      for (const copy of this.copiesOfGroup.get(key) ?? []) {
        this.copies.delete(copy);
        touched.add(copy);
        if (this.promises.has(copy)) promisesMoved.add(copy);
      }
      this.copiesOfGroup.delete(key);
    }
    for (const key of touchedGroups) {
      const group = this.groups.get(key);
      if (group === undefined || typeof group === 'string') continue;
      const made = likelyCopies(
        [...group].map((p) => this.kept.get(p) as ParsedNote),
        this.scope.notesFolder,
      );
      if (made.size === 0) continue;
      const copiesHere: string[] = [];
      for (const [copy, original] of made) {
        this.copies.set(copy, original);
        copiesHere.push(copy);
        touched.add(copy);
        if (this.promises.has(copy)) promisesMoved.add(copy);
      }
      this.copiesOfGroup.set(key, copiesHere);
    }

    // Promises whose name says they are a sync copy: a moved promise, and the promises named as its copies, are read again.
    const rename = new Set<string>();
    for (const path of promisesMoved) {
      rename.add(path);
      for (const copy of this.copyNamed.get(path) ?? []) rename.add(copy);
    }
    for (const path of rename) {
      const of = this.namedOriginal(path);
      if (of === this.named.get(path)) continue;
      if (of === undefined) this.named.delete(path);
      else this.named.set(path, of);
      touched.add(path);
    }

    const changes: ScopeChange[] = [];
    for (const path of touched) {
      const before = this.result.get(path);
      const after = this.resultFor(path, before);
      if (before === after) continue;
      if (after === undefined) this.result.delete(path);
      else this.result.set(path, after);
      changes.push({ path, before, after });
    }
    return changes;
  }

  /**
   * update() for an empty tracker (the first build): the same rules in one pass over the notes, as
   * notesInScope reads them, without tracking what each note touched.
   */
  private fill(paths: Iterable<string>, note: (path: string) => ParsedNote | undefined): ScopeChange[] {
    for (const path of paths) {
      const now = note(path);
      if (now === undefined || this.isTemplate(path)) continue;
      this.kept.set(path, now);
      if (now.entry === null) continue;
      const key = entryKey(now.entry);
      this.keyOf.set(path, key);
      const group = this.groups.get(key);
      if (group === undefined) this.groups.set(key, path);
      else if (typeof group === 'string') this.groups.set(key, new Set([group, path]));
      else group.add(path);
      if (now.entry.kind === 'small-promise') {
        this.promises.set(path, now);
        for (const candidate of syncCopyCandidates(path)) {
          let copies = this.copyNamed.get(candidate);
          if (copies === undefined) this.copyNamed.set(candidate, (copies = new Set()));
          copies.add(path);
        }
      }
    }
    for (const [key, group] of this.groups) {
      if (typeof group === 'string') continue;
      const made = likelyCopies(
        [...group].map((p) => this.kept.get(p) as ParsedNote),
        this.scope.notesFolder,
      );
      if (made.size === 0) continue;
      for (const [copy, original] of made) this.copies.set(copy, original);
      this.copiesOfGroup.set(key, [...made.keys()]);
    }
    if (this.promises.size > 1) for (const [copy, original] of namedSyncCopies([...this.promises.values()], this.copies)) this.named.set(copy, original);
    const changes: ScopeChange[] = [];
    for (const path of this.kept.keys()) {
      const after = this.resultFor(path, undefined) as ParsedNote;
      this.result.set(path, after);
      changes.push({ path, before: undefined, after });
    }
    return changes;
  }

  /** The original the kept promise at `path` is a named sync copy of (namedSyncCopies, asked of it and its candidates alone). */
  private namedOriginal(path: string): string | undefined {
    const note = this.promises.get(path);
    if (note === undefined) return undefined;
    const near: ParsedNote[] = [note];
    for (const candidate of syncCopyCandidates(path)) {
      const original = this.promises.get(candidate);
      if (original !== undefined) near.push(original);
    }
    return near.length === 1 ? undefined : namedSyncCopies(near, this.copies).get(path);
  }

  /** What notesInScope gives for `path` now; `before` is reused when it says the same. */
  private resultFor(path: string, before: ParsedNote | undefined): ParsedNote | undefined {
    const note = this.kept.get(path);
    if (note === undefined) return undefined;
    const original = this.copies.get(path);
    if (original !== undefined) return reuse(before, copyNote(path, original));
    const of = this.named.get(path);
    if (of !== undefined) return reuse(before, namedCopyNote(path, of));
    return note;
  }
}

/** `before` when it is a note with no entry and the same one problem as `made`: a copy's note stays the same object. */
function reuse(before: ParsedNote | undefined, made: ParsedNote): ParsedNote {
  if (before !== undefined && before.entry === null && before.problems.length === 1 && before.problems[0]?.message === made.problems[0]?.message) {
    return before;
  }
  return made;
}
