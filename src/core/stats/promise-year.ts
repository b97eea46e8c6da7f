import type { HeatDay } from '../dashboard/model';
import { epochDay } from './day-range';
import { heatDay } from './promise-heatmap';
import { weekOf, type PromiseLog } from './promise-log';

/** Whole weeks the year calendar shows before the current one, at most. */
export const YEAR_PAST_WEEKS = 52;

/**
 * A promise's calendar over the last year: from the week holding its start (when it began less than
 * a year ago) or 52 whole weeks back, through the end of this week, oldest first, aligned to the
 * user's week start. Each day reads as in the 13-week calendar (heatDay): kept, rest, missed,
 * pending, before, future, paused or done, with its words and an "I won't…" promise's slips.
 */
export function promiseHeatmapYear(log: PromiseLog): HeatDay[] {
  const thisWeek = epochDay(weekOf(log, log.today));
  const yearBack = thisWeek - 7 * YEAR_PAST_WEEKS;
  const startWeek = epochDay(weekOf(log, log.promise.start));
  const first = Math.min(thisWeek, Math.max(yearBack, startWeek));
  const out: HeatDay[] = [];
  // By epoch number, as promiseHeatmap does: days past 9999-12-31 sort wrong as text.
  for (let e = first; e < thisWeek + 7; e++) out.push(heatDay(log, e));
  return out;
}
