import { describe, expect, it } from 'vitest';
import type { WeekStart } from '../../../src/core/day';
import { entriesOf } from '../../../src/core/stats/note-entries';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { keptRate, periodProgress } from '../../../src/core/stats/promise-progress';
import { promiseStreaks } from '../../../src/core/stats/promise-streaks';
import { weekAsk } from '../../../src/core/stats/week-ask';
import { weekCards } from '../../../src/core/stats/weekly-rollup';
import { d, promiseFrom, promiseNote, readNote, type PromiseNoteOptions } from './note-builders';

/*
 * Issue 9, fault 6: one rule for what a week with rest days asks, read by the streak, the promise
 * card, the kept rate and the week roll-up. Each rest day lowers the week's ask by one (never below
 * 0), and a week never asks more than its active days.
 */

const TODAY = d('2026-11-26'); // Thursday of the week of Mon Nov 23

const logOf = (o: PromiseNoteOptions, today = TODAY, weekStart: WeekStart = 'monday') =>
  readPromiseLog(promiseFrom(promiseNote(o), 'st/swim.md'), today, weekStart);

// Twice a week. Week of Nov 2: two swims. Week of Nov 9: one swim and a rest day. Week of Nov 16: two.
const swim: PromiseNoteOptions = {
  date: '2026-11-02',
  promise: 'Swim',
  times: 2,
  per: 'week',
  kept: ['2026-11-03', '2026-11-06', '2026-11-11', '2026-11-17', '2026-11-20'],
  skipped: ['2026-11-13'],
};

describe('a week with one swim and one rest day, twice a week', () => {
  it('asks 1 and was kept 1 of 1', () => {
    expect(weekAsk(logOf(swim), d('2026-11-09'))).toEqual({ asked: 1, kept: 1, active: 6, rest: 1, state: 'met-with-rest' });
    expect(weekAsk(logOf(swim), d('2026-11-02'))).toEqual({ asked: 2, kept: 2, active: 7, rest: 0, state: 'met' });
  });

  it('the streak steps over it: neither counted nor broken', () => {
    const s = promiseStreaks(logOf(swim));
    expect(s.current).toEqual({ streak: { start: '2026-11-02', end: '2026-11-22' }, length: 2 });
  });

  it('the week card reads "1 of 1"', () => {
    const entries = entriesOf([readNote('st/swim.md', promiseNote(swim))]);
    const weeks = weekCards(entries, [logOf(swim)], TODAY, 'monday');
    const rows = Object.fromEntries(weeks.map((w) => [w.start, w.rollup.promises[0]]));
    expect(rows['2026-11-09']).toEqual({ promise: 'Swim', path: 'st/swim.md', kept: 1, target: 1 });
    expect(rows['2026-11-16']).toEqual({ promise: 'Swim', path: 'st/swim.md', kept: 2, target: 2 });
  });

  it('the 4-week kept rate counts it as kept', () => {
    // Weeks of Nov 2 (2 of 2), Nov 9 (1 of 1), Nov 16 (2 of 2); Oct 26 is before the start; this
    // week (nothing yet) does not join.
    expect(keptRate(logOf(swim))).toEqual({ kept: 5, target: 5, rate: 1 });
  });

  it('this week asks one less once a rest day is marked in it', () => {
    const o = { ...swim, kept: [...(swim.kept ?? []), '2026-11-24'], skipped: [...(swim.skipped ?? []), '2026-11-25'] };
    expect(periodProgress(logOf(o))).toMatchObject({ kept: 1, target: 1 });
    expect(periodProgress(logOf(swim))).toMatchObject({ kept: 0, target: 2 });
    // Reached its ask this week: it joins the kept rate, and the streak steps over it.
    expect(keptRate(logOf(o))).toEqual({ kept: 6, target: 6, rate: 1 });
    expect(promiseStreaks(logOf(o)).current?.length).toBe(2);
  });
});

describe('what a week asks', () => {
  it('never less than 0: three a week with five rest days asks nothing, and steps over', () => {
    const o: PromiseNoteOptions = { date: '2026-11-02', times: 3, per: 'week', kept: ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-16', '2026-11-18', '2026-11-20'], skipped: ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'] };
    expect(weekAsk(logOf(o), d('2026-11-09'))).toMatchObject({ asked: 0, kept: 0, state: 'rest' });
    expect(promiseStreaks(logOf(o)).current?.length).toBe(2);
    expect(keptRate(logOf(o))).toEqual({ kept: 6, target: 6, rate: 1 });
  });

  it('never more than its active days: begun on a Saturday, 3 a week asks 2 that week, and met it counts', () => {
    const o: PromiseNoteOptions = { date: '2026-11-21', times: 3, per: 'week', kept: ['2026-11-21', '2026-11-22'] };
    expect(weekAsk(logOf(o), d('2026-11-16'))).toEqual({ asked: 2, kept: 2, active: 2, rest: 0, state: 'met' });
    expect(promiseStreaks(logOf(o)).current).toEqual({ streak: { start: '2026-11-21', end: '2026-11-22' }, length: 1 });
  });

  it('a past week short of its ask is missed and breaks the streak; this week is in progress', () => {
    const o: PromiseNoteOptions = { ...swim, skipped: [] };
    expect(weekAsk(logOf(o), d('2026-11-09'))).toMatchObject({ asked: 2, kept: 1, state: 'missed' });
    expect(weekAsk(logOf(o), d('2026-11-23'))).toMatchObject({ asked: 2, kept: 0, state: 'in-progress' });
    expect(promiseStreaks(logOf(o)).current?.length).toBe(1);
  });

  it('rest only excuses what was not done: a week kept in full despite a rest day reads 2 of 2, and counts', () => {
    const o: PromiseNoteOptions = { ...swim, kept: [...(swim.kept ?? []), '2026-11-12'] };
    expect(weekAsk(logOf(o), d('2026-11-09'))).toEqual({ asked: 2, kept: 2, active: 6, rest: 1, state: 'met' });
    expect(promiseStreaks(logOf(o)).current?.length).toBe(3);
    // Once a week with a rest day: nothing asked, and a swim anyway reads 1 of 1, not 1 of 0.
    const once: PromiseNoteOptions = { date: '2026-11-02', times: 1, per: 'week', kept: ['2026-11-04'], skipped: ['2026-11-02'] };
    expect(weekAsk(logOf(once), d('2026-11-02'))).toMatchObject({ asked: 1, kept: 1, state: 'met' });
    expect(weekAsk(logOf({ ...once, kept: [] }), d('2026-11-02'))).toMatchObject({ asked: 0, kept: 0, state: 'rest' });
  });

  it('a rest day kept anyway is a kept day, not a rest day', () => {
    const o: PromiseNoteOptions = { ...swim, skipped: ['2026-11-11'] };
    expect(weekAsk(logOf(o), d('2026-11-09'))).toMatchObject({ asked: 2, kept: 1, rest: 0, state: 'missed' });
  });
});
