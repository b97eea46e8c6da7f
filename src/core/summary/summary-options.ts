/**
 * What a session summary may hold and for which period: the sections a person chooses from (a
 * modal in Obsidian, quick picks in VS Code, `--sections` in the CLI) and the periods offered.
 */
import type { Day, WeekStart } from '../day';
import { dayFromEpoch, epochDay, shiftDay, weekStartOf } from '../stats/day-range';

export type SummarySectionId = 'promises' | 'values' | 'feelings' | 'lessons' | 'goals' | 'check-ins' | 'reflections';

export interface SummarySection {
  id: SummarySectionId;
  /** The section's heading in the note. */
  title: string;
  /** What it holds, in a few words, for the chooser. */
  hint: string;
}

/** Every section, in the order the note holds them. */
export const SUMMARY_SECTIONS: readonly SummarySection[] = [
  { id: 'promises', title: 'Promises', hint: 'the weeks kept, and your words on days not kept' },
  { id: 'values', title: 'Values', hint: 'your ranking and how alignment moved' },
  { id: 'feelings', title: 'Feelings', hint: 'the feelings you named and their intensity' },
  { id: 'lessons', title: 'Lessons', hint: 'mistakes and what they taught you' },
  { id: 'goals', title: 'Goals', hint: 'goals set, reached, paused or let go' },
  { id: 'check-ins', title: 'The 7 elements', hint: 'your self-trust check-ins' },
  { id: 'reflections', title: 'Weekly reflections', hint: 'ratings, wins and what to adjust' },
];

export const SUMMARY_SECTION_IDS: readonly SummarySectionId[] = SUMMARY_SECTIONS.map((s) => s.id);

export function isSummarySectionId(id: string): id is SummarySectionId {
  return (SUMMARY_SECTION_IDS as readonly string[]).includes(id);
}

/**
 * Reads sections as a person types them: ids separated by commas or spaces, in any case
 * (`promises, feelings`); `check-ins` may also be written `checkins` or `elements`. The result keeps
 * the note's own order, each section once; `unknown` names what could not be read.
 */
export function readSummarySections(texts: readonly string[]): { sections: SummarySectionId[]; unknown: string[] } {
  const wanted = new Set<SummarySectionId>();
  const unknown: string[] = [];
  for (const word of texts.flatMap((t) => t.split(/[\s,]+/)).filter((w) => w !== '')) {
    const id = ALIASES[word.toLowerCase()] ?? word.toLowerCase();
    if (isSummarySectionId(id)) wanted.add(id);
    else unknown.push(word);
  }
  return { sections: SUMMARY_SECTION_IDS.filter((id) => wanted.has(id)), unknown };
}

const ALIASES: Record<string, SummarySectionId> = {
  checkins: 'check-ins',
  'check-in': 'check-ins',
  elements: 'check-ins',
  emotions: 'feelings',
  reflection: 'reflections',
  promise: 'promises',
  value: 'values',
  lesson: 'lessons',
  goal: 'goals',
};

export interface SummaryPeriod {
  id: 'last-2-weeks' | 'last-4-weeks' | 'last-3-months' | 'this-month' | 'last-month' | 'since-start';
  /** "The last 4 weeks". */
  label: string;
  from: Day;
  to: Day;
}

/**
 * The periods offered for a summary on `today`: the last 2 and 4 weeks and the last 3 months (whole
 * weeks under the user's week start, through today), this month so far, last month, and since the
 * first note (`first`, when there is one and it is earlier).
 */
export function summaryPeriods(today: Day, weekStart: WeekStart, first: Day | null): SummaryPeriod[] {
  const thisWeek = weekStartOf(today, weekStart);
  const monthStart = `${today.slice(0, -3)}-01` as Day;
  const lastMonthEnd = shiftDay(monthStart, -1);
  const out: SummaryPeriod[] = [
    { id: 'last-2-weeks', label: 'The last 2 weeks', from: shiftDay(thisWeek, -7), to: today },
    { id: 'last-4-weeks', label: 'The last 4 weeks', from: shiftDay(thisWeek, -21), to: today },
    { id: 'last-3-months', label: 'The last 3 months', from: shiftDay(thisWeek, -12 * 7), to: today },
    { id: 'this-month', label: 'This month so far', from: monthStart, to: today },
    { id: 'last-month', label: 'Last month', from: `${lastMonthEnd.slice(0, -3)}-01` as Day, to: lastMonthEnd },
  ];
  if (first !== null && first < today) out.push({ id: 'since-start', label: 'Since your first note', from: first, to: today });
  return out;
}

/** The period a summary covers by default: the last 4 weeks (whole weeks through today). */
export function defaultSummaryPeriod(today: Day, weekStart: WeekStart): { from: Day; to: Day } {
  return { from: dayFromEpoch(epochDay(weekStartOf(today, weekStart)) - 21), to: today };
}
