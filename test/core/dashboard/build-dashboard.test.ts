import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { DashboardModel } from '../../../src/core/dashboard/model';
import { addDays, eachDay, isDay, type Day } from '../../../src/core/day';
import type { ParsedNote } from '../../../src/core/entry';
import { parseNote } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS, type IndexView, type Settings } from '../../../src/core/ports';

const TODAY = '2026-11-26' as Day; // Thursday of 2026-W48

const fm = (lines: string, body = 'A few words of my own.\n') => `---\n${lines.trim()}\n---\n${body}`;
const list = (key: string, items: readonly string[]) => (items.length ? `${key}:\n${items.map((x) => `  - ${x}`).join('\n')}` : `${key}: []`);
const daysFrom = (from: string, to: string) => [...eachDay(from as Day, to as Day)];

/** Walked every day since Oct 1 except Nov 10; rested Nov 21-22; today not yet. */
const walkKept = daysFrom('2026-10-01', '2026-11-25').filter((x) => x !== '2026-11-10' && x !== '2026-11-21' && x !== '2026-11-22');

/** A small but complete vault, as a user would have written it. */
const VAULT: Record<string, string> = {
  'Self-trust/2026-10-01 Small promise.md': fm(
    `selftrust: small-promise\nschema: 1\ndate: 2026-10-01\nweek: 2026-W40\npromise: "Walk for 15 minutes"\ntimes: 1\nper: day\n${list('kept', walkKept)}\n${list('skipped', ['2026-11-21', '2026-11-22'])}\nstatus: active\nstart:`,
  ),
  'Self-trust/2026-11-02 Small promise.md': fm(
    `selftrust: small-promise\ndate: 2026-11-02\npromise: "Cook at home"\ntimes: 3\nper: week\n${list('kept', ['2026-11-02', '2026-11-04', '2026-11-06', '2026-11-09', '2026-11-11', '2026-11-13', '2026-11-17', '2026-11-19', '2026-11-20', '2026-11-24', '2026-11-26'])}\nstatus: active`,
  ),
  'Self-trust/2026-09-01 Small promise.md': fm(
    `selftrust: small-promise\ndate: 2026-09-01\npromise: "Read before bed"\ntimes: 1\nper: day\n${list('kept', ['2026-09-01', '2026-09-02'])}\nstatus: paused`,
  ),
  'Self-trust/2026-09-05 Value mapping.md': fm(`selftrust: value-mapping\ndate: 2026-09-05\nvalues:\n  - Health: 6\n  - Family: 8\n  - Creativity: 3`),
  'Self-trust/2026-11-15 Value mapping.md': fm(
    `selftrust: value-mapping\ndate: 2026-11-15\nvalues:\n  - family: 9\n  - Health: 4\n  - Honesty: 7\n  - Creativity: 2\n  - Rest: 6\n  - Learning: 8`,
  ),
  'Self-trust/2026-11-24 Emotional journal.md': fm(`selftrust: emotional-journal\ndate: 2026-11-24\nemotions:\n  - anxious 6/10\n  - hopeful\nintensity: 4\ntrigger: "Review at work"`),
  'Self-trust/2026-11-12 Emotional journal.md': fm(`selftrust: emotional-journal\ndate: 2026-11-12\nemotions:\n  - Anxious 8/10\n  - calm 3/10`),
  'Self-trust/2026-10-20 Emotional journal.md': fm(`selftrust: emotional-journal\ndate: 2026-10-20\nemotions:\n  - angry 9/10`),
  'Self-trust/2026-11-18 Mistake ledger.md': fm(`selftrust: mistake-ledger\ndate: 2026-11-18\nmistake: "Said yes to everything"\nlesson: "Check my week before I agree"\napplied: true`),
  'Self-trust/2026-10-02 Mistake ledger.md': fm(`selftrust: mistake-ledger\ndate: 2026-10-02\nmistake: "Skipped lunch"\nlesson: "Set a reminder"\napplied: false`),
  'Self-trust/2026-08-10 Self-compassion letter.md': fm(`selftrust: self-compassion-letter\ndate: 2026-08-10`, 'Dear me, you are doing your best.\n'),
  'Self-trust/2026-11-01 Self-compassion letter.md': fm(`selftrust: self-compassion-letter\ndate: 2026-11-01`, 'Dear me, rest is allowed.\n'),
  'Self-trust/2026-11-19 TRUST model.md': fm(`selftrust: trust-model\ndate: 2026-11-19\nsituation: "Changing teams"`),
  'Self-trust/2026-10-05 Strengths and weaknesses.md': fm(`selftrust: strengths-weaknesses\ndate: 2026-10-05\n${list('strengths', ['Patient', 'Curious'])}\n${list('weaknesses', ['Overcommitting'])}`),
  'Self-trust/2026-09-10 Achievable goal.md': fm(`selftrust: achievable-goal\ndate: 2026-09-10\ngoal: "Walk 2 days a week"\nstatus: reached\nreached: 2026-10-01`),
  'Self-trust/2026-10-10 Achievable goal.md': fm(`selftrust: achievable-goal\ndate: 2026-10-10\ngoal: "Cook 3 times a week"\nstatus: active\n${list('obstacles', ['Late meetings'])}`),
  'Self-trust/2026-10-11 Achievable goal.md': fm(`selftrust: achievable-goal\ndate: 2026-10-11\ngoal: "Learn the guitar"\nstatus: paused`),
  'Self-trust/2026-10-12 Achievable goal.md': fm(`selftrust: achievable-goal\ndate: 2026-10-12\ngoal: "Run a marathon"\nstatus: released`),
  'Self-trust/2026-11-20 Mindfulness.md': fm(`selftrust: mindfulness\ndate: 2026-11-20\nminutes: 10`),
  'Self-trust/2026-11-25 Mindfulness.md': fm(`selftrust: mindfulness\ndate: 2026-11-25\nminutes: 5`),
  'Self-trust/2026-10-01 Mindfulness.md': fm(`selftrust: mindfulness\ndate: 2026-10-01\nminutes: 20`),
  'Self-trust/2026-11-23 Boundary log.md': fm(`selftrust: boundary-log\ndate: 2026-11-23\nboundary: "No email after 7"\nheld: true`),
  'Self-trust/2026-11-16 Boundary log.md': fm(`selftrust: boundary-log\ndate: 2026-11-16\nboundary: "No email after 7"\nheld: false`),
  'Self-trust/2026-11-22 Self-care check-in.md': fm(`selftrust: self-care-check-in\ndate: 2026-11-22\nenergy: 5\n${list('needs', ['Sleep'])}`),
  'Self-trust/2026-11-22 Weekly reflection.md': fm(`selftrust: weekly-reflection\ndate: 2026-11-22\nweek: 2026-W47\nrating: 7\n${list('wins', ['Walked most days'])}\n${list('adjust', ['Earlier nights'])}`),
  'Self-trust/2026-10-01 Self-trust check-in.md': fm(`selftrust: self-trust-check-in\ndate: 2026-10-01\nconfidence: 2\nreliability: 2\nresilience: 3\nintuition: 3\nlimits: 2\nalignment: 3\naccountability: 4`),
  'Self-trust/2026-11-21 Self-trust check-in.md': fm(`selftrust: self-trust-check-in\ndate: 2026-11-21\nconfidence: 3\nreliability: 4\nresilience: 3\nintuition: 2\nlimits:\nalignment: 4\naccountability: 4`),
  'Self-trust/2026-11-03 Getting support.md': fm(`selftrust: getting-support\ndate: 2026-11-03`),
  // Problems, and a note that is not ours.
  'Self-trust/zz broken.md': '---\nselftrust: mindfulness\ndate: [2026-11-01\n---\n',
  'Self-trust/aa unknown.md': fm(`selftrust: gratitude-list\ndate: 2026-11-01`),
  'Inbox/groceries.md': '# Groceries\n- milk\n',
};

/** A minimal IndexView over parsed notes, in the order given. */
function indexOf(pairs: readonly (readonly [string, string])[], revision = 7): IndexView {
  const notes: ParsedNote[] = pairs.map(([path, text]) => parseNote(path, text));
  return { revision, notes: () => notes };
}

const entries = Object.entries(VAULT);
const build = (settings: Settings = DEFAULT_SETTINGS, pairs = entries): DashboardModel => buildDashboard(indexOf(pairs), TODAY, settings);

describe('buildDashboard', () => {
  const model = build();

  it('names the day, the week start, the revision and the counts', () => {
    expect(model.schemaVersion).toBe(1);
    expect(model.today).toBe('2026-11-26');
    expect(model.weekStart).toBe('monday');
    expect(model.revision).toBe(7);
    expect(model.counts).toEqual({ notes: 31, entries: 28, problems: model.problems.length });
  });

  it('lists notes with problems by path, naming each note', () => {
    expect(model.problems.length).toBeGreaterThanOrEqual(2);
    const paths = model.problems.map((p) => p.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toContain('Self-trust/aa unknown.md');
    expect(paths).toContain('Self-trust/zz broken.md');
    expect(paths).not.toContain('Inbox/groceries.md');
    expect(model.problems.every((p) => p.message.length > 0)).toBe(true);
  });

  it('shows each promise with its streaks, strength and progress, active ones first', () => {
    expect(model.promises.map((p) => [p.promise, p.status])).toEqual([
      ['Walk for 15 minutes', 'active'],
      ['Cook at home', 'active'],
      ['Read before bed', 'paused'],
    ]);
    const [walk, cook, read] = model.promises;
    // Nov 11-25 minus the rest days of Nov 21-22: 13 days; Oct 1 - Nov 9: 40 days.
    expect(walk).toMatchObject({
      path: 'Self-trust/2026-10-01 Small promise.md',
      start: '2026-10-01',
      streakUnit: 'day',
      currentStreak: 13,
      bestStreak: 40,
      keptToday: false,
      restToday: false,
      keptThisPeriod: 0,
      target: 1,
      keptDays: walkKept.length,
    });
    // Last 28 days: Oct 30 - Nov 25 asked (27 days) minus 2 rest days = 25; kept 24.
    expect(walk?.keptRate).toBe(0.96);
    expect(walk?.strength).toBeGreaterThan(0.9);
    expect(walk?.strength).toBeLessThan(1);
    expect(cook).toMatchObject({ streakUnit: 'week', currentStreak: 3, bestStreak: 3, keptThisPeriod: 2, target: 3, keptToday: true });
    // Weeks of Nov 2, 9, 16 kept 3 each; Oct 26's week holds no active day.
    expect(cook?.keptRate).toBe(1);
    // Paused after Sep 2, its last kept day: the days since ask nothing, so the streak it had is kept
    // (it was 0 while those days counted as not kept), and nothing is asked today.
    expect(read).toMatchObject({ currentStreak: 2, bestStreak: 2, keptRate: 0, keptThisPeriod: 0, target: 0, lastKept: '2026-09-02' });
  });

  it('gives every promise 13 weeks of heatmap and 12 weeks of strength trend plus today', () => {
    for (const p of model.promises) {
      expect(p.heatmap).toHaveLength(91);
      expect(p.heatmap[0]?.date).toBe('2026-08-31');
      expect(p.heatmap.at(-1)?.date).toBe('2026-11-29');
      expect(p.strengthTrend).toHaveLength(13);
      expect(p.strengthTrend[0]?.date).toBe('2026-09-06');
      expect(p.strengthTrend.at(-1)).toEqual({ date: '2026-11-26', strength: p.strength });
    }
    const walk = model.promises[0]!;
    const states = Object.fromEntries(walk.heatmap.map((h) => [h.date, h.state]));
    expect([states['2026-09-30'], states['2026-10-01'], states['2026-11-10'], states['2026-11-21'], states['2026-11-26'], states['2026-11-27']]).toEqual([
      'before', 'kept', 'missed', 'rest', 'pending', 'future',
    ]);
    const trend = walk.strengthTrend.map((t) => t.strength);
    expect(trend.slice(0, 4)).toEqual([0, 0, 0, 0]);
    expect(trend[4]).toBeGreaterThan(0);
  });

  it('shows the newest values with gaps, and the goals, lessons and letter', () => {
    expect(model.values.source?.date).toBe('2026-11-15');
    expect(model.values.gaps).toEqual(['Health']);
    expect(model.values.values[0]).toMatchObject({ rank: 1, name: 'family', alignment: 9, gap: false });
    expect(model.values.values[0]?.history).toEqual([
      { date: '2026-09-05', alignment: 8 },
      { date: '2026-11-15', alignment: 9 },
    ]);
    expect(model.goals.active.map((g) => g.goal)).toEqual(['Learn the guitar', 'Cook 3 times a week']);
    expect(model.goals.reached.map((g) => [g.goal, g.reached])).toEqual([['Walk 2 days a week', '2026-10-01']]);
    expect(model.lessons.map((l) => l.lesson)).toEqual(['Check my week before I agree', 'Set a reminder']);
    expect(model.letter).toEqual({ path: 'Self-trust/2026-11-01 Self-compassion letter.md', date: '2026-11-01' });
  });

  it('counts emotions over 30 days, and the practice card', () => {
    expect(model.emotions.since).toBe('2026-10-28');
    expect(model.emotions.entries).toBe(2);
    expect(model.emotions.items).toEqual([
      { name: 'anxious', count: 2, meanIntensity: 7 },
      { name: 'calm', count: 1, meanIntensity: 3 },
      { name: 'hopeful', count: 1, meanIntensity: 4 },
    ]);
    expect(model.practice).toMatchObject({
      since: '2026-10-28',
      mindfulness: { sessions: 2, minutes: 15 },
      boundaries: { held: 1, total: 2 },
      selfCare: { checkIns: 1, latest: { date: '2026-11-22', energy: 5 } },
      trust: { sessions: 1 },
      strengths: { latest: { date: '2026-10-05', strengths: ['Patient', 'Curious'], weaknesses: ['Overcommitting'] } },
    });
  });

  it('shows the check-in change and the weeks', () => {
    expect(model.checkIn.latest?.date).toBe('2026-11-21');
    expect(model.checkIn.change).toEqual({ confidence: 1, reliability: 2, resilience: 0, intuition: -1, limits: null, alignment: 1, accountability: 0 });
    expect(model.weeks[0]?.label).toBe('2026-W48');
    expect(model.weeks[1]).toMatchObject({
      label: '2026-W47',
      reflection: { rating: 7, wins: ['Walked most days'], adjust: ['Earlier nights'] },
    });
    expect(model.weeks[1]?.rollup.promises.find((p) => p.promise === 'Walk for 15 minutes')).toEqual({
      promise: 'Walk for 15 minutes', path: 'Self-trust/2026-10-01 Small promise.md', kept: 5, target: 5,
    });
    // This week, then every earlier week that holds a note or a kept walk.
    expect(model.weeks.map((w) => w.label)).toEqual([
      '2026-W48', '2026-W47', '2026-W46', '2026-W45', '2026-W44', '2026-W43', '2026-W42', '2026-W41', '2026-W40',
      '2026-W37', '2026-W36', '2026-W33',
    ]);
  });

  it('carries the exercises, the help and the sections chosen in settings', () => {
    expect(model.exercises).toHaveLength(14);
    expect(model.exercises[0]).toEqual({ id: 'small-promise', title: 'Small promise', practice: expect.any(String) });
    expect(model.help.disclaimer).toMatch(/not therapy/);
    expect(model.help.resources.length).toBeGreaterThan(0);
    const quiet = build({ ...DEFAULT_SETTINGS, weekStart: 'sunday', sections: { ...DEFAULT_SETTINGS.sections, emotions: false } });
    expect(quiet.sections.emotions).toBe(false);
    expect(quiet.sections.promises).toBe(true);
    expect(quiet.weekStart).toBe('sunday');
    expect(quiet.promises[0]?.heatmap[0]?.date).toBe('2026-08-30');
  });

  it('survives JSON unchanged: only strings, numbers, booleans, null, arrays and plain objects', () => {
    expect(JSON.parse(JSON.stringify(model))).toStrictEqual(model);
    const walk = (v: unknown, at: string): void => {
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) throw new Error(`not finite at ${at}`);
        return;
      }
      if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${at}[${i}]`));
      if (typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
        for (const [k, x] of Object.entries(v as object)) walk(x, `${at}.${k}`);
        return;
      }
      throw new Error(`not plain JSON at ${at}: ${String(v)}`);
    };
    expect(() => walk(model, 'model')).not.toThrow();
    expect(model.promises.flatMap((p) => p.heatmap.map((h) => h.date)).every((x) => isDay(x))).toBe(true);
  });

  it('gives the same model whatever order the notes were added in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), (shuffled) => {
        expect(build(DEFAULT_SETTINGS, shuffled)).toStrictEqual(model);
      }),
      { numRuns: 25 },
    );
  });

  it('moves with today: tomorrow the unwalked today breaks the walk streak, the cook week goes on', () => {
    const tomorrow = buildDashboard(indexOf(entries), addDays(TODAY, 1), DEFAULT_SETTINGS);
    expect(tomorrow.promises[0]?.currentStreak).toBe(0);
    expect(tomorrow.promises[0]?.bestStreak).toBe(40);
    expect(tomorrow.promises[1]?.keptThisPeriod).toBe(2);
  });

  it('builds an empty dashboard from an empty vault', () => {
    const empty = buildDashboard({ revision: 0, notes: () => [] }, TODAY, DEFAULT_SETTINGS);
    expect(empty.promises).toEqual([]);
    expect(empty.values).toEqual({ source: null, values: [], gaps: [] });
    expect(empty.weeks.map((w) => w.label)).toEqual(['2026-W48']);
    expect(empty.checkIn.latest).toBeNull();
    expect(empty.letter).toBeNull();
    expect(empty.counts).toEqual({ notes: 0, entries: 0, problems: 0 });
  });
});
