import { describe, expect, it } from 'vitest';
import type { WeekStart } from '../../../src/core/day';
import { entriesOf } from '../../../src/core/stats/note-entries';
import { readPromiseLog } from '../../../src/core/stats/promise-log';
import { weekCards } from '../../../src/core/stats/weekly-rollup';
import { d, noteText, promiseNote, readNote } from './note-builders';

const TODAY = d('2026-11-26'); // Thursday of 2026-W48

const notes: Record<string, string> = {
  'st/walk.md': promiseNote({
    date: '2026-11-16',
    promise: 'Walk for 15 minutes',
    kept: ['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24', '2026-11-25'],
    skipped: ['2026-11-21', '2026-11-22'],
  }),
  'st/cook.md': promiseNote({ date: '2026-11-16', promise: 'Cook at home', times: 3, per: 'week', kept: ['2026-11-18', '2026-11-22', '2026-11-23'] }),
  'st/old.md': promiseNote({ date: '2026-06-01', promise: 'Old habit', status: 'done', kept: ['2026-06-02'] }),
  'st/j1.md': noteText('selftrust: emotional-journal\ndate: 2026-11-17\nemotions:\n  - anxious 6/10\n  - Tired'),
  'st/j2.md': noteText('selftrust: emotional-journal\ndate: 2026-11-19\nemotions:\n  - Anxious'),
  'st/m1.md': noteText('selftrust: mistake-ledger\ndate: 2026-11-18\nmistake: "Snapped at a friend"\nlesson: "Pause before I answer"\napplied: false'),
  'st/m2.md': noteText('selftrust: mistake-ledger\ndate: 2026-11-19\nmistake: "Forgot the call"\nlesson:'),
  'st/b1.md': noteText('selftrust: boundary-log\ndate: 2026-11-17\nboundary: "No email after 7"\nheld: true'),
  'st/b2.md': noteText('selftrust: boundary-log\ndate: 2026-11-20\nboundary: "No email after 7"\nheld: false'),
  'st/mf1.md': noteText('selftrust: mindfulness\ndate: 2026-11-18\nminutes: 10'),
  'st/mf2.md': noteText('selftrust: mindfulness\ndate: 2026-11-21\nminutes:'),
  'st/sc.md': noteText('selftrust: self-care-check-in\ndate: 2026-11-22\nenergy: 4'),
  'st/wr.md': noteText('selftrust: weekly-reflection\ndate: 2026-11-22\nweek: 2026-W47\nrating: 7\nwins:\n  - "Walked 4 days"\nadjust:\n  - "Earlier nights"'),
  'st/g.md': noteText('selftrust: achievable-goal\ndate: 2026-09-02\ngoal: "Walk 2 days a week"\nstatus: active'),
};

function cards(weekStart: WeekStart = 'monday') {
  const parsed = Object.entries(notes).map(([p, t]) => readNote(p, t));
  const entries = entriesOf(parsed);
  const logs = entries.flatMap((e) => (e.kind === 'small-promise' ? [readPromiseLog(e, TODAY, weekStart)] : []));
  return weekCards(entries, logs, TODAY, weekStart);
}

describe('weeks', () => {
  it('lists this week and the earlier weeks that hold a note or a kept day, newest first', () => {
    expect(cards().map((w) => [w.label, w.start, w.end])).toEqual([
      ['2026-W48', '2026-11-23', '2026-11-29'],
      ['2026-W47', '2026-11-16', '2026-11-22'],
      ['2026-W36', '2026-08-31', '2026-09-06'],
      ['2026-W23', '2026-06-01', '2026-06-07'],
    ]);
  });

  it('rolls up a whole week: promises against target, emotions, lessons, boundaries, mindfulness, self-care', () => {
    const w47 = cards()[1]!;
    expect(w47.reflection).toEqual({ path: 'st/wr.md', rating: 7, wins: ['Walked 4 days'], adjust: ['Earlier nights'] });
    expect(w47.rollup).toEqual({
      promises: [
        // 3 a week: kept twice.
        { promise: 'Cook at home', path: 'st/cook.md', kept: 2, target: 3 },
        // Daily: 7 days minus 2 rest days asks 5; kept 4.
        { promise: 'Walk for 15 minutes', path: 'st/walk.md', kept: 4, target: 5 },
      ],
      emotions: [
        { name: 'anxious', count: 2 },
        { name: 'tired', count: 1 },
      ],
      lessons: ['Pause before I answer'],
      boundaries: { held: 1, total: 2 },
      mindfulness: { sessions: 2, minutes: 10 },
      selfCare: 1,
      notes: 12,
    });
  });

  it('counts the week in progress up to yesterday while today is not kept', () => {
    const w48 = cards()[0]!;
    expect(w48.reflection).toBeNull();
    expect(w48.rollup.promises).toEqual([
      { promise: 'Cook at home', path: 'st/cook.md', kept: 1, target: 3 },
      // Mon-Wed asked, Thursday (today) not yet.
      { promise: 'Walk for 15 minutes', path: 'st/walk.md', kept: 3, target: 3 },
    ]);
    expect(w48.rollup.notes).toBe(0);
  });

  it('shows a finished promise only in weeks it was kept', () => {
    const all = cards();
    // Done after its last kept day (Tue Jun 2): only Mon Jun 1 and Jun 2 were asked that week.
    expect(all[3]?.rollup.promises).toEqual([{ promise: 'Old habit', path: 'st/old.md', kept: 1, target: 2 }]);
    expect(all[0]?.rollup.promises.some((p) => p.path === 'st/old.md')).toBe(false);
  });

  it('Sunday weeks regroup the same notes', () => {
    const sunday = cards('sunday');
    expect(sunday.map((w) => [w.label, w.start])).toEqual([
      ['2026-W48', '2026-11-22'],
      ['2026-W47', '2026-11-15'],
      ['2026-W36', '2026-08-30'],
      ['2026-W23', '2026-05-31'],
    ]);
    // The self-care check-in of Sunday Nov 22 now belongs to this week; the reflection names its
    // week (2026-W47: Mon 16 to Sun 22), and stays with the Sunday week that shares 6 of those days.
    expect(sunday[0]?.rollup.selfCare).toBe(1);
    expect(sunday[0]?.reflection).toBeNull();
    expect(sunday[1]?.reflection?.path).toBe('st/wr.md');
  });

  it('a reflection written after its week ended stays with the week it names', () => {
    const late = noteText('selftrust: weekly-reflection\ndate: 2026-11-02\nweek: 2026-W44\nrating: 5\nwins: [Rested]');
    const undated = noteText('selftrust: weekly-reflection\ndate: 2026-11-09\nrating: 6');
    const weeks = weekCards(entriesOf([readNote('st/late.md', late), readNote('st/plain.md', undated)]), [], TODAY, 'monday');
    const byLabel = new Map(weeks.map((w) => [w.label, w]));
    // Written on Monday Nov 2 (week 45) about week 44.
    expect(byLabel.get('2026-W44')?.reflection?.path).toBe('st/late.md');
    expect(byLabel.get('2026-W45')?.reflection ?? null).toBeNull();
    // Without a week, its date places it.
    expect(byLabel.get('2026-W46')?.reflection?.path).toBe('st/plain.md');
  });
});
