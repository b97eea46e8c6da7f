/**
 * A cache of parsed notes, kept by a host between runs so that a warm start shows the dashboard
 * without reading or parsing the vault again (issue 11). This file holds the format only: text in,
 * text out, no file access. Nothing read from a cache is trusted: the whole cache is refused when
 * its format, build or vault differ, and each note is checked field by field against the types of
 * `entry.ts`; a note that does not pass is left out (the host reads it again).
 */
import { isDay } from '../day';
import { ELEMENT_IDS, EXERCISE_IDS, type Entry, type ExerciseId, type ParsedNote } from '../entry';
import type { DailyNote } from '../parse/daily-note';

/** Bump when the cache's layout changes; a cache of another format is ignored whole. 2: a row may hold a daily note. */
export const NOTE_CACHE_FORMAT = 2;

/**
 * Git's "racy clean" rule (Documentation/technical/racy-git.txt): a file changed within the same
 * timestamp tick as the stamp we kept, and to the same size, looks unchanged. A note whose mtime is
 * this close to the moment the cache is written (or after it: a clock ahead) is not kept, so the
 * next start reads it. 2 s covers the coarsest clocks in use (FAT's 2-second mtimes).
 */
export const RACY_MS = 2000;

/** What a file looked like when it was read: bytes and last modification (ms since the epoch, as the host's stat gives it). */
export interface FileStamp {
  size: number;
  mtime: number;
}

/** One note as it was read: its stamp, and what the index holds for it (null: read, and not ours). */
export interface CachedNote extends FileStamp {
  note: ParsedNote | null;
  /**
   * The note read as a daily note by its `date` property (issue 12, point 4), when its text holds a
   * checked task with a link; missing otherwise. A host keeps it so that a warm start still counts
   * the note's check-ins without reading it.
   */
  daily?: DailyNote;
}

/** Whose cache it is: a cache of another build (the parser may have changed) or another vault is ignored. */
export interface NoteCacheKey {
  /** The host's build (version and bundle), so a cache from an older parser is never trusted. */
  build: string;
  /** The vault folder (a uri string). */
  root: string;
}

/**
 * A note as the cache keeps it: the ParsedNote without its path, nor its entry's (the row names
 * the path once; at 10k notes the repeats were a third of the file).
 */
type StoredNote = Omit<ParsedNote, 'path' | 'entry'> & { entry: Omit<Entry, 'path'> | null };

/** A daily note as the cache keeps it: without its path (the row's). */
type StoredDailyNote = Omit<DailyNote, 'path'>;

function storedOf(note: ParsedNote): StoredNote {
  const { path: _path, entry, ...rest } = note;
  if (entry === null) return { entry: null, ...rest };
  const { path: _entryPath, ...fields } = entry;
  return { entry: fields, ...rest };
}

/**
 * The cache as JSON text: `{ format, build, root, savedAt, notes: [[path, size, mtime, note|null, daily?], …] }`,
 * each note and daily note without its path (StoredNote, StoredDailyNote); `daily` only when the
 * note is a daily note by its `date` property.
 * Notes touched less than RACY_MS before `savedAt` are left out (see RACY_MS), and so is any note
 * that JSON would not give back as it is (a non-finite number, an undefined field), or that names
 * another path: all are read again at the next start.
 */
export function writeNoteCache(key: NoteCacheKey, savedAt: number, notes: Iterable<readonly [string, CachedNote]>): string {
  const rows: ([string, number, number, StoredNote | null] | [string, number, number, StoredNote | null, StoredDailyNote])[] = [];
  for (const [path, { size, mtime, note, daily }] of notes) {
    if (!(mtime < savedAt - RACY_MS) || !jsonFaithful(note) || (note !== null && (note.path !== path || (note.entry !== null && note.entry.path !== path)))) continue;
    if (daily !== undefined && (daily.path !== path || !jsonFaithful(daily))) continue;
    const stored = note === null ? null : storedOf(note);
    if (daily === undefined) rows.push([path, size, mtime, stored]);
    else {
      const { path: _path, ...fields } = daily;
      rows.push([path, size, mtime, stored, fields]);
    }
  }
  return JSON.stringify({ format: NOTE_CACHE_FORMAT, build: key.build, root: key.root, savedAt, notes: rows });
}

/** Why a cache was refused whole, for the host's log. */
export type NoteCacheRefusal = 'not JSON' | 'not a cache' | 'another format' | 'another build' | 'another vault';

/**
 * The notes of a cache, by path; or why the whole cache was refused. Never throws. A row whose
 * stamp or note fails a check (a stored note with a `path` of its own included) is left out
 * (`dropped` counts them), and a path given twice keeps neither row.
 */
export function readNoteCache(
  text: string,
  key: NoteCacheKey,
): { ok: true; notes: Map<string, CachedNote>; dropped: number } | { ok: false; why: NoteCacheRefusal } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, why: 'not JSON' };
  }
  if (!isObject(data) || !Array.isArray(data.notes)) return { ok: false, why: 'not a cache' };
  if (data.format !== NOTE_CACHE_FORMAT) return { ok: false, why: 'another format' };
  if (data.build !== key.build) return { ok: false, why: 'another build' };
  if (data.root !== key.root) return { ok: false, why: 'another vault' };
  const notes = new Map<string, CachedNote>();
  const twice = new Set<string>();
  let dropped = 0;
  for (const row of data.notes as unknown[]) {
    const read = readRow(row);
    if (read === undefined) {
      dropped++;
      continue;
    }
    if (notes.has(read[0])) twice.add(read[0]);
    notes.set(read[0], read[1]);
  }
  for (const path of twice) notes.delete(path);
  return { ok: true, notes, dropped: dropped + twice.size * 2 };
}

function readRow(row: unknown): [string, CachedNote] | undefined {
  if (!Array.isArray(row) || (row.length !== 4 && row.length !== 5)) return undefined;
  const [path, size, mtime, stored, storedDaily] = row as unknown[];
  if (typeof path !== 'string' || path === '' || !isCount(size) || !isFiniteNumber(mtime)) return undefined;
  let daily: DailyNote | undefined;
  if (row.length === 5) {
    if (!fits(storedDaily, STORED_DAILY_NOTE)) return undefined;
    const { day, tasks } = storedDaily as StoredDailyNote;
    daily = { path, day, tasks };
  }
  const withDaily = daily === undefined ? {} : { daily };
  if (stored === null) return [path, { size, mtime, note: null, ...withDaily }];
  const note = noteOf(stored, path);
  return note === undefined ? undefined : [path, { size, mtime, note, ...withDaily }];
}

/** The ParsedNote a stored note stands for, in the parser's key order; undefined when any field fails its check. */
function noteOf(stored: unknown, path: string): ParsedNote | undefined {
  if (!fits(stored, STORED_NOTE)) return undefined;
  const { entry, problems, draft } = stored as StoredNote;
  let full: Entry | null = null;
  if (entry !== null) {
    const { kind, ...fields } = entry;
    full = { kind, path, ...fields } as Entry;
  }
  return { path, entry: full, problems, ...(draft === undefined ? {} : { draft }) };
}

// ---------------------------------------------------------------------------------------------
// Checks, one per field of entry.ts. The schema types below make a field added to an entry (or to
// ParsedNote) fail to compile here until it is checked.

type Check = (value: unknown) => boolean;
/** A field that must be there, or one that may be missing (never present as `undefined`: JSON has no such value). */
type Field = { optional: false; check: Check } | { optional: true; check: Check };
type Schema<T> = { [K in keyof T]-?: object extends Pick<T, K> ? { optional: true; check: Check } : { optional: false; check: Check } };

const must = (check: Check): { optional: false; check: Check } => ({ optional: false, check });
const may = (check: Check): { optional: true; check: Check } => ({ optional: true, check });
/** A field no parser sets (the statistics add it later): a cached note must not have it. */
const never = { optional: true as const, check: (): boolean => false };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (v) => typeof v === 'string';
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isCount = (v: unknown): v is number => isFiniteNumber(v) && Number.isInteger(v) && v >= 0;
const isBoolean: Check = (v) => typeof v === 'boolean';
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const listOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
/** Days already checked: a cache holds the same few hundred days thousands of times (every promise's log). */
const knownDays = new Set<string>();
const isDayValue: Check = (v) => {
  if (typeof v !== 'string') return false;
  if (knownDays.has(v)) return true;
  if (!isDay(v)) return false;
  if (knownDays.size >= 20_000) knownDays.clear();
  knownDays.add(v);
  return true;
};
const record =
  <T>(schema: Schema<T>): Check =>
  (v) =>
    fits(v, schema);

/** Every key of the value is in the schema, every field there passes its check, every required field is there. */
function fits(value: unknown, schema: Record<string, Field>, except?: string): boolean {
  if (!isObject(value)) return false;
  for (const key in value) if (key !== except && !hasOwn(schema, key)) return false;
  for (const key in schema) {
    const field = schema[key] as Field;
    if (!hasOwn(value, key)) {
      if (!field.optional) return false;
    } else if (!field.check(value[key])) return false;
  }
  return true;
}

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

type EntryOf<K extends ExerciseId> = Extract<Entry, { kind: K }>;
/** The fields every entry has besides path and kind (the path is checked against the note's). */
type Fields<K extends ExerciseId> = Schema<Omit<EntryOf<K>, 'path' | 'kind'>>;

const stringList = listOf(isString);
const dayList = listOf(isDayValue);
const numberOrNull = orNull(isFiniteNumber);
const stringOrNull = orNull(isString);

const ENTRY_FIELDS: { [K in ExerciseId]: Fields<K> } = {
  'small-promise': {
    date: must(isDayValue),
    promise: must(isString),
    // At least 1, but 0 (never) for an "I won't…" promise: isStoredEntry checks the two together.
    times: must(isCount),
    per: must(oneOf('day', 'week')),
    kept: must(dayList),
    skipped: must(dayList),
    status: must(oneOf('active', 'paused', 'done')),
    start: must(isDayValue),
    aim: may(oneOf('at-least', 'at-most')),
    slipped: may(dayList),
    missed: may(dayList),
    words: may(listOf(record<{ day: unknown; list: unknown; words: unknown }>({
      day: must(isDayValue),
      list: must(oneOf('kept', 'skipped', 'missed', 'slipped')),
      words: must(isString),
    }))),
    aliases: may(stringList),
    daily: never,
  },
  'value-mapping': {
    date: must(isDayValue),
    values: must(listOf(record<{ name: unknown; alignment: unknown }>({ name: must(isString), alignment: must(numberOrNull) }))),
  },
  'emotional-journal': {
    date: must(isDayValue),
    emotions: must(listOf(record<{ name: unknown; intensity: unknown }>({ name: must(isString), intensity: must(numberOrNull) }))),
    trigger: must(stringOrNull),
  },
  'mistake-ledger': { date: must(isDayValue), mistake: must(stringOrNull), lesson: must(stringOrNull), applied: must(isBoolean) },
  'self-compassion-letter': { date: must(isDayValue) },
  'trust-model': { date: must(isDayValue), situation: must(stringOrNull) },
  'strengths-weaknesses': { date: must(isDayValue), strengths: must(stringList), weaknesses: must(stringList) },
  'achievable-goal': {
    date: must(isDayValue),
    goal: must(stringOrNull),
    status: must(oneOf('active', 'reached', 'paused', 'released')),
    obstacles: must(stringList),
    reached: must(orNull(isDayValue)),
  },
  mindfulness: { date: must(isDayValue), minutes: must(numberOrNull) },
  'boundary-log': { date: must(isDayValue), boundary: must(stringOrNull), held: must(orNull(isBoolean)) },
  'weekly-reflection': {
    date: must(isDayValue),
    week: must(stringOrNull),
    rating: must(numberOrNull),
    wins: must(stringList),
    adjust: must(stringList),
  },
  'self-care-check-in': { date: must(isDayValue), energy: must(numberOrNull), needs: must(stringList), plan: must(stringList) },
  'getting-support': { date: must(isDayValue) },
  'self-trust-check-in': {
    date: must(isDayValue),
    scores: must((v) => fits(v, Object.fromEntries(ELEMENT_IDS.map((id) => [id, must(numberOrNull)])))),
  },
};

const isExerciseId = (v: unknown): v is ExerciseId => typeof v === 'string' && (EXERCISE_IDS as readonly string[]).includes(v);

/** An entry as stored: its kind's fields and no path. */
function isStoredEntry(value: unknown): boolean {
  if (!isObject(value) || !isExerciseId(value.kind) || !fits(value, ENTRY_FIELDS[value.kind], 'kind')) return false;
  return value.kind !== 'small-promise' || (value.times as number) >= 1 || value.aim === 'at-most';
}

const STORED_NOTE: Schema<StoredNote> = {
  entry: must((v) => v === null || isStoredEntry(v)),
  problems: must(listOf(record<{ path: unknown; message: unknown }>({ path: must(isString), message: must(isString) }))),
  draft: may(record<{ kind: unknown }>({ kind: must(isExerciseId) })),
};

/** One checked task of a daily note (DailyTask). */
const DAILY_TASK: Schema<DailyNote['tasks'][number]> = {
  line: must(isCount),
  links: must((v) => Array.isArray(v) && v.length > 0 && v.every(isString)),
  rest: must(isBoolean),
};

/**
 * A daily note as readDailyNote makes one: a day, and at least one checked task, each on its own
 * line (0-based, in note order) with at least one link.
 */
const STORED_DAILY_NOTE: Schema<StoredDailyNote> = {
  day: must(isDayValue),
  tasks: must(
    (v) =>
      Array.isArray(v) &&
      v.length > 0 &&
      v.every((task, i) => fits(task, DAILY_TASK) && (i === 0 || (task as { line: number }).line > (v[i - 1] as { line: number }).line)),
  ),
};

/** True when the value is a ParsedNote of this path, as a parser makes them: every field of its kind, and no other. */
export function isParsedNote(value: unknown, path: string): value is ParsedNote {
  if (!isObject(value) || value.path !== path) return false;
  const { path: _path, entry, ...rest } = value;
  if (entry === null) return fits({ entry, ...rest }, STORED_NOTE);
  if (!isObject(entry) || entry.path !== path) return false;
  const { path: _entryPath, ...fields } = entry;
  return fits({ entry: fields, ...rest }, STORED_NOTE);
}

/** True when JSON gives the value back as it is: plain objects and arrays, strings, booleans, null, finite numbers other than -0. */
function jsonFaithful(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value) && !Object.is(value, -0);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(jsonFaithful);
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      return Object.values(value).every(jsonFaithful);
    default:
      return false;
  }
}
