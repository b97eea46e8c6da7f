/**
 * The one contract between computing and drawing. Plain JSON: ISO strings for days
 * (`YYYY-MM-DD`), no Dates, no functions, no undefined (null instead), so it survives
 * `JSON.stringify`, `postMessage` and an inline <script> in the HTML report unchanged.
 *
 * A model and every object in it is never changed once built: buildDashboard hands back the same
 * object for a part that did not change, and the renderer keeps a part's DOM while its object is
 * the same (src/ui/parts.ts). Make a new object to change anything.
 */
import type { ElementId, ExerciseId, GoalStatus, PromiseAim, PromisePer, PromiseStatus } from '../entry';
import type { SectionId } from '../ports';
import type { WeekStart } from '../day';

export interface DashboardModel {
  schemaVersion: 1;
  /** The day the model was built for (the injected clock's today). */
  today: string;
  weekStart: WeekStart;
  /** The index revision this model was built from. */
  revision: number;
  /** Which sections the user wants to see. */
  sections: Record<SectionId, boolean>;
  counts: { notes: number; entries: number; problems: number };
  promises: PromiseCard[];
  values: ValuesCard;
  weeks: WeekCard[];
  emotions: EmotionsCard;
  lessons: LessonItem[];
  goals: { active: GoalItem[]; reached: GoalItem[] };
  checkIn: CheckInCard;
  practice: PracticeCard;
  /** The newest self-compassion letter, to reread at once. */
  letter: NoteRef | null;
  exercises: ExerciseButton[];
  /** Notes of ours just made from a template, their main words still empty: waiting, not a problem. By path. */
  drafts: DraftItem[];
  problems: ProblemItem[];
  help: HelpCard;
  /** The practice over months: every check-in, and feelings month by month (issue 13). */
  history: HistoryCard;
  /**
   * While a host is still reading the vault: how many notes it has read of how many. The model then
   * holds what was read so far (a renderer says so, and shows the promises found up to now). Absent or
   * null once every note was read; buildDashboard leaves it out, a host adds it to a model built mid-read.
   */
  loading?: LoadingProgress | null;
}

export interface LoadingProgress {
  read: number;
  total: number;
}

export interface NoteRef {
  path: string;
  date: string;
}

/**
 * One day of a promise's calendar. `pending`: today, not kept yet. `before`: before the promise
 * began. `paused` / `done`: a paused or finished promise asks nothing from the day after its last
 * kept day (the note says only what the promise is now, not since when).
 */
export type HeatState = 'kept' | 'rest' | 'missed' | 'pending' | 'before' | 'future' | 'paused' | 'done';

export interface HeatDay {
  /** `YYYY-MM-DD`; in the calendar's last week, days past 9999-12-31 read `10000-01-01`… and are `future`. */
  date: string;
  state: HeatState;
  /** How many times it was kept that day (0 when not; always 0 for an "I won't…" promise). */
  count: number;
  /** "I won't…" promises only (`aim: at-most`): the slips logged that day (from `start` through today). */
  slips?: number;
  /** The words written after the day in the note (`- 2026-11-20 walked with Sam`), any list, note order. Present when there are some. */
  words?: string[];
  /** The daily notes that logged the day (a checked task linking the promise), by path. Present only then. */
  from?: string[];
}

export interface PromiseCard {
  path: string;
  promise: string;
  times: number;
  per: PromisePer;
  status: PromiseStatus;
  start: string;
  /** Streaks count days for `per: day`, weeks for `per: week`. */
  streakUnit: 'day' | 'week';
  currentStreak: number;
  bestStreak: number;
  /** Loop Habit Tracker's strength score, 0-1. */
  strength: number;
  /** Share of the target kept over the last 4 weeks, 0-1. */
  keptRate: number;
  /** Kept so far in the current period (today, or this week) against the target. */
  keptThisPeriod: number;
  /**
   * What the period asks: `times` today (0 once a paused or done promise stopped), or this week's ask
   * (`times` less one per rest day, at most the week's active days; docs/schema.md).
   */
  target: number;
  keptToday: boolean;
  restToday: boolean;
  /**
   * Set (true) when the promise's `start` is after today: nothing is asked yet, `target` is 0, and
   * the dashboard says when it starts instead of "0 of 1 today". Absent otherwise.
   */
  startsLater?: true;
  /** Total days kept, ever. */
  keptDays: number;
  /** The newest kept day up to today, or null: where a paused or done promise's record ends. */
  lastKept: string | null;
  /** At least the last 12 whole weeks up to the end of this week, oldest first, aligned to the week start. */
  heatmap: HeatDay[];
  /** Strength at the end of each of the last 12 weeks (and today), oldest first, for a small trend line. */
  strengthTrend: { date: string; strength: number }[];
  /**
   * The calendar over the last year: from the week of `start` when it began less than a year ago, else
   * the 52 whole weeks before this one; through the end of this week, oldest first, read as `heatmap`.
   */
  heatmapYear: HeatDay[];
  /*
   * "I won't…" promises (docs/schema.md): the fields below are present only when `aim` is `at-most`,
   * so the model of a vault without one is unchanged. Such a card has `keptThisPeriod` 0 and `target`
   * 0 (there is nothing to keep; `times` is the limit) and `keptToday` false; its streak counts days
   * or weeks that ended within the limit, and its kept rate the share of them.
   */
  aim?: Extract<PromiseAim, 'at-most'>;
  /** Slips so far today (`per: day`) or this week (`per: week`), rest days left out: measured against `times`. */
  slipsThisPeriod?: number;
  /** Slips logged today (rest day or not). */
  slipsToday?: number;
  /** This period's slips passed the limit: the day or week is already over it. */
  overLimit?: boolean;
}

export interface ValueItem {
  rank: number;
  name: string;
  alignment: number | null;
  /** Alignment over time, oldest first, from every value-mapping note that names this value. */
  history: { date: string; alignment: number }[];
  /** Ranked in the top third and lived little (alignment <= 4): worth a kind look. */
  gap: boolean;
}

export interface ValuesCard {
  /** The newest value-mapping note, or null before the first one. */
  source: NoteRef | null;
  values: ValueItem[];
  gaps: string[];
}

export interface WeekRollup {
  /**
   * Kept occurrences of the week against its target. For an "I won't…" promise (`aim` present):
   * days (or the week, for `per: week`) that ended within the limit against those already decided,
   * and `slips` the week's slips (rest days left out).
   */
  promises: { promise: string; path: string; kept: number; target: number; aim?: Extract<PromiseAim, 'at-most'>; slips?: number }[];
  /**
   * "What got in the way": the words on the week's missed days and slips, oldest first (by promise
   * path within a day). Present only when there are some; they change no number.
   */
  inTheWay?: { promise: string; path: string; date: string; words: string }[];
  emotions: { name: string; count: number }[];
  lessons: string[];
  boundaries: { held: number; total: number };
  mindfulness: { sessions: number; minutes: number };
  selfCare: number;
  notes: number;
}

export interface WeekCard {
  /** `2026-W48`. */
  label: string;
  start: string;
  end: string;
  reflection: { path: string; rating: number | null; wins: string[]; adjust: string[] } | null;
  rollup: WeekRollup;
}

export interface EmotionsCard {
  /** The last 30 days, most named first. */
  since: string;
  items: { name: string; count: number; meanIntensity: number | null }[];
  entries: number;
}

export interface LessonItem {
  path: string;
  date: string;
  mistake: string | null;
  lesson: string | null;
  applied: boolean;
}

export interface GoalItem {
  path: string;
  date: string;
  goal: string;
  status: GoalStatus;
  reached: string | null;
  obstacles: string[];
}

export interface CheckInSnapshot {
  path: string;
  date: string;
  scores: Record<ElementId, number | null>;
}

export interface CheckInCard {
  elements: { id: ElementId; label: string; description: string }[];
  latest: CheckInSnapshot | null;
  previous: CheckInSnapshot | null;
  /** latest - previous per element, null where either is blank or there is no previous. */
  change: Record<ElementId, number | null>;
}

export interface PracticeCard {
  /** Counts over the last 30 days. */
  since: string;
  mindfulness: { sessions: number; minutes: number };
  boundaries: { held: number; total: number };
  selfCare: { checkIns: number; latest: (NoteRef & { energy: number | null }) | null };
  trust: { sessions: number };
  strengths: { latest: (NoteRef & { strengths: string[]; weaknesses: string[] }) | null };
}

export interface ExerciseButton {
  id: ExerciseId;
  title: string;
  practice: string;
}

export interface DraftItem {
  path: string;
  /** The exercise the note was made for. */
  exercise: ExerciseId;
  /** The exercise's title, e.g. "Small promise". */
  title: string;
}

export interface ProblemItem {
  path: string;
  message: string;
}

export interface HelpCard {
  /** Plain statement that this is a practice tool, not therapy. */
  disclaimer: string;
  resources: { name: string; detail: string }[];
}

export interface HistoryCard {
  /** Every 7-element check-in, oldest first: a line per element over time. */
  checkIns: CheckInSnapshot[];
  feelings: FeelingMonths;
}

/** How the most named feelings moved, month by month. */
export interface FeelingMonths {
  /** The feelings named most over these months, most named first (at most 5). */
  names: string[];
  /**
   * The last 12 months up to this one (`YYYY-MM`), oldest first, from the first month with a journal
   * entry; `counts` and `meanIntensity` follow the order of `names` (null: not named, or no intensity given).
   */
  months: { month: string; entries: number; counts: number[]; meanIntensity: (number | null)[] }[];
}
