/**
 * The practice over months (issue 13, point 1): every check-in, feelings month by month, a year of
 * each promise's calendar, and week rows that say something (no "0 of 0"). Small vaults with the
 * expected values inline, and the demo vault against a checked-in expected JSON.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { NoteIndex } from '../../../src/core/index/note-index';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/ports';
import { feelingMonths } from '../../../src/core/stats/feeling-months';
import { entriesOf } from '../../../src/core/stats/note-entries';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { promiseHeatmapYear } from '../../../src/core/stats/promise-year';
import { weekCards } from '../../../src/core/stats/weekly-rollup';
import { d, days, noteText, promiseFrom, promiseNote, readNote } from '../stats/note-builders';

const TODAY = d('2026-11-26');
const DEMO = path.resolve(__dirname, '../../../examples/vault');
const EXPECTED = path.resolve(__dirname, '../../fixtures/history/demo-vault-history.expected.json');

function indexOf(files: Record<string, string>): NoteIndex {
  const index = new NoteIndex();
  for (const [p, text] of Object.entries(files)) index.upsert(p, text);
  return index;
}

function demoFiles(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === '.obsidian') continue;
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(DEMO, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(DEMO);
  return out;
}

const journal = (date: string, ...emotions: string[]): string =>
  noteText(`selftrust: emotional-journal\ndate: ${date}\nemotions:\n${emotions.map((e) => `  - ${e}`).join('\n')}`);

describe('the 7 elements over time', () => {
  it('holds every check-in, oldest first, blanks as null', () => {
    const model = buildDashboard(indexOf({
      'b.md': noteText('selftrust: self-trust-check-in\ndate: 2026-10-01\nconfidence: 2\nreliability: 3\nresilience: 3\nintuition: 2\nlimits: 1\nalignment: 3\naccountability: 4'),
      'a.md': noteText('selftrust: self-trust-check-in\ndate: 2026-11-20\nconfidence: 4\nreliability: 4\nresilience:\nintuition: 3\nlimits: 2\nalignment: 4\naccountability: 4'),
      'c.md': noteText('selftrust: self-trust-check-in\ndate: 2026-08-15\nconfidence: 1\nreliability: 2\nresilience: 2\nintuition: 2\nlimits: 1\nalignment: 2\naccountability: 3'),
    }), TODAY, DEFAULT_SETTINGS);
    expect(model.history.checkIns).toEqual([
      { path: 'c.md', date: '2026-08-15', scores: { confidence: 1, reliability: 2, resilience: 2, intuition: 2, limits: 1, alignment: 2, accountability: 3 } },
      { path: 'b.md', date: '2026-10-01', scores: { confidence: 2, reliability: 3, resilience: 3, intuition: 2, limits: 1, alignment: 3, accountability: 4 } },
      { path: 'a.md', date: '2026-11-20', scores: { confidence: 4, reliability: 4, resilience: null, intuition: 3, limits: 2, alignment: 4, accountability: 4 } },
    ]);
    // The radar keeps the latest and the one before.
    expect(model.checkIn.latest?.path).toBe('a.md');
    expect(model.checkIn.previous?.path).toBe('b.md');
  });
});

describe('feelings month by month', () => {
  it('follows the 5 most named over the last 12 months, from the first month with an entry, gaps as 0', () => {
    const entries = entriesOf([
      readNote('1.md', journal('2026-08-03', 'Anxious 6/10', 'tired')),
      readNote('2.md', journal('2026-08-20', 'anxious 8/10')),
      readNote('3.md', journal('2026-10-02', 'calm 3/10', 'hopeful 5/10')),
      readNote('4.md', journal('2026-11-12', 'anxious 4/10', 'calm', 'grateful 7/10', 'proud 6/10')),
      readNote('5.md', journal('2026-11-30', 'angry 9/10')), // after today: not counted
      readNote('6.md', journal('2025-11-01', 'lonely 9/10')), // more than 12 months back
    ]).filter((e) => e.kind === 'emotional-journal');
    expect(feelingMonths(entries, TODAY)).toEqual({
      names: ['anxious', 'calm', 'grateful', 'hopeful', 'proud'],
      months: [
        { month: '2026-08', entries: 2, counts: [2, 0, 0, 0, 0], meanIntensity: [7, null, null, null, null] },
        { month: '2026-09', entries: 0, counts: [0, 0, 0, 0, 0], meanIntensity: [null, null, null, null, null] },
        { month: '2026-10', entries: 1, counts: [0, 1, 0, 1, 0], meanIntensity: [null, 3, null, 5, null] },
        { month: '2026-11', entries: 1, counts: [1, 1, 1, 0, 1], meanIntensity: [4, null, 7, null, 6] },
      ],
    });
  });

  it('crosses a new year and is empty without journals', () => {
    const entries = entriesOf([readNote('1.md', journal('2025-12-30', 'calm 2/10')), readNote('2.md', journal('2026-01-02', 'calm 4/10'))])
      .filter((e) => e.kind === 'emotional-journal');
    expect(feelingMonths(entries, d('2026-02-01')).months.map((m) => [m.month, m.counts[0], m.meanIntensity[0]])).toEqual([
      ['2025-12', 1, 2],
      ['2026-01', 1, 4],
      ['2026-02', 0, null],
    ]);
    expect(feelingMonths([], TODAY)).toEqual({ names: [], months: [] });
  });
});

describe("a promise's year", () => {
  it('runs from the week of the start when younger than a year, aligned to the week start', () => {
    const walk = promiseFrom(promiseNote({ date: '2026-10-07', kept: ['2026-10-07', '2026-10-08', '2026-11-25'], skipped: ['2026-10-09'] }));
    const year = promiseHeatmapYear(readPromiseLog(walk, TODAY, 'monday'));
    expect(year[0]).toEqual({ date: '2026-10-05', state: 'before', count: 0 });
    expect(year.at(-1)).toEqual({ date: '2026-11-29', state: 'future', count: 0 });
    expect(year.length).toBe(8 * 7);
    expect(year.find((x) => x.date === '2026-10-09')?.state).toBe('rest');
    expect(year.find((x) => x.date === '2026-10-10')?.state).toBe('missed');
    expect(year.find((x) => x.date === TODAY)?.state).toBe('pending');
    const sunday = promiseHeatmapYear(readPromiseLog(walk, TODAY, 'sunday'));
    expect(sunday[0]?.date).toBe('2026-10-04');
  });

  it('is the last 52 whole weeks and this one for an older promise, and matches the 13-week calendar where they meet', () => {
    const old = promiseFrom(promiseNote({ date: '2024-01-01', kept: days('2025-11-01', '2026-11-25').filter((x) => !x.endsWith('5')) }));
    const model = buildDashboard(indexOf({ 'old.md': promiseNote({ date: '2024-01-01', kept: old.kept }) }), TODAY, DEFAULT_SETTINGS);
    const card = model.promises[0]!;
    expect(card.heatmapYear.length).toBe(53 * 7);
    expect(card.heatmapYear[0]?.date).toBe('2025-11-24');
    expect(card.heatmapYear.slice(-card.heatmap.length)).toEqual(card.heatmap);
  });
});

describe('week rows', () => {
  it('leave out a promise that asked nothing and held nothing ("0 of 0"): Monday morning, a promise begun today', () => {
    const monday = d('2026-11-23');
    const parsed = [
      readNote('walk.md', promiseNote({ date: '2026-11-01', kept: days('2026-11-01', '2026-11-22') })),
      readNote('new.md', promiseNote({ date: '2026-11-23', promise: 'Stretch' })),
      readNote('swim.md', promiseNote({ date: '2026-11-01', promise: 'Swim', per: 'week', times: 1, kept: ['2026-11-03'], skipped: ['2026-11-16'] })),
    ];
    const entries = entriesOf(parsed);
    const logs = entries.flatMap((e) => (e.kind === 'small-promise' ? [readPromiseLog(e, monday, 'monday')] : []));
    const weeks = weekCards(entries, logs, monday, 'monday');
    // This week: the daily promises ask nothing yet; the weekly one asks its 1.
    expect(weeks[0]?.rollup.promises).toEqual([{ promise: 'Swim', path: 'swim.md', kept: 0, target: 1 }]);
    // The week of 16 Nov: Swim rested (asked 0, kept 0) and is left out; Walk kept 7 of 7.
    expect(weeks.find((w) => w.start === '2026-11-16')?.rollup.promises).toEqual([{ promise: 'Walk for 15 minutes', path: 'walk.md', kept: 7, target: 7 }]);
  });
});

describe('the demo vault', () => {
  it('has months of history (expected JSON: test/fixtures/history)', () => {
    const settings: Settings = DEFAULT_SETTINGS;
    const model = buildDashboard(indexOf(demoFiles()), TODAY, settings);
    const actual = {
      history: model.history,
      heatmapYear: model.promises.map((p) => ({
        promise: p.promise,
        from: p.heatmapYear[0]?.date,
        to: p.heatmapYear.at(-1)?.date,
        days: p.heatmapYear.length,
        kept: p.heatmapYear.filter((x) => x.state === 'kept').length,
        states: p.heatmapYear.map((x) => x.state[0]).join(''),
      })),
      weeks: model.weeks.map((w) => ({ label: w.label, promises: w.rollup.promises.map((p) => `${p.promise}: ${p.kept} of ${p.target}`) })),
    };
    if (process.env['UPDATE_EXPECTED'] === '1') writeFileSync(EXPECTED, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')) as unknown);
    expect(model.history.checkIns.length).toBeGreaterThanOrEqual(4);
    expect(model.history.feelings.months.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(JSON.stringify(model.weeks)).not.toMatch(/"kept":0,"target":0/);
  });

  it('history survives JSON unchanged', () => {
    const model = buildDashboard(indexOf(demoFiles()), TODAY as Day, DEFAULT_SETTINGS);
    expect(JSON.parse(JSON.stringify(model.history))).toEqual(model.history);
  });
});
