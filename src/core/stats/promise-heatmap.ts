import type { Day } from '../day';
import { dayFromEpoch, epochDay } from './day-range';
import type { HeatDay, HeatState } from '../dashboard/model';
import { isRestDay, isStoppedDay, keptOn, weekOf, type PromiseLog } from './promise-log';

/** Whole weeks shown before the current one. */
export const HEATMAP_PAST_WEEKS = 12;

/**
 * The last 12 whole weeks and the current week, oldest first, starting on the user's week start.
 * A day is `kept` when kept at least once (its `count` says how often), `rest` when planned rest,
 * `paused` or `done` after a paused or done promise stopped (PromiseLog.stoppedFrom), `pending` when
 * it is today and not kept yet, `missed` otherwise; `before` the promise's start and `future` after
 * today (days after 9999-12-31, where the calendar ends, are `future` too).
 */
export function promiseHeatmap(log: PromiseLog): HeatDay[] {
  const first = epochDay(weekOf(log, log.today)) - 7 * HEATMAP_PAST_WEEKS;
  const today = epochDay(log.today);
  const out: HeatDay[] = [];
  // Stepped by epoch number: a day after 9999-12-31 has a five-digit year and sorts wrong as text.
  for (let e = first; e < first + 7 * (HEATMAP_PAST_WEEKS + 1); e++) {
    const day = dayFromEpoch(e);
    const count = e > today ? 0 : keptOn(log, day);
    out.push({ date: day, state: e > today ? 'future' : heatState(log, day, count), count });
  }
  return out;
}

function heatState(log: PromiseLog, day: Day, count: number): HeatState {
  if (day < log.promise.start) return 'before';
  if (count > 0) return 'kept';
  if (isRestDay(log, day)) return 'rest';
  if (isStoppedDay(log, day)) return log.promise.status === 'done' ? 'done' : 'paused';
  return day === log.today ? 'pending' : 'missed';
}
