import type { Day, Streak } from '../day';
import { shiftDay } from './day-range';
import { isRestDay, keptBetween, keptOn, weekEnd, weekOf, type PromiseLog } from './promise-log';

/** A run of days (per: day) or weeks (per: week) that counted. Rest days or weeks inside it add nothing. */
export interface StreakRun {
  /** The first kept day, or the first day of the first week that counted. */
  readonly streak: Streak;
  /** Days or weeks that counted; never the rest days or weeks between them. */
  readonly length: number;
}

export interface PromiseStreaks {
  readonly unit: 'day' | 'week';
  /** The run still alive: nothing broke it between its end and today. */
  readonly current: StreakRun | null;
  /** The longest run ever (the earliest of equal ones). */
  readonly best: StreakRun | null;
}

/** What one day or week does to a streak. */
type UnitState = 'counts' | 'transparent' | 'breaks';

interface Unit {
  start: Day;
  end: Day;
  state: UnitState;
}

/** Current and best streak. The day or week in progress never breaks; planned rest neither breaks nor extends. */
export function promiseStreaks(log: PromiseLog): PromiseStreaks {
  const unit = log.promise.per;
  const units = unit === 'day' ? dayUnits(log) : weekUnits(log);
  let best: StreakRun | null = null;
  let run: { start: Day; end: Day; length: number } | null = null;
  const close = (): void => {
    if (run && (!best || run.length > best.length)) best = toRun(run);
    run = null;
  };
  for (const u of units) {
    if (u.state === 'counts') {
      if (run) {
        run.end = u.end;
        run.length++;
      } else run = { start: u.start, end: u.end, length: 1 };
    } else if (u.state === 'breaks') close();
  }
  const current = run ? toRun(run) : null;
  close();
  return { unit, current, best };
}

function toRun(r: { start: Day; end: Day; length: number }): StreakRun {
  return { streak: { start: r.start, end: r.end }, length: r.length };
}

function* dayUnits(log: PromiseLog): Generator<Unit> {
  const { times } = log.promise;
  for (const day of log.days) {
    let state: UnitState;
    if (keptOn(log, day) >= times) state = 'counts';
    else if (day === log.today || isRestDay(log, day)) state = 'transparent';
    else state = 'breaks';
    yield { start: day, end: day, state };
  }
}

function* weekUnits(log: PromiseLog): Generator<Unit> {
  const { times, start } = log.promise;
  if (start > log.today) return;
  const thisWeek = weekOf(log, log.today);
  for (let ws = weekOf(log, start); ws <= thisWeek; ws = shiftDay(ws, 7)) {
    const from = ws < start ? start : ws;
    const end = weekEnd(ws);
    const to = end > log.today ? log.today : end;
    const kept = keptBetween(log, from, to);
    let state: UnitState;
    if (kept >= times) state = 'counts';
    else if (ws === thisWeek) state = 'transparent';
    else if (kept + restDaysBetween(log, from, end) >= times) state = 'transparent';
    else state = 'breaks';
    yield { start: from, end: to, state };
  }
}

function restDaysBetween(log: PromiseLog, from: Day, to: Day): number {
  let n = 0;
  for (const day of log.skipped) if (day >= from && day <= to && isRestDay(log, day)) n++;
  return n;
}
