import type { Day } from './day';

/**
 * What a note of ours means, once read. One note gives at most one entry; its `kind` is the
 * exercise id written as `selftrust: <id>` in the note's frontmatter. Raw values the user wrote
 * are kept apart from what the statistics compute from them.
 */
export type ExerciseId =
  | 'value-mapping'
  | 'emotional-journal'
  | 'small-promise'
  | 'mistake-ledger'
  | 'self-compassion-letter'
  | 'trust-model'
  | 'strengths-weaknesses'
  | 'achievable-goal'
  | 'mindfulness'
  | 'boundary-log'
  | 'weekly-reflection'
  | 'self-care-check-in'
  | 'getting-support'
  | 'self-trust-check-in';

export const EXERCISE_IDS: readonly ExerciseId[] = [
  'small-promise',
  'value-mapping',
  'emotional-journal',
  'mistake-ledger',
  'self-compassion-letter',
  'trust-model',
  'strengths-weaknesses',
  'achievable-goal',
  'mindfulness',
  'boundary-log',
  'weekly-reflection',
  'self-care-check-in',
  'self-trust-check-in',
  'getting-support',
];

/** Fields every entry has. */
interface EntryBase {
  /** Vault-relative path of the note, with `/`. */
  path: string;
  /** The `date` of the note: the day it is about. */
  date: Day;
}

export type PromisePer = 'day' | 'week';
export type PromiseStatus = 'active' | 'paused' | 'done';
/**
 * `at-least`: do it `times` a day or week (every promise written before `aim` existed).
 * `at-most`: an "I won't…" promise; `times` is the most slips a day or week may hold (0: never).
 */
export type PromiseAim = 'at-least' | 'at-most';
/** The lists of days a promise note keeps; each listed day may carry a few words. */
export type PromiseDayList = 'kept' | 'skipped' | 'missed' | 'slipped';

/** A few words on one listed day: `- 2026-11-20 walked with Sam` in `kept`. */
export interface DayWords {
  day: Day;
  list: PromiseDayList;
  words: string;
}

export interface PromiseEntry extends EntryBase {
  kind: 'small-promise';
  promise: string;
  /** How many times per period; at least 1. */
  times: number;
  per: PromisePer;
  /** Days the promise was kept, as written (sorted, duplicates kept: a day may count twice when times > 1 per day). */
  kept: Day[];
  /** Planned rest days: they neither break nor extend a streak. */
  skipped: Day[];
  status: PromiseStatus;
  /** First day the promise counts from; defaults to `date`. */
  start: Day;
  /*
   * The fields below are present only when the note uses them, so a note written before they
   * existed reads exactly as it did (docs/schema.md, "A word on the day" and "I won't…").
   */
  /** Present (and `at-most`) only for an "I won't…" promise; absent means at least `times`. */
  aim?: PromiseAim;
  /** At-most promises: each slip's day, sorted, a day listed once per slip. Present whenever `aim` is. */
  slipped?: Day[];
  /** Days named as not kept, for their words: they change no number. Present when the list holds a day. */
  missed?: Day[];
  /** The words written after listed days, sorted by day (a day's listings in note order). Present when any. */
  words?: DayWords[];
  /** The note's `aliases` (Obsidian's other names for it), for links from daily notes. Present when any. */
  aliases?: string[];
  /**
   * Days that came from daily notes, and which: set by withDailyNoteDays (stats/daily-note-days.ts) on
   * the entry the statistics read, never by the parser; its kept, skipped and slipped then hold them too.
   */
  daily?: { day: Day; list: Extract<PromiseDayList, 'kept' | 'skipped' | 'slipped'>; paths: string[] }[];
}

/** One value in a ranking, most important first. */
export interface RankedValue {
  name: string;
  /** 1-10, or null when the user has not rated it yet. */
  alignment: number | null;
}

export interface ValueMappingEntry extends EntryBase {
  kind: 'value-mapping';
  values: RankedValue[];
}

export interface NamedEmotion {
  name: string;
  /** 1-10, or null when none was given. */
  intensity: number | null;
}

export interface EmotionalJournalEntry extends EntryBase {
  kind: 'emotional-journal';
  emotions: NamedEmotion[];
  trigger: string | null;
}

export interface MistakeLedgerEntry extends EntryBase {
  kind: 'mistake-ledger';
  mistake: string | null;
  lesson: string | null;
  applied: boolean;
}

export interface SelfCompassionLetterEntry extends EntryBase {
  kind: 'self-compassion-letter';
}

export interface TrustModelEntry extends EntryBase {
  kind: 'trust-model';
  situation: string | null;
}

export interface StrengthsWeaknessesEntry extends EntryBase {
  kind: 'strengths-weaknesses';
  strengths: string[];
  weaknesses: string[];
}

export type GoalStatus = 'active' | 'reached' | 'paused' | 'released';

export interface AchievableGoalEntry extends EntryBase {
  kind: 'achievable-goal';
  goal: string | null;
  status: GoalStatus;
  obstacles: string[];
  /** The day it was reached, when it was. */
  reached: Day | null;
}

export interface MindfulnessEntry extends EntryBase {
  kind: 'mindfulness';
  minutes: number | null;
}

export interface BoundaryLogEntry extends EntryBase {
  kind: 'boundary-log';
  boundary: string | null;
  /** true when the boundary was held. */
  held: boolean | null;
}

export interface WeeklyReflectionEntry extends EntryBase {
  kind: 'weekly-reflection';
  /** The ISO week it reflects on (`2026-W48`) when the note names one; else its `date` places it. */
  week: string | null;
  /** Self-trust this week, 1-10. */
  rating: number | null;
  wins: string[];
  adjust: string[];
}

export interface SelfCareCheckInEntry extends EntryBase {
  kind: 'self-care-check-in';
  /** How full the tank feels, 1-10. */
  energy: number | null;
  needs: string[];
  plan: string[];
}

export interface GettingSupportEntry extends EntryBase {
  kind: 'getting-support';
}

/** The 7 elements of self-trust, in the guide's order; these are also the frontmatter keys. */
export type ElementId =
  | 'confidence'
  | 'reliability'
  | 'resilience'
  | 'intuition'
  | 'limits'
  | 'alignment'
  | 'accountability';

export const ELEMENT_IDS: readonly ElementId[] = [
  'confidence',
  'reliability',
  'resilience',
  'intuition',
  'limits',
  'alignment',
  'accountability',
];

export interface SelfTrustCheckInEntry extends EntryBase {
  kind: 'self-trust-check-in';
  /** Each element rated 1-5, or null when left blank. */
  scores: Record<ElementId, number | null>;
}

export type Entry =
  | PromiseEntry
  | ValueMappingEntry
  | EmotionalJournalEntry
  | MistakeLedgerEntry
  | SelfCompassionLetterEntry
  | TrustModelEntry
  | StrengthsWeaknessesEntry
  | AchievableGoalEntry
  | MindfulnessEntry
  | BoundaryLogEntry
  | WeeklyReflectionEntry
  | SelfCareCheckInEntry
  | GettingSupportEntry
  | SelfTrustCheckInEntry;

/** A note that could not be read, or read only in part: named, with the reason in kind, plain words. */
export interface Problem {
  path: string;
  message: string;
}

/** The result of reading one note. `entry` is present when enough of it was readable. */
export interface ParsedNote {
  path: string;
  entry: Entry | null;
  problems: Problem[];
  /**
   * Set on a note of ours made from a template and not filled in yet (a small promise with no
   * `promise:` words): a draft waiting for its words, neither an entry nor a problem.
   */
  draft?: { kind: ExerciseId };
}
