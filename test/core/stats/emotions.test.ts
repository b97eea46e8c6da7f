import { describe, expect, it } from 'vitest';
import { emotionsCard } from '../../../src/core/stats/emotions';
import { d, entriesFrom, noteText } from './note-builders';

const journal = (date: string, emotions: string) =>
  noteText(`selftrust: emotional-journal\ndate: ${date}\nemotions:\n${emotions}\ntrigger: "a call from work"`, 'I felt it in my chest.\n');

describe('emotions over the last 30 days', () => {
  const notes = {
    'j/1.md': journal('2026-11-26', '  - Anxious 7/10\n  - hopeful: 4'),
    'j/2.md': journal('2026-11-20', '  - " anxious  5"\n  - Calm'),
    'j/3.md': journal('2026-10-28', '  - calm 6/10\n  - Hopeful: 9'),
    // Day 31 back: outside the window.
    'j/4.md': journal('2026-10-27', '  - angry 9/10\n  - anxious 1/10'),
  };
  const card = emotionsCard(entriesFrom('emotional-journal', notes), d('2026-11-26'));

  it('starts 29 days before today', () => {
    expect(card.since).toBe('2026-10-28');
    expect(card.entries).toBe(3);
  });

  it('counts each emotion by its lower-cased name, most named first, ties by name', () => {
    expect(card.items.map((i) => [i.name, i.count])).toEqual([
      ['anxious', 2],
      ['calm', 2],
      ['hopeful', 2],
    ]);
  });

  it('averages the intensities that were given, null when none', () => {
    expect(card.items.find((i) => i.name === 'anxious')?.meanIntensity).toBe(6);
    expect(card.items.find((i) => i.name === 'calm')?.meanIntensity).toBe(6);
    expect(card.items.find((i) => i.name === 'hopeful')?.meanIntensity).toBe(6.5);
    const unrated = emotionsCard(entriesFrom('emotional-journal', { 'x.md': journal('2026-11-26', '  - Tired') }), d('2026-11-26'));
    expect(unrated.items).toEqual([{ name: 'tired', count: 1, meanIntensity: null }]);
  });
});
