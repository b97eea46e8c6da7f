import { weekLabel, type Day, type WeekStart } from '../day';
import { shiftDay, weekStartOf } from './day-range';
import type { Entry } from '../entry';
import type { WeekCard, WeekRollup } from '../dashboard/model';
import { emotionStats } from './emotions';
import { comparePaths, entriesOfKind, newest } from './note-entries';
import { boundaryTotals, mindfulnessTotals } from './practice';
import { activeDaysOfWeek, keptBetween, keptOn, weekEnd, type PromiseLog } from './promise-log';

/** Past weeks shown besides the current one: the newest weeks that hold anything. */
export const PAST_WEEKS_SHOWN = 12;

/**
 * The current week and the 12 newest earlier weeks that hold a note (by its date) or a kept
 * promise day, newest first. Weeks start on the user's week start and carry the label of weekLabel.
 */
export function weekCards(entries: readonly Entry[], logs: readonly PromiseLog[], today: Day, weekStart: WeekStart): WeekCard[] {
  const thisWeek = weekStartOf(today, weekStart);
  const days = new Set<Day>();
  for (const e of entries) if (e.date < thisWeek) days.add(e.date);
  for (const log of logs) for (const day of log.counts.keys()) if (day < thisWeek) days.add(day);
  // Newest day first, so the weeks come out newest first and the walk stops after 12 of them.
  const past: Day[] = [];
  for (const day of [...days].sort((a, b) => comparePaths(b, a))) {
    const ws = weekStartOf(day, weekStart);
    if (past[past.length - 1] === ws) continue;
    past.push(ws);
    if (past.length === PAST_WEEKS_SHOWN) break;
  }
  return [thisWeek, ...past].map((ws) => weekCard(ws, entries, logs, today, weekStart));
}

/** `entries` must be oldest first (as entriesOf gives them): the week's notes are found by binary search. */
export function weekCard(ws: Day, entries: readonly Entry[], logs: readonly PromiseLog[], today: Day, weekStart: WeekStart): WeekCard {
  const end = weekEnd(ws);
  const inWeek = entries.slice(firstOnOrAfter(entries, ws), firstOnOrAfter(entries, shiftDay(end, 1)));
  const reflection = newest(entriesOfKind(inWeek, 'weekly-reflection'));
  return {
    label: weekLabel(ws, weekStart),
    start: ws,
    end,
    reflection: reflection
      ? { path: reflection.path, rating: reflection.rating, wins: [...reflection.wins], adjust: [...reflection.adjust] }
      : null,
    rollup: weekRollup(ws, inWeek, logs, today),
  };
}

/** Index of the first entry dated on or after `day`, in entries sorted oldest first. */
function firstOnOrAfter(entries: readonly Entry[], day: Day): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((entries[mid]?.date ?? day) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What one week's notes hold. Promises: every active promise begun by then, and any other promise
 * kept that week, with kept occurrences against the week's target: for per: day, `times` for each
 * active day up to yesterday (today too once fully kept), rest days and days before `start` left
 * out; for per: week, min(times, active days of the week).
 */
export function weekRollup(ws: Day, inWeek: readonly Entry[], logs: readonly PromiseLog[], today: Day): WeekRollup {
  const end = weekEnd(ws);
  const promises: WeekRollup['promises'] = [];
  for (const log of logs) {
    const p = log.promise;
    const last = end < today ? end : today;
    if (p.start > last) continue;
    const kept = keptBetween(log, ws < p.start ? p.start : ws, last);
    if (p.status !== 'active' && kept === 0) continue;
    let target: number;
    if (p.per === 'day') {
      const through = end < today ? end : keptOn(log, today) >= p.times ? today : shiftDay(today, -1);
      target = p.times * activeDaysOfWeek(log, ws, through);
    } else target = Math.min(p.times, activeDaysOfWeek(log, ws));
    promises.push({ promise: p.promise, path: p.path, kept, target });
  }
  promises.sort((a, b) => comparePaths(a.path, b.path));
  const lessons = entriesOfKind(inWeek, 'mistake-ledger')
    .map((e) => e.lesson?.trim() ?? '')
    .filter((l) => l.length > 0);
  return {
    promises,
    emotions: emotionStats(entriesOfKind(inWeek, 'emotional-journal')).map(({ name, count }) => ({ name, count })),
    lessons,
    boundaries: boundaryTotals(entriesOfKind(inWeek, 'boundary-log')),
    mindfulness: mindfulnessTotals(entriesOfKind(inWeek, 'mindfulness')),
    selfCare: entriesOfKind(inWeek, 'self-care-check-in').length,
    notes: inWeek.length,
  };
}
