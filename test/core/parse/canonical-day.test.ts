import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/core/day';
import { canonicalDay, loggedDayOf } from '../../../src/core/parse/field-readers';

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

describe('canonicalDay: parseDay without a regex or a Date', () => {
  it('agrees with parseDay on every month and day of the years where calendars differ', () => {
    const years = [...Array.from({ length: 120 }, (_, y) => y), 1582, 1600, 1700, 1800, 1899, 1900, 1904, 2000, 2024, 2026, 2100, 2400, 9996, 9999];
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(canonicalDay(text), text).toBe(parseDay(text));
        }
      }
    }
  });

  it('steps aside (undefined) for anything not exactly YYYY-MM-DD, which loggedDayOf reads as before', () => {
    for (const text of ['2026-1-02', ' 2026-11-26', '2026-11-26 ', '2026/11/26', '２０２６-11-26', '2026-11-2a', '+026-11-26', '2026-11-26T1']) {
      expect(canonicalDay(text), text).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/), (text) => {
        const read = loggedDayOf(text);
        const expected = parseDay(text);
        expect(read).toEqual(expected ? { day: expected, words: null } : { reason: 'impossible' });
      }),
    );
  });
});
