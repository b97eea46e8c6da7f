import type { Day } from '../day';
import type { PromiseEntry } from '../entry';
import { parseNote } from '../parse/parse-note';
import { addDayToList, removeDayFromList, type ListKey } from './frontmatter-list';

/**
 * What a person does to a promise's log, in every host:
 * - `keep`: record a keep on the day. Once-a-day promises take it once (a second press by accident
 *   changes nothing); `times: N, per: day` takes up to N that day ("1 of 2", then "2 of 2");
 *   `per: week` takes one a day (a second walk the same day is `keep-again`).
 * - `keep-again`: record one more keep on a day that already has one (the CLI's `--again`).
 * - `rest`: mark a planned rest day (`skipped`), once.
 * - `undo-keep` / `undo-rest`: take back one keep (the last listed) or the rest day.
 * docs/schema.md ("Several keeps a day") documents how these are written.
 */
export type LogAction = 'keep' | 'keep-again' | 'rest' | 'undo-keep' | 'undo-rest';

/**
 * The outcome of one log action on a note's text.
 * - `ok: true`: `text` is the note after (the same text when `changed` is false, e.g. already kept);
 *   `count` is how many times the day is listed after; `target` is how many keeps that day can hold
 *   (`times` for per-day promises, 1 for weekly ones and rest days).
 * - `ok: false`: nothing may be written; `why` says which kind of refusal (`future` and
 *   `before-start` are about the day asked for, `not-a-promise` about the note, `edit` about its
 *   shape) and `reason` says it to the user in one or two sentences.
 */
export type LogOutcome =
  | { ok: true; changed: boolean; text: string; count: number; target: number; promise: PromiseEntry }
  | { ok: false; why: 'future' | 'before-start' | 'not-a-promise' | 'edit'; reason: string };

const KEY: Record<LogAction, ListKey> = { keep: 'kept', 'keep-again': 'kept', rest: 'skipped', 'undo-keep': 'kept', 'undo-rest': 'skipped' };

/**
 * Why a day cannot be logged on a promise, or undefined when it can: a day after today has not
 * happened yet; a day before the promise's `start` would be written and then never counted.
 */
export function dayRefusal(promise: PromiseEntry, day: Day, today: Day): { why: 'future' | 'before-start'; reason: string } | undefined {
  if (day > today) {
    return { why: 'future', reason: `${day} has not come yet (today is ${today}), so it was not logged. Log a day once it has happened.` };
  }
  if (day < promise.start) {
    return {
      why: 'before-start',
      reason:
        `${day} is before this promise started (${promise.start}), so it would not count and was not logged. ` +
        `If you began earlier, change "start:" in the note to ${day} or earlier, then log it again.`,
    };
  }
  return undefined;
}

/**
 * Applies one log action to a promise note's text. The note is read again from `text` (the text
 * just read from disk or the editor, not an older index), so `times` and `per` are the note's own
 * and a note that changed since it was listed is judged as it is now. Never throws.
 */
export function logPromiseDay(path: string, text: string, action: LogAction, day: Day, today: Day): LogOutcome {
  const parsed = parseNote(path, text);
  const promise = parsed.entry?.kind === 'small-promise' ? parsed.entry : null;
  if (!promise) {
    const problem = parsed.problems[0]?.message;
    const reason = problem
      ? `This promise's note cannot be read as it is: ${problem}`
      : parsed.draft
        ? 'This promise has no words yet: write what you promise yourself after "promise:" first.'
        : 'This note is not a small promise.';
    return { ok: false, why: 'not-a-promise', reason };
  }
  if (action !== 'undo-keep' && action !== 'undo-rest') {
    const refused = dayRefusal(promise, day, today);
    if (refused) return { ok: false, ...refused };
  }
  const key = KEY[action];
  const target = key === 'kept' && promise.per === 'day' ? promise.times : 1;
  let edit;
  if (action === 'undo-keep' || action === 'undo-rest') edit = removeDayFromList(text, key, day);
  else if (action === 'keep-again') edit = addDayToList(text, key, day, { again: true });
  else {
    const listed = (key === 'kept' ? promise.kept : promise.skipped).filter((d) => d === day).length;
    // Below the day's target, another keep is wanted (`times: 2, per: day`): add it even though the day is listed.
    edit = addDayToList(text, key, day, { again: listed > 0 && listed < target });
  }
  if (!edit.ok) return { ok: false, why: 'edit', reason: edit.reason };
  return { ok: true, changed: edit.changed, text: edit.text, count: edit.count, target, promise };
}
