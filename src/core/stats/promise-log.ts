import type { Day, WeekStart } from '../day';
import { dayRange, daysApart, earlierDay, LAST_DAY, laterDay, shiftDay, weekEndOf, weekStartOf } from './day-range';
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
  /** The newest kept day from `start` through today, or null when never kept. */
  readonly lastKept: Day | null;
  /**
   * A paused or done promise asks nothing from this day on: the day after its last kept day, or
   * `start` when it was never kept. Null while active. A note only says what the promise is now, not
   * when it was paused, so the last kept day is the honest guess (docs/dev/statistics.md).
   */
  readonly stoppedFrom: Day | null;
}

/** Reads a promise's log for `today` under the user's week start. */
export function readPromiseLog(promise: PromiseEntry, today: Day, weekStart: WeekStart): PromiseLog {
  const counts = new Map<Day, number>();
  let lastKept: Day | null = null;
  for (const day of promise.kept) {
    if (day < promise.start || day > today) continue;
    counts.set(day, (counts.get(day) ?? 0) + 1);
    if (lastKept === null || day > lastKept) lastKept = day;
  }
  const skipped = new Set<Day>();
  for (const day of promise.skipped) if (day >= promise.start) skipped.add(day);
  let stoppedFrom: Day | null = null;
  if (promise.status !== 'active') {
    // Nothing follows the last day of the calendar, so a promise kept on it never stops within it.
    stoppedFrom = lastKept === null ? promise.start : lastKept === LAST_DAY ? null : shiftDay(lastKept, 1);
  }
  return { promise, today, weekStart, counts, skipped, days: dayRange(promise.start, today), lastKept, stoppedFrom };
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

/** A day of a paused or done promise after it stopped (see PromiseLog.stoppedFrom). */
export function isStoppedDay(log: PromiseLog, day: Day): boolean {
  return log.stoppedFrom !== null && day >= log.stoppedFrom;
}

/**
 * A day that asks nothing: planned rest, or a day after a paused or done promise stopped. Every
 * figure treats it alike: it neither breaks nor extends a streak, lowers no rate, and is left off the
 * strength calendar.
 */
export function isOffDay(log: PromiseLog, day: Day): boolean {
  return isRestDay(log, day) || isStoppedDay(log, day);
}

/** The first day of the week holding `day`, under the user's week start. */
export function weekOf(log: PromiseLog, day: Day): Day {
  return weekStartOf(day, log.weekStart);
}

/** The last day of the week that begins on `weekStartDay` (9999-12-31 for the calendar's last week). */
export function weekEnd(weekStartDay: Day): Day {
  return weekEndOf(weekStartDay);
}

/**
 * Days of the week beginning `ws`, on or after the promise's start and through `through` (the whole
 * week by default), that are not off days: the days it could be kept.
 */
export function activeDaysOfWeek(log: PromiseLog, ws: Day, through: Day = weekEnd(ws)): number {
  let n = 0;
  const from = laterDay(ws, log.promise.start);
  for (const day of dayRange(from, earlierDay(through, weekEnd(ws)))) if (!isOffDay(log, day)) n++;
  return n;
}
