import type { Day } from '../day';
import { dayRange, shiftDay } from './day-range';
import type { HeatDay, HeatState } from '../dashboard/model';
import { isRestDay, keptOn, weekOf, type PromiseLog } from './promise-log';

/** Whole weeks shown before the current one. */
export const HEATMAP_PAST_WEEKS = 12;

/**
 * The last 12 whole weeks and the current week, oldest first, starting on the user's week start.
 * A day is `kept` when kept at least once (its `count` says how often), `rest` when planned rest,
 * `pending` when it is today and not kept yet, `missed` otherwise; `before` the promise's start and
 * `future` after today.
 */
export function promiseHeatmap(log: PromiseLog): HeatDay[] {
  const first = shiftDay(weekOf(log, log.today), -7 * HEATMAP_PAST_WEEKS);
  return dayRange(first, shiftDay(first, 7 * (HEATMAP_PAST_WEEKS + 1) - 1)).map((day) => {
    const count = keptOn(log, day);
    return { date: day, state: heatState(log, day, count), count };
  });
}

function heatState(log: PromiseLog, day: Day, count: number): HeatState {
  if (day > log.today) return 'future';
  if (day < log.promise.start) return 'before';
  if (count > 0) return 'kept';
  if (isRestDay(log, day)) return 'rest';
  return day === log.today ? 'pending' : 'missed';
}
