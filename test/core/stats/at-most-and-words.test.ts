import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { DashboardModel, PromiseCard } from '../../../src/core/dashboard/model';
import type { Day } from '../../../src/core/day';
import { NoteIndex } from '../../../src/core/index/note-index';
import { parseNote } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS } from '../../../src/core/ports';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { currentStrength, strengthSeries } from '../../../src/core/stats/strength-score';
import { weekLimit } from '../../../src/core/stats/week-ask';

/*
 * Issue 12: "I won't…" promises (aim: at-most) and a word on the day. The notes are read by the real
 * parser, as a user wrote them.
 */

const TODAY = '2026-11-26' as Day; // a Thursday

function note(lines: string[]): string {
  return ['---', 'selftrust: small-promise', 'schema: 1', ...lines, '---', 'My own words.', ''].join('\n');
}

function model(notes: Record<string, string>, today: Day = TODAY): DashboardModel {
  const index = new NoteIndex();
  for (const [path, text] of Object.entries(notes)) index.upsert(path, text);
  return buildDashboard(index, today, DEFAULT_SETTINGS);
}

function card(text: string, today: Day = TODAY): PromiseCard {
  const found = model({ 'Self-trust/p.md': text }, today).promises[0];
  if (!found) throw new Error(JSON.stringify(parseNote('p.md', text).problems));
  return found;
}

const heat = (c: PromiseCard, day: string) => c.heatmap.find((h) => h.date === day);

const phone = (extra: string[] = []) =>
  note([
    'date: 2026-11-16',
    'promise: Look at my phone in bed',
    'aim: at-most',
    'times: 0',
    'per: day',
    'kept: []',
    'skipped:',
    '  - 2026-11-21 away at Mum\'s',
    'slipped:',
    '  - 2026-11-18',
    '  - 2026-11-21',
    '  - 2026-11-24 after the late shift',
    ...extra,
    'status: active',
  ]);

describe('"I won\'t…" once a day: never (times: 0)', () => {
  const c = card(phone());

  it('is read as an at-most promise with its slips, rest days and words', () => {
    const entry = parseNote('p.md', phone()).entry;
    expect(entry).toMatchObject({ aim: 'at-most', times: 0, slipped: ['2026-11-18', '2026-11-21', '2026-11-24'] });
    expect(parseNote('p.md', phone()).problems).toEqual([]);
  });

  it('counts the days that ended within the limit; a slip ends the streak; a rest day is stepped over, its slip not counted', () => {
    expect(c.aim).toBe('at-most');
    expect(c.currentStreak).toBe(1); // the 25th; today is still open
    expect(c.bestStreak).toBe(4); // 19, 20, (21 rest), 22, 23
    expect(c.keptDays).toBe(7);
    expect(c.lastKept).toBe('2026-11-25');
    expect(c.keptRate).toBe(Number((7 / 9).toFixed(4)));
  });

  it('shows today as open with no slip so far, asks nothing to keep, and the calendar says what each day was', () => {
    expect(c).toMatchObject({ keptThisPeriod: 0, target: 0, keptToday: false, slipsThisPeriod: 0, slipsToday: 0, overLimit: false });
    expect(heat(c, '2026-11-17')).toEqual({ date: '2026-11-17', state: 'kept', count: 0, slips: 0 });
    expect(heat(c, '2026-11-18')).toEqual({ date: '2026-11-18', state: 'missed', count: 0, slips: 1 });
    expect(heat(c, '2026-11-21')).toEqual({ date: '2026-11-21', state: 'rest', count: 0, slips: 1, words: ["away at Mum's"] });
    expect(heat(c, '2026-11-24')).toMatchObject({ state: 'missed', slips: 1, words: ['after the late shift'] });
    expect(heat(c, TODAY)).toMatchObject({ state: 'pending', slips: 0 });
    expect(heat(c, '2026-11-15')).toEqual({ date: '2026-11-15', state: 'before', count: 0 });
  });

  it('a slip today is over the limit at once: the streak ends, the rate counts today, strength waits for the day to end', () => {
    const slipped = phone().replace('  - 2026-11-24 after the late shift', `  - 2026-11-24 after the late shift\n  - ${TODAY}`);
    const after = card(slipped);
    expect(after).toMatchObject({ currentStreak: 0, bestStreak: 4, slipsThisPeriod: 1, slipsToday: 1, overLimit: true });
    expect(heat(after, TODAY)?.state).toBe('missed');
    expect(after.keptRate).toBe(Number((7 / 10).toFixed(4)));
    expect(after.strength).toBe(c.strength);
  });

  it('strength rises as Loop\'s daily score for days within the limit: about 80% after a month', () => {
    const month = note(['date: 2026-10-27', 'promise: Doomscroll', 'aim: at-most', 'times: 0', 'slipped: []']);
    const entry = parseNote('p.md', month).entry;
    if (entry?.kind !== 'small-promise') throw new Error('not read');
    const s = currentStrength(strengthSeries(readPromiseLog(entry, TODAY, 'monday')));
    expect(s).toBeCloseTo(1 - Math.pow(0.5, 30 / 13), 10);
  });
});

describe('"I won\'t…" at most twice a week', () => {
  const coffee = note([
    'date: 2026-11-02',
    'promise: Buy a take-away coffee',
    'aim: at most',
    'times: 2',
    'per: week',
    'slipped: [2026-11-03, 2026-11-05, 2026-11-10, 2026-11-11, 2026-11-12 rain all day, 2026-11-17, 2026-11-19, 2026-11-20, 2026-11-24]',
    'skipped: [2026-11-19]',
  ]);
  const entry = parseNote('p.md', coffee).entry;
  if (entry?.kind !== 'small-promise') throw new Error('not read');
  const log = readPromiseLog(entry, TODAY, 'monday');
  const c = card(coffee);

  it('reads each week as weekLimit says: within, over, within only thanks to a rest day, in progress', () => {
    expect(weekLimit(log, '2026-11-02' as Day)).toMatchObject({ slips: 2, state: 'within' });
    expect(weekLimit(log, '2026-11-09' as Day)).toMatchObject({ slips: 3, state: 'over' });
    expect(weekLimit(log, '2026-11-16' as Day)).toMatchObject({ slips: 2, restSlips: 1, state: 'within-with-rest' });
    expect(weekLimit(log, '2026-11-23' as Day)).toMatchObject({ slips: 1, state: 'in-progress' });
  });

  it('streak in weeks, the rate of decided weeks, this week\'s slips on the card', () => {
    expect(c).toMatchObject({ streakUnit: 'week', currentStreak: 0, bestStreak: 1, slipsThisPeriod: 1, overLimit: false });
    expect(c.keptRate).toBe(Number((2 / 3).toFixed(4)));
  });

  it('the calendar turns "not kept" from the slip that passed the week\'s limit', () => {
    expect(['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13'].map((x) => heat(c, x)?.state)).toEqual(['kept', 'kept', 'kept', 'missed', 'missed']);
    expect(heat(c, '2026-11-12')?.words).toEqual(['rain all day']);
  });

  it('the week roll-up counts the week once decided, with its slips and their words', () => {
    const m = model({ 'Self-trust/coffee.md': coffee });
    const week = (label: string) => m.weeks.find((w) => w.label === label)?.rollup;
    expect(week('2026-W46')?.promises).toEqual([{ promise: 'Buy a take-away coffee', path: 'Self-trust/coffee.md', kept: 0, target: 1, aim: 'at-most', slips: 3 }]);
    expect(week('2026-W46')?.inTheWay).toEqual([{ promise: 'Buy a take-away coffee', path: 'Self-trust/coffee.md', date: '2026-11-12', words: 'rain all day' }]);
    expect(week('2026-W48')?.promises[0]).toMatchObject({ kept: 0, target: 0, slips: 1 });
    expect(week('2026-W48')?.inTheWay).toBeUndefined();
  });
});

describe('a word on the day', () => {
  const walk = (extra: string[]) =>
    note([
      'date: 2026-11-16',
      'promise: Walk for 15 minutes',
      'times: 1',
      'per: day',
      'kept:',
      '  - 2026-11-16',
      '  - 2026-11-17 walked with Sam',
      '  - 2026-11-19',
      'skipped: [2026-11-18 dentist]',
      ...extra,
    ]);

  it('a missed day with a reason is still a missed day: every number is the same, only the words are new', () => {
    const plain = card(walk([]));
    const told = card(walk(['missed:', '  - 2026-11-20 too tired after the late shift', '  - 2026-11-21: rain']));
    const strip = (days: PromiseCard['heatmap']) => days.map(({ words: _w, ...rest }) => rest);
    const withoutWords = (x: PromiseCard) => ({ ...x, heatmap: strip(x.heatmap), heatmapYear: strip(x.heatmapYear) });
    expect(withoutWords(told)).toEqual(withoutWords(plain));
    expect(heat(told, '2026-11-20')).toEqual({ date: '2026-11-20', state: 'missed', count: 0, words: ['too tired after the late shift'] });
    expect(heat(told, '2026-11-17')?.words).toEqual(['walked with Sam']);
    expect(heat(told, '2026-11-18')).toMatchObject({ state: 'rest', words: ['dentist'] });
  });

  it('the week roll-up lists what got in the way (missed days), not rest days or kept days', () => {
    const m = model({ 'Self-trust/walk.md': walk(['missed: [2026-11-20 too tired after the late shift]']) });
    const w47 = m.weeks.find((w) => w.label === '2026-W47')?.rollup;
    expect(w47?.inTheWay).toEqual([{ promise: 'Walk for 15 minutes', path: 'Self-trust/walk.md', date: '2026-11-20', words: 'too tired after the late shift' }]);
    expect(w47?.promises).toEqual([{ promise: 'Walk for 15 minutes', path: 'Self-trust/walk.md', kept: 3, target: 6 }]);
  });

  it('leaves a vault without words or at-most promises exactly as before (no new keys in the model)', () => {
    const m = model({ 'Self-trust/walk.md': note(['date: 2026-11-16', 'promise: Walk', 'kept: [2026-11-16]']) });
    const json = JSON.stringify(m);
    for (const key of ['"aim"', '"slips"', '"words"', '"inTheWay"', '"slipsThisPeriod"', '"overLimit"']) expect(json).not.toContain(key);
  });
});

describe('a paused "I won\'t…" promise', () => {
  it('stops after the last day its note lists, and keeps its record', () => {
    const c = card(note(['date: 2026-11-02', 'promise: Snack after nine', 'aim: at-most', 'times: 1', 'slipped: [2026-11-05, 2026-11-05, 2026-11-10]', 'status: paused']));
    expect(heat(c, '2026-11-10')?.state).toBe('kept'); // one slip, within one a day
    expect(heat(c, '2026-11-11')?.state).toBe('paused');
    expect(heat(c, '2026-11-05')?.state).toBe('missed');
    expect(c.lastKept).toBe('2026-11-10');
    expect(c.bestStreak).toBe(5); // the 6th to the 10th
  });
});
