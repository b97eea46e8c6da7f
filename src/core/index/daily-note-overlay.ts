import type { ParsedNote, PromiseEntry } from '../entry';
import type { IndexView } from '../ports';
import type { DailyNote } from '../parse/daily-note';
import { ChangeJournal } from './change-journal';
import { dailyNoteDaysWith, promiseForLink, withDailyNoteDays, type DailyNoteDays } from '../stats/daily-note-days';

/**
 * The notes as a live host's dashboard reads them with daily-note check-ins (issue 12, point 4): the
 * index's notes, each promise's entry read with the days its daily notes give it (withDailyNoteDays).
 * withDailyNotes does the same once, for the CLI; this one follows changes, so the dashboard still
 * recomputes only what changed (issue 11, target 2):
 *
 * - it keeps its own revision and journal of changed paths (as NoteIndex does, see changedSince), and
 *   a daily note that changes puts in the journal the promises whose days changed, not the daily note;
 * - a promise's merged entry is the same object from build to build while its note and its daily-note
 *   days are the same, so the dashboard's memory keeps its card.
 *
 * Daily notes are given by the host (which knows the vault's daily-note format and reads their tasks:
 * Obsidian from its metadata cache, VS Code and the CLI from the files) and never written. With no
 * daily note holding a check-in it adds nothing: every note is the index's own object.
 */
export class DailyNoteOverlay implements IndexView {
  private rev = 0;
  private baseRev: number;
  private readonly journal = new ChangeJournal();
  private readonly daily = new Map<string, DailyNote>();
  private dailyChanged = false;
  /** The daily-note days of every promise that has some, by promise path, as last computed. */
  private readonly days = new Map<string, DailyNoteDays>();
  /**
   * Every promise of the base index by path, kept current change by change, with what a link can name
   * it by (its aliases): only a promise added, removed or renamed by an alias moves a link's target.
   */
  private readonly promises = new Map<string, { entry: PromiseEntry; aliases: string }>();
  private readonly merged = new Map<string, { base: ParsedNote; days: DailyNoteDays; note: ParsedNote }>();
  /** Daily notes set or removed since the last look: only the promises they name, before or now, are read again. */
  private readonly dirtyDaily = new Set<string>();
  /** Every link is resolved again at the next look (the promises a link can name changed, or all daily notes went). */
  private relinkAll = false;
  /** How links name promises, while the promises a link can name stay the same. */
  private resolve: ((link: string) => PromiseEntry | undefined) | null = null;
  /** The promises each daily note names, and the daily notes naming each promise, by path. */
  private readonly namedBy = new Map<string, Set<string>>();
  private readonly namesOf = new Map<string, Set<string>>();

  /** `base` is the host's index (a NoteIndex); the overlay reads it and never changes it. */
  constructor(private readonly base: JournaledNotes) {
    this.baseRev = base.revision;
    for (const note of base.notes()) this.notePromise(note.path, note);
  }

  /** As the base index: a journal is kept when the base keeps one. */
  get journaled(): boolean {
    return this.base.journaled;
  }

  /** Grows with every change to what notes() yields, from the base index or from a daily note. */
  get revision(): number {
    this.sync();
    return this.rev;
  }

  /** How many daily notes hold a check-in (a checked task with a link). */
  get dailyNoteCount(): number {
    return this.daily.size;
  }

  /**
   * Sets the daily note at `path` as the host read it (readDailyNote, or the host's own reading of
   * its tasks), or removes it with null: a note that is no longer a daily note, holds no check-in any
   * more, or was deleted. A rename is a removal and a set. Setting a note equal to the one held is no
   * change.
   */
  setDailyNote(path: string, note: DailyNote | null): void {
    const before = this.daily.get(path);
    if (note === null) {
      if (before === undefined) return;
      this.daily.delete(path);
    } else {
      if (before !== undefined && sameDailyNote(before, note)) return;
      this.daily.set(path, note);
    }
    this.dirtyDaily.add(path);
    this.dailyChanged = true;
  }

  /** Removes every daily note (the daily-note format or folder changed, and the host reads them again). */
  clearDailyNotes(): void {
    if (this.daily.size === 0) return;
    this.daily.clear();
    this.relinkAll = true;
    this.dailyChanged = true;
  }

  get(path: string): ParsedNote | undefined {
    this.sync();
    const note = this.base.get(path);
    return note === undefined ? undefined : this.read(note);
  }

  *notes(): Iterable<ParsedNote> {
    this.sync();
    for (const note of this.base.notes()) yield this.read(note);
  }

  /**
   * The paths whose note in notes() changed after revision `since`, each once; undefined when that is
   * older than the journal reaches (the caller then reads every note), as NoteIndex.changedSince.
   */
  changedSince(since: number): string[] | undefined {
    this.sync();
    return this.journaled ? this.journal.since(since, this.rev) : undefined;
  }

  private read(note: ParsedNote): ParsedNote {
    if (note.entry?.kind !== 'small-promise') return note;
    const days = this.days.get(note.path);
    if (days === undefined) return note;
    const held = this.merged.get(note.path);
    if (held !== undefined && held.base === note && held.days === days) return held.note;
    const entry = withDailyNoteDays(note.entry, days);
    const merged = entry === note.entry ? note : { ...note, entry };
    this.merged.set(note.path, { base: note, days, note: merged });
    return merged;
  }

  /** Resolves every daily note's links again and reads every promise's daily-note days afresh. */
  private linkAll(touched: Set<string>): void {
    this.resolve = null;
    this.namedBy.clear();
    this.namesOf.clear();
    const resolve = this.resolver();
    for (const [path, note] of this.daily) this.link(path, note, resolve);
    const next = this.daily.size === 0 ? new Map<string, DailyNoteDays>() : dailyNoteDaysWith([...this.daily.values()].sort(byPath), resolve);
    for (const path of new Set([...this.days.keys(), ...next.keys()])) this.settle(path, next.get(path), touched);
  }

  /**
   * Reads again only the promises the changed daily notes name, before the change or after it, from
   * the daily notes naming each: a task ticked in one daily note costs that promise, not the vault.
   */
  private linkChanged(touched: Set<string>): void {
    const resolve = this.resolver();
    const affected = new Set<string>();
    for (const path of this.dirtyDaily) {
      for (const promise of this.namedBy.get(path) ?? []) {
        affected.add(promise);
        this.namesOf.get(promise)?.delete(path);
      }
      this.namedBy.delete(path);
      const note = this.daily.get(path);
      if (note) for (const promise of this.link(path, note, resolve)) affected.add(promise);
    }
    for (const promise of affected) {
      const notes = [...(this.namesOf.get(promise) ?? [])].flatMap((p) => this.daily.get(p) ?? []).sort(byPath);
      this.settle(promise, dailyNoteDaysWith(notes, resolve).get(promise), touched);
    }
  }

  /** Notes which promises a daily note names; returns their paths. */
  private link(path: string, note: DailyNote, resolve: (link: string) => PromiseEntry | undefined): Set<string> {
    const named = new Set<string>();
    for (const task of note.tasks) for (const link of task.links) {
      const promise = resolve(link);
      if (promise) named.add(promise.path);
    }
    if (named.size > 0) this.namedBy.set(path, named);
    for (const promise of named) {
      let by = this.namesOf.get(promise);
      if (!by) this.namesOf.set(promise, (by = new Set()));
      by.add(path);
    }
    return named;
  }

  private resolver(): (link: string) => PromiseEntry | undefined {
    return (this.resolve ??= promiseForLink([...this.promises.values()].map((p) => p.entry)));
  }

  /** Puts a promise's new daily-note days in place: the same object when they are the same (its card is kept). */
  private settle(path: string, now: DailyNoteDays | undefined, touched: Set<string>): void {
    const before = this.days.get(path);
    const empty = now === undefined || now.kept.size + now.rest.size === 0;
    if (before === undefined ? empty : sameDays(before, now)) return;
    touched.add(path);
    if (empty) {
      this.days.delete(path);
      this.merged.delete(path);
    } else this.days.set(path, now);
  }

  /**
   * Notes the promise at `path` (or that there is none); true when what a link can name changed: a
   * promise came or went, or its aliases changed. A promise's days changing moves no link.
   */
  private notePromise(path: string, note: ParsedNote | undefined): boolean {
    const before = this.promises.get(path);
    if (note?.entry?.kind !== 'small-promise') return this.promises.delete(path);
    const aliases = JSON.stringify(note.entry.aliases ?? []);
    this.promises.set(path, { entry: note.entry, aliases });
    return before === undefined || before.aliases !== aliases;
  }

  /** Takes in what changed in the base index and in the daily notes since the last look. */
  private sync(): void {
    const baseMoved = this.base.revision !== this.baseRev;
    if (!baseMoved && !this.dailyChanged) return;
    let changed: string[] | undefined = [];
    if (baseMoved) {
      changed = this.base.changedSince(this.baseRev);
      this.baseRev = this.base.revision;
      if (changed === undefined) {
        this.promises.clear();
        for (const note of this.base.notes()) this.notePromise(note.path, note);
        this.relinkAll = true;
      } else {
        for (const path of changed) if (this.notePromise(path, this.base.get(path))) this.relinkAll = true;
      }
    }
    this.dailyChanged = false;
    const touched = new Set(changed ?? []);
    if (this.relinkAll) this.linkAll(touched);
    else if (this.dirtyDaily.size > 0) this.linkChanged(touched);
    this.dirtyDaily.clear();
    this.relinkAll = false;
    this.rev++;
    if (changed === undefined) {
      this.journal.reset(this.rev);
      return;
    }
    this.journal.add(this.rev, touched);
  }
}

/** What the overlay reads of the host's index: NoteIndex has all of it. */
export interface JournaledNotes extends IndexView {
  readonly journaled: boolean;
  changedSince(since: number): string[] | undefined;
  get(path: string): ParsedNote | undefined;
}


function byPath(a: DailyNote, b: DailyNote): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function sameDailyNote(a: DailyNote, b: DailyNote): boolean {
  return a.path === b.path && a.day === b.day && JSON.stringify(a.tasks) === JSON.stringify(b.tasks);
}

function sameDays(a: DailyNoteDays, b: DailyNoteDays | undefined): boolean {
  if (b === undefined) return a.kept.size + a.rest.size === 0;
  return sameDayMap(a.kept, b.kept) && sameDayMap(a.rest, b.rest);
}

function sameDayMap(a: ReadonlyMap<string, readonly string[]>, b: ReadonlyMap<string, readonly string[]>): boolean {
  if (a.size !== b.size) return false;
  for (const [day, paths] of a) {
    const other = b.get(day);
    if (other === undefined || other.length !== paths.length || other.some((p, i) => p !== paths[i])) return false;
  }
  return true;
}
