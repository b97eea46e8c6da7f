/**
 * Starting a weekly reflection, the same in every host: one reflection per week (a second start opens
 * the one there is), and a new one carries the week's roll-up (week-rollup-text.ts).
 */
import type { Day } from '../day';
import type { WeekCard } from '../dashboard/model';
import type { ParsedNote } from '../entry';
import { notesInScope } from '../index/vault-scope';
import type { Settings } from '../ports';
import { weekStartOf } from '../stats/day-range';
import { byDateThenPath, entriesByKind } from '../stats/note-entries';
import { readPromiseLog } from '../stats/promise-log';
import { reflectionOfWeek, weekCard } from '../stats/weekly-rollup';
import { weekRollupMarkdown, withRollup } from './week-rollup-text';

/** What starting the reflection of a week comes to. */
export interface ReflectionPlan {
  /** The week's label, `2026-W48`. */
  label: string;
  /** The week's reflection already written (vault path), or null: then a new one is written. */
  existing: string | null;
  /** The week as the dashboard shows it. */
  week: WeekCard;
  /** The roll-up markdown a new reflection carries (weekRollupMarkdown). */
  rollup: string;
}

/**
 * What starting the reflection of the week holding `day` should do, as of `today`: open the week's
 * reflection when it has one (the note that names the week in `week:`, else the one dated in it; the
 * newest of two, as the dashboard reads them), else write a new one with the week's roll-up. Notes in
 * the template folder and likely copies are not counted (notesInScope).
 */
export function planWeeklyReflection(
  notes: Iterable<ParsedNote>,
  settings: Pick<Settings, 'weekStart' | 'templateFolder' | 'notesFolder'>,
  day: Day,
  today: Day,
): ReflectionPlan {
  const entries = notesInScope(notes, settings)
    .flatMap((n) => (n.entry ? [n.entry] : []))
    .sort(byDateThenPath);
  const ws = weekStartOf(day, settings.weekStart);
  const logs = entriesByKind(entries)('small-promise').map((p) => readPromiseLog(p, today, settings.weekStart));
  const week = weekCard(ws, entries, logs, today, settings.weekStart);
  return {
    label: week.label,
    existing: reflectionOfWeek(entries, ws, settings.weekStart)?.path ?? null,
    week,
    rollup: weekRollupMarkdown(week, { today }),
  };
}

/** A new reflection's text: the rendered template with the week's roll-up before its "## Wins". */
export function reflectionText(renderedTemplate: string, plan: Pick<ReflectionPlan, 'rollup'>): string {
  return withRollup(renderedTemplate, plan.rollup);
}
