import type { Day } from '../day';
import { shiftDay } from './day-range';
import type { BoundaryLogEntry, Entry, MindfulnessEntry, SelfCareCheckInEntry } from '../entry';
import type { PracticeCard } from '../dashboard/model';
import { entriesOfKind, entriesSince, newest, newestOfKind, within } from './note-entries';

/** The practice card counts the last 30 days, today included. */
export const PRACTICE_WINDOW_DAYS = 30;

export function mindfulnessTotals(entries: readonly MindfulnessEntry[]): { sessions: number; minutes: number } {
  let minutes = 0;
  for (const e of entries) minutes += e.minutes ?? 0;
  return { sessions: entries.length, minutes };
}

/** A boundary counts as held only when the note says so (`held: true`); unknown is not held. */
export function boundaryTotals(entries: readonly BoundaryLogEntry[]): { held: number; total: number } {
  return { held: entries.filter((e) => e.held === true).length, total: entries.length };
}

/**
 * Counts over the last 30 days (mindfulness, boundaries, self-care check-ins, TRUST sessions); the
 * latest self-care check-in and strengths note are the newest ever, so the card is never blank
 * after a quiet month.
 */
export function practiceCard(
  entries: readonly Entry[],
  today: Day,
  ofKind?: <K extends Entry['kind']>(kind: K) => readonly Extract<Entry, { kind: K }>[],
): PracticeCard {
  const since = shiftDay(today, -(PRACTICE_WINDOW_DAYS - 1));
  // Entries come oldest first: the last 30 days are a tail, the newest of a kind is near the end (or,
  // given the entries by kind, also oldest first, the last of its list: a kind never written is not
  // looked for through every entry).
  const recent = entriesSince(entries, since).filter((e) => within(e.date, since, today));
  const latestCare: SelfCareCheckInEntry | null = ofKind ? newest(ofKind('self-care-check-in')) : newestOfKind(entries, 'self-care-check-in');
  const latestStrengths = ofKind ? newest(ofKind('strengths-weaknesses')) : newestOfKind(entries, 'strengths-weaknesses');
  return {
    since,
    mindfulness: mindfulnessTotals(entriesOfKind(recent, 'mindfulness')),
    boundaries: boundaryTotals(entriesOfKind(recent, 'boundary-log')),
    selfCare: {
      checkIns: entriesOfKind(recent, 'self-care-check-in').length,
      latest: latestCare ? { path: latestCare.path, date: latestCare.date, energy: latestCare.energy } : null,
    },
    trust: { sessions: entriesOfKind(recent, 'trust-model').length },
    strengths: {
      latest: latestStrengths
        ? {
            path: latestStrengths.path,
            date: latestStrengths.date,
            strengths: [...latestStrengths.strengths],
            weaknesses: [...latestStrengths.weaknesses],
          }
        : null,
    },
  };
}
