import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekdayIndex, type Day } from '../../../src/core/day';
import type { PromiseEntry } from '../../../src/core/entry';
import { shiftDay } from '../../../src/core/stats/day-range';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { currentStrength, strengthOn, strengthSeries } from '../../../src/core/stats/strength-score';
import { d, days, promiseFrom, promiseNote, type PromiseNoteOptions } from './note-builders';

/*
 * Issue 9, fault 5: a rest day is as if it were not on the calendar. Strength on any later day equals
 * the strength of the same log with its rest days cut out of the timeline.
 */

const TODAY = d('2026-11-26'); // a Thursday

function seriesOf(o: PromiseNoteOptions, today = TODAY) {
  return strengthSeries(readPromiseLog(promiseFrom(promiseNote(o)), today, 'monday'));
}

describe('strength after rest days', () => {
  // Six a week, kept Monday to Saturday since June; Mon 9 to Thu 12 Nov planned rest, then kept again.
  const all = days('2026-06-01', '2026-11-26');
  const rest = days('2026-11-09', '2026-11-12');
  const monToSat = all.filter((x) => weekdayIndex(x) !== 6);
  const base: PromiseNoteOptions = { date: '2026-06-01', times: 6, per: 'week' };
  const rested = seriesOf({ ...base, kept: monToSat.filter((x) => !rest.includes(x)), skipped: rest });
  const keptThrough = seriesOf({ ...base, kept: monToSat });
  const missed = seriesOf({ ...base, kept: monToSat.filter((x) => !rest.includes(x)) });
  const on = (s: ReturnType<typeof seriesOf>, day: string) => Number(strengthOn(s, d(day)).toFixed(4));

  it('stays where it was on the first kept days after the rest (it fell to 0.98 and on to 0.87 before)', () => {
    expect(on(rested, '2026-11-08')).toBe(0.9995);
    for (const day of rest) expect(on(rested, day)).toBe(0.9995);
    // The same days kept read 0.9996; counted as rest they used to read 0.9835 and 0.9682.
    expect(on(rested, '2026-11-13')).toBe(0.9995);
    expect(on(rested, '2026-11-14')).toBe(0.9996);
    expect(on(keptThrough, '2026-11-14')).toBe(0.9996);
  });

  it('stays close to the kept history and well above the missed one two weeks on', () => {
    // With the rest cut out, the Sundays (not asked by 6 a week) come closer together: a small dip,
    // where the rest used to cost as much as missing (0.8717 on Nov 26, missed 0.8526).
    expect(currentStrength(rested)).toBeCloseTo(0.9755, 4);
    expect(currentStrength(keptThrough)).toBeCloseTo(0.9998, 4);
    expect(currentStrength(missed)).toBeCloseTo(0.8526, 4);
  });
});

/** A promise log for the property: `plan[i]` is day start + i, kept `count` times, listed as rest or not. */
interface Plan {
  per: 'day' | 'week';
  times: number;
  plan: { count: number; rest: boolean }[];
}

const START = d('2024-03-01');

const planArb: fc.Arbitrary<Plan> = fc
  .record({ per: fc.constantFrom<'day' | 'week'>('day', 'week'), times: fc.integer({ min: 1, max: 7 }) })
  .chain(({ per, times }) =>
    fc.record({
      per: fc.constant(per),
      times: fc.constant(per === 'day' ? Math.min(times, 3) : times),
      plan: fc.array(fc.record({ count: fc.integer({ min: 0, max: per === 'day' ? 3 : 1 }), rest: fc.boolean() }), { minLength: 1, maxLength: 120 }),
    }),
  );

function entryOf(p: Plan, plan: readonly { count: number; rest: boolean }[]): PromiseEntry {
  const kept: Day[] = [];
  const skipped: Day[] = [];
  plan.forEach((x, i) => {
    const day = shiftDay(START, i);
    for (let k = 0; k < x.count; k++) kept.push(day);
    if (x.rest) skipped.push(day);
  });
  return { kind: 'small-promise', path: 'p.md', date: START, promise: 'P', times: p.times, per: p.per, kept, skipped, status: 'active', start: START };
}

/** Rest as the statistics read it: listed and not kept in full (per day) or at all (per week). */
const isRest = (p: Plan, x: { count: number; rest: boolean }): boolean => x.rest && x.count < (p.per === 'day' ? p.times : 1);

const scoresOf = (entry: PromiseEntry, today: Day) => strengthSeries(readPromiseLog(entry, today, 'monday')).scores;

describe('strength property: rest days are off the calendar', () => {
  it('equals the strength of the same log with its rest days cut out of the timeline, on every day', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const today = shiftDay(START, p.plan.length - 1);
        const original = scoresOf(entryOf(p, p.plan), today);
        const kept = p.plan.filter((x) => !isRest(p, x)).map((x) => ({ count: x.count, rest: false }));
        // One more empty day as "today" when today itself rests: its score then stays, as today's does.
        const todayRests = isRest(p, p.plan[p.plan.length - 1]!);
        const cut = todayRests ? [...kept, { count: 0, rest: false }] : kept;
        const compressed = scoresOf(entryOf(p, cut), shiftDay(START, cut.length - 1));
        let j = -1;
        p.plan.forEach((x, i) => {
          if (!isRest(p, x)) j++;
          // A rest day reads the score of the last day on the calendar before it (0 before any).
          expect(original[i]).toBe(j < 0 ? 0 : compressed[j]);
        });
        expect(original.at(-1)).toBe(compressed.at(-1));
      }),
      { numRuns: 400 },
    );
  });

  it('is never below the same log with those days missed (per day, rest days holding no keep)', () => {
    // Loop's formula credits a day by its trailing window: for per: week (and for a rest day kept in
    // part), a day that is missed while the window is still full raises a low score, so a rest day
    // can leave the score below such a miss. docs/dev/statistics.md says so.
    fc.assert(
      fc.property(
        planArb.filter((p) => p.per === 'day').map((p) => ({ ...p, plan: p.plan.map((x) => (x.rest ? { count: 0, rest: true } : x)) })),
        (p) => {
          const today = shiftDay(START, p.plan.length - 1);
          const rested = scoresOf(entryOf(p, p.plan), today);
          const missed = scoresOf(entryOf(p, p.plan.map((x) => ({ ...x, rest: false }))), today);
          rested.forEach((s, i) => expect(s).toBeGreaterThanOrEqual(missed[i]! - 1e-12));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('where "never below missed" does not hold, and why', () => {
  it('once a week, kept on Monday: a missed Tuesday still counts the Monday in its window; a rest Tuesday stays put', () => {
    const rest = seriesOf({ date: '2026-11-02', times: 1, per: 'week', kept: ['2026-11-02'], skipped: ['2026-11-03'] }, d('2026-11-04'));
    const miss = seriesOf({ date: '2026-11-02', times: 1, per: 'week', kept: ['2026-11-02'] }, d('2026-11-04'));
    expect(rest.scores.map((s) => s.toFixed(4))).toEqual(['0.0100', '0.0100', '0.0100']);
    expect(miss.scores.map((s) => s.toFixed(4))).toEqual(['0.0100', '0.0198', '0.0198']);
  });
});
