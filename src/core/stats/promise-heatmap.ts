import type { Day } from '../day';
import type { PromiseEntry } from '../entry';
import { dayFromEpoch, epochDay } from './day-range';
import type { HeatDay, HeatState } from '../dashboard/model';
import { isRestDay, isStoppedDay, keptOn, limitDayState, slipsOn, weekOf, type PromiseLog } from './promise-log';

/** Whole weeks shown before the current one. */
export const HEATMAP_PAST_WEEKS = 12;

/**
 * The last 12 whole weeks and the current week, oldest first, starting on the user's week start.
 * Each day reads as heatDay says.
 */
export function promiseHeatmap(log: PromiseLog): HeatDay[] {
  const first = epochDay(weekOf(log, log.today)) - 7 * HEATMAP_PAST_WEEKS;
  const out: HeatDay[] = [];
  // Stepped by epoch number: a day after 9999-12-31 has a five-digit year and sorts wrong as text.
  for (let e = first; e < first + 7 * (HEATMAP_PAST_WEEKS + 1); e++) out.push(heatDay(log, e));
  return out;
}

/**
 * One day of a promise's calendar, the day given by its epoch number (days after 9999-12-31, where
 * the calendar ends, are `future`). A day is `kept` when kept at least once (its `count` says how
 * often), `rest` when planned rest, `paused` or `done` after a paused or done promise stopped
 * (PromiseLog.stoppedFrom), `pending` when it is today and not kept yet, `missed` otherwise; `before`
 * the promise's start and `future` after today.
 *
 * An "I won't…" promise (`aim: at-most`) is kept on a day that ended within its limit and not kept
 * (`missed`) on a day over it (for `per: week`, from the slip that passed the week's limit on), today
 * included once it is over; today within the limit is `pending` ("no slip so far"). Its `count` is 0
 * and `slips` says how many slips the day holds. `words` are the words written after the day in any
 * of the note's lists, present only when there are some; `from`, the daily notes that logged the day
 * (withDailyNoteDays). Every calendar of a promise reads a day here.
 */
export function heatDay(log: PromiseLog, epoch: number): HeatDay {
  const day = dayFromEpoch(epoch);
  const future = epoch > epochDay(log.today);
  const count = future || log.atMost ? 0 : keptOn(log, day);
  const out: HeatDay = { date: day, state: future ? 'future' : heatState(log, day, count), count };
  if (log.atMost && !future && day >= log.promise.start) out.slips = slipsOn(log, day);
  const words = wordsByDay(log.promise).get(day);
  if (words) out.words = [...words];
  if (log.promise.daily && !future) {
    const from = dailyNotesByDay(log.promise).get(day);
    if (from) out.from = [...from];
  }
  return out;
}

function heatState(log: PromiseLog, day: Day, count: number): HeatState {
  if (day < log.promise.start) return 'before';
  if (log.atMost) {
    switch (limitDayState(log, day)) {
      case 'within':
        return 'kept';
      case 'over':
        return 'missed';
      case 'open':
        return 'pending';
      case 'off':
        return isRestDay(log, day) ? 'rest' : log.promise.status === 'done' ? 'done' : 'paused';
    }
  }
  if (count > 0) return 'kept';
  if (isRestDay(log, day)) return 'rest';
  if (isStoppedDay(log, day)) return log.promise.status === 'done' ? 'done' : 'paused';
  return day === log.today ? 'pending' : 'missed';
}

/** The words on each day of a promise, in the order the entry lists them; worked out once per entry (entries are never mutated). */
const wordsCache = new WeakMap<PromiseEntry, ReadonlyMap<Day, readonly string[]>>();

/** The words written after each listed day of a promise (`- 2026-11-20 walked with Sam`), by day. */
export function wordsByDay(promise: PromiseEntry): ReadonlyMap<Day, readonly string[]> {
  const known = wordsCache.get(promise);
  if (known) return known;
  const out = new Map<Day, string[]>();
  for (const w of promise.words ?? []) {
    const list = out.get(w.day);
    if (list) list.push(w.words);
    else out.set(w.day, [w.words]);
  }
  wordsCache.set(promise, out);
  return out;
}

const dailyCache = new WeakMap<PromiseEntry, ReadonlyMap<Day, readonly string[]>>();

/**
 * The daily notes that logged each day of a promise (PromiseEntry.daily, set by withDailyNoteDays),
 * each path once, by day; worked out once per entry, so that a calendar of a year reads each day in
 * constant time however many days came from daily notes.
 */
export function dailyNotesByDay(promise: PromiseEntry): ReadonlyMap<Day, readonly string[]> {
  const known = dailyCache.get(promise);
  if (known) return known;
  const sets = new Map<Day, Set<string>>();
  for (const d of promise.daily ?? []) {
    let paths = sets.get(d.day);
    if (!paths) sets.set(d.day, (paths = new Set()));
    for (const p of d.paths) paths.add(p);
  }
  const out = new Map<Day, readonly string[]>([...sets].map(([day, paths]) => [day, [...paths]]));
  dailyCache.set(promise, out);
  return out;
}
