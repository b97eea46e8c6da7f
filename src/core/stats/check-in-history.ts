import { ELEMENT_IDS, type ElementId, type SelfTrustCheckInEntry } from '../entry';
import type { CheckInSnapshot } from '../dashboard/model';
import { byDateThenPath } from './note-entries';

/**
 * Every 7-element check-in, oldest first (same day: by path), each element's score or null where it
 * was left blank: the lines of "the 7 elements over time". The radar keeps showing the latest.
 */
export function checkInHistory(entries: readonly SelfTrustCheckInEntry[]): CheckInSnapshot[] {
  return [...entries].sort(byDateThenPath).map((e) => ({
    path: e.path,
    date: e.date,
    scores: Object.fromEntries(ELEMENT_IDS.map((id) => [id, e.scores[id] ?? null])) as Record<ElementId, number | null>,
  }));
}
