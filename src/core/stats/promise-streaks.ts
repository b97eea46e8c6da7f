import type { Day, Streak } from '../day';
import { daysApart, earlierDay, laterDay, shiftDay } from './day-range';
import { isOffDay, keptOn, limitDayState, weekEnd, weekOf, type PromiseLog } from './promise-log';
import { weekAsk, weekLimit } from './week-ask';

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

/**
 * Current and best streak, in days (per: day) or calendar weeks (per: week). The day or week in
 * progress never breaks; off days (planned rest, a paused or done promise after it stopped) neither
 * break nor extend. A week counts, steps over or breaks as weekAsk says (week-ask.ts).
 *
 * An "I won't…" promise (`aim: at-most`) counts days (weeks) that ended within the limit; a day or
 * week over it breaks at once, today and this week too (the slip is a fact already), while today and
 * this week within the limit wait until they are over. Weeks read as weekLimit says.
 */
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
    if (log.atMost) {
      const standing = limitDayState(log, day);
      state = standing === 'within' ? 'counts' : standing === 'over' ? 'breaks' : 'transparent';
    } else if (keptOn(log, day) >= times) state = 'counts';
    else if (day === log.today || isOffDay(log, day)) state = 'transparent';
    else state = 'breaks';
    yield { start: day, end: day, state };
  }
}

function* weekUnits(log: PromiseLog): Generator<Unit> {
  const { start } = log.promise;
  if (start > log.today) return;
  const first = weekOf(log, start);
  // Counted in whole weeks, not by comparing days as text: past 9999-12-31 a day sorts first.
  const weeks = daysApart(first, weekOf(log, log.today)) / 7;
  for (let i = 0; i <= weeks; i++) {
    const ws = shiftDay(first, 7 * i);
    let unit: UnitState;
    if (log.atMost) {
      const { state } = weekLimit(log, ws);
      unit = state === 'within' ? 'counts' : state === 'over' ? 'breaks' : 'transparent';
    } else {
      const { state } = weekAsk(log, ws);
      unit = state === 'met' ? 'counts' : state === 'missed' ? 'breaks' : 'transparent';
    }
    yield { start: laterDay(ws, start), end: earlierDay(weekEnd(ws), log.today), state: unit };
  }
}
