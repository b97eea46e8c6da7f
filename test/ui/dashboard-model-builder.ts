/**
 * Builds DashboardModels for the renderer's tests and benchmark: a realistic practice of a given
 * length (deterministic: a seeded generator, no clock), an empty one for a new user, and text
 * overrides for hostile input. The numbers are internally consistent (streaks from the heatmap,
 * week roll-ups from the promises) so a test can check what a user would read.
 */
import type {
  DashboardModel,
  GoalItem,
  HeatDay,
  HeatState,
  LessonItem,
  PromiseCard,
  ValueItem,
  WeekCard,
} from '../../src/core/dashboard/model';
import { ELEMENTS, EXERCISES } from '../../src/core/catalog/exercises';
import { DISCLAIMER, HELP_RESOURCES } from '../../src/core/catalog/help';
import { addDays, daysBetween, startOfWeek, weekLabel, type Day, type WeekStart } from '../../src/core/day';
import type { ElementId } from '../../src/core/entry';
import { SECTION_IDS, type SectionId } from '../../src/core/ports';

export function allSections(on = true): Record<SectionId, boolean> {
  return Object.fromEntries(SECTION_IDS.map((id) => [id, on])) as Record<SectionId, boolean>;
}

/** Small, seeded, good enough for test data (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ELEMENT_SCORES_LATEST: Record<ElementId, number | null> = {
  confidence: 4, reliability: 4, resilience: 3, intuition: 3, limits: 2, alignment: 4, accountability: 5,
};
const ELEMENT_SCORES_PREVIOUS: Record<ElementId, number | null> = {
  confidence: 3, reliability: 3, resilience: 3, intuition: 2, limits: 2, alignment: 3, accountability: null,
};

function emptyHelp(): DashboardModel['help'] {
  return { disclaimer: DISCLAIMER, resources: HELP_RESOURCES.map((r) => ({ ...r })) };
}

/** A brand-new vault: nothing written yet. */
export function emptyModel(today = '2026-11-26', weekStart: WeekStart = 'monday'): DashboardModel {
  const t = today as Day;
  return {
    schemaVersion: 1,
    today,
    weekStart,
    revision: 0,
    sections: allSections(),
    counts: { notes: 0, entries: 0, problems: 0 },
    promises: [],
    values: { source: null, values: [], gaps: [] },
    weeks: [],
    emotions: { since: addDays(t, -29), items: [], entries: 0 },
    lessons: [],
    goals: { active: [], reached: [] },
    checkIn: {
      elements: ELEMENTS.map((e) => ({ ...e })),
      latest: null,
      previous: null,
      change: Object.fromEntries(ELEMENTS.map((e) => [e.id, null])) as Record<ElementId, number | null>,
    },
    practice: {
      since: addDays(t, -29),
      mindfulness: { sessions: 0, minutes: 0 },
      boundaries: { held: 0, total: 0 },
      selfCare: { checkIns: 0, latest: null },
      trust: { sessions: 0 },
      strengths: { latest: null },
    },
    letter: null,
    exercises: EXERCISES.map((e) => ({ id: e.id, title: e.title, practice: e.practice })),
    drafts: [],
    problems: [],
    help: emptyHelp(),
    history: { checkIns: [], feelings: { names: [], months: [] } },
  };
}

interface PromiseSpec {
  promise: string;
  times: number;
  per: 'day' | 'week';
  /** Days before today it began. */
  age: number;
  /** Chance a day is kept. */
  rate: number;
  /** Days before today of the last miss (forces a known current streak), or null. */
  lastMissAgo: number | null;
  status?: PromiseCard['status'];
  keptToday?: boolean;
  restEvery?: number;
}

function promiseCard(spec: PromiseSpec, today: Day, weekStart: WeekStart, rand: () => number, path: string): PromiseCard {
  const start = addDays(today, -spec.age);
  const first = addDays(startOfWeek(today, weekStart), -7 * 12);
  const last = addDays(startOfWeek(today, weekStart), 6);
  const heatmap: HeatDay[] = [];
  const keptSet = new Set<string>();
  const restSet = new Set<string>();
  // Every day since the start decides kept / rest / missed, so streaks and counts agree.
  for (let d = start; daysBetween(d, today) >= 0; d = addDays(d, 1)) {
    const ago = daysBetween(d, today);
    if (ago === 0) {
      if (spec.keptToday) keptSet.add(d);
      continue;
    }
    if (spec.restEvery && ago % spec.restEvery === 0) restSet.add(d);
    else if (spec.lastMissAgo !== null && ago === spec.lastMissAgo) continue;
    else if (spec.lastMissAgo !== null && ago < spec.lastMissAgo) keptSet.add(d);
    else if (rand() < spec.rate) keptSet.add(d);
  }
  for (let d = first; daysBetween(d, last) >= 0; d = addDays(d, 1)) {
    let state: HeatState;
    if (d < start) state = 'before';
    else if (d > today) state = 'future';
    else if (keptSet.has(d)) state = 'kept';
    else if (restSet.has(d)) state = 'rest';
    else if (d === today) state = 'pending';
    else state = 'missed';
    heatmap.push({ date: d, state, count: keptSet.has(d) ? (spec.times > 1 && spec.per === 'day' ? 2 : 1) : 0 });
  }
  // Current streak: consecutive kept-or-rest days ending yesterday (or today when kept), rest days not counted.
  let current = 0;
  for (let d = spec.keptToday ? today : addDays(today, -1); d >= start; d = addDays(d, -1)) {
    if (keptSet.has(d)) current += 1;
    else if (!restSet.has(d)) break;
  }
  let best = 0;
  let run = 0;
  for (let d = start; d <= today; d = addDays(d, 1)) {
    if (keptSet.has(d)) best = Math.max(best, ++run);
    else if (!restSet.has(d) && d !== today) run = 0;
  }
  const weekFirst = startOfWeek(today, weekStart);
  const keptThisWeek = [...keptSet].filter((d) => d >= weekFirst && d <= today).length;
  const keptThisPeriod = spec.per === 'day' ? (keptSet.has(today) ? 1 : 0) : Math.min(keptThisWeek, spec.times);
  const strength = Math.min(0.99, spec.rate * (0.55 + Math.min(spec.age, 90) / 200));
  const unit = spec.per;
  return {
    path,
    promise: spec.promise,
    times: spec.times,
    per: spec.per,
    status: spec.status ?? 'active',
    start,
    streakUnit: unit,
    currentStreak: unit === 'day' ? current : Math.floor(current / 7),
    bestStreak: unit === 'day' ? best : Math.max(1, Math.floor(best / 7)),
    strength,
    keptRate: Math.min(1, spec.rate + 0.05),
    keptThisPeriod,
    target: spec.times,
    keptToday: keptSet.has(today),
    restToday: false,
    keptDays: keptSet.size,
    lastKept: [...keptSet].filter((d) => d <= today).sort().at(-1) ?? null,
    heatmap,
    heatmapYear: heatDays(laterOf(addDays(startOfWeek(today, weekStart), -7 * 52), startOfWeek(start, weekStart)), last, start, today, keptSet, restSet, spec),
    strengthTrend: Array.from({ length: 13 }, (_, i) => ({
      date: addDays(today, -7 * (12 - i)),
      strength: Math.max(0, Math.min(1, strength - (12 - i) * 0.02 + (rand() - 0.5) * 0.04)),
    })),
  };
}

/** Calendar days from `first` to `last`, read as the model reads them (for heatmapYear). */
function heatDays(first: Day, last: Day, start: Day, today: Day, keptSet: Set<string>, restSet: Set<string>, spec: PromiseSpec): HeatDay[] {
  const out: HeatDay[] = [];
  for (let d = first; daysBetween(d, last) >= 0; d = addDays(d, 1)) {
    const state: HeatState = d < start ? 'before' : d > today ? 'future' : keptSet.has(d) ? 'kept' : restSet.has(d) ? 'rest' : d === today ? 'pending' : 'missed';
    out.push({ date: d, state, count: keptSet.has(d) ? (spec.times > 1 && spec.per === 'day' ? 2 : 1) : 0 });
  }
  return out;
}

function laterOf(a: Day, b: Day): Day {
  return a > b ? a : b;
}

/** A check-in about every month and a year of feelings, month by month (issue 13's history). */
function historyOf(today: Day, days: number, rand: () => number, folder: string): DashboardModel['history'] {
  const n = Math.max(2, Math.min(24, Math.round(days / 30)));
  const checkIns = Array.from({ length: n }, (_, k) => {
    const date = addDays(today, -4 - 30 * (n - 1 - k));
    const scores = Object.fromEntries(ELEMENTS.map((e, i) => [e.id, Math.max(1, Math.min(5, 2 + Math.round((k / n) * 2 + (rand() - 0.5) * 1.5 + (i % 2) * 0.4)))])) as Record<ElementId, number | null>;
    return { path: `${folder}/${date} Self-trust check-in.md`, date, scores };
  });
  const names = FEELINGS.slice(0, 5);
  const nMonths = Math.max(2, Math.min(12, Math.round(days / 30)));
  const months = Array.from({ length: nMonths }, (_, k) => {
    const back = nMonths - 1 - k;
    const y = Number(today.slice(0, 4));
    const m0 = Number(today.slice(5, 7)) - 1 - back;
    const month = `${y + Math.floor(m0 / 12)}-${String((((m0 % 12) + 12) % 12) + 1).padStart(2, '0')}`;
    const counts = names.map(() => Math.floor(rand() * 7));
    return { month, entries: 8 + Math.floor(rand() * 10), counts, meanIntensity: counts.map((c) => (c === 0 ? null : Math.round((3 + rand() * 6) * 10) / 10)) };
  });
  return { checkIns, feelings: { names, months } };
}

export interface RealisticOptions {
  today?: string;
  weekStart?: WeekStart;
  /** How long the practice has run; weeks, lessons, goals and value history scale with it. */
  years?: number;
  seed?: number;
  /** Fill in the history over months (every check-in, feelings by month); empty by default. */
  history?: boolean;
}

const FEELINGS = ['calm', 'anxious', 'hopeful', 'tired', 'proud', 'frustrated', 'grateful', 'lonely', 'content', 'overwhelmed'];
const WINS = ['Walked four times', 'Said no to the extra shift', 'Called Mum on Sunday', 'Cooked at home three nights', 'Finished the draft'];
const ADJUST = ['Go to bed before eleven', 'Plan the walks on rainy days', 'Ask for help sooner', 'Keep Sunday evening free'];
const LESSONS: [string, string][] = [
  ['Snapped at a colleague when tired', 'Pause and name the tiredness before answering'],
  ['Promised a friend too much', 'Check my week before saying yes'],
  ['Skipped lunch to finish a task', 'A short break makes the afternoon better'],
  ['Forgot the dentist appointment', 'Put appointments in the calendar the same day'],
];

/** A practice of `years` years, as the demo vault's would look. */
export function realisticModel(opts: RealisticOptions = {}): DashboardModel {
  const today = (opts.today ?? '2026-11-26') as Day;
  const weekStart = opts.weekStart ?? 'monday';
  const years = opts.years ?? 0.25;
  const rand = rng(opts.seed ?? 42);
  const days = Math.round(years * 365);
  const model = emptyModel(today, weekStart);
  const folder = 'Self-trust';

  const specs: PromiseSpec[] = [
    { promise: 'Walk for 15 minutes', times: 1, per: 'day', age: Math.min(days, 120), rate: 0.8, lastMissAgo: 9, keptToday: true, restEvery: 11 },
    { promise: 'Cook at home', times: 3, per: 'week', age: Math.min(days, 90), rate: 0.5, lastMissAgo: null },
    { promise: 'Phone off after 10pm', times: 1, per: 'day', age: Math.min(days, 60), rate: 0.6, lastMissAgo: 1 },
    { promise: 'Stretch in the morning', times: 1, per: 'day', age: Math.min(days, 200), rate: 0.7, lastMissAgo: null, status: 'paused' },
  ];
  if (years >= 1) {
    for (let i = 0; i < 6; i++) {
      specs.push({ promise: `Old promise ${i + 1}: read ten pages`, times: 1, per: 'day', age: 365 + i * 100, rate: 0.6, lastMissAgo: null, status: 'done' });
    }
  }
  model.promises = specs.map((s, i) => promiseCard(s, today, weekStart, rand, `${folder}/promises/${String(i + 1).padStart(2, '0')} ${s.promise}.md`));

  const valueNames = ['Family', 'Health', 'Honesty', 'Creativity', 'Career growth', 'Rest', 'Friendship', 'Learning', 'Adventure'];
  const alignments = [4, 7, 8, 5, 6, 3, 7, 6, 5];
  const mappings = Math.max(2, Math.round(days / 30));
  const values: ValueItem[] = valueNames.map((name, i) => {
    const history = Array.from({ length: mappings }, (_, k) => ({
      date: addDays(today, -30 * (mappings - 1 - k) - 5),
      alignment: Math.max(1, Math.min(10, (alignments[i] ?? 5) + Math.round((rand() - 0.5) * 4))),
    }));
    const latest = alignments[i] ?? 5;
    const last = history[history.length - 1];
    if (last) last.alignment = latest;
    return { rank: i + 1, name, alignment: latest, history, gap: i < 3 && latest <= 4 };
  });
  values.push({ rank: values.length + 1, name: 'Spirituality', alignment: null, history: [], gap: false });
  model.values = {
    source: { path: `${folder}/${addDays(today, -5)} Value mapping.md`, date: addDays(today, -5) },
    values,
    gaps: values.filter((v) => v.gap).map((v) => v.name),
  };

  const nWeeks = Math.max(4, Math.round(days / 7));
  const thisWeek = startOfWeek(today, weekStart);
  const weeks: WeekCard[] = [];
  for (let k = nWeeks - 1; k >= 0; k--) {
    const start = addDays(thisWeek, -7 * k);
    const end = addDays(start, 6);
    const reflected = k > 0 && rand() < 0.85;
    const rating = reflected ? Math.max(1, Math.min(10, Math.round(5 + (nWeeks - k) / nWeeks * 3 + (rand() - 0.5) * 3))) : null;
    weeks.push({
      label: weekLabel(start, weekStart),
      start,
      end,
      reflection: reflected
        ? {
          path: `${folder}/${end} Weekly reflection.md`,
          rating,
          wins: [WINS[k % WINS.length] ?? 'A win', WINS[(k + 2) % WINS.length] ?? 'Another'],
          adjust: [ADJUST[k % ADJUST.length] ?? 'Something'],
        }
        : null,
      rollup: {
        promises: model.promises.filter((p) => p.status === 'active').map((p) => ({
          promise: p.promise,
          path: p.path,
          kept: Math.floor(rand() * (p.per === 'day' ? 8 : p.times + 1)),
          target: p.per === 'day' ? 7 * p.times : p.times,
        })),
        emotions: [{ name: 'calm', count: 2 }, { name: 'tired', count: 1 }],
        lessons: k % 3 === 0 ? [LESSONS[k % LESSONS.length]?.[1] ?? 'A lesson'] : [],
        boundaries: { held: 1, total: 2 },
        mindfulness: { sessions: 2, minutes: 25 },
        selfCare: 1,
        notes: 6 + Math.floor(rand() * 6),
      },
    });
  }
  model.weeks = weeks;

  const counts = FEELINGS.map((name, i) => ({ name, count: Math.max(1, 9 - i - Math.floor(rand() * 2)), meanIntensity: Math.round((3 + rand() * 6) * 10) / 10 }));
  model.emotions = { since: addDays(today, -29), items: counts.sort((a, b) => b.count - a.count), entries: 21 };

  const nLessons = Math.max(3, Math.round(days / 14));
  const lessons: LessonItem[] = Array.from({ length: nLessons }, (_, i) => {
    const [mistake, lesson] = LESSONS[i % LESSONS.length] ?? ['A mistake', 'A lesson'];
    const date = addDays(today, -3 - i * 11);
    return { path: `${folder}/${date} Mistake ledger.md`, date, mistake, lesson, applied: i % 2 === 1 };
  });
  model.lessons = lessons;

  const goal = (g: string, ago: number, reachedAgo: number | null): GoalItem => ({
    path: `${folder}/${addDays(today, -ago)} Achievable goal.md`,
    date: addDays(today, -ago),
    goal: g,
    status: reachedAgo === null ? 'active' : 'reached',
    reached: reachedAgo === null ? null : addDays(today, -reachedAgo),
    obstacles: reachedAgo === null ? ['Rainy evenings', 'Late meetings'] : [],
  });
  model.goals = {
    active: [goal('I will walk two days a week with a friend', 40, null), goal('I will write one page a day', 12, null)],
    reached: [goal('I will cook at home three times a week', 80, 20)],
  };

  const latestDate = addDays(today, -4);
  const previousDate = addDays(today, -34);
  if (opts.history) model.history = historyOf(today, days, rand, folder);
  model.checkIn = {
    elements: ELEMENTS.map((e) => ({ ...e })),
    latest: { path: `${folder}/${latestDate} Self-trust check-in.md`, date: latestDate, scores: { ...ELEMENT_SCORES_LATEST } },
    previous: { path: `${folder}/${previousDate} Self-trust check-in.md`, date: previousDate, scores: { ...ELEMENT_SCORES_PREVIOUS } },
    change: Object.fromEntries(ELEMENTS.map((e) => {
      const a = ELEMENT_SCORES_LATEST[e.id];
      const b = ELEMENT_SCORES_PREVIOUS[e.id];
      return [e.id, a === null || b === null ? null : a - b];
    })) as Record<ElementId, number | null>,
  };

  model.practice = {
    since: addDays(today, -29),
    mindfulness: { sessions: 9, minutes: 95 },
    boundaries: { held: 3, total: 4 },
    selfCare: { checkIns: 4, latest: { path: `${folder}/${addDays(today, -2)} Self-care check-in.md`, date: addDays(today, -2), energy: 6 } },
    trust: { sessions: 2 },
    strengths: {
      latest: {
        path: `${folder}/${addDays(today, -50)} Strengths and weaknesses.md`,
        date: addDays(today, -50),
        strengths: ['Patient with others', 'Good at explaining things'],
        weaknesses: ['Saying no', 'Resting without guilt'],
      },
    },
  };
  model.letter = { path: `${folder}/${addDays(today, -21)} Self-compassion letter.md`, date: addDays(today, -21) };
  model.problems = [
    { path: `${folder}/2026-10-02 Small promise.md`, message: 'The date "2026-02-30" is not a calendar day; the note was left out.' },
  ];
  const entries = model.promises.length + lessons.length + weeks.filter((w) => w.reflection).length + 40;
  model.counts = { notes: entries + model.problems.length, entries, problems: model.problems.length };
  model.revision = entries;
  return model;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const HOSTILE_SCRIPT = '</script><script>alert(2)</script>';

/** The realistic model with note text a browser would execute if it were ever read as HTML. */
export function hostileModel(base: DashboardModel = realisticModel()): DashboardModel {
  const m = structuredClone(base);
  const first = m.promises[0];
  if (first) first.promise = HOSTILE;
  const v = m.values.values[0];
  if (v) {
    const old = v.name;
    v.name = `${HOSTILE_SCRIPT} & "family"`;
    m.values.gaps = m.values.gaps.map((g) => (g === old ? v.name : g));
  }
  const lesson = m.lessons[0];
  if (lesson) lesson.lesson = `<b>bold?</b> ${HOSTILE_SCRIPT}`;
  const week = m.weeks[m.weeks.length - 2];
  if (week?.reflection) week.reflection.wins = [HOSTILE, ...week.reflection.wins];
  m.emotions.items = [{ name: '<svg onload=alert(3)>', count: 99, meanIntensity: 5 }, ...m.emotions.items];
  m.problems = [{ path: `Self-trust/${HOSTILE}.md`, message: `Could not read ${HOSTILE_SCRIPT}` }, ...m.problems];
  return m;
}
