/**
 * `selftrust new weekly-reflection`: as in Obsidian and VS Code, a week has one reflection (a second
 * `new` names the one there is instead of writing another), and a new one carries the week's
 * roll-up, the text every host writes (core/summary/weekly-reflection.ts).
 */
import type { Day } from '../core/day';
import type { Settings } from '../core/ports';
import { planWeeklyReflection, reflectionText } from '../core/summary/weekly-reflection';
import { loadVaultWithDailyNotes } from './load-vault';

/** What `new weekly-reflection` does: name the week's reflection there is, or write this text. */
export type ReflectionStart = { existing: string; label: string } | { text: string };

/**
 * Reads the vault and plans the reflection of the week holding `date`: the vault path of the week's
 * reflection when there is one, else the rendered template with the roll-up added. The roll-up is
 * the week as of the note's date (`--date`, a past Sunday: the whole week), or as of today when the
 * date is still to come: days not yet lived are never counted as missed.
 */
export async function startReflection(vault: string, settings: Settings, date: Day, today: Day, rendered: string): Promise<ReflectionStart> {
  const asOf = date < today ? date : today;
  const plan = planWeeklyReflection((await loadVaultWithDailyNotes(vault)).notes(), settings, date, asOf);
  return plan.existing !== null ? { existing: plan.existing, label: plan.label } : { text: reflectionText(rendered, plan) };
}

/** Said on stderr when the week already has a reflection (its path goes to stdout, as a new note's does). */
export function existingReflectionMessage(label: string, setGiven: boolean): string {
  return `selftrust: Week ${label} already has a reflection, so no second one was written; here it is.` +
    (setGiven ? ' The --set values were not written: add them to the note itself.' : '') + '\n';
}
