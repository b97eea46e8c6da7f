import type { Day } from '../day';
import { EXERCISES } from '../catalog/exercises';
import { DISCLAIMER, HELP_RESOURCES } from '../catalog/help';
import type { Entry, ExerciseId, ParsedNote, Problem, PromiseEntry } from '../entry';
import { SECTION_IDS, type IndexView, type SectionId, type Settings } from '../ports';
import type { DashboardModel, DraftItem, PromiseCard, WeekRollup } from './model';
import { notesInScope, type VaultScope } from '../index/vault-scope';
import { ScopeTracker } from '../index/scope-tracker';
import { checkInCard } from '../stats/check-in';
import { emotionsCard } from '../stats/emotions';
import { goalLists } from '../stats/goals';
import { lessonItems } from '../stats/lessons';
import { byDateThenPath, comparePaths, entriesByKind, newest, problemsOf, round } from '../stats/note-entries';
import { practiceCard } from '../stats/practice';
import { shiftDay } from '../stats/day-range';
import { promiseHeatmap } from '../stats/promise-heatmap';
import { readPromiseLog, weekEnd, weekOf, type PromiseLog } from '../stats/promise-log';
import { keptDays, keptRate, periodProgress } from '../stats/promise-progress';
import { promiseStreaks } from '../stats/promise-streaks';
import { currentStrength, strengthOn, strengthSeries } from '../stats/strength-score';
import { valuesCard } from '../stats/values-alignment';
import { byRowPath, weekCards, type NotesRollup, type PromiseRow, type WeekMemo } from '../stats/weekly-rollup';
import { checkInHistory } from '../stats/check-in-history';
import { feelingMonths, type FeelingMonthsMemo } from '../stats/feeling-months';
import { promiseHeatmapYear } from '../stats/promise-year';

/**
 * Everything a renderer draws, computed from the index for one day. Pure and deterministic: entries
 * are read oldest first with ties broken by path, and problems by path, so two indexes holding the same notes give deep-equal models whatever
 * order the notes arrived in (only `revision` tells them apart).
 */
export function buildDashboard(index: IndexView, today: Day, settings: Settings): DashboardModel {
  const memo = memoFor(index);
  // The notes that count or are listed: templates left out and likely copies listed (vault-scope.ts).
  const { noteCount, entries, ofKind, problems, drafts } = journaled(index) ? memo.liveScope(index, settings) : scopeOf(index, settings, memo);
  const weekStart = settings.weekStart;
  const key = `${today}|${weekStart}`;

  const promises = memo.promiseList(ofKind('small-promise'));
  const promiseParts = promises.map((p) => memo.promise(p, key, () => {
    const log = readPromiseLog(p, today, weekStart);
    return { log, card: withLimit(promiseCard(log), log) };
  }));
  // The same array while every promise's log is the same, so the week roll-ups see nothing changed.
  const logs = memo.logList(promiseParts.map((part) => part.log));
  const letter = newest(ofKind('self-compassion-letter'));
  const values = ofKind('value-mapping');
  const journals = ofKind('emotional-journal');
  const mistakes = ofKind('mistake-ledger');
  const goals = ofKind('achievable-goal');
  const checkIns = ofKind('self-trust-check-in');

  return {
    schemaVersion: 1,
    today,
    weekStart,
    revision: index.revision,
    sections: Object.fromEntries(SECTION_IDS.map((id) => [id, settings.sections[id] !== false])) as Record<SectionId, boolean>,
    counts: { notes: noteCount, entries: entries.length, problems: problems.length },
    promises: promiseParts.map((part) => part.card),
    values: memo.card('values', values, '', () => valuesCard(values)),
    weeks: weekCards(entries, logs, today, weekStart, memo.weeks(key), ofKind('weekly-reflection')),
    emotions: memo.card('emotions', journals, key, () => emotionsCard(journals, today, true)),
    lessons: memo.card('lessons', mistakes, '', () => lessonItems(mistakes)),
    goals: memo.card('goals', goals, '', () => goalLists(goals)),
    checkIn: memo.card('checkIn', checkIns, '', () => checkInCard(checkIns)),
    practice: practiceCard(entries, today, ofKind),
    letter: letter ? { path: letter.path, date: letter.date } : null,
    exercises: EXERCISES.map((e) => ({ id: e.id, title: e.title, practice: e.practice })),
    drafts,
    problems,
    help: { disclaimer: DISCLAIMER, resources: HELP_RESOURCES.map((r) => ({ name: r.name, detail: r.detail })) },
    history: {
      checkIns: memo.card('checkInHistory', checkIns, '', () => checkInHistory(checkIns)),
      feelings: memo.card('feelingMonths', journals, key, () => feelingMonths(journals, today, memo.feelingMonths)),
    },
  };
}

/*
 * Memory between builds of the same index, so that one changed note costs what that note changes,
 * not a rebuild of years of statistics. Everything is keyed by entry identity: the index replaces a
 * note's entry object when the note changes and never mutates one, so an entry seen before means the
 * same input. The property test (incremental index == rebuilt index) covers this cache too.
 */
interface Memo {
  /** The entries of the index (in its own order), sorted oldest first. */
  sortedEntries(current: Entry[]): Entry[];
  /** The notes in scope of an index that says what changed, followed one change at a time (see LiveScope). */
  liveScope(index: JournaledIndex, settings: Settings): InScope;
  /** The promises in promiseOrder; the same array while the list of promise entries is the same. */
  promiseList(promises: readonly PromiseEntry[]): PromiseEntry[];
  /** `logs`, or the last list given when it holds the very same logs. */
  logList(logs: PromiseLog[]): PromiseLog[];
  /** The months feelingMonths read, for the journal list (sorted oldest first) of this index. */
  readonly feelingMonths: FeelingMonthsMemo;
  promise(entry: PromiseEntry, key: string, compute: () => PromiseParts): PromiseParts;
  card<T>(name: string, inputs: readonly Entry[], key: string, compute: () => T): T;
  weeks(key: string): WeekMemo;
}

interface PromiseParts {
  log: PromiseLog;
  card: PromiseCard;
}

/** When more than this many entries changed since the last build, sorting afresh is as cheap as patching. */
const PATCH_LIMIT = 64;

const memos = new WeakMap<IndexView, Memo>();

function memoFor(index: IndexView): Memo {
  let memo = memos.get(index);
  if (!memo) {
    memo = createMemo();
    memos.set(index, memo);
  }
  return memo;
}

function createMemo(): Memo {
  /** The entries in the index's own order at the last build, and the same entries sorted. */
  let previous: Entry[] = [];
  let sorted: Entry[] = [];
  const promiseCache = new WeakMap<PromiseEntry, { key: string; parts: PromiseParts }>();
  const cards = new Map<string, { inputs: readonly Entry[]; key: string; value: unknown }>();
  const rows = new WeakMap<PromiseLog, Map<Day, PromiseRow | null>>();
  const rollups = new Map<string, { inputs: readonly Entry[]; value: NotesRollup }>();
  let live: LiveScope | undefined;
  let promiseLists: { from: readonly PromiseEntry[]; sorted: PromiseEntry[] } | undefined;
  let lastLogs: PromiseLog[] | undefined;
  /** Per week (and day and week start): the logs its promise rows were made from, and the rows by path. */
  const weekRows = new Map<string, { logs: readonly PromiseLog[]; rows: PromiseRow[] }>();
  const inTheWay = new Map<string, { logs: readonly PromiseLog[]; value: NonNullable<WeekRollup['inTheWay']> }>();

  return {
    feelingMonths: new Map(),
    liveScope(index, settings) {
      const scopeKey = `${settings.templateFolder}\n${settings.notesFolder}`;
      const changed = live !== undefined && live.scopeKey === scopeKey ? index.changedSince(live.revision) : undefined;
      if (live === undefined || changed === undefined) {
        live = new LiveScope(scopeKey, { templateFolder: settings.templateFolder, notesFolder: settings.notesFolder });
        live.update(Array.from(index.notes(), (n) => n.path), index);
      } else {
        live.update(changed, index);
      }
      live.revision = index.revision;
      return live.view();
    },
    promiseList(promises) {
      if (promiseLists?.from !== promises) promiseLists = { from: promises, sorted: [...promises].sort(promiseOrder) };
      return promiseLists.sorted;
    },
    logList(logs) {
      if (lastLogs === undefined || !sameItems(lastLogs, logs)) lastLogs = logs;
      return lastLogs;
    },
    sortedEntries(current) {
      const changes = diffInPlace(previous, current);
      if (!changes) {
        sorted = [...current].sort(byDateThenPath);
      } else {
        // `sorted` is ours alone (no model keeps it), so it is patched in place.
        const toInsert: Entry[] = [...changes.appended];
        for (const [before, after] of changes.replaced) {
          const at = indexOfEntry(sorted, before);
          if (at !== -1 && byDateThenPath(before, after) === 0) {
            sorted[at] = after; // same date and path: same place
          } else {
            if (at !== -1) sorted.splice(at, 1);
            toInsert.push(after);
          }
        }
        for (const e of toInsert) sorted.splice(insertionPoint(sorted, e), 0, e);
      }
      previous = current;
      return sorted;
    },
    promise(entry, key, compute) {
      const hit = promiseCache.get(entry);
      if (hit && hit.key === key) return hit.parts;
      const parts = compute();
      promiseCache.set(entry, { key, parts });
      return parts;
    },
    card(name, inputs, key, compute) {
      const hit = cards.get(name);
      if (hit && hit.key === key && sameEntries(hit.inputs, inputs)) return hit.value as ReturnType<typeof compute>;
      const value = compute();
      cards.set(name, { inputs, key, value });
      return value;
    },
    weeks(key) {
      return {
        promiseRow(log, ws, compute) {
          // A log is one promise read for one day and week start (and memo.promise keeps it): rows are its own.
          let byWeek = rows.get(log);
          if (!byWeek) rows.set(log, (byWeek = new Map<Day, PromiseRow | null>()));
          const hit = byWeek.get(ws);
          if (hit !== undefined) return hit;
          const row = compute();
          byWeek.set(ws, row);
          return row;
        },
        promiseRows(ws, logs, rowOf) {
          const at = `${key}|${ws}`;
          const hit = weekRows.get(at);
          if (hit?.logs === logs) return hit.rows;
          const rows = (hit && patchRows(hit.logs, hit.rows, logs, rowOf)) ?? allRows(logs, rowOf);
          weekRows.set(at, { logs, rows });
          return rows;
        },
        inTheWay(ws, logs, compute) {
          const at = `${key}|${ws}`;
          const hit = inTheWay.get(at);
          if (hit?.logs === logs) return hit.value;
          const value = compute();
          inTheWay.set(at, { logs, value });
          return value;
        },
        notesRollup(ws, inWeek, compute) {
          const hit = rollups.get(`${key}|${ws}`);
          if (hit && sameEntries(hit.inputs, inWeek)) return hit.value;
          const value = compute();
          rollups.set(`${key}|${ws}`, { inputs: inWeek, value });
          return value;
        },
      };
    },
  };
}

/**
 * What changed between two lists of entries in the index's order, found by comparing positions (no
 * hashing): an edit replaces an entry in place and a new note comes last. Undefined when the lists
 * do not line up (a note was removed) or too much changed, which sends the caller to a full sort.
 */
function diffInPlace(before: readonly Entry[], after: readonly Entry[]): { replaced: [Entry, Entry][]; appended: Entry[] } | undefined {
  if (after.length < before.length || after.length - before.length > PATCH_LIMIT) return undefined;
  const replaced: [Entry, Entry][] = [];
  for (let i = 0; i < before.length; i++) {
    const a = before[i] as Entry;
    const b = after[i] as Entry;
    if (a === b) continue;
    replaced.push([a, b]);
    if (replaced.length > PATCH_LIMIT) return undefined;
  }
  return { replaced, appended: after.slice(before.length) };
}

/** The week's rows from every log, sorted by path. */
function allRows(logs: readonly PromiseLog[], rowOf: (log: PromiseLog) => PromiseRow | null): PromiseRow[] {
  const rows: PromiseRow[] = [];
  for (const log of logs) {
    const row = rowOf(log);
    if (row) rows.push(row);
  }
  return rows.sort(byRowPath);
}

/**
 * The week's rows for `logs`, made from the rows of `before` (the same number of logs, a few of them
 * replaced: one promise changed): the replaced logs' rows leave and the new ones go in by path.
 * Undefined when the lists differ in more than a few places (a promise added, removed or moved).
 */
function patchRows(
  before: readonly PromiseLog[],
  rows: readonly PromiseRow[],
  logs: readonly PromiseLog[],
  rowOf: (log: PromiseLog) => PromiseRow | null,
): PromiseRow[] | undefined {
  if (before.length !== logs.length) return undefined;
  let out: PromiseRow[] | undefined;
  let changed = 0;
  for (let i = 0; i < logs.length; i++) {
    const was = before[i] as PromiseLog;
    const now = logs[i] as PromiseLog;
    if (was === now) continue;
    if (++changed > PATCH_LIMIT) return undefined;
    out ??= rows.slice();
    const old = rowOf(was);
    if (old) {
      const at = rowIndex(out, old);
      if (at === -1) return undefined;
      out.splice(at, 1);
    }
    const row = rowOf(now);
    if (row) out.splice(rowInsertionPoint(out, row), 0, row);
  }
  return out ?? rows.slice();
}

function rowInsertionPoint(rows: readonly PromiseRow[], row: PromiseRow): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byRowPath(rows[mid] as PromiseRow, row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function rowIndex(rows: readonly PromiseRow[], row: PromiseRow): number {
  const at = rowInsertionPoint(rows, row) - 1;
  return at >= 0 && rows[at] === row ? at : -1;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The index of this very entry in a list sorted by byDateThenPath, or -1. */
function indexOfEntry(list: readonly Entry[], entry: Entry): number {
  const at = insertionPoint(list, entry) - 1;
  return at >= 0 && list[at] === entry ? at : -1;
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Where `entry` goes in a list sorted by byDateThenPath. */
function insertionPoint(list: readonly Entry[], entry: Entry): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byDateThenPath(list[mid] as Entry, entry) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What the dashboard reads of the notes in scope. Lists are shared between builds: never change them. */
interface InScope {
  noteCount: number;
  /** Every entry in scope, oldest first (byDateThenPath). */
  entries: readonly Entry[];
  /** The entries of one kind, oldest first: the same array while that kind's entries are the same. */
  ofKind: <K extends Entry['kind']>(kind: K) => readonly Extract<Entry, { kind: K }>[];
  problems: Problem[];
  drafts: DraftItem[];
}

/** An index that says which notes changed since a revision (NoteIndex does, unless built with `journal: false`). */
interface JournaledIndex extends IndexView {
  readonly journaled: boolean;
  changedSince(since: number): string[] | undefined;
  get(path: string): ParsedNote | undefined;
}

function journaled(index: IndexView): index is JournaledIndex {
  const candidate = index as Partial<JournaledIndex>;
  return candidate.journaled === true && typeof candidate.changedSince === 'function' && typeof candidate.get === 'function';
}

/** The notes in scope of any index, read in one pass over all its notes. */
function scopeOf(index: IndexView, settings: Settings, memo: Memo): InScope {
  // One pass over the index: a large vault is mostly notes that are not ours.
  let noteCount = 0;
  const current: Entry[] = [];
  const withProblems: ParsedNote[] = [];
  const drafts: DraftItem[] = [];
  for (const note of notesInScope(index.notes(), settings)) {
    noteCount++;
    if (note.entry) current.push(note.entry);
    if (note.problems.length > 0) withProblems.push(note);
    if (note.draft && !note.entry) drafts.push(draftItem(note.path, note.draft.kind));
  }
  const entries = memo.sortedEntries(current);
  const ofKind = entriesByKind(entries);
  return { noteCount, entries, ofKind, problems: problemsOf(withProblems), drafts: drafts.sort((a, b) => comparePaths(a.path, b.path)) };
}

/**
 * The notes in scope of a journaled index, kept from build to build: the ScopeTracker says which
 * notes in scope changed, and only those move in the sorted entries and their kind's list (a new
 * array for a kind that changed, the same one otherwise, so the cards' memory sees what changed).
 * A change to one note costs a few binary searches and array copies, whatever the vault's size.
 */
class LiveScope {
  revision = -1;
  private readonly tracker: ScopeTracker;
  private sorted: Entry[] = [];
  private readonly kinds = new Map<Entry['kind'], Entry[]>();
  private readonly problemNotes = new Map<string, ParsedNote>();
  private readonly draftNotes = new Map<string, DraftItem>();
  private problems: Problem[] | null = null;
  private drafts: DraftItem[] | null = null;

  constructor(
    readonly scopeKey: string,
    scope: VaultScope,
  ) {
    this.tracker = new ScopeTracker(scope);
  }

  update(paths: readonly string[], index: JournaledIndex): void {
    const changes = this.tracker.update(paths, (path) => index.get(path));
    if (changes.length === 0) return;
    const copied = new Set<Entry['kind']>();
    const patch = changes.length <= PATCH_LIMIT;
    for (const { path, before, after } of changes) {
      if (patch && before?.entry) this.remove(before.entry, copied);
      if (patch && after?.entry) this.insert(after.entry, copied);
      if (before && before.problems.length > 0) this.problemNotes.delete(path);
      if (after && after.problems.length > 0) this.problemNotes.set(path, after);
      if (before?.problems.length || after?.problems.length) this.problems = null;
      if (before?.draft && !before.entry) this.draftNotes.delete(path);
      if (after?.draft && !after.entry) this.draftNotes.set(path, draftItem(path, after.draft.kind));
      if ((before?.draft && !before.entry) || (after?.draft && !after.entry)) this.drafts = null;
    }
    if (!patch) this.rebuild();
  }

  view(): InScope {
    this.problems ??= problemsOf([...this.problemNotes.values()]);
    this.drafts ??= [...this.draftNotes.values()].sort((a, b) => comparePaths(a.path, b.path));
    const kinds = this.kinds;
    return {
      noteCount: this.tracker.size,
      entries: this.sorted,
      ofKind: <K extends Entry['kind']>(kind: K) => (kinds.get(kind) ?? NO_ENTRIES) as readonly Extract<Entry, { kind: K }>[],
      problems: this.problems,
      drafts: this.drafts,
    };
  }

  /** Every list sorted afresh from the notes in scope (the first build, or many changes at once). */
  private rebuild(): void {
    const all: Entry[] = [];
    for (const note of this.tracker.notes()) if (note.entry) all.push(note.entry);
    this.sorted = all.sort(byDateThenPath);
    this.kinds.clear();
    for (const e of this.sorted) {
      const list = this.kinds.get(e.kind);
      if (list) list.push(e);
      else this.kinds.set(e.kind, [e]);
    }
  }

  /** The kind's list, copied once per update so that an earlier build's list stays as it was. */
  private kindList(kind: Entry['kind'], copied: Set<Entry['kind']>): Entry[] {
    let list = this.kinds.get(kind) ?? [];
    if (!copied.has(kind)) {
      list = list.slice();
      this.kinds.set(kind, list);
      copied.add(kind);
    }
    return list;
  }

  private remove(entry: Entry, copied: Set<Entry['kind']>): void {
    const at = indexOfEntry(this.sorted, entry);
    if (at !== -1) this.sorted.splice(at, 1);
    const list = this.kindList(entry.kind, copied);
    const i = indexOfEntry(list, entry);
    if (i !== -1) list.splice(i, 1);
  }

  private insert(entry: Entry, copied: Set<Entry['kind']>): void {
    this.sorted.splice(insertionPoint(this.sorted, entry), 0, entry);
    const list = this.kindList(entry.kind, copied);
    list.splice(insertionPoint(list, entry), 0, entry);
  }
}

const NO_ENTRIES: readonly Entry[] = [];

/** A note waiting for its words, named with its exercise's title. */
function draftItem(path: string, kind: ExerciseId): DraftItem {
  return { path, exercise: kind, title: EXERCISES.find((e) => e.id === kind)?.title ?? kind };
}

/** Weeks of strength trend before today. */
const TREND_WEEKS = 12;

const STATUS_ORDER = { active: 0, paused: 1, done: 2 } as const;

/** Active promises first, then paused, then done; by path within each. */
function promiseOrder(a: PromiseEntry, b: PromiseEntry): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || comparePaths(a.path, b.path);
}

function promiseCard(log: PromiseLog): PromiseCard {
  const p = log.promise;
  const streaks = promiseStreaks(log);
  const rate = keptRate(log);
  const progress = periodProgress(log);
  const series = strengthSeries(log);
  const thisWeek = weekOf(log, log.today);
  const strengthTrend: PromiseCard['strengthTrend'] = [];
  for (let i = TREND_WEEKS; i >= 1; i--) {
    const end = weekEnd(shiftDay(thisWeek, -7 * i));
    strengthTrend.push({ date: end, strength: round(strengthOn(series, end)) });
  }
  strengthTrend.push({ date: log.today, strength: round(currentStrength(series)) });
  return {
    path: p.path,
    promise: p.promise,
    times: p.times,
    per: p.per,
    status: p.status,
    start: p.start,
    streakUnit: streaks.unit,
    currentStreak: streaks.current?.length ?? 0,
    bestStreak: streaks.best?.length ?? 0,
    strength: round(currentStrength(series)),
    keptRate: round(rate.rate),
    keptThisPeriod: progress.kept,
    target: progress.target,
    keptToday: progress.keptToday,
    restToday: progress.restToday,
    keptDays: keptDays(log),
    lastKept: log.lastKept,
    heatmap: promiseHeatmap(log),
    heatmapYear: promiseHeatmapYear(log),
    strengthTrend,
    // Present only when true, so the model of a vault without such a promise is unchanged.
    ...(log.today < p.start ? { startsLater: true as const } : {}),
  };
}

/**
 * An "I won't…" promise's card gains its limit's standing (model.ts, PromiseCard.aim); every other
 * card is returned as it is, so the model of a vault without one is unchanged.
 */
function withLimit(card: PromiseCard, log: PromiseLog): PromiseCard {
  const limit = log.atMost ? periodProgress(log).limit : undefined;
  if (!limit) return card;
  return { ...card, aim: 'at-most', slipsThisPeriod: limit.slips, slipsToday: limit.slipsToday, overLimit: limit.over };
}
