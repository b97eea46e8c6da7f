import { describe, expect, it } from 'vitest';
import type { WeekStart } from '../../../src/core/day';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { keptDays, keptRate, periodProgress } from '../../../src/core/stats/promise-progress';
import { promiseHeatmap } from '../../../src/core/stats/promise-heatmap';
import { weekdayIndex } from '../../../src/core/day';
import { d, days, promiseFrom, promiseNote, shift, type PromiseNoteOptions } from './note-builders';

const TODAY = d('2026-11-26'); // Thursday
const logOf = (o: PromiseNoteOptions, weekStart: WeekStart = 'monday', today = TODAY) =>
  readPromiseLog(promiseFrom(promiseNote(o)), today, weekStart);

describe('kept rate over the last 4 weeks', () => {
  it('per day: kept days over active days; rest days and an unkept today ask nothing', () => {
    const window = days(shift(TODAY, -27), shift(TODAY, -1)); // 27 past days
    const missed = new Set(window.slice(3, 10)); // 7 misses
    const rest = [window[12]!, window[20]!];
    const kept = [...days('2026-10-10', shift(TODAY, -28)), ...window.filter((x) => !missed.has(x) && !rest.includes(x))];
    const r = keptRate(logOf({ date: '2026-10-10', kept, skipped: rest }));
    expect(r.target).toBe(25);
    expect(r.kept).toBe(18);
    expect(r.rate).toBeCloseTo(0.72, 10);
    // Keeping today adds today to both sides.
    const r2 = keptRate(logOf({ date: '2026-10-10', kept: [...kept, TODAY], skipped: rest }));
    expect(r2.rate).toBeCloseTo(19 / 26, 10);
  });

  it('per day: counts only from the start, and caps a day at `times`', () => {
    const r = keptRate(logOf({ date: '2026-11-23', kept: ['2026-11-23', '2026-11-23', '2026-11-24'] }));
    // 23rd, 24th, 25th asked; the 23rd listed twice still counts once.
    expect(r).toEqual({ kept: 2, target: 3, rate: 2 / 3 });
  });

  it('is 0, not NaN, when nothing was planned yet', () => {
    expect(keptRate(logOf({ date: '2026-11-26' })).rate).toBe(0);
    expect(keptRate(logOf({ date: '2026-12-01' })).rate).toBe(0);
    expect(keptRate(logOf({ date: '2026-11-23', per: 'week', times: 2 })).rate).toBe(0);
  });

  it('per week: the 4 whole weeks before this one, each capped at its target', () => {
    // Weeks of Oct 26, Nov 2, 9, 16: kept 3, 2, 4, 1 times; this week once (still in progress).
    const kept = [
      '2026-10-26', '2026-10-27', '2026-10-28',
      '2026-11-03', '2026-11-05',
      '2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12',
      '2026-11-20',
      '2026-11-24',
    ];
    const r = keptRate(logOf({ date: '2026-10-01', times: 3, per: 'week', kept }));
    expect(r).toEqual({ kept: 9, target: 12, rate: 0.75 });
    // Once this week reaches 3, it joins.
    const r2 = keptRate(logOf({ date: '2026-10-01', times: 3, per: 'week', kept: [...kept, '2026-11-25', '2026-11-26'] }));
    expect(r2).toEqual({ kept: 12, target: 15, rate: 0.8 });
  });

  it('per week: a week that began mid-way or rested asks no more than its active days', () => {
    // Started Saturday Nov 21: that week has 2 active days, so it asks 2 of 3.
    const r = keptRate(logOf({ date: '2026-11-21', times: 3, per: 'week', kept: ['2026-11-21', '2026-11-22'] }));
    expect(r).toEqual({ kept: 2, target: 2, rate: 1 });
  });
});

describe('this period', () => {
  it('per day: today against times', () => {
    const p = periodProgress(logOf({ date: '2026-11-01', times: 2, kept: ['2026-11-26'] }));
    expect(p).toEqual({ kept: 1, target: 2, keptToday: true, restToday: false });
  });

  it('per week: this week so far against times, with Sunday weeks', () => {
    const o: PromiseNoteOptions = { date: '2026-11-01', times: 3, per: 'week', kept: ['2026-11-22', '2026-11-23', '2026-11-26'], skipped: [] };
    expect(periodProgress(logOf(o, 'monday')).kept).toBe(2);
    expect(periodProgress(logOf(o, 'sunday')).kept).toBe(3);
  });

  it('a rest day today shows as rest', () => {
    const p = periodProgress(logOf({ date: '2026-11-01', skipped: ['2026-11-26'] }));
    expect(p.restToday).toBe(true);
    expect(p.keptToday).toBe(false);
  });

  it('kept days count every occurrence from start through today', () => {
    expect(keptDays(logOf({ date: '2026-11-20', times: 2, kept: ['2026-11-19', '2026-11-20', '2026-11-20', '2026-11-21', '2026-11-30'] }))).toBe(3);
  });
});

describe('heatmap', () => {
  const o: PromiseNoteOptions = {
    date: '2026-09-10',
    times: 2,
    kept: ['2026-11-20', '2026-11-20', '2026-11-23', '2026-11-25'],
    skipped: ['2026-11-24'],
  };

  it.each<[WeekStart, string, string]>([
    ['monday', '2026-08-31', '2026-11-29'],
    ['sunday', '2026-08-30', '2026-11-28'],
  ])('with %s weeks: 12 whole weeks and this one, aligned to the week start', (weekStart, first, last) => {
    const heat = promiseHeatmap(logOf(o, weekStart));
    expect(heat).toHaveLength(91);
    expect(heat[0]?.date).toBe(first);
    expect(heat.at(-1)?.date).toBe(last);
    expect(weekdayIndex(d(heat[0]!.date))).toBe(weekStart === 'monday' ? 0 : 6);
  });

  it('gives each day its state and count', () => {
    const heat = new Map(promiseHeatmap(logOf(o)).map((h) => [h.date, h]));
    expect(heat.get('2026-09-09')).toEqual({ date: '2026-09-09', state: 'before', count: 0 });
    expect(heat.get('2026-09-10')).toEqual({ date: '2026-09-10', state: 'missed', count: 0 });
    expect(heat.get('2026-11-20')).toEqual({ date: '2026-11-20', state: 'kept', count: 2 });
    expect(heat.get('2026-11-23')).toEqual({ date: '2026-11-23', state: 'kept', count: 1 });
    expect(heat.get('2026-11-24')).toEqual({ date: '2026-11-24', state: 'rest', count: 0 });
    expect(heat.get('2026-11-26')).toEqual({ date: '2026-11-26', state: 'pending', count: 0 });
    expect(heat.get('2026-11-27')).toEqual({ date: '2026-11-27', state: 'future', count: 0 });
  });

  it('today shows as kept once kept', () => {
    const heat = promiseHeatmap(logOf({ ...o, kept: ['2026-11-26'] }));
    expect(heat.find((h) => h.date === '2026-11-26')?.state).toBe('kept');
  });
});
