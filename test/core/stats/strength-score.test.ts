import { describe, expect, it } from 'vitest';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { currentStrength, strengthOn, strengthSeries } from '../../../src/core/stats/strength-score';
import { d, days, promiseFrom, promiseNote, shift, type PromiseNoteOptions } from './note-builders';

const TODAY = d('2026-11-26');

function strength(o: PromiseNoteOptions, today = TODAY): number {
  return currentStrength(strengthSeries(readPromiseLog(promiseFrom(promiseNote(o)), today, 'monday')));
}

/** A daily promise kept every day for `n` days ending today. */
const perfect = (n: number, extra: Partial<PromiseNoteOptions> = {}): PromiseNoteOptions => ({
  date: shift(TODAY, -(n - 1)),
  kept: days(shift(TODAY, -(n - 1)), TODAY),
  ...extra,
});

describe('strength score (Loop Habit Tracker)', () => {
  it('a perfect daily promise is about 0.80 after 31 days', () => {
    expect(Math.abs(strength(perfect(31)) - 0.8)).toBeLessThanOrEqual(0.01);
  });

  it('a perfect daily promise is over 0.99 after 90 days', () => {
    expect(strength(perfect(90))).toBeGreaterThan(0.99);
  });

  it('a single miss after a long run lowers it only a little', () => {
    const full = strength(perfect(90));
    const kept = days(shift(TODAY, -89), TODAY).filter((x) => x !== shift(TODAY, -1));
    const missed = strength({ date: shift(TODAY, -89), kept });
    expect(missed).toBeLessThan(full);
    expect(full - missed).toBeLessThan(0.06);
    expect(missed).toBeGreaterThan(0.93);
  });

  it('is 0 before the first day and when nothing was kept', () => {
    expect(strength({ date: '2026-11-26' })).toBe(0);
    expect(strength({ date: '2026-11-01' })).toBe(0);
    const series = strengthSeries(readPromiseLog(promiseFrom(promiseNote(perfect(10))), TODAY, 'monday'));
    expect(strengthOn(series, shift(TODAY, -10))).toBe(0);
    expect(strengthOn(series, shift(TODAY, -9))).toBeGreaterThan(0);
  });

  it('a planned rest day leaves the score as it was', () => {
    // 31 days with one rest day in the middle scores as 30 kept days do.
    const from = shift(TODAY, -30);
    const rest = shift(TODAY, -15);
    const rested = strength({ date: from, kept: days(from, TODAY).filter((x) => x !== rest), skipped: [rest] });
    expect(rested).toBeCloseTo(strength(perfect(30)), 10);
    expect(rested).toBeLessThan(strength(perfect(31)));
  });

  it('the day in progress never lowers it; keeping today raises it', () => {
    const from = shift(TODAY, -30);
    const untilYesterday = strength({ date: from, kept: days(from, shift(TODAY, -1)) });
    const yesterdayView = strength({ date: from, kept: days(from, shift(TODAY, -1)) }, shift(TODAY, -1));
    expect(untilYesterday).toBe(yesterdayView);
    expect(strength(perfect(31))).toBeGreaterThan(untilYesterday);
  });

  it('half-life: after 13 perfect days a daily promise is at one half', () => {
    expect(strength(perfect(13))).toBeCloseTo(0.5, 6);
  });

  it('a 3-times-a-week promise kept 3 times every week grows steadily past 0.95 in 20 weeks', () => {
    const from = d('2026-07-06'); // a Monday, 20 weeks before the week of Nov 23
    const kept = days(from, '2026-11-22').filter((_, i) => i % 7 === 0 || i % 7 === 2 || i % 7 === 4);
    const s = strength({ date: from, times: 3, per: 'week', kept });
    expect(s).toBeGreaterThan(0.95);
    expect(s).toBeLessThan(1);
    // The same promise kept only once a week stays well below.
    const thin = strength({ date: from, times: 3, per: 'week', kept: kept.filter((_, i) => i % 3 === 0) });
    expect(thin).toBeLessThan(0.6);
    expect(thin).toBeGreaterThan(0.2);
  });
});
