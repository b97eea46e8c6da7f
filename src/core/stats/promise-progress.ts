import { dayRange, laterDay, shiftDay } from './day-range';
import { isOffDay, isStoppedDay, keptBetween, keptOn, limitDayState, slipsOn, slipsSoFar, weekEnd, weekOf, type PromiseLog } from './promise-log';
import { weekAsk, weekLimit } from './week-ask';

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
 * - per: day: the 28 days ending today, from `start` on. Each day asks `times`; an off day (planned
 *   rest, or after a paused or done promise stopped) asks nothing; today asks only once it is fully
 *   kept (the day in progress never lowers the rate).
 * - per: week: the 4 whole calendar weeks before this one, plus this week once it kept what it asks.
 *   Each week asks what weekAsk says (min(times - off days, active days)), so a week met with the
 *   help of a rest day is kept in full.
 */
export function keptRate(log: PromiseLog): KeptRate {
  if (log.atMost) return withinRate(log);
  const { times, start } = log.promise;
  let kept = 0;
  let target = 0;
  if (log.promise.per === 'day') {
    const first = shiftDay(log.today, -(KEPT_RATE_DAYS - 1));
    for (const day of dayRange(laterDay(first, start), log.today)) {
      const count = keptOn(log, day);
      if (day === log.today && count < times) continue;
      if (count < times && isOffDay(log, day)) continue;
      target += times;
      kept += Math.min(count, times);
    }
  } else {
    const thisWeek = weekOf(log, log.today);
    for (let i = KEPT_RATE_DAYS / 7; i >= 0; i--) {
      const ws = shiftDay(thisWeek, -7 * i);
      if (weekEnd(ws) < start) continue;
      const week = weekAsk(log, ws);
      if (week.state === 'in-progress') continue;
      target += week.asked;
      kept += Math.min(week.kept, week.asked);
    }
  }
  return { kept, target, rate: target === 0 ? 0 : kept / target };
}

/**
 * The kept rate of an "I won't…" promise: over the same window as keptRate, the share of days
 * (per: day) or weeks (per: week) that ended within the limit among those already decided. Off days
 * and rest weeks are left out; today and this week join once they are over the limit (then as not
 * within), never while they may still end within it. A week within only thanks to its rest days counts
 * as within, as a week met with the help of rest days counts as kept.
 */
function withinRate(log: PromiseLog): KeptRate {
  const { start } = log.promise;
  let kept = 0;
  let target = 0;
  if (log.promise.per === 'day') {
    const first = shiftDay(log.today, -(KEPT_RATE_DAYS - 1));
    for (const day of dayRange(laterDay(first, start), log.today)) {
      const standing = limitDayState(log, day);
      if (standing === 'off' || standing === 'open') continue;
      target++;
      if (standing === 'within') kept++;
    }
  } else {
    const thisWeek = weekOf(log, log.today);
    for (let i = KEPT_RATE_DAYS / 7; i >= 0; i--) {
      const ws = shiftDay(thisWeek, -7 * i);
      if (weekEnd(ws) < start) continue;
      const { state } = weekLimit(log, ws);
      if (state === 'rest' || state === 'in-progress') continue;
      target++;
      if (state !== 'over') kept++;
    }
  }
  return { kept, target, rate: target === 0 ? 0 : kept / target };
}

export interface PeriodProgress {
  /** Kept today (per: day) or so far this week (per: week). */
  kept: number;
  /**
   * What the period asks: `times` for today (0 once a paused or done promise stopped); for this week,
   * weekAsk's ask (each off day of the week lowers it by one).
   */
  target: number;
  keptToday: boolean;
  restToday: boolean;
  /**
   * "I won't…" promises only: slips so far today (per: day) or this week (per: week), rest days left
   * out; the slips logged today; and whether the period is already over the limit. `kept` and
   * `target` are 0 for them: there is nothing to keep.
   */
  limit?: { slips: number; slipsToday: number; over: boolean };
}

/** Today's (per: day) or this week's (per: week) progress against what the period asks. */
export function periodProgress(log: PromiseLog): PeriodProgress {
  const { times, start, per } = log.promise;
  const today = log.today;
  if (log.atMost) {
    const slips = today < start ? 0 : slipsSoFar(log, today);
    return {
      kept: 0,
      target: 0,
      keptToday: false,
      restToday: log.skipped.has(today),
      limit: { slips, slipsToday: slipsOn(log, today), over: today >= start && limitDayState(log, today) === 'over' },
    };
  }
  // A promise that starts later asks nothing yet (not "0 of 1 today").
  if (today < start) return { kept: 0, target: 0, keptToday: false, restToday: false };
  const todayCount = keptOn(log, today);
  let kept = todayCount;
  let target = isStoppedDay(log, today) ? 0 : times;
  if (per === 'week') {
    const ws = weekOf(log, today);
    kept = keptBetween(log, laterDay(ws, start), today);
    target = weekEnd(ws) < start ? times : weekAsk(log, ws).asked;
  }
  return { kept, target, keptToday: todayCount > 0, restToday: log.skipped.has(today) && todayCount === 0 };
}

/**
 * Every kept occurrence from `start` through today. For an "I won't…" promise: the days before today
 * that ended within the limit (not off days).
 */
export function keptDays(log: PromiseLog): number {
  if (log.atMost) {
    let within = 0;
    for (const day of log.days) if (day !== log.today && limitDayState(log, day) === 'within') within++;
    return within;
  }
  let n = 0;
  for (const count of log.counts.values()) n += count;
  return n;
}
