import { parseIsoWeek, type Day, type WeekStart } from '../day';
import { earlierDay, laterDay, shiftDay, weekLabelOf, weekStartOf } from './day-range';
import type { Entry, WeeklyReflectionEntry } from '../entry';
import type { WeekCard, WeekRollup } from '../dashboard/model';
import { emotionStats } from './emotions';
import { comparePaths, entriesOfKind } from './note-entries';
import { boundaryTotals, mindfulnessTotals } from './practice';
import { activeDaysOfWeek, isOffDay, keptBetween, keptOn, limitDayState, slipsOn, weekEnd, type PromiseLog } from './promise-log';
import { weekAsk, weekLimit } from './week-ask';
import { dayRange } from './day-range';

/** Past weeks shown besides the current one: the newest weeks that hold anything. */
export const PAST_WEEKS_SHOWN = 12;

/**
 * Lets a caller reuse parts of earlier builds: a past week's notes roll-up and a promise's row for a
 * week do not change unless their inputs do. Without one, everything is computed afresh.
 */
export interface WeekMemo {
  promiseRow(log: PromiseLog, ws: Day, compute: () => PromiseRow | null): PromiseRow | null;
  notesRollup(ws: Day, inWeek: readonly Entry[], compute: () => NotesRollup): NotesRollup;
  /**
   * The week's promise rows sorted by path (`rowOf` gives a log's row, or null), for a memory that can
   * patch the last answer for the few logs that changed instead of reading every promise again.
   */
  promiseRows?(ws: Day, logs: readonly PromiseLog[], rowOf: (log: PromiseLog) => PromiseRow | null): PromiseRow[];
  /** What got in the way in the week, for a memory that keeps it while the logs are the same. */
  inTheWay?(ws: Day, logs: readonly PromiseLog[], compute: () => NonNullable<WeekRollup['inTheWay']>): NonNullable<WeekRollup['inTheWay']>;
}

export type PromiseRow = WeekRollup['promises'][number];
export type NotesRollup = Omit<WeekRollup, 'promises' | 'inTheWay'>;

const NO_MEMO: WeekMemo = {
  promiseRow: (_log, _ws, compute) => compute(),
  notesRollup: (_ws, _inWeek, compute) => compute(),
};

/**
 * The current week and the 12 newest earlier weeks that hold a note (by its date) or a kept
 * promise day, newest first. Weeks start on the user's week start and carry the label of weekLabel
 * (src/core/day.ts; computed here by weekLabelOf, which never throws).
 */
export function weekCards(
  entries: readonly Entry[],
  logs: readonly PromiseLog[],
  today: Day,
  weekStart: WeekStart,
  memo: WeekMemo = NO_MEMO,
  reflectionEntries?: readonly WeeklyReflectionEntry[],
): WeekCard[] {
  const thisWeek = weekStartOf(today, weekStart);
  // Walk back from the newest day of each source and stop after 12 weeks: a rebuild must not touch
  // years of history to find the recent weeks (entries are oldest first; a log's days too).
  const weeks = new Set<Day>();
  const collect = (daysNewestFirst: Iterable<Day>): void => {
    for (const ws of newestWeeks(daysNewestFirst, thisWeek, weekStart)) weeks.add(ws);
  };
  // Entries oldest first: walked back from the end, without a generator (a large vault has thousands in 12 weeks).
  let last: Day | null = null;
  let found = 0;
  for (let i = entries.length - 1; i >= 0 && found < PAST_WEEKS_SHOWN; i--) {
    const day = (entries[i] as Entry).date;
    if (day >= thisWeek || (last !== null && day >= last)) continue;
    last = weekStartOf(day, weekStart);
    weeks.add(last);
    found++;
  }
  // A log is read for one day and never changes: its newest weeks are worked out once.
  for (const log of logs) {
    let known = logWeeks.get(log);
    if (known === undefined || known.thisWeek !== thisWeek || known.weekStart !== weekStart) {
      known = { thisWeek, weekStart, weeks: newestWeeks(keptDaysNewestFirst(log), thisWeek, weekStart) };
      logWeeks.set(log, known);
    }
    for (const ws of known.weeks) weeks.add(ws);
  }
  // A reflection that names its week belongs to that week, whatever day it was written.
  const { byWeek: reflections, newestFirst } = reflectionWeeksOf(entries, weekStart, reflectionEntries);
  collect(newestFirst);
  const past = [...weeks].sort((a, b) => comparePaths(b, a)).slice(0, PAST_WEEKS_SHOWN);
  return [thisWeek, ...past].map((ws) => weekCard(ws, entries, logs, today, weekStart, memo, reflections));
}

/** The starts of the (up to) 12 newest weeks before `thisWeek` that hold one of the days, newest first given. */
function newestWeeks(daysNewestFirst: Iterable<Day>, thisWeek: Day, weekStart: WeekStart): Day[] {
  const found = new Set<Day>();
  // Days come newest first: a day on or after the last week found is in that week (a vault of 50k
  // notes has dozens of entries a day), so only a day before it is worked out.
  let last: Day | null = null;
  for (const day of daysNewestFirst) {
    if (day >= thisWeek || (last !== null && day >= last)) continue;
    last = weekStartOf(day, weekStart);
    found.add(last);
    if (found.size === PAST_WEEKS_SHOWN) break;
  }
  return [...found];
}

const logWeeks = new WeakMap<PromiseLog, { thisWeek: Day; weekStart: WeekStart; weeks: Day[] }>();

type ReflectionWeeks = { byWeek: Map<string, { entry: WeeklyReflectionEntry; weekStart: Day }>; newestFirst: Day[] };

/**
 * The reflections by week, and their weeks newest first. Given the reflections as a list that is never
 * changed once made (build-dashboard's kind lists), the answer is kept for that list; otherwise they
 * are picked from all the entries.
 */
function reflectionWeeksOf(entries: readonly Entry[], weekStart: WeekStart, list?: readonly WeeklyReflectionEntry[]): ReflectionWeeks {
  const known = list === undefined ? undefined : reflectionLists.get(list);
  if (known !== undefined && known.weekStart === weekStart) return known.value;
  const byWeek = reflectionsByWeek(list ?? entriesOfKind(entries, 'weekly-reflection'), weekStart);
  const value = { byWeek, newestFirst: [...byWeek.values()].map((r) => r.weekStart).sort((a, b) => comparePaths(b, a)) };
  if (list !== undefined) reflectionLists.set(list, { weekStart, value });
  return value;
}

const reflectionLists = new WeakMap<readonly WeeklyReflectionEntry[], { weekStart: WeekStart; value: ReflectionWeeks }>();

/**
 * The reflection of each week, by week label: the note's `week` when it names one, else the week of
 * its date. Two for one week: the newest (entries are oldest first, so the last one wins).
 */
function reflectionsByWeek(entries: readonly Entry[], weekStart: WeekStart): Map<string, { entry: WeeklyReflectionEntry; weekStart: Day }> {
  const out = new Map<string, { entry: WeeklyReflectionEntry; weekStart: Day }>();
  for (const entry of entries) {
    if (entry.kind !== 'weekly-reflection') continue;
    const { label, ws } = reflectionWeek(entry, weekStart);
    out.set(label, { entry, weekStart: ws });
  }
  return out;
}

/** Where each reflection belongs, worked out once per note (entries are never mutated). */
const reflectionWeeks = new WeakMap<WeeklyReflectionEntry, { weekStart: WeekStart; label: string; ws: Day }>();

function reflectionWeek(entry: WeeklyReflectionEntry, weekStart: WeekStart): { label: string; ws: Day } {
  const known = reflectionWeeks.get(entry);
  if (known && known.weekStart === weekStart) return known;
  const monday = entry.week ? parseIsoWeek(entry.week) : undefined;
  // Sunday weeks carry the label of the ISO week that begins the next day.
  const ws = monday ? (weekStart === 'monday' ? monday : shiftDay(monday, -1)) : weekStartOf(entry.date, weekStart);
  const found = { weekStart, label: weekLabelOf(ws, weekStart), ws };
  reflectionWeeks.set(entry, found);
  return found;
}

/**
 * The reflection that belongs to the week beginning `ws`, by the rule the dashboard uses: the week a
 * note names in `week`, else the week of its date; of two, the newest. `entries` oldest first.
 */
export function reflectionOfWeek(entries: readonly Entry[], ws: Day, weekStart: WeekStart): WeeklyReflectionEntry | null {
  return reflectionsByWeek(entries, weekStart).get(weekLabelOf(ws, weekStart))?.entry ?? null;
}

/** Days with a keep, or a slip of an "I won't…" promise, newest first. */
function* keptDaysNewestFirst(log: PromiseLog): Generator<Day> {
  for (let i = log.days.length - 1; i >= 0; i--) {
    const day = log.days[i] as Day;
    if (log.counts.has(day) || log.slips.has(day)) yield day;
  }
}

/** `entries` must be oldest first (as entriesOf gives them): the week's notes are found by binary search. */
export function weekCard(
  ws: Day,
  entries: readonly Entry[],
  logs: readonly PromiseLog[],
  today: Day,
  weekStart: WeekStart,
  memo: WeekMemo = NO_MEMO,
  reflections: ReadonlyMap<string, { entry: WeeklyReflectionEntry; weekStart: Day }> = reflectionsByWeek(entries, weekStart),
): WeekCard {
  const end = weekEnd(ws);
  const inWeek = entries.slice(firstAfter(entries, shiftDay(ws, -1)), firstAfter(entries, end));
  const label = weekLabelOf(ws, weekStart);
  const reflection = reflections.get(label)?.entry ?? null;
  return {
    label,
    start: ws,
    end,
    reflection: reflection
      ? { path: reflection.path, rating: reflection.rating, wins: [...reflection.wins], adjust: [...reflection.adjust] }
      : null,
    rollup: weekRollup(ws, inWeek, logs, today, memo),
  };
}

/**
 * Index of the first entry dated after `day`, in entries sorted oldest first. (Asked as "after the
 * week's last day" rather than "on or after the next day": the day after 9999-12-31 sorts wrong.)
 */
function firstAfter(entries: readonly Entry[], day: Day): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid]?.date ?? day) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What one week's notes hold. Promises: every active promise begun by then, and any other promise
 * kept that week, with kept occurrences against the week's target: for per: day, `times` for each
 * day up to yesterday (today too once fully kept), off days (rest, or after a paused or done promise
 * stopped) and days before `start` left out; for per: week, what weekAsk says the week asks.
 */
export function weekRollup(ws: Day, inWeek: readonly Entry[], logs: readonly PromiseLog[], today: Day, memo: WeekMemo = NO_MEMO): WeekRollup {
  const rowOf = (log: PromiseLog): PromiseRow | null => memo.promiseRow(log, ws, () => promiseRow(ws, log, today));
  let promises: PromiseRow[];
  if (memo.promiseRows) promises = memo.promiseRows(ws, logs, rowOf);
  else {
    promises = [];
    for (const log of logs) {
      const row = rowOf(log);
      if (row) promises.push(row);
    }
    promises.sort(byRowPath);
  }
  const rollup: WeekRollup = { promises, ...memo.notesRollup(ws, inWeek, () => notesRollup(inWeek)) };
  const inTheWay = memo.inTheWay ? memo.inTheWay(ws, logs, () => wordsInTheWay(ws, logs, today)) : wordsInTheWay(ws, logs, today);
  if (inTheWay.length > 0) rollup.inTheWay = inTheWay;
  return rollup;
}

/** The order of a week's promise rows: by path (one row per promise, so paths never tie). */
export function byRowPath(a: PromiseRow, b: PromiseRow): number {
  return comparePaths(a.path, b.path);
}

/**
 * "What got in the way" in the week beginning `ws`: the words on missed days (`missed`) and on slips
 * of "I won't…" promises, from each promise's start through today, oldest first (by path within a
 * day). Rest days' words are left out: a planned rest is not something in the way.
 */
function wordsInTheWay(ws: Day, logs: readonly PromiseLog[], today: Day): NonNullable<WeekRollup['inTheWay']> {
  const end = earlierDay(weekEnd(ws), today);
  const out: NonNullable<WeekRollup['inTheWay']> = [];
  for (const log of logs) {
    const p = log.promise;
    for (const w of p.words ?? []) {
      if (w.day < ws || w.day > end || w.day < p.start) continue;
      if (w.list === 'missed' || (w.list === 'slipped' && log.atMost)) out.push({ promise: p.promise, path: p.path, date: w.day, words: w.words });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : comparePaths(a.path, b.path)));
}

function promiseRow(ws: Day, log: PromiseLog, today: Day): PromiseRow | null {
  const end = weekEnd(ws);
  const p = log.promise;
  const last = earlierDay(end, today);
  if (p.start > last) return null;
  if (log.atMost) return limitRow(ws, log, last);
  if (p.per === 'week') {
    const week = weekAsk(log, ws);
    if (p.status !== 'active' && week.kept === 0) return null;
    // A week that asked nothing and held nothing (all rest) has nothing to say: "0 of 0" is left out.
    if (week.kept === 0 && week.asked === 0) return null;
    return { promise: p.promise, path: p.path, kept: week.kept, target: week.asked };
  }
  const kept = keptBetween(log, laterDay(ws, p.start), last);
  if (p.status !== 'active' && kept === 0) return null;
  const through = end < today ? end : keptOn(log, today) >= p.times ? today : shiftDay(today, -1);
  const target = p.times * activeDaysOfWeek(log, ws, through);
  // Nothing asked yet (a Monday morning, a promise begun today, a week of rest) and nothing kept: left out.
  if (kept === 0 && target === 0) return null;
  return { promise: p.promise, path: p.path, kept, target };
}

/**
 * An "I won't…" promise's row: for per: day, the week's days that ended within the limit against
 * those decided (days before today, and today once over it; off days left out); for per: week, the
 * week itself, once decided (1 of 1 within, 0 of 1 over). `slips` are the week's, rest days left out.
 */
function limitRow(ws: Day, log: PromiseLog, last: Day): PromiseRow | null {
  const p = log.promise;
  let slips = 0;
  for (const day of dayRange(laterDay(ws, p.start), last)) if (!isOffDay(log, day)) slips += slipsOn(log, day);
  let kept = 0;
  let target = 0;
  if (p.per === 'week') {
    const { state } = weekLimit(log, ws);
    if (state === 'within' || state === 'within-with-rest' || state === 'over') target = 1;
    if (state === 'within' || state === 'within-with-rest') kept = 1;
  } else {
    for (const day of dayRange(laterDay(ws, p.start), last)) {
      const standing = limitDayState(log, day);
      if (standing === 'within' || standing === 'over') target++;
      if (standing === 'within') kept++;
    }
  }
  if (p.status !== 'active' && target === 0) return null;
  return { promise: p.promise, path: p.path, kept, target, aim: 'at-most', slips };
}

function notesRollup(inWeek: readonly Entry[]): NotesRollup {
  const lessons = entriesOfKind(inWeek, 'mistake-ledger')
    .map((e) => e.lesson?.trim() ?? '')
    .filter((l) => l.length > 0);
  return {
    emotions: emotionStats(entriesOfKind(inWeek, 'emotional-journal')).map(({ name, count }) => ({ name, count })),
    lessons,
    boundaries: boundaryTotals(entriesOfKind(inWeek, 'boundary-log')),
    mindfulness: mindfulnessTotals(entriesOfKind(inWeek, 'mindfulness')),
    selfCare: entriesOfKind(inWeek, 'self-care-check-in').length,
    notes: inWeek.length,
  };
}
