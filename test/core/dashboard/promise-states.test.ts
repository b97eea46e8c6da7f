import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { DashboardModel } from '../../../src/core/dashboard/model';
import type { Day, WeekStart } from '../../../src/core/day';
import type { ParsedNote } from '../../../src/core/entry';
import { DEFAULT_SETTINGS, type IndexView } from '../../../src/core/ports';
import { days, promiseNote, readNote, type PromiseNoteOptions } from '../stats/note-builders';

/* Issue 9, faults 9 and 10: paused, done and draft promises as a user sees them, and days at the
 * edges of the calendar. */

const TODAY = '2026-11-26' as Day; // a Thursday

function indexOf(notes: Record<string, string>, extra: ParsedNote[] = []): IndexView {
  const parsed = [...Object.entries(notes).map(([path, text]) => readNote(path, text)), ...extra];
  return { revision: 1, notes: () => parsed };
}

function build(notes: Record<string, string>, today = TODAY, weekStart: WeekStart = 'monday', extra: ParsedNote[] = []): DashboardModel {
  return buildDashboard(indexOf(notes, extra), today, { ...DEFAULT_SETTINGS, weekStart });
}

const stateOf = (model: DashboardModel, i: number, day: string) => model.promises[i]?.heatmap.find((h) => h.date === day)?.state;

describe('a paused promise', () => {
  // Read every day Nov 10-20, paused since: the note says only "paused" now.
  const read: PromiseNoteOptions = { date: '2026-11-10', promise: 'Read before bed', kept: days('2026-11-10', '2026-11-20'), status: 'paused' };
  const model = build({ 'st/read.md': promiseNote(read) });
  const p = model.promises[0]!;

  it('draws the days after its last kept day as paused, not as "not kept", today included', () => {
    expect(stateOf(model, 0, '2026-11-20')).toBe('kept');
    for (const day of days('2026-11-21', '2026-11-26')) expect(stateOf(model, 0, day)).toBe('paused');
    expect(p.heatmap.filter((h) => h.state === 'missed' || h.state === 'pending')).toEqual([]);
  });

  it('asks nothing today, and keeps the streak, strength and rate it had when it stopped', () => {
    expect(p).toMatchObject({ keptThisPeriod: 0, target: 0, currentStreak: 11, bestStreak: 11, keptRate: 1, lastKept: '2026-11-20' });
    const active = build({ 'st/read.md': promiseNote({ ...read, status: 'active' }) }, '2026-11-20' as Day).promises[0]!;
    expect(p.strength).toBe(active.strength);
  });

  it('a paused weekly promise asks nothing this week, and its week shows what it asked before it stopped', () => {
    const swim: PromiseNoteOptions = { date: '2026-11-02', promise: 'Swim', times: 2, per: 'week', kept: ['2026-11-03', '2026-11-05', '2026-11-10', '2026-11-12', '2026-11-16'], status: 'paused' };
    const m = build({ 'st/swim.md': promiseNote(swim) });
    const s = m.promises[0]!;
    // Weeks of Nov 2 and 9 kept twice; the week of Nov 16 asked only its Monday, kept: 3 weeks.
    expect(s).toMatchObject({ keptThisPeriod: 0, target: 0, currentStreak: 3, lastKept: '2026-11-16', keptRate: 1 });
    expect(stateOf(m, 0, '2026-11-17')).toBe('paused');
    // Week of Nov 16: kept on Monday, paused since: like a week that ended early, it asked 1, kept 1.
    const week = m.weeks.find((w) => w.start === '2026-11-16');
    expect(week?.rollup.promises).toEqual([{ promise: 'Swim', path: 'st/swim.md', kept: 1, target: 1 }]);
  });

  it('never kept: every day from its start is paused', () => {
    const m = build({ 'st/new.md': promiseNote({ date: '2026-11-24', promise: 'Stretch', status: 'paused' }) });
    expect(m.promises[0]!.heatmap.filter((h) => h.date >= '2026-11-24' && h.date <= TODAY).map((h) => h.state)).toEqual(['paused', 'paused', 'paused']);
    expect(m.promises[0]).toMatchObject({ target: 0, lastKept: null, currentStreak: 0 });
  });
});

describe('a done promise', () => {
  const water: PromiseNoteOptions = { date: '2026-08-01', promise: 'Drink water', kept: [...days('2026-08-01', '2026-09-09'), ...days('2026-09-11', '2026-09-30')], status: 'done' };
  const model = build({ 'st/water.md': promiseNote(water) });
  const p = model.promises[0]!;

  it('keeps its record: best streak, kept days, first and last kept day, and the strength it ended with', () => {
    expect(p).toMatchObject({ status: 'done', start: '2026-08-01', lastKept: '2026-09-30', bestStreak: 40, currentStreak: 20, keptDays: 60, target: 0 });
    const atTheEnd = build({ 'st/water.md': promiseNote({ ...water, status: 'active' }) }, '2026-09-30' as Day).promises[0]!;
    expect(p.strength).toBe(atTheEnd.strength);
    expect(p.strength).toBeGreaterThan(0.8);
  });

  it('draws the days after it as done', () => {
    expect(stateOf(model, 0, '2026-09-30')).toBe('kept');
    expect(p.heatmap.filter((h) => h.date > '2026-09-30' && h.date <= TODAY).every((h) => h.state === 'done')).toBe(true);
  });
});

describe('drafts: promises waiting for their words', () => {
  it('are listed by path, with their exercise, and are neither entries nor problems', () => {
    const drafts: ParsedNote[] = [
      { path: 'st/2026-11-26 Small promise 2.md', entry: null, problems: [], draft: { kind: 'small-promise' } },
      { path: 'st/2026-11-25 Small promise.md', entry: null, problems: [], draft: { kind: 'small-promise' } },
    ];
    const model = build({ 'st/walk.md': promiseNote({ date: '2026-11-20', promise: 'Walk' }) }, TODAY, 'monday', drafts);
    expect(model.drafts).toEqual([
      { path: 'st/2026-11-25 Small promise.md', exercise: 'small-promise', title: 'Small promise' },
      { path: 'st/2026-11-26 Small promise 2.md', exercise: 'small-promise', title: 'Small promise' },
    ]);
    expect(model.problems).toEqual([]);
    expect(model.counts).toMatchObject({ entries: 1, problems: 0 });
    expect(model.promises.map((p) => p.promise)).toEqual(['Walk']);
  });
});

describe('days at the edges of the calendar (years 1000-9999)', () => {
  const notesFor = (start: string, kept: string[]) => ({
    'st/weekly.md': promiseNote({ date: start, promise: 'Swim', times: 2, per: 'week', kept }),
    'st/daily.md': promiseNote({ date: start, promise: 'Walk', kept }),
  });

  it.each<[string, WeekStart]>([
    ['9999-12-27', 'monday'],
    ['9999-12-31', 'monday'],
    ['9999-12-31', 'sunday'],
  ])('today %s (%s weeks): builds at once; the last week ends on 9999-12-31', (today, weekStart) => {
    const kept = days('9999-10-01', today);
    const model = build(notesFor('9999-09-01', kept), today as Day, weekStart);
    expect(model.weeks[0]?.end).toBe('9999-12-31');
    expect(model.weeks[0]?.label).toBe('9999-W52');
    for (const p of model.promises) {
      expect(p.heatmap).toHaveLength(91);
      expect(p.heatmap.find((h) => h.date === today)?.state).toBe('kept');
      // Days past the calendar's end are still to come, never "not kept".
      expect(p.heatmap.filter((h) => h.date.length > 10).every((h) => h.state === 'future')).toBe(true);
      expect(p.currentStreak).toBeGreaterThan(0);
      expect(p.keptRate).toBe(1);
    }
    const rows = Object.fromEntries(model.weeks[0]!.rollup.promises.map((r) => [r.promise, r]));
    expect(rows.Walk!.kept).toBe(rows.Walk!.target);
    // Twice a week; the last week has at least 5 days (Mon 27 - Fri 31): it asks 2.
    expect(rows.Swim!.target).toBe(2);
  }, 2000);

  it('today 1000-01-01, a promise begun that day: builds, with the weeks before drawn as before', () => {
    const model = build(notesFor('1000-01-01', ['1000-01-01']), '1000-01-01' as Day);
    expect(model.weeks[0]).toMatchObject({ label: '1000-W01', start: '0999-12-30', end: '1000-01-05' });
    for (const p of model.promises) {
      expect(p.heatmap[0]?.date).toBe('0999-10-07');
      expect(p.heatmap.find((h) => h.date === '1000-01-01')?.state).toBe('kept');
      expect(p.strengthTrend[0]).toEqual({ date: '0999-10-13', strength: 0 });
    }
  });

  it('does not throw for a day outside the years handled (0000-01-01)', () => {
    expect(() => build(notesFor('0000-01-01', ['0000-01-01']), '0000-01-01' as Day)).not.toThrow();
  });
});
