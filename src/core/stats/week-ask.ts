import type { Day } from '../day';
import { dayRange, earlierDay, laterDay } from './day-range';
import { isRestDay, isStoppedDay, keptOn, slipsOn, weekEnd, weekOf, type PromiseLog } from './promise-log';

/**
 * What one calendar week asks of a `per: week` promise, and how it went. The one rule that the
 * streak, the promise card, the kept rate and the week roll-up all read (docs/schema.md, "What a
 * week with rest days asks").
 */
export interface WeekAsk {
  /**
   * Times the week asks: min(times - rest days, active days), never below 0; but never less than what
   * was kept, up to min(times, active + rest days): rest only excuses what was not done, so a week
   * kept in full reads "2 of 2", never "2 of 1".
   */
  asked: number;
  /** Kept occurrences in the week, from `start` through today (not capped). */
  kept: number;
  /** Days of the week on or after `start` that could be kept (not off days); days still to come count. */
  active: number;
  /** Planned rest days of the week: each lowers the ask by one. */
  rest: number;
  /**
   * - `met`: kept what the week would ask without its off days (times, or every day on or after
   *   `start` when it began mid-week): counts in the streak.
   * - `met-with-rest`: kept what it asked (at least once), but only because rest days lowered the
   *   ask: kept in full for the card and the kept rate; the streak steps over it, as over a rest day.
   * - `rest`: nothing asked and nothing kept (as many rest days as `times`, or a paused or done
   *   promise's week after it stopped): the streak steps over it.
   * - `in-progress`: this week, not yet met. Never breaks a streak, never lowers the rate.
   * - `missed`: a past week that fell short of its ask: breaks the streak.
   */
  state: 'met' | 'met-with-rest' | 'rest' | 'missed' | 'in-progress';
}

/**
 * The ask of the week beginning `ws` (a week start under the log's week start, holding a day on or
 * after `start`). Each planned rest day lowers the ask by one, and a week never asks more than its
 * active days: twice a week with one rest day asks 1; a promise begun on a Saturday asks at most 2
 * that week. Days after a paused or done promise stopped are not active and lower nothing more: like
 * the days before `start`, they are outside the promise (kept Monday, paused since: that week asks 1).
 */
export function weekAsk(log: PromiseLog, ws: Day): WeekAsk {
  const { times, start } = log.promise;
  const from = laterDay(ws, start);
  const end = weekEnd(ws);
  const last = earlierDay(end, log.today);
  let active = 0;
  let rest = 0;
  let kept = 0;
  // One pass over the week's days (at most 7): a rebuild asks this of every week of every promise.
  for (const day of dayRange(from, end)) {
    if (day <= last) kept += keptOn(log, day);
    if (isRestDay(log, day)) rest++;
    else if (!isStoppedDay(log, day)) active++;
  }
  const lowered = Math.max(0, Math.min(times - rest, active));
  const unrested = Math.min(times, active + rest);
  const asked = Math.max(lowered, Math.min(kept, unrested));
  let state: WeekAsk['state'];
  if (unrested > 0 && kept >= unrested) state = 'met';
  else if (kept >= lowered) state = kept > 0 ? 'met-with-rest' : 'rest';
  else if (ws === weekOf(log, log.today)) state = 'in-progress';
  else state = 'missed';
  return { asked, kept, active, rest, state };
}

/**
 * How one calendar week of a `per: week` "I won't…" promise (`aim: at-most`) stands: the same one
 * rule for the streak, the card, the kept rate and the roll-up, as weekAsk is for promises to do
 * something (docs/schema.md, "I won't… promises").
 */
export interface WeekLimit {
  /** The most slips the week may hold: `times` (0: none). */
  limit: number;
  /** Slips on the week's days from `start` through today that count: rest days left out. */
  slips: number;
  /** Slips on its rest days: a rest day is a day off from the limit. */
  restSlips: number;
  /** Days of the week on or after `start` that are not off days (rest, or after it stopped); days to come count. */
  active: number;
  /**
   * - `over`: its slips passed the limit; known at once, in the week in progress too: ends the streak.
   * - `in-progress`: this week, within the limit so far. Never breaks a streak, never lowers the rate.
   * - `within`: a past week within the limit, its rest days' slips included: counts in the streak.
   * - `within-with-rest`: within the limit only because slips fell on rest days: kept for the rate,
   *   stepped over by the streak (as a week met only thanks to rest days is).
   * - `rest`: no active day (all rest, or after a paused or done promise stopped): stepped over.
   */
  state: 'within' | 'within-with-rest' | 'rest' | 'over' | 'in-progress';
}

/** The standing of the week beginning `ws` (a week start holding a day on or after `start`) for an at-most promise. */
export function weekLimit(log: PromiseLog, ws: Day): WeekLimit {
  const { times, start } = log.promise;
  const end = weekEnd(ws);
  const last = earlierDay(end, log.today);
  let slips = 0;
  let restSlips = 0;
  let active = 0;
  for (const day of dayRange(laterDay(ws, start), end)) {
    const n = day <= last ? slipsOn(log, day) : 0;
    if (isRestDay(log, day)) restSlips += n;
    else if (!isStoppedDay(log, day)) {
      active++;
      slips += n;
    }
  }
  let state: WeekLimit['state'];
  if (slips > times) state = 'over';
  else if (ws === weekOf(log, log.today)) state = 'in-progress';
  else if (active === 0) state = 'rest';
  else if (slips + restSlips > times) state = 'within-with-rest';
  else state = 'within';
  return { limit: times, slips, restSlips, active, state };
}
