import { ELEMENTS } from '../catalog/exercises';
import { ELEMENT_IDS, type ElementId, type SelfTrustCheckInEntry } from '../entry';
import type { CheckInCard, CheckInSnapshot } from '../dashboard/model';
import { byDateThenPath } from './note-entries';

/** The latest 7-element check-in, the one before it, and the change per element (null where either is blank). */
export function checkInCard(entries: readonly SelfTrustCheckInEntry[]): CheckInCard {
  const sorted = [...entries].sort(byDateThenPath);
  const latest = sorted[sorted.length - 1];
  const previous = sorted[sorted.length - 2];
  const change = Object.fromEntries(
    ELEMENT_IDS.map((id) => {
      const a = latest?.scores[id] ?? null;
      const b = previous?.scores[id] ?? null;
      return [id, a !== null && b !== null ? a - b : null];
    }),
  ) as Record<ElementId, number | null>;
  return {
    elements: ELEMENTS.map((e) => ({ id: e.id, label: e.label, description: e.description })),
    latest: latest ? snapshot(latest) : null,
    previous: previous ? snapshot(previous) : null,
    change,
  };
}

function snapshot(e: SelfTrustCheckInEntry): CheckInSnapshot {
  const scores = Object.fromEntries(ELEMENT_IDS.map((id) => [id, e.scores[id] ?? null])) as Record<ElementId, number | null>;
  return { path: e.path, date: e.date, scores };
}
