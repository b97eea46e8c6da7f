import { describe, expect, it } from 'vitest';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { promiseStreaks } from '../../../src/core/stats/promise-streaks';
import type { WeekStart } from '../../../src/core/day';
import { d, days, promiseFrom, promiseNote, type PromiseNoteOptions } from './note-builders';

// A Thursday.
const TODAY = d('2026-11-26');

function streaksOf(o: PromiseNoteOptions, today = TODAY, weekStart: WeekStart = 'monday') {
  return promiseStreaks(readPromiseLog(promiseFrom(promiseNote(o)), today, weekStart));
}

describe('daily streaks', () => {
  it('runs across a planned rest day, which neither breaks nor extends it', () => {
    const s = streaksOf({ date: '2026-11-16', kept: [...days('2026-11-16', '2026-11-22'), '2026-11-24', '2026-11-25'], skipped: ['2026-11-23'] });
    expect(s.unit).toBe('day');
    expect(s.current).toEqual({ streak: { start: '2026-11-16', end: '2026-11-25' }, length: 9 });
    expect(s.best?.length).toBe(9);
  });

  it('is not broken by today while today is not kept yet', () => {
    const open = streaksOf({ date: '2026-11-20', kept: days('2026-11-20', '2026-11-25') });
    expect(open.current?.length).toBe(6);
    expect(open.current?.streak.end).toBe('2026-11-25');
    const done = streaksOf({ date: '2026-11-20', kept: days('2026-11-20', '2026-11-26') });
    expect(done.current?.length).toBe(7);
    expect(done.current?.streak.end).toBe('2026-11-26');
  });

  it('a miss breaks the current streak but not the best one', () => {
    const s = streaksOf({ date: '2026-11-01', kept: [...days('2026-11-01', '2026-11-15'), ...days('2026-11-17', '2026-11-25')] });
    expect(s.current).toEqual({ streak: { start: '2026-11-17', end: '2026-11-25' }, length: 9 });
    expect(s.best).toEqual({ streak: { start: '2026-11-01', end: '2026-11-15' }, length: 15 });
  });

  it('a missed yesterday leaves no current streak', () => {
    const s = streaksOf({ date: '2026-11-01', kept: days('2026-11-01', '2026-11-24') });
    expect(s.current).toBeNull();
    expect(s.best?.length).toBe(24);
  });

  it('counts a day only when kept `times` times, and ignores days before start and after today', () => {
    const s = streaksOf({
      date: '2026-11-20',
      times: 2,
      kept: ['2026-11-19', '2026-11-19', '2026-11-23', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-25', '2026-11-27', '2026-11-27'],
    });
    // 24th kept once of twice: a break. 25th counts; 26th (today) pending; 27th is in the future.
    expect(s.current).toEqual({ streak: { start: '2026-11-25', end: '2026-11-25' }, length: 1 });
    expect(s.best).toEqual({ streak: { start: '2026-11-23', end: '2026-11-23' }, length: 1 });
  });

  it('gives paused promises their numbers too', () => {
    const s = streaksOf({ date: '2026-11-22', status: 'paused', kept: days('2026-11-22', '2026-11-25') });
    expect(s.current?.length).toBe(4);
  });

  it('has no streak before the first kept day', () => {
    const s = streaksOf({ date: '2026-11-26' });
    expect(s.current).toBeNull();
    expect(s.best).toBeNull();
  });
});

describe('weekly streaks (Monday weeks)', () => {
  // Weeks of Nov 2, 9, 16 are whole; the week of Nov 23 is in progress.
  const threeWeeks = [
    '2026-11-02', '2026-11-04', '2026-11-06',
    '2026-11-09', '2026-11-10', '2026-11-13',
    '2026-11-16', '2026-11-18', '2026-11-22',
  ];

  it('counts a week when kept at least 3 times, and the week in progress does not break it', () => {
    const s = streaksOf({ date: '2026-11-02', times: 3, per: 'week', kept: [...threeWeeks, '2026-11-24'] });
    expect(s.unit).toBe('week');
    expect(s.current).toEqual({ streak: { start: '2026-11-02', end: '2026-11-22' }, length: 3 });
  });

  it('counts the week in progress once it already reached the target', () => {
    const s = streaksOf({ date: '2026-11-02', times: 3, per: 'week', kept: [...threeWeeks, '2026-11-23', '2026-11-24', '2026-11-26'] });
    expect(s.current).toEqual({ streak: { start: '2026-11-02', end: '2026-11-26' }, length: 4 });
  });

  it('a short week breaks the streak; a short week made up by rest days does not', () => {
    const short = threeWeeks.filter((x) => x !== '2026-11-10');
    const broken = streaksOf({ date: '2026-11-02', times: 3, per: 'week', kept: short });
    expect(broken.current).toEqual({ streak: { start: '2026-11-16', end: '2026-11-22' }, length: 1 });
    expect(broken.best?.length).toBe(1);
    const rested = streaksOf({ date: '2026-11-02', times: 3, per: 'week', kept: short, skipped: ['2026-11-11'] });
    expect(rested.current).toEqual({ streak: { start: '2026-11-02', end: '2026-11-22' }, length: 2 });
  });
});

describe('weekly streaks follow the week start', () => {
  // Weekend keeps: Monday weeks pair Sat+Sun, Sunday weeks split them.
  const o: PromiseNoteOptions = {
    date: '2026-11-08',
    times: 2,
    per: 'week',
    kept: ['2026-11-14', '2026-11-15', '2026-11-21', '2026-11-22'],
  };

  it('Monday weeks: Nov 9-15 and Nov 16-22 both count', () => {
    const s = streaksOf(o, TODAY, 'monday');
    expect(s.current).toEqual({ streak: { start: '2026-11-09', end: '2026-11-22' }, length: 2 });
  });

  it('Sunday weeks: only Nov 15-21 counts, and this week (from Nov 22) is still in progress', () => {
    const s = streaksOf(o, TODAY, 'sunday');
    expect(s.current).toEqual({ streak: { start: '2026-11-15', end: '2026-11-21' }, length: 1 });
  });
});
