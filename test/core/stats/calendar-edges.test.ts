import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekLabel, type Day, type WeekStart } from '../../../src/core/day';
import { dayFromEpoch, dayRange, earlierDay, epochDay, LAST_DAY, laterDay, shiftDay, weekEndOf, weekLabelOf, weekStartOf } from '../../../src/core/stats/day-range';

const anyDay = fc.integer({ min: 0, max: 200_000 }).map((n) => addDays('1900-01-01' as Day, n));

describe('the statistics calendar at its edges (years 1000-9999)', () => {
  it('weekLabelOf names every week as weekLabel does', () => {
    fc.assert(
      fc.property(anyDay, fc.constantFrom<WeekStart>('monday', 'sunday'), (day, ws) => {
        expect(weekLabelOf(weekStartOf(day, ws), ws)).toBe(weekLabel(day, ws));
      }),
      { numRuns: 500 },
    );
    expect(weekLabelOf('9999-12-27' as Day, 'monday')).toBe('9999-W52');
    expect(weekLabelOf('0999-12-30' as Day, 'monday')).toBe('1000-W01');
  });

  it('reads back the days it makes past 9999-12-31 and before year 0, so loops over them end', () => {
    for (const n of [epochDay('9999-12-31' as Day) + 1, epochDay('0000-01-01' as Day) - 1, -800_000, 3_000_000]) {
      expect(epochDay(dayFromEpoch(n))).toBe(n);
    }
    expect(dayFromEpoch(epochDay(LAST_DAY) + 1)).toBe('10000-01-01');
    expect(shiftDay('0000-01-01' as Day, -1)).toBe('-0001-12-31');
    expect(dayRange('9999-12-30' as Day, '10000-01-02' as Day)).toEqual(['9999-12-30', '9999-12-31', '10000-01-01', '10000-01-02']);
    expect(dayRange('-0001-12-31' as Day, '0000-01-01' as Day)).toEqual(['-0001-12-31', '0000-01-01']);
     // Compared by what they mean, not as text ("10000-01-01" sorts before "9999-12-31").
    expect(earlierDay('10000-01-01' as Day, LAST_DAY)).toBe(LAST_DAY);
    expect(laterDay('10000-01-01' as Day, LAST_DAY)).toBe('10000-01-01');
    expect(earlierDay('-0002-06-01' as Day, '-0001-01-01' as Day)).toBe('-0002-06-01');
    expect(laterDay('2026-11-26' as Day, '2026-11-25' as Day)).toBe('2026-11-26');
  });

  it('cuts the last week of the calendar at 9999-12-31', () => {
    expect(weekEndOf('9999-12-27' as Day)).toBe('9999-12-31');
    expect(weekEndOf('9999-12-20' as Day)).toBe('9999-12-26');
    expect(weekEndOf('0999-12-30' as Day)).toBe('1000-01-05');
  });
});
