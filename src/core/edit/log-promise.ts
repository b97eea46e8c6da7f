import { addDays, weekdayIndex, type Day } from '../day';
import type { PromiseEntry } from '../entry';
import { parseNote } from '../parse/parse-note';
import { addDayToList, cleanWords, removeDayFromList, setWordsOnDay, type ListEdit, type ListKey } from './frontmatter-list';

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
 * Every log action, LogAction's and these (kept apart so a host that knows only LogAction still
 * switches over all of its own):
 * - `slip` / `undo-slip`: an "I won't…" promise (`aim: at-most`) records one slip on the day in
 *   `slipped` (each press is one more: two coffees are two slips), or takes the last one back.
 * - `missed` / `undo-missed`: a few words on a day that was not kept (`missed`: "too tired after the
 *   late shift"); they change no number. Words are required; a day kept in full is refused.
 */
export type PromiseLogAction = LogAction | 'slip' | 'undo-slip' | 'missed' | 'undo-missed';

/** Options of a log: `words` to write after the day (`- 2026-11-20 walked with Sam`), cleaned by cleanWords. */
export interface LogOptions {
  words?: string | null;
}

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
  | {
      ok: true;
      changed: boolean;
      text: string;
      count: number;
      target: number;
      promise: PromiseEntry;
      /** The words the day now carries in the list acted on, when the action gave some (after cleanWords). */
      words?: string;
      /**
       * Set when the words went on a listing already there instead of a new one, and changed it: what
       * that listing said before, null for nothing. Undo gives them back (restoreDayWords).
       */
      wordsBefore?: string | null;
      /** The words this log replaced (wordsBefore, when there were some): every host says them. */
      replaced?: string;
    }
  | { ok: false; why: LogRefusal; reason: string };

/**
 * Why a log was refused: `future` and `before-start` are about the day; `not-a-promise` about the
 * note; `edit` about its shape; `aim` is an action the promise's aim does not take (a slip on a
 * promise to do something, a keep on an "I won't…" one); `kept` is a missed-day reason on a day
 * kept in full; `no-words` a missed-day reason without words; `status` a log on a paused or done promise.
 */
export type LogRefusal = 'future' | 'before-start' | 'not-a-promise' | 'edit' | 'aim' | 'kept' | 'no-words' | 'status';

const KEY: Record<PromiseLogAction, ListKey> = {
  keep: 'kept',
  'keep-again': 'kept',
  rest: 'skipped',
  'undo-keep': 'kept',
  'undo-rest': 'skipped',
  slip: 'slipped',
  'undo-slip': 'slipped',
  missed: 'missed',
  'undo-missed': 'missed',
};

/** Why a missed day was refused without words; hosts show it in their words box too. */
export const NO_WORDS_REASON = 'Say in a few words what got in the way; a missed day needs nothing else to be written.';

/** Said beside the words box of a missed day in every host: the words change no number. */
export const MISSED_DAY_HINT = 'It changes no number: a missed day is information, not a verdict.';

const UNDOES: ReadonlySet<PromiseLogAction> = new Set(['undo-keep', 'undo-rest', 'undo-slip', 'undo-missed']);

/**
 * Why a day cannot be logged on a promise, or undefined when it can: a day after today has not
 * happened yet; a day before the promise's `start` would be written and then never counted.
 */
export function dayRefusal(promise: PromiseEntry, day: Day, today: Day): { why: 'future' | 'before-start'; reason: string } | undefined {
  if (day > today) {
    return { why: 'future', reason: `${day} has not come yet (today is ${today}), so it was not logged. Log a day once it has happened.` };
  }
  if (day < promise.start) {
    // A promise that starts later has not begun: say so in the future tense, and wait for its day.
    const later = promise.start > today;
    return {
      why: 'before-start',
      reason: later
        ? `${day} is before this promise starts (${promise.start}), so it would not count and was not logged. ` +
          `Nothing is asked before then; to begin sooner, change "start:" in the note to ${day} or earlier.`
        : `${day} is before this promise started (${promise.start}), so it would not count and was not logged. ` +
          `If you began earlier, change "start:" in the note to ${day} or earlier, then log it again.`,
    };
  }
  return undefined;
}

/**
 * Applies one log action to a promise note's text. The note is read again from `text` (the text
 * just read from disk or the editor, not an older index), so `times`, `per` and `aim` are the note's
 * own and a note that changed since it was listed is judged as it is now. `options.words` go after
 * the day (`- 2026-11-20 walked with Sam`); on a day already listed (a once-a-day keep, a rest day,
 * a missed day) they replace that listing's words instead of listing the day again, and the outcome
 * says which words they replaced (`wordsBefore`, `replaced`) so no word is lost unsaid. Undo takes out
 * the last listing of the day, its words with it. Never throws.
 */
export function logPromiseDay(path: string, text: string, action: PromiseLogAction, day: Day, today: Day, options: LogOptions = {}): LogOutcome {
  const promise = promiseIn(path, text);
  if ('why' in promise) return promise;
  const undo = UNDOES.has(action);
  if (!undo) {
    const refused = dayRefusal(promise, day, today);
    if (refused) return { ok: false, ...refused };
  }
  // A paused or finished promise asks nothing (docs/schema.md, "Paused and done"): a keep logged into it would
  // move its last kept day and turn the rest of its pause into days not kept. Taking back is always allowed.
  if (!undo && promise.status !== 'active') {
    const word = promise.status === 'paused' ? 'paused' : 'finished (status: done)';
    return {
      ok: false,
      why: 'status',
      reason:
        `"${promise.promise}" is ${word}, so nothing was logged. To take it up again, set "status: active" in the note ` +
        '(and list any days of the break under "skipped"), then log it.',
    };
  }
  const aimRefused = aimRefusal(promise, action);
  if (aimRefused) return { ok: false, why: 'aim', reason: aimRefused };
  const key = KEY[action];
  const words = undo ? null : cleanWords(options.words);
  const listed = listOf(promise, key).filter((d) => d === day).length;
  const keptTarget = targetOf(promise, 'kept');
  const target = targetOf(promise, key);
  if (action === 'missed') {
    if (words === null) return { ok: false, why: 'no-words', reason: NO_WORDS_REASON };
    const kept = promise.kept.filter((d) => d === day).length;
    if (promise.aim !== 'at-most' && kept >= keptTarget) {
      return { ok: false, why: 'kept', reason: `${day} is kept, so it was not marked missed. To say how it went, add words to the keep instead.` };
    }
  }
  let edit: ListEdit;
  if (undo) edit = removeDayFromList(text, key, day);
  else if (action === 'keep-again' || action === 'slip') edit = addDayToList(text, key, day, { again: true, words });
  else if (listed > 0 && (key !== 'kept' || listed >= keptTarget)) {
    // Already listed as far as it can be: the words (if any) go on the day's last listing.
    edit = words === null ? { ok: true, text, changed: false, count: listed } : setWordsOnDay(text, key, day, words);
  } else {
    // Below the day's target, another keep is wanted (`times: 2, per: day`): add it even though the day is listed.
    edit = addDayToList(text, key, day, { again: listed > 0, words });
  }
  return outcomeOf(edit, promise, target, words);
}

/** How many listings a day of this list can hold: `times` for per-day keeps and for slips, 1 otherwise. */
function targetOf(promise: PromiseEntry, key: ListKey): number {
  if (key === 'kept') return promise.per === 'day' ? promise.times : 1;
  return key === 'slipped' ? promise.times : 1;
}

/** The promise a note holds, or why it holds none (the note as it is now, not an older index). */
function promiseIn(path: string, text: string): PromiseEntry | Extract<LogOutcome, { ok: false }> {
  const parsed = parseNote(path, text);
  if (parsed.entry?.kind === 'small-promise') return parsed.entry;
  const problem = parsed.problems[0]?.message;
  const reason = problem
    ? `This promise's note cannot be read as it is: ${problem}`
    : parsed.draft
      ? 'This promise has no words yet: write what you promise yourself after "promise:" first.'
      : 'This note is not a small promise.';
  return { ok: false, why: 'not-a-promise', reason };
}

function outcomeOf(edit: ListEdit, promise: PromiseEntry, target: number, words: string | null): LogOutcome {
  if (!edit.ok) return { ok: false, why: 'edit', reason: edit.reason };
  const outcome: LogOutcome = { ok: true, changed: edit.changed, text: edit.text, count: edit.count, target, promise };
  if (words !== null) outcome.words = words;
  if (edit.wordsBefore !== undefined) {
    outcome.wordsBefore = edit.wordsBefore;
    if (edit.wordsBefore !== null) outcome.replaced = edit.wordsBefore;
  }
  return outcome;
}

/**
 * The Undo of a log that changed the words on a listing already there (its outcome has
 * `wordsBefore`): the day's last listing in the action's list gets `words` back (null: no words), as
 * long as it still says `now`, the words that log wrote; words written since are never overwritten
 * (a refusal says so). The outcome's `words` are the words given back, its `wordsBefore` what they
 * replaced. Like every undo it is allowed on any day and any status. Never throws.
 */
export function restoreDayWords(path: string, text: string, action: PromiseLogAction, day: Day, words: string | null, now: string | null): LogOutcome {
  const promise = promiseIn(path, text);
  if ('why' in promise) return promise;
  const key = KEY[action];
  return outcomeOf(setWordsOnDay(text, key, day, words, { ifNow: now }), promise, targetOf(promise, key), words === null ? null : cleanWords(words));
}

function listOf(promise: PromiseEntry, key: ListKey): readonly Day[] {
  switch (key) {
    case 'kept':
      return promise.kept;
    case 'skipped':
      return promise.skipped;
    case 'missed':
      return promise.missed ?? [];
    case 'slipped':
      return promise.slipped ?? [];
  }
}

/** Why an action does not fit the promise's aim, in kind words; undefined when it does. */
function aimRefusal(promise: PromiseEntry, action: PromiseLogAction): string | undefined {
  const name = `"${promise.promise}"`;
  if (promise.aim === 'at-most' && (action === 'keep' || action === 'keep-again')) {
    return (
      `${name} is an "I won't…" promise: a day counts on its own once it ends within the limit, so there is nothing to log as kept. ` +
      'If there was a slip, log the slip: it is information, not a verdict.'
    );
  }
  if (promise.aim !== 'at-most' && (action === 'slip' || action === 'undo-slip')) {
    return `${name} is a promise to do something, so a slip is not counted for it: log the days you kept it. For an "I won't…" promise, set "aim: at-most" in its note.`;
  }
  return undefined;
}

/**
 * The refusal logPromiseDay would give a note on what got in the way of `day`, whatever its words (a
 * future day, a paused promise, a day kept in full…), or undefined when the day takes one. Hosts ask
 * it once the day is picked, so nobody writes words for a day that will be refused.
 */
export function missedDayRefusal(path: string, text: string, day: Day, today: Day): Extract<LogOutcome, { ok: false }> | undefined {
  // Any words do: the only check left out is the one on the words themselves.
  const outcome = logPromiseDay(path, text, 'missed', day, today, { words: 'words' });
  return outcome.ok ? undefined : outcome;
}

/** A day a host offers to note after the fact: its name ("Today", "Yesterday", "Tuesday") and what its note lists on it. */
export interface RecentDay {
  day: Day;
  name: string;
  /** What the note already holds that day, e.g. "kept", "rest day", "noted: too tired"; '' for nothing. */
  listed: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * The days a host offers when a day is noted after the fact (a missed day is mostly noted the next
 * morning): today first, then the days before it, `count` at most and none before the promise's
 * `start`. Never a day after today.
 */
export function recentDays(promise: PromiseEntry, today: Day, count = 7): RecentDay[] {
  const out: RecentDay[] = [];
  for (let back = 0; back < count; back++) {
    const day = addDays(today, -back);
    if (day < promise.start) break;
    const listed: string[] = [];
    if (promise.kept.includes(day)) listed.push('kept');
    if (promise.skipped.includes(day)) listed.push('rest day');
    for (const w of promise.words ?? []) if (w.day === day && w.list === 'missed') listed.push(`noted: ${w.words}`);
    if (!listed.some((l) => l.startsWith('noted')) && promise.missed?.includes(day)) listed.push('noted');
    const name = back === 0 ? 'Today' : back === 1 ? 'Yesterday' : (WEEKDAYS[weekdayIndex(day)] ?? day);
    out.push({ day, name, listed: listed.join(' · ') });
  }
  return out;
}

/** How a notice names a day: "today", "yesterday", or "on 2026-11-24". */
export function dayPhrase(day: Day, today: Day): string {
  return day === today ? 'today' : day === addDays(today, -1) ? 'yesterday' : `on ${day}`;
}

/** How a host quotes words in its notices: "…" in Obsidian, “…” in VS Code. */
export type Quote = (text: string) => string;

const straightQuotes: Quote = (text) => `"${text}"`;

/** What a listing is called in a sentence, by the action's list. */
const LISTING: Record<ListKey, string> = { kept: 'keep', skipped: 'rest day', missed: 'missed day', slipped: 'slip' };

/**
 * What a log said when its words went on a listing already there, in one sentence for every host, or
 * undefined when it did something else: "Your words for "Walk" today now read "in the rain" (they
 * were "first day")." The words replaced are always named, and the same words again are "nothing
 * changed". `name` is the promise as the host quotes it; `on` the day as it says it ("today",
 * "on 2026-11-16": dayPhrase).
 */
export function rewordedSentence(
  o: Extract<LogOutcome, { ok: true }>,
  action: PromiseLogAction,
  name: string,
  on: string,
  quote: Quote = straightQuotes,
): string | undefined {
  if (o.words === undefined || (o.changed && o.wordsBefore === undefined)) return undefined;
  if (!o.changed) return `Your words for ${name} ${on} already read ${quote(o.words)}; nothing changed.`;
  if (o.replaced !== undefined) return `Your words for ${name} ${on} now read ${quote(o.words)} (they were ${quote(o.replaced)}).`;
  return `Your words are on the ${LISTING[KEY[action]]} of ${name} ${on}: ${o.words}.`;
}

/**
 * What restoreDayWords did, in one sentence for a host's notice: "Your words for "Walk" today read
 * "first day" again." `action` is the log that was undone; `on` as for rewordedSentence.
 */
export function restoredWordsSentence(
  o: Extract<LogOutcome, { ok: true }>,
  action: PromiseLogAction,
  name: string,
  on: string,
  quote: Quote = straightQuotes,
): string {
  const listing = LISTING[KEY[action]];
  if (!o.changed) return `The ${listing} of ${name} ${on} already reads as it did; nothing changed.`;
  if (o.words !== undefined) return `Your words for ${name} ${on} read ${quote(o.words)} again.`;
  return `Took your words off the ${listing} of ${name} ${on}; the ${listing} stays.`;
}

/**
 * What a slip or a missed-day note did, in one sentence for a host's notice (the CLI words its own).
 * `name` is the promise as the host quotes it; `when` is the day logged, today when not given; words
 * a missed-day note replaced are named (rewordedSentence), quoted by `quote`.
 */
export function todaysSlipOrMissedSentence(
  o: Extract<LogOutcome, { ok: true }>,
  action: Extract<PromiseLogAction, 'slip' | 'undo-slip' | 'missed' | 'undo-missed'>,
  name: string,
  when?: { day: Day; today: Day },
  quote: Quote = straightQuotes,
): string {
  const on = when ? dayPhrase(when.day, when.today) : 'today';
  const reworded = action === 'missed' ? rewordedSentence(o, action, name, on, quote) : undefined;
  if (reworded) return reworded;
  // The day as the subject of a sentence: "Today", "Yesterday", "2026-11-24".
  const subject = on.startsWith('on ') ? on.slice(3) : on.charAt(0).toUpperCase() + on.slice(1);
  switch (action) {
    case 'slip':
      return `Slip logged for ${name}${o.words ? ` (${o.words})` : ''}: ${o.count} ${on}, at most ${o.target} a ${o.promise.per}. A slip is information, not a verdict.`;
    case 'undo-slip':
      return o.changed ? `Took back one slip of ${name} ${on}.` : `${name} has no slip ${on} to take back; nothing changed.`;
    case 'missed':
      return o.changed
        ? `Noted what got in the way of ${name} ${on}${o.words ? `: ${o.words}` : ''}. It changes no number; it shows what to adjust.`
        : `${subject} already says that for ${name}; nothing changed.`;
    case 'undo-missed':
      return o.changed ? `Took back what got in the way of ${name} ${on}.` : `${subject} had no words on what got in the way of ${name}; nothing changed.`;
  }
}
