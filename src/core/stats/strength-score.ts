import type { Day } from '../day';
import { daysApart } from './day-range';
import { isOffDay, keptOn, limitDayState, type PromiseLog } from './promise-log';

/**
 * Loop Habit Tracker's habit strength, day by day from `start`.
 * f = times / days in the period (1 or 7); m = 0.5^(sqrt(f)/13) (a half-life of 13/sqrt(f) days);
 * each day score = previous * m + v * (1 - m), with v = min(1, kept in the last D days / N),
 * N = times and D = the period's days, both doubled when f < 1.
 *
 * Off days (planned rest, and the days after a paused or done promise stopped) are taken off the
 * calendar: they leave the score as it was and the window of the last D days steps over them (it
 * holds the last D days that were not off). So a history scores exactly as the same history with its
 * rest days cut out, and a rest day never costs anything later. (Loop has no rest days; this is ours.)
 *
 * The score is 0 before `start`. Today joins only when it is kept and would raise the score: the day
 * in progress never lowers it.
 *
 * An "I won't…" promise (`aim: at-most`) is judged a day at a time, whatever its `per`: f = 1 (a
 * half-life of 13 days) and v = 1 for a day that ended within the limit, 0 for a day over it (for
 * `per: week`, a day after the week's slips passed the limit). Today joins once it is over: at the
 * end of the day it is judged like any other, so a slip today never lowers it before then.
 */
export interface StrengthSeries {
  readonly start: Day;
  /** scores[i] = strength at the end of day start + i, through today. Empty when start is after today. */
  readonly scores: readonly number[];
}

/** The strength at the end of every day from `start` through today (see StrengthSeries). */
export function strengthSeries(log: PromiseLog): StrengthSeries {
  if (log.atMost) return limitStrengthSeries(log);
  const { times, per, start } = log.promise;
  const periodDays = per === 'day' ? 1 : 7;
  const f = times / periodDays;
  const m = Math.pow(0.5, Math.sqrt(f) / 13);
  const n = f < 1 ? times * 2 : times;
  const d = f < 1 ? periodDays * 2 : periodDays;

  const scores: number[] = [];
  // The kept counts of the last d days on the calendar (off days left out), as a ring.
  const window = new Array<number>(d).fill(0);
  let at = 0;
  let windowSum = 0;
  let score = 0;
  for (const day of log.days) {
    if (isOffDay(log, day)) {
      scores.push(score);
      continue;
    }
    const count = keptOn(log, day);
    windowSum += count - (window[at] ?? 0);
    window[at] = count;
    at = (at + 1) % d;
    const v = Math.min(1, windowSum / n);
    const next = score * m + v * (1 - m);
    if (day === log.today) {
      if (count > 0 && next > score) score = next;
    } else score = next;
    scores.push(score);
  }
  return { start, scores };
}

/** Loop's score for an at-most promise: daily, v = 1 for a day within the limit (see StrengthSeries). */
function limitStrengthSeries(log: PromiseLog): StrengthSeries {
  const m = Math.pow(0.5, 1 / 13);
  const scores: number[] = [];
  let score = 0;
  for (const day of log.days) {
    const standing = limitDayState(log, day);
    if (standing === 'within') score = score * m + (1 - m);
    else if (standing === 'over' && day !== log.today) score = score * m;
    scores.push(score);
  }
  return { start: log.promise.start, scores };
}

/** Strength at the end of `day` (0 before start; days after today read today's). */
export function strengthOn(series: StrengthSeries, day: Day): number {
  if (series.scores.length === 0) return 0;
  const i = daysApart(series.start, day);
  if (i < 0) return 0;
  return series.scores[Math.min(i, series.scores.length - 1)] ?? 0;
}

/** Strength today, 0-1. */
export function currentStrength(series: StrengthSeries): number {
  return series.scores[series.scores.length - 1] ?? 0;
}
