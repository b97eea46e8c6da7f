import type { Day } from '../day';
import { EXERCISES } from '../catalog/exercises';
import { DISCLAIMER, HELP_RESOURCES } from '../catalog/help';
import type { Entry, ExerciseId, ParsedNote, PromiseEntry } from '../entry';
import { SECTION_IDS, type IndexView, type SectionId, type Settings } from '../ports';
import type { DashboardModel, DraftItem, PromiseCard } from './model';
import { notesInScope } from '../index/vault-scope';
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
import { weekCards, type NotesRollup, type PromiseRow, type WeekMemo } from '../stats/weekly-rollup';
import { checkInHistory } from '../stats/check-in-history';
import { feelingMonths } from '../stats/feeling-months';
import { promiseHeatmapYear } from '../stats/promise-year';

/**
 * Everything a renderer draws, computed from the index for one day. Pure and deterministic: entries
 * are read oldest first with ties broken by path, and problems by path, so two indexes holding the same notes give deep-equal models whatever
 * order the notes arrived in (only `revision` tells them apart).
 */
export function buildDashboard(index: IndexView, today: Day, settings: Settings): DashboardModel {
  // One pass over the index: a large vault is mostly notes that are not ours.
  let noteCount = 0;
  const current: Entry[] = [];
  const withProblems: ParsedNote[] = [];
  const drafts: DraftItem[] = [];
  // Templates left out and likely copies listed, not counted (vault-scope.ts).
  for (const note of notesInScope(index.notes(), settings)) {
    noteCount++;
    if (note.entry) current.push(note.entry);
    if (note.problems.length > 0) withProblems.push(note);
    if (note.draft && !note.entry) drafts.push(draftItem(note.path, note.draft.kind));
  }
  const memo = memoFor(index);
  const entries = memo.sortedEntries(current);
  const problems = problemsOf(withProblems);
  const weekStart = settings.weekStart;
  const key = `${today}|${weekStart}`;

  const ofKind = entriesByKind(entries);
  const promises = ofKind('small-promise').sort(promiseOrder);
  const promiseParts = promises.map((p) => memo.promise(p, key, () => {
    const log = readPromiseLog(p, today, weekStart);
    return { log, card: withLimit(promiseCard(log), log) };
  }));
  const logs = promiseParts.map((part) => part.log);
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
    weeks: weekCards(entries, logs, today, weekStart, memo.weeks(key)),
    emotions: memo.card('emotions', journals, key, () => emotionsCard(journals, today)),
    lessons: memo.card('lessons', mistakes, '', () => lessonItems(mistakes)),
    goals: memo.card('goals', goals, '', () => goalLists(goals)),
    checkIn: memo.card('checkIn', checkIns, '', () => checkInCard(checkIns)),
    practice: practiceCard(entries, today),
    letter: letter ? { path: letter.path, date: letter.date } : null,
    exercises: EXERCISES.map((e) => ({ id: e.id, title: e.title, practice: e.practice })),
    drafts: drafts.sort((a, b) => comparePaths(a.path, b.path)),
    problems,
    help: { disclaimer: DISCLAIMER, resources: HELP_RESOURCES.map((r) => ({ name: r.name, detail: r.detail })) },
    history: {
      checkIns: memo.card('checkInHistory', checkIns, '', () => checkInHistory(checkIns)),
      feelings: memo.card('feelingMonths', journals, key, () => feelingMonths(journals, today)),
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
  const rows = new WeakMap<PromiseEntry, Map<string, PromiseRow | null>>();
  const rollups = new Map<string, { inputs: readonly Entry[]; value: NotesRollup }>();

  return {
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
          let byWeek = rows.get(log.promise);
          if (!byWeek) rows.set(log.promise, (byWeek = new Map<string, PromiseRow | null>()));
          const rowKey = `${key}|${ws}`;
          if (byWeek.has(rowKey)) return byWeek.get(rowKey) ?? null;
          const row = compute();
          byWeek.set(rowKey, row);
          return row;
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

/** The index of this very entry in a list sorted by byDateThenPath, or -1. */
function indexOfEntry(list: readonly Entry[], entry: Entry): number {
  const at = insertionPoint(list, entry) - 1;
  return at >= 0 && list[at] === entry ? at : -1;
}

function sameEntries(a: readonly Entry[], b: readonly Entry[]): boolean {
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
