import type { Day } from '../day';
import type { HeatDay, HeatState } from '../dashboard/model';
import { dayFromEpoch, epochDay } from './day-range';
import { isRestDay, isStoppedDay, keptOn, weekOf, type PromiseLog } from './promise-log';

/** Whole weeks the year calendar shows before the current one, at most. */
export const YEAR_PAST_WEEKS = 52;

/**
 * A promise's calendar over the last year: from the week holding its start (when it began less than
 * a year ago) or 52 whole weeks back, through the end of this week, oldest first, aligned to the
 * user's week start. Each day reads as in promiseHeatmap (the 13-week calendar): kept, rest, missed,
 * pending, before, future, paused or done.
 */
export function promiseHeatmapYear(log: PromiseLog): HeatDay[] {
  const thisWeek = epochDay(weekOf(log, log.today));
  const yearBack = thisWeek - 7 * YEAR_PAST_WEEKS;
  const startWeek = epochDay(weekOf(log, log.promise.start));
  const first = Math.min(thisWeek, Math.max(yearBack, startWeek));
  const today = epochDay(log.today);
  const out: HeatDay[] = [];
  // By epoch number, as promiseHeatmap does: days past 9999-12-31 sort wrong as text.
  for (let e = first; e < thisWeek + 7; e++) {
    const day = dayFromEpoch(e);
    const count = e > today ? 0 : keptOn(log, day);
    out.push({ date: day, state: e > today ? 'future' : heatState(log, day, count), count });
  }
  return out;
}

/** The same reading of a day as promiseHeatmap's. */
function heatState(log: PromiseLog, day: Day, count: number): HeatState {
  if (day < log.promise.start) return 'before';
  if (count > 0) return 'kept';
  if (isRestDay(log, day)) return 'rest';
  if (isStoppedDay(log, day)) return log.promise.status === 'done' ? 'done' : 'paused';
  return day === log.today ? 'pending' : 'missed';
}
