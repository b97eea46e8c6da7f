import { parseIsoWeek, type Day } from '../day';
import { ELEMENT_IDS, type DayWords, type ElementId, type Entry, type ExerciseId, type ParsedNote, type PromiseDayList, type PromiseEntry } from '../entry';
import { exerciseIdList, readExerciseKind } from './exercise-kind';
import { FieldReader, fieldsByName, hasField, isBlank, isPlainMap, show, textOf } from './field-readers';
import { readRatedList } from './rated-items';
import { syncConflictOriginal } from './sync-conflict';

/** The schema version this code writes and reads (`schema: 1` in a note). */
export const SCHEMA_VERSION = 1;

/**
 * Reads frontmatter that a host already parsed into plain data (Obsidian's metadataCache gives
 * dates as strings; js-yaml's default gives Dates; both are read the same). Gives exactly what
 * parseNote gives for the same note. Never throws.
 */
export function parseFrontmatter(path: string, data: unknown): ParsedNote {
  try {
    if (!isPlainMap(data) || !hasField(data, 'selftrust')) {
      return { path, entry: null, problems: [] };
    }
    const original = syncConflictOriginal(path);
    if (original !== null) return syncConflictNote(path, original);
    return readOurFrontmatter(path, data);
  } catch {
    // Defensive: the readers do not throw, but a host may hand in exotic objects (getters, proxies).
    return problemNote(path, 'Something in this note could not be read, so it was not counted.');
  }
}

/** A note that is not counted, listed under "Notes to check" with one problem: `message`, one kind, plain sentence. */
export function problemNote(path: string, message: string): ParsedNote {
  return { path, entry: null, problems: [{ path, message }] };
}

export function syncConflictNote(path: string, original: string): ParsedNote {
  return problemNote(
    path,
    `This looks like a copy made by a sync conflict of "${original}", so it was not counted twice. ` +
      'Compare the two, keep what you need in the original, then delete this copy.',
  );
}

/** Frontmatter that has a `selftrust` key: the entry it describes, and what could not be read. */
export function readOurFrontmatter(path: string, data: Record<string, unknown>): ParsedNote {
  const named = fieldsByName(data);
  const clash = named.clashes[0];
  if (clash) {
    const spellings = clash.map((k) => `"${k}"`).join(' and ');
    return problemNote(
      path,
      `The field "${(clash[0] ?? '').trim().toLowerCase()}" is written twice, as ${spellings}, so this note was not counted. ` +
        'Field names are read in any case, so keep one of them (a sync or another tool can cause this).',
    );
  }
  const r = new FieldReader(path, data, named.fields);
  const done = (entry: Entry | null): ParsedNote => ({ path, entry, problems: r.problems });

  const kind = readKind(r);
  if (kind === null) return done(null);
  readSchemaVersion(r);
  const date = readDate(r);
  if (date === null) return done(null);
  const entry = readFields(r, kind, date);
  if (entry === null && kind === 'small-promise') return { path, entry: null, problems: r.problems, draft: { kind } };
  return done(entry);
}

function readKind(r: FieldReader): ExerciseId | null {
  const value = r.raw('selftrust');
  if (isBlank(value)) {
    r.problem(`"selftrust" is empty, so we don't know which exercise this note is. Write one of: ${exerciseIdList()}.`);
    return null;
  }
  if (typeof value !== 'string') {
    r.problem(
      `"selftrust" should name an exercise, but it is ${show(value)}, so this note was not counted. Write one of: ${exerciseIdList()}.`,
    );
    return null;
  }
  const read = readExerciseKind(value);
  if ('id' in read) return read.id;
  const hint = read.suggestion ? `Did you mean "${read.suggestion}"?` : `Write one of: ${exerciseIdList()}.`;
  r.problem(`${show(value)} in "selftrust" is not an exercise we know, so this note was not counted. ${hint}`);
  return null;
}

function readSchemaVersion(r: FieldReader): void {
  const version = r.number('schema', { min: 1, integer: true, otherwise: 'it was read as version 1' });
  if (version !== null && version > SCHEMA_VERSION) {
    r.problem(
      `This note uses schema ${version}, newer than this version of Self-Trust Practice knows (${SCHEMA_VERSION}). ` +
        'It was read as well as possible; updating the plugin will read it fully.',
    );
  }
}

function readDate(r: FieldReader): Day | null {
  if (isBlank(r.raw('date'))) {
    r.problem('This note has no "date", so it was not counted. Add a line like "date: 2026-11-26" (the day it is about) to its frontmatter.');
    return null;
  }
  return r.day('date', 'this note was not counted');
}

const PER_WORDS = { daily: 'day', days: 'day', 'a day': 'day', 'per day': 'day', weekly: 'week', weeks: 'week', 'a week': 'week', 'per week': 'week' } as const;
const PROMISE_STATUS_WORDS = { ongoing: 'active', pause: 'paused', 'on hold': 'paused', complete: 'done', completed: 'done', finished: 'done', ended: 'done' } as const;
const GOAL_STATUS_WORDS = { achieved: 'reached', done: 'reached', complete: 'reached', completed: 'reached', pause: 'paused', 'on hold': 'paused', 'let go': 'released', dropped: 'released' } as const;

function readFields(r: FieldReader, kind: ExerciseId, date: Day): Entry | null {
  const path = r.path;
  switch (kind) {
    case 'small-promise': {
      const promise = r.text('promise');
      // A promise note fresh from the template: a draft waiting for its words, not a problem (see ParsedNote.draft).
      if (promise === null) return null;
      return readPromise(r, date, promise);
    }
    case 'value-mapping':
      return {
        kind,
        path,
        date,
        values: readRatedList(r, 'values', 'alignment').map((v) => ({ name: v.name, alignment: v.rating })),
      };
    case 'emotional-journal': {
      const intensity = r.number('intensity', { min: 1, max: 10 });
      return {
        kind,
        path,
        date,
        emotions: readRatedList(r, 'emotions', 'intensity').map((e) => ({ name: e.name, intensity: e.rating ?? intensity })),
        trigger: r.text('trigger'),
      };
    }
    case 'mistake-ledger':
      return { kind, path, date, mistake: r.text('mistake'), lesson: r.text('lesson'), applied: r.boolean('applied') ?? false };
    case 'self-compassion-letter':
      return { kind, path, date };
    case 'trust-model':
      return { kind, path, date, situation: r.text('situation') };
    case 'strengths-weaknesses':
      return { kind, path, date, strengths: r.textList('strengths'), weaknesses: r.textList('weaknesses') };
    case 'achievable-goal':
      return {
        kind,
        path,
        date,
        goal: r.text('goal'),
        status: r.choice('status', ['active', 'reached', 'paused', 'released'], 'active', GOAL_STATUS_WORDS),
        obstacles: r.textList('obstacles'),
        reached: r.day('reached', 'it was left out'),
      };
    case 'mindfulness':
      return { kind, path, date, minutes: r.number('minutes', { min: 0, unit: /\s*(?:m|mins?|minutes?)$/i }) };
    case 'boundary-log':
      return { kind, path, date, boundary: r.text('boundary'), held: r.boolean('held') };
    case 'weekly-reflection':
      return {
        kind,
        path,
        date,
        week: readWeek(r),
        rating: r.number('rating', { min: 1, max: 10 }),
        wins: r.textList('wins'),
        adjust: r.textList('adjust'),
      };
    case 'self-care-check-in':
      return {
        kind,
        path,
        date,
        energy: r.number('energy', { min: 1, max: 10 }),
        needs: r.textList('needs'),
        plan: r.textList('plan'),
      };
    case 'getting-support':
      return { kind, path, date };
    case 'self-trust-check-in': {
      const scores = {} as Record<ElementId, number | null>;
      for (const element of ELEMENT_IDS) scores[element] = r.number(element, { min: 1, max: 5 });
      return { kind, path, date, scores };
    }
  }
}

const AIM_WORDS = {
  'at least': 'at-least', atleast: 'at-least', at_least: 'at-least', least: 'at-least', min: 'at-least', minimum: 'at-least',
  'at most': 'at-most', atmost: 'at-most', at_most: 'at-most', most: 'at-most', max: 'at-most', maximum: 'at-most',
  limit: 'at-most', 'no more than': 'at-most', 'up to': 'at-most',
} as const;

/**
 * A small promise's fields. `aim`, `slipped`, `missed` and the words on days are set on the entry
 * only when the note uses them, so every note written before they existed reads as it did.
 */
function readPromise(r: FieldReader, date: Day, promise: string): PromiseEntry {
  const aim = r.choice('aim', ['at-least', 'at-most'], 'at-least', AIM_WORDS);
  const atMost = aim === 'at-most';
  // "I won't…": `times` is the most slips a period may hold, and 0 (never) is what an empty one means.
  const times = atMost
    ? (r.number('times', { min: 0, integer: true, otherwise: '0 (never) was used' }) ?? 0)
    : (r.number('times', { min: 1, integer: true, otherwise: '1 was used' }) ?? 1);
  // Read in the order problems were always reported: times, per, kept, skipped, status, start; then the newer lists.
  const per = r.choice('per', ['day', 'week'], 'day', PER_WORDS);
  const kept = r.loggedDays('kept');
  const skipped = r.loggedDays('skipped');
  const entry: PromiseEntry = {
    kind: 'small-promise',
    path: r.path,
    date,
    promise,
    times,
    per,
    kept: kept.days,
    skipped: skipped.days,
    status: r.choice('status', ['active', 'paused', 'done'], 'active', PROMISE_STATUS_WORDS),
    start: r.day('start', `the note's date (${date}) was used`) ?? date,
  };
  const missed = r.loggedDays('missed');
  const slipped = r.loggedDays('slipped');
  if (atMost) {
    entry.aim = aim;
    entry.slipped = slipped.days;
  } else if (slipped.days.length > 0) {
    r.problem(
      '"slipped" lists slips, which only an "I won\'t…" promise counts (aim: at-most), so they were left out. ' +
        'Add "aim: at-most" if this promise is one you keep by not doing something.',
    );
  }
  if (missed.days.length > 0) entry.missed = missed.days;
  // Obsidian's other names for the note: a daily note may link the promise by one of them. Read
  // quietly (texts kept, anything else passed over): `aliases` was never ours, and a note valid
  // before must not gain a problem.
  const rawAliases = r.raw('aliases');
  const aliases = (Array.isArray(rawAliases) ? rawAliases : [rawAliases]).filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim());
  if (aliases.length > 0) entry.aliases = aliases;
  const words: DayWords[] = [];
  const lists: [PromiseDayList, { day: Day; words: string }[]][] = [
    ['kept', kept.words],
    ['skipped', skipped.words],
    ['missed', missed.words],
    ['slipped', atMost ? slipped.words : []],
  ];
  for (const [list, said] of lists) for (const w of said) words.push({ day: w.day, list, words: w.words });
  if (words.length > 0) entry.words = words.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  return entry;
}

/** `week: 2026-W48` names the week a reflection looks back on; anything else is reported and the date decides. */
function readWeek(r: FieldReader): string | null {
  const value = r.raw('week');
  if (isBlank(value)) return null;
  const text = textOf(value)?.trim().toUpperCase() ?? '';
  if (parseIsoWeek(text)) return text;
  r.problem(`"week" should name a week like 2026-W48, but it is ${show(value)}, so the reflection was placed by its date.`);
  return null;
}
