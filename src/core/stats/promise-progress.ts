import { dayRange, shiftDay } from './day-range';
import { activeDaysOfWeek, isRestDay, keptBetween, keptOn, weekEnd, weekOf, type PromiseLog } from './promise-log';

/** Days in the kept-rate window: the last 4 weeks, today included. */
export const KEPT_RATE_DAYS = 28;

export interface KeptRate {
  /** Kept occurrences that count toward the target (each day or week capped at its target). */
  kept: number;
  target: number;
  /** kept / target, 0-1; 0 when nothing was planned (never NaN). */
  rate: number;
}

/**
 * Share of the target kept over the last 4 weeks.
 * - per: day: the 28 days ending today, from `start` on. Each active day asks `times`; a rest day
 *   asks nothing; today asks only once it is fully kept (the day in progress never lowers the rate).
 * - per: week: the 4 whole calendar weeks before this one, plus this week once it already counts.
 *   A week asks min(times, its active days): a week that began mid-way or holds rest days asks no
 *   more than could be done.
 */
export function keptRate(log: PromiseLog): KeptRate {
  const { times, start } = log.promise;
  let kept = 0;
  let target = 0;
  if (log.promise.per === 'day') {
    const first = shiftDay(log.today, -(KEPT_RATE_DAYS - 1));
    for (const day of dayRange(first < start ? start : first, log.today)) {
      const count = keptOn(log, day);
      if (day === log.today && count < times) continue;
      if (count < times && isRestDay(log, day)) continue;
      target += times;
      kept += Math.min(count, times);
    }
  } else {
    const thisWeek = weekOf(log, log.today);
    for (let i = KEPT_RATE_DAYS / 7; i >= 0; i--) {
      const ws = shiftDay(thisWeek, -7 * i);
      const end = weekEnd(ws);
      if (end < start) continue;
      const count = keptBetween(log, ws < start ? start : ws, end < log.today ? end : log.today);
      if (i === 0 && count < times) continue;
      const asked = Math.min(times, activeDaysOfWeek(log, ws));
      target += asked;
      kept += Math.min(count, asked);
    }
  }
  return { kept, target, rate: target === 0 ? 0 : kept / target };
}

export interface PeriodProgress {
  /** Kept today (per: day) or so far this week (per: week). */
  kept: number;
  /** `times`. */
  target: number;
  keptToday: boolean;
  restToday: boolean;
}

export function periodProgress(log: PromiseLog): PeriodProgress {
  const { times, start, per } = log.promise;
  const today = log.today;
  const todayCount = keptOn(log, today);
  let kept = todayCount;
  if (per === 'week') {
    const ws = weekOf(log, today);
    kept = keptBetween(log, ws < start ? start : ws, today);
  }
  return { kept, target: times, keptToday: todayCount > 0, restToday: log.skipped.has(today) && todayCount === 0 };
}

/** Every kept occurrence from `start` through today. */
export function keptDays(log: PromiseLog): number {
  let n = 0;
  for (const count of log.counts.values()) n += count;
  return n;
}
