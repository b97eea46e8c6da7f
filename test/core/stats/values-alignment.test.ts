import { describe, expect, it } from 'vitest';
import { valuesCard } from '../../../src/core/stats/values-alignment';
import { entriesFrom, noteText } from './note-builders';

const mapping = (date: string, values: [string, number | null][]) =>
  noteText(
    [
      'selftrust: value-mapping',
      `date: ${date}`,
      'values:',
      ...values.map(([name, a]) => `  - ${name}: ${a === null ? '' : a}`),
    ].join('\n'),
    '## Where I compromise\nWork eats my evenings.\n',
  );

describe('values', () => {
  const notes = {
    'Self-trust/2026-09-01 Value mapping.md': mapping('2026-09-01', [
      ['Honesty', 6],
      ['family', 8],
      ['Health', 5],
    ]),
    'Self-trust/2026-11-20 Value mapping.md': mapping('2026-11-20', [
      ['Family', 9],
      ['Health', 3],
      ['Honesty', null],
      ['Career growth', 2],
      ['Creativity', 7],
      ['Rest', 4],
    ]),
    'Self-trust/2026-10-15 Value mapping.md': mapping('2026-10-15', [
      ['Health', 4],
      ['"  FAMILY "', 7],
    ]),
  };
  const card = valuesCard(entriesFrom('value-mapping', notes));

  it('shows the newest note’s ranking and alignment', () => {
    expect(card.source).toEqual({ path: 'Self-trust/2026-11-20 Value mapping.md', date: '2026-11-20' });
    expect(card.values.map((v) => [v.rank, v.name, v.alignment])).toEqual([
      [1, 'Family', 9],
      [2, 'Health', 3],
      [3, 'Honesty', null],
      [4, 'Career growth', 2],
      [5, 'Creativity', 7],
      [6, 'Rest', 4],
    ]);
  });

  it('flags values in the top third lived little, never unrated ones or lower ranks', () => {
    // 6 values: the top third is ranks 1-2. Health (rank 2, 3) is a gap; Career growth (rank 4, 2) is not.
    expect(card.gaps).toEqual(['Health']);
    expect(card.values.map((v) => v.gap)).toEqual([false, true, false, false, false, false]);
  });

  it('keeps each value’s alignment over time, oldest first, matching names regardless of case', () => {
    expect(card.values[0]?.history).toEqual([
      { date: '2026-09-01', alignment: 8 },
      { date: '2026-10-15', alignment: 7 },
      { date: '2026-11-20', alignment: 9 },
    ]);
    expect(card.values[1]?.history.map((h) => h.alignment)).toEqual([5, 4, 3]);
    expect(card.values[2]?.history).toEqual([{ date: '2026-09-01', alignment: 6 }]);
  });

  it('rounds the top third up: with 4 values, ranks 1-2 count', () => {
    const four = valuesCard(
      entriesFrom('value-mapping', { 'v.md': mapping('2026-11-01', [['A', 9], ['B', 4], ['C', 1], ['D', 1]]) }),
    );
    expect(four.gaps).toEqual(['B']);
  });

  it('is empty before the first value mapping', () => {
    expect(valuesCard([])).toEqual({ source: null, values: [], gaps: [] });
  });
});
