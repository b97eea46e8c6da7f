import type { Day, WeekStart } from '../day';
import { dayRange, daysApart, shiftDay, weekStartOf } from './day-range';
import type { PromiseEntry } from '../entry';

/**
 * A promise's raw log read once for one `today`: how often each day was kept and which days were
 * planned rest. Days before `start` and after `today` are left out: they do not count.
 */
export interface PromiseLog {
  readonly promise: PromiseEntry;
  readonly today: Day;
  readonly weekStart: WeekStart;
  /** Kept occurrences per day (a day listed twice counts twice). */
  readonly counts: ReadonlyMap<Day, number>;
  readonly skipped: ReadonlySet<Day>;
  /** Every day from `start` through today, oldest first (empty when the promise begins later). */
  readonly days: readonly Day[];
}

export function readPromiseLog(promise: PromiseEntry, today: Day, weekStart: WeekStart): PromiseLog {
  const counts = new Map<Day, number>();
  for (const day of promise.kept) {
    if (day < promise.start || day > today) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  const skipped = new Set<Day>();
  for (const day of promise.skipped) if (day >= promise.start) skipped.add(day);
  return { promise, today, weekStart, counts, skipped, days: dayRange(promise.start, today) };
}

/** How many times the promise was kept on `day`. */
export function keptOn(log: PromiseLog, day: Day): number {
  return log.counts.get(day) ?? 0;
}

/** Kept occurrences from `from` to `to`, both included. */
export function keptBetween(log: PromiseLog, from: Day, to: Day): number {
  let n = 0;
  if (daysApart(from, to) < log.counts.size) {
    for (const day of dayRange(from, to)) n += keptOn(log, day);
  } else {
    for (const [day, count] of log.counts) if (day >= from && day <= to) n += count;
  }
  return n;
}

/**
 * A planned rest day: listed in `skipped` and not kept anyway. For `per: day` a day kept fewer
 * than `times` times still rests; for `per: week` any keep on the day makes it a kept day.
 */
export function isRestDay(log: PromiseLog, day: Day): boolean {
  if (!log.skipped.has(day)) return false;
  const full = log.promise.per === 'day' ? log.promise.times : 1;
  return keptOn(log, day) < full;
}

/** The first day of the week holding `day`, under the user's week start. */
export function weekOf(log: PromiseLog, day: Day): Day {
  return weekStartOf(day, log.weekStart);
}

/** The last day of the week that begins on `weekStartDay`. */
export function weekEnd(weekStartDay: Day): Day {
  return shiftDay(weekStartDay, 6);
}

/** Days of the week beginning `ws` on or after the promise's start and not resting: the days it could be kept. */
export function activeDaysOfWeek(log: PromiseLog, ws: Day, through: Day = weekEnd(ws)): number {
  let n = 0;
  const end = weekEnd(ws);
  for (const day of dayRange(ws, through < end ? through : end)) {
    if (day < log.promise.start || isRestDay(log, day)) continue;
    n++;
  }
  return n;
}
