import { describe, expect, it } from 'vitest';
import { checkInCard } from '../../../src/core/stats/check-in';
import { entriesFrom, noteText } from './note-builders';

const checkIn = (date: string, scores: string) => noteText(`selftrust: self-trust-check-in\ndate: ${date}\n${scores}`);

describe('7-element check-in', () => {
  it('shows the latest, the one before, and the change per element', () => {
    const card = checkInCard(
      entriesFrom('self-trust-check-in', {
        'c/old.md': checkIn('2026-08-01', 'confidence: 1\nreliability: 1'),
        'c/prev.md': checkIn('2026-10-01', 'confidence: 2\nreliability: 4\nresilience: 3\nintuition: 3\nlimits: 2\nalignment: 3\naccountability: 4'),
        'c/new.md': checkIn('2026-11-01', 'confidence: 4\nreliability: 3\nresilience: 3\nintuition:\nlimits: "4"\nalignment: 3\naccountability: 5'),
      }),
    );
    expect(card.latest?.path).toBe('c/new.md');
    expect(card.previous?.path).toBe('c/prev.md');
    expect(card.change).toEqual({
      confidence: 2,
      reliability: -1,
      resilience: 0,
      intuition: null,
      limits: 2,
      alignment: 0,
      accountability: 1,
    });
    expect(card.elements.map((e) => e.id)).toEqual([
      'confidence', 'reliability', 'resilience', 'intuition', 'limits', 'alignment', 'accountability',
    ]);
  });

  it('has no change with a single check-in', () => {
    const card = checkInCard(entriesFrom('self-trust-check-in', { 'c.md': checkIn('2026-11-01', 'confidence: 4') }));
    expect(card.previous).toBeNull();
    expect(Object.values(card.change).every((v) => v === null)).toBe(true);
  });
});
