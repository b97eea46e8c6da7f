import { describe, expect, it } from 'vitest';
import { goalLists } from '../../../src/core/stats/goals';
import { lessonItems } from '../../../src/core/stats/lessons';
import { entriesOf } from '../../../src/core/stats/note-entries';
import { practiceCard } from '../../../src/core/stats/practice';
import { d, entriesFrom, noteText, readNote } from './note-builders';

describe('goals', () => {
  const goals = goalLists(
    entriesFrom('achievable-goal', {
      'g/a.md': noteText('selftrust: achievable-goal\ndate: 2026-10-01\ngoal: "Walk 2 days a week"\nstatus: active\nobstacles:\n  - Rain'),
      'g/b.md': noteText('selftrust: achievable-goal\ndate: 2026-11-01\ngoal:\nstatus: paused'),
      'g/c.md': noteText('selftrust: achievable-goal\ndate: 2026-08-01\ngoal: "Cook twice a week"\nstatus: reached\nreached: 2026-09-15'),
      'g/d.md': noteText('selftrust: achievable-goal\ndate: 2026-09-01\ngoal: "Sleep by 11"\nstatus: reached'),
      'g/e.md': noteText('selftrust: achievable-goal\ndate: 2026-09-01\ngoal: "Run a marathon"\nstatus: released'),
    }),
  );

  it('active holds active and paused goals, newest first; a blank goal shows its note name', () => {
    expect(goals.active.map((g) => [g.goal, g.status])).toEqual([
      ['b', 'paused'],
      ['Walk 2 days a week', 'active'],
    ]);
    expect(goals.active[1]?.obstacles).toEqual(['Rain']);
  });

  it('reached holds reached goals, most recently reached first; released goals are in neither list', () => {
    expect(goals.reached.map((g) => [g.goal, g.reached])).toEqual([
      ['Cook twice a week', '2026-09-15'],
      ['Sleep by 11', null],
    ]);
    expect([...goals.active, ...goals.reached].some((g) => g.status === 'released')).toBe(false);
  });
});

describe('lessons', () => {
  it('lists every mistake-ledger note newest first, notes of one day by path', () => {
    const items = lessonItems(
      entriesFrom('mistake-ledger', {
        'm/b.md': noteText('selftrust: mistake-ledger\ndate: 2026-11-02\nmistake: "Late again"\nlesson: "Leave 10 minutes early"\napplied: true'),
        'm/a.md': noteText('selftrust: mistake-ledger\ndate: 2026-11-02\nmistake: "Skipped lunch"'),
        'm/c.md': noteText('selftrust: mistake-ledger\ndate: 2026-10-02\nlesson: "Ask for help sooner"'),
      }),
    );
    expect(items).toEqual([
      { path: 'm/a.md', date: '2026-11-02', mistake: 'Skipped lunch', lesson: null, applied: false },
      { path: 'm/b.md', date: '2026-11-02', mistake: 'Late again', lesson: 'Leave 10 minutes early', applied: true },
      { path: 'm/c.md', date: '2026-10-02', mistake: null, lesson: 'Ask for help sooner', applied: false },
    ]);
  });
});

describe('practice card', () => {
  it('counts the last 30 days and shows the newest self-care and strengths notes', () => {
    const notes = {
      'p/m1.md': noteText('selftrust: mindfulness\ndate: 2026-10-28\nminutes: 12'),
      'p/m2.md': noteText('selftrust: mindfulness\ndate: 2026-10-27\nminutes: 30'),
      'p/m3.md': noteText('selftrust: mindfulness\ndate: 2026-11-26\nminutes:'),
      'p/b1.md': noteText('selftrust: boundary-log\ndate: 2026-11-10\nheld: true'),
      'p/b2.md': noteText('selftrust: boundary-log\ndate: 2026-11-11\nheld:'),
      'p/s1.md': noteText('selftrust: self-care-check-in\ndate: 2026-09-01\nenergy: 3'),
      'p/t1.md': noteText('selftrust: trust-model\ndate: 2026-11-20\nsituation: "A hard talk"'),
      'p/w1.md': noteText('selftrust: strengths-weaknesses\ndate: 2026-06-01\nstrengths:\n  - Patient\nweaknesses: []'),
    };
    const card = practiceCard(entriesOf(Object.entries(notes).map(([p, t]) => readNote(p, t))), d('2026-11-26'));
    expect(card).toEqual({
      since: '2026-10-28',
      mindfulness: { sessions: 2, minutes: 12 },
      boundaries: { held: 1, total: 2 },
      selfCare: { checkIns: 0, latest: { path: 'p/s1.md', date: '2026-09-01', energy: 3 } },
      trust: { sessions: 1 },
      strengths: { latest: { path: 'p/w1.md', date: '2026-06-01', strengths: ['Patient'], weaknesses: [] } },
    });
  });
});
