import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eachDay, startOfWeek, type Day, type WeekStart } from '../../../src/core/day';
import { dayRange, daysApart, shiftDay, weekStartOf } from '../../../src/core/stats/day-range';

const anyDay = fc.integer({ min: 0, max: 200_000 }).map((n) => addDays('1900-01-01' as Day, n));

describe('fast day arithmetic agrees with src/core/day.ts', () => {
  it('steps across month ends, leap days and years', () => {
    expect(dayRange('2024-02-27' as Day, '2024-03-01' as Day)).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(dayRange('2026-12-30' as Day, '2027-01-02' as Day)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(dayRange('2100-02-28' as Day, '2100-03-01' as Day)).toEqual(['2100-02-28', '2100-03-01']);
    expect(dayRange('2026-11-26' as Day, '2026-11-25' as Day)).toEqual([]);
    expect(shiftDay('2026-11-26' as Day, -365)).toBe('2025-11-26');
    expect(weekStartOf('2026-11-26' as Day, 'monday')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-26' as Day, 'sunday')).toBe('2026-11-22');
  });

  it('dayRange matches eachDay', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const to = addDays(from, length);
        expect(dayRange(from, to)).toEqual([...eachDay(from, to)]);
      }),
      { numRuns: 200 },
    );
  });

  it('shiftDay, daysApart and weekStartOf match addDays, daysBetween and startOfWeek', () => {
    fc.assert(
      fc.property(anyDay, anyDay, fc.integer({ min: -5000, max: 5000 }), fc.constantFrom<WeekStart>('monday', 'sunday'), (a, b, n, ws) => {
        expect(shiftDay(a, n)).toBe(addDays(a, n));
        expect(daysApart(a, b)).toBe(daysBetween(a, b));
        expect(weekStartOf(a, ws)).toBe(startOfWeek(a, ws));
      }),
      { numRuns: 500 },
    );
  });
});
