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
  /** Kept occurrences per day (a day listed twice counts twice). Not counted for an at-most promise. */
  readonly counts: ReadonlyMap<Day, number>;
  /** An "I won't…" promise (`aim: at-most`): `times` is the most slips a day or week may hold. */
  readonly atMost: boolean;
  /** Slips per day, from `start` through today (at-most promises; empty otherwise). */
  readonly slips: ReadonlyMap<Day, number>;
  readonly skipped: ReadonlySet<Day>;
  /** Every day from `start` through today, oldest first (empty when the promise begins later). */
  readonly days: readonly Day[];
  /**
   * The newest kept day from `start` through today, or null when never kept. For an at-most promise:
   * the newest day before today that ended within the limit (before it stopped, if it did).
   */
  readonly lastKept: Day | null;
  /**
   * A paused or done promise asks nothing from this day on: the day after its last kept day, or
   * `start` when it was never kept. Null while active. A note only says what the promise is now, not
   * when it was paused, so the last kept day is the honest guess (docs/dev/statistics.md). An at-most
   * promise has no kept days: the day after the last day its note lists (a slip, a rest day, words)
   * is the guess.
   */
  readonly stoppedFrom: Day | null;
}

/** Reads a promise's log for `today` under the user's week start. */
export function readPromiseLog(promise: PromiseEntry, today: Day, weekStart: WeekStart): PromiseLog {
  const atMost = promise.aim === 'at-most';
  const counts = new Map<Day, number>();
  const slips = new Map<Day, number>();
  let lastKept: Day | null = null;
  const inRange = (day: Day): boolean => day >= promise.start && day <= today;
  if (atMost) {
    for (const day of promise.slipped ?? []) if (inRange(day)) slips.set(day, (slips.get(day) ?? 0) + 1);
  } else {
    for (const day of promise.kept) {
      if (!inRange(day)) continue;
      counts.set(day, (counts.get(day) ?? 0) + 1);
      if (lastKept === null || day > lastKept) lastKept = day;
    }
  }
  const skipped = new Set<Day>();
  for (const day of promise.skipped) if (day >= promise.start) skipped.add(day);
  // The day whose next day a paused or done promise stopped from: its last kept day, or for an
  // at-most promise the last day its note lists at all.
  let lastSign = lastKept;
  if (atMost) {
    for (const list of [promise.slipped ?? [], promise.skipped, promise.missed ?? [], promise.kept]) {
      for (const day of list) if (inRange(day) && (lastSign === null || day > lastSign)) lastSign = day;
    }
  }
  let stoppedFrom: Day | null = null;
  if (promise.status !== 'active') {
    // Nothing follows the last day of the calendar, so a promise kept on it never stops within it.
    stoppedFrom = lastSign === null ? promise.start : lastSign === LAST_DAY ? null : shiftDay(lastSign, 1);
  }
  const log: PromiseLog = { promise, today, weekStart, counts, atMost, slips, skipped, days: dayRange(promise.start, today), lastKept, stoppedFrom };
  return atMost ? { ...log, lastKept: lastDayWithin(log) } : log;
}

/** How many slips were logged on `day` (at-most promises). */
export function slipsOn(log: PromiseLog, day: Day): number {
  return log.slips.get(day) ?? 0;
}

/**
 * Slips from the start of the week holding `day` through `day`, rest days left out: what an at-most
 * promise's limit is measured against (the day alone for `per: day`).
 */
export function slipsSoFar(log: PromiseLog, day: Day): number {
  if (log.promise.per === 'day') return isOffDay(log, day) ? 0 : slipsOn(log, day);
  let n = 0;
  for (const d of dayRange(laterDay(weekOf(log, day), log.promise.start), day)) if (!isOffDay(log, d)) n += slipsOn(log, d);
  return n;
}

/**
 * How a day of an at-most promise stands: `off` (rest, or after it stopped), `over` (the slips of the
 * day, or of its week so far for `per: week`, passed the limit: known at once, today too), `open`
 * (today, within so far: "no slip so far" or within the limit), `within` (a past day that ended
 * within the limit). The caller leaves out days before `start` and after today.
 */
export function limitDayState(log: PromiseLog, day: Day): 'off' | 'over' | 'open' | 'within' {
  if (isOffDay(log, day)) return 'off';
  if (slipsSoFar(log, day) > log.promise.times) return 'over';
  return day === log.today ? 'open' : 'within';
}

/** The newest day before today that ended within the limit (and before the promise stopped), or null. */
function lastDayWithin(log: PromiseLog): Day | null {
  for (let i = log.days.length - 1; i >= 0; i--) {
    const day = log.days[i] as Day;
    if (day === log.today) continue;
    if (limitDayState(log, day) === 'within') return day;
  }
  return null;
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
 * than `times` times still rests; for `per: week` any keep on the day makes it a kept day. For an
 * at-most promise a rest day is a day off from the limit: its slips are not counted.
 */
export function isRestDay(log: PromiseLog, day: Day): boolean {
  if (!log.skipped.has(day)) return false;
  if (log.atMost) return true;
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
