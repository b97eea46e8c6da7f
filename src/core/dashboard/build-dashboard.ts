import { addDays, type Day } from '../day';
import { EXERCISES } from '../catalog/exercises';
import { DISCLAIMER, HELP_RESOURCES } from '../catalog/help';
import type { PromiseEntry } from '../entry';
import { SECTION_IDS, type IndexView, type SectionId, type Settings } from '../ports';
import type { DashboardModel, PromiseCard } from './model';
import { checkInCard } from '../stats/check-in';
import { emotionsCard } from '../stats/emotions';
import { goalLists } from '../stats/goals';
import { lessonItems } from '../stats/lessons';
import { comparePaths, entriesOf, entriesOfKind, newest, problemsOf, round } from '../stats/note-entries';
import { practiceCard } from '../stats/practice';
import { promiseHeatmap } from '../stats/promise-heatmap';
import { readPromiseLog, weekEnd, weekOf, type PromiseLog } from '../stats/promise-log';
import { keptDays, keptRate, periodProgress } from '../stats/promise-progress';
import { promiseStreaks } from '../stats/promise-streaks';
import { currentStrength, strengthOn, strengthSeries } from '../stats/strength-score';
import { valuesCard } from '../stats/values-alignment';
import { weekCards } from '../stats/weekly-rollup';

/**
 * Everything a renderer draws, computed from the index for one day. Pure and deterministic: entries
 * are read oldest first with ties broken by path, and problems by path, so two indexes holding the same notes give deep-equal models whatever
 * order the notes arrived in (only `revision` tells them apart).
 */
export function buildDashboard(index: IndexView, today: Day, settings: Settings): DashboardModel {
  const notes = [...index.notes()];
  const entries = entriesOf(notes);
  const problems = problemsOf(notes);
  const weekStart = settings.weekStart;

  const promises = entriesOfKind(entries, 'small-promise').sort(promiseOrder);
  const logs = promises.map((p) => readPromiseLog(p, today, weekStart));
  const letter = newest(entriesOfKind(entries, 'self-compassion-letter'));

  return {
    schemaVersion: 1,
    today,
    weekStart,
    revision: index.revision,
    sections: Object.fromEntries(SECTION_IDS.map((id) => [id, settings.sections[id] !== false])) as Record<SectionId, boolean>,
    counts: { notes: notes.length, entries: entries.length, problems: problems.length },
    promises: logs.map(promiseCard),
    values: valuesCard(entriesOfKind(entries, 'value-mapping')),
    weeks: weekCards(entries, logs, today, weekStart),
    emotions: emotionsCard(entriesOfKind(entries, 'emotional-journal'), today),
    lessons: lessonItems(entriesOfKind(entries, 'mistake-ledger')),
    goals: goalLists(entriesOfKind(entries, 'achievable-goal')),
    checkIn: checkInCard(entriesOfKind(entries, 'self-trust-check-in')),
    practice: practiceCard(entries, today),
    letter: letter ? { path: letter.path, date: letter.date } : null,
    exercises: EXERCISES.map((e) => ({ id: e.id, title: e.title, practice: e.practice })),
    problems,
    help: { disclaimer: DISCLAIMER, resources: HELP_RESOURCES.map((r) => ({ name: r.name, detail: r.detail })) },
  };
}

/** Weeks of strength trend before today. */
const TREND_WEEKS = 12;

const STATUS_ORDER = { active: 0, paused: 1, done: 2 } as const;

/** Active promises first, then paused, then done; by path within each. */
function promiseOrder(a: PromiseEntry, b: PromiseEntry): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || comparePaths(a.path, b.path);
}

function promiseCard(log: PromiseLog): PromiseCard {
  const p = log.promise;
  const streaks = promiseStreaks(log);
  const rate = keptRate(log);
  const progress = periodProgress(log);
  const series = strengthSeries(log);
  const thisWeek = weekOf(log, log.today);
  const strengthTrend: PromiseCard['strengthTrend'] = [];
  for (let i = TREND_WEEKS; i >= 1; i--) {
    const end = weekEnd(addDays(thisWeek, -7 * i));
    strengthTrend.push({ date: end, strength: round(strengthOn(series, end)) });
  }
  strengthTrend.push({ date: log.today, strength: round(currentStrength(series)) });
  return {
    path: p.path,
    promise: p.promise,
    times: p.times,
    per: p.per,
    status: p.status,
    start: p.start,
    streakUnit: streaks.unit,
    currentStreak: streaks.current?.length ?? 0,
    bestStreak: streaks.best?.length ?? 0,
    strength: round(currentStrength(series)),
    keptRate: round(rate.rate),
    keptThisPeriod: progress.kept,
    target: progress.target,
    keptToday: progress.keptToday,
    restToday: progress.restToday,
    keptDays: keptDays(log),
    heatmap: promiseHeatmap(log),
    strengthTrend,
  };
}
