import { parseDay, utcDayOf, type Day } from '../day';
import type { Problem } from '../entry';

/**
 * Lenient readers for frontmatter values. Each takes what a person may have written by hand or what
 * a host's YAML parser made of it (a string from Obsidian's metadataCache, a Date from js-yaml, a
 * number, a list…), keeps it when the meaning is clear, and otherwise adds a kind, plain problem
 * that names the key and the value and says what was done instead.
 */
export class FieldReader {
  readonly problems: Problem[] = [];
  private readonly fields: ReadonlyMap<string, unknown>;

  /** `fields`: fieldsByName(data).fields when the caller has it already (it is worked out once per note). */
  constructor(
    readonly path: string,
    data: Record<string, unknown>,
    fields?: ReadonlyMap<string, unknown>,
  ) {
    this.fields = fields ?? fieldsByName(data).fields;
  }

  /** The value of a field, whatever the case its key was written in (`Kept:` is `kept:`). */
  raw(key: string): unknown {
    return this.fields.get(key);
  }

  problem(message: string): void {
    this.problems.push({ path: this.path, message });
  }

  /** Trimmed text, or null when blank or missing. */
  text(key: string): string | null {
    const value = this.raw(key);
    if (isBlank(value)) return null;
    if (Array.isArray(value)) {
      const items = value.map(textOf).filter((t): t is string => t !== null && t !== '');
      return items.length > 0 ? items.join(', ') : null;
    }
    const text = textOf(value);
    if (text === null) {
      this.problem(`"${key}" should be text, but it holds ${show(value)}, so it was left out.`);
      return null;
    }
    return text === '' ? null : text;
  }

  /** A list of text: one string counts as a list of one; blank items are dropped. */
  textList(key: string): string[] {
    const value = this.raw(key);
    if (isBlank(value)) return [];
    const items = Array.isArray(value) ? value : [value];
    const out: string[] = [];
    for (const item of items) {
      if (isBlank(item)) continue;
      const text = textOf(item);
      if (text === null) {
        this.problem(`An item in "${key}" (${show(item)}) is not text, so it was left out.`);
      } else if (text !== '') {
        out.push(text);
      }
    }
    return out;
  }

  /** A number within [min, max]; strings such as "3" or "8/10" (when max is 10) are read too. */
  number(
    key: string,
    opts: { min: number; max?: number; integer?: boolean; unit?: RegExp; otherwise?: string },
  ): number | null {
    const otherwise = opts.otherwise ?? 'it was left out';
    const value = this.raw(key);
    if (isBlank(value)) return null;
    const n = numberOf(value, opts.max, opts.unit);
    const whole = opts.integer ? 'a whole number' : 'a number';
    const range = opts.max === undefined ? `${whole} of ${opts.min} or more` : `${whole} from ${opts.min} to ${opts.max}`;
    if (n === null) {
      // YAML 1.1 read `12:30` as 750 (base 60); by YAML 1.2 it is text, and a time is not a count.
      const time = typeof value === 'string' && /^\d{1,2}:\d{2}(?::\d{2})?$/.test(value.trim());
      const looks = time ? ', which reads as a time of day, not a number' : '';
      this.problem(`"${key}" should be ${range}, but it is ${show(value)}${looks}, so ${otherwise}.`);
      return null;
    }
    if (n < opts.min || (opts.max !== undefined && n > opts.max) || (opts.integer && !Number.isInteger(n))) {
      this.problem(`"${key}" should be ${range}, but it is ${show(value)}, so ${otherwise}.`);
      return null;
    }
    return n;
  }

  /** true / false, also yes / no, y / n, on / off, 1 / 0. */
  boolean(key: string): boolean | null {
    const value = this.raw(key);
    if (isBlank(value)) return null;
    const b = booleanOf(value);
    if (b === null) {
      this.problem(`"${key}" should be true or false (yes or no), but it is ${show(value)}, so it was left out.`);
    }
    return b;
  }

  /** One of the choices, read case-insensitively; `aliases` maps other clear words to a choice. */
  choice<T extends string>(key: string, choices: readonly T[], fallback: T, aliases: Record<string, T> = {}): T {
    const value = this.raw(key);
    if (isBlank(value)) return fallback;
    if (typeof value === 'string') {
      const word = value.trim().toLowerCase();
      const found = choices.find((c) => c === word) ?? aliases[word];
      if (found !== undefined) return found;
    }
    this.problem(
      `"${key}" should be one of ${choices.join(', ')}, but it is ${show(value)}, so "${fallback}" was used.`,
    );
    return fallback;
  }

  /** A single day; null (with a problem naming why) when missing is fine but the value is unreadable. */
  day(key: string, consequence: string): Day | null {
    const value = this.raw(key);
    if (isBlank(value)) return null;
    const read = dayOf(value);
    if ('day' in read) return read.day;
    this.problem(`${describeBadDay(value, key, read.reason)}, so ${consequence}.`);
    return null;
  }

  /** A list of days, sorted; one day on its own counts as a list of one. Each unreadable day is left out. */
  dayList(key: string): Day[] {
    return this.loggedDays(key).days;
  }

  /**
   * A list of days that may carry a few words each (`- 2026-11-20 walked with Sam`), read by
   * loggedDayOf: the days sorted (duplicates kept), and the words of the days that have some, in
   * the order of `days` (a day's listings keep the note's order). A single text counts as a list,
   * split at commas that a day follows (`"2026-11-04, 2026-11-05"`), so words with commas stay whole.
   */
  loggedDays(key: string): { days: Day[]; words: { day: Day; words: string }[] } {
    const value = this.raw(key);
    if (isBlank(value)) return { days: [], words: [] };
    let items: unknown[];
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string' && value.includes(',')) items = value.split(LIST_COMMA);
    else items = [value];
    // A promise's log is hundreds of plain days: when every item is one, no words, no problems, no objects per day.
    const plain = plainDays(items);
    if (plain !== undefined) return { days: plain, words: [] };
    const read: { day: Day; words: string | null }[] = [];
    for (const item of items) {
      if (isBlank(item)) continue;
      const one = loggedDayOf(item);
      if ('day' in one) read.push(one);
      else this.problem(`${describeBadDay(item, key, one.reason)}, so that day was left out.`);
    }
    // Stable: the listings of one day keep the note's order.
    read.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    const words: { day: Day; words: string }[] = [];
    for (const r of read) if (r.words !== null) words.push({ day: r.day, words: r.words });
    return { days: read.map((r) => r.day), words };
  }
}

/** The items as sorted days when every one is a plain `YYYY-MM-DD` calendar day (canonicalDay); else undefined. */
function plainDays(items: unknown[]): Day[] | undefined {
  const days: Day[] = new Array<Day>(items.length);
  let sorted = true;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const day = typeof item === 'string' ? canonicalDay(item) : undefined;
    if (day === undefined) return undefined;
    if (i > 0 && day < (days[i - 1] as Day)) sorted = false;
    days[i] = day;
  }
  // Equal days are equal strings, so a plain sort orders them as the stable sort of loggedDays does.
  return sorted ? days : days.sort();
}

/** A comma that another day follows: where a one-line list of days (`"2026-11-04, 2026-11-05"`) is split. */
const LIST_COMMA = /,(?=[ \t]*\d{4}-\d{1,2}-\d{1,2})/;

/**
 * A note's fields by their name folded to lower case: field names are read case-insensitively, as
 * Dataview and Obsidian's Properties panel treat them (`Kept:`, `Date:` and `kept:`, `date:` are one
 * field). `clashes` lists the keys written in more than one spelling (`Kept` and `kept`): which one
 * the user meant cannot be known, so the caller reports it.
 */
export function fieldsByName(data: Record<string, unknown>): { fields: Map<string, unknown>; clashes: string[][] } {
  // Nearly always no name is written twice: one map, and the spellings only when one is.
  const fields = new Map<string, unknown>();
  let clash = false;
  for (const key of Object.keys(data)) {
    const name = key.trim().toLowerCase();
    if (fields.has(name)) {
      clash = true;
      break;
    }
    fields.set(name, data[key]);
  }
  return clash ? fieldsWithSpellings(data) : { fields, clashes: [] };
}

function fieldsWithSpellings(data: Record<string, unknown>): { fields: Map<string, unknown>; clashes: string[][] } {
  const fields = new Map<string, unknown>();
  const spellings = new Map<string, string[]>();
  for (const key of Object.keys(data)) {
    const name = key.trim().toLowerCase();
    const seen = spellings.get(name);
    if (seen) seen.push(key);
    else {
      spellings.set(name, [key]);
      fields.set(name, data[key]);
    }
  }
  return { fields, clashes: [...spellings.values()].filter((keys) => keys.length > 1) };
}

/** True when the data has the field, in any case. */
export function hasField(data: Record<string, unknown>, name: string): boolean {
  return fieldKey(data, name) !== undefined;
}

/** The value of the field `name` (lower case) written in any case, the first spelling when several; undefined when absent. */
export function fieldOf(data: Record<string, unknown>, name: string): unknown {
  const key = fieldKey(data, name);
  return key === undefined ? undefined : data[key];
}

function fieldKey(data: Record<string, unknown>, name: string): string | undefined {
  for (const key of Object.keys(data)) if (key.trim().toLowerCase() === name) return key;
  return undefined;
}

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Text for a scalar; a one-key map (`- Work: always on time`, which YAML reads as a map) becomes "Work: always on time". */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    const read = dayOf(value);
    return 'day' in read ? read.day : null;
  }
  if (isPlainMap(value)) {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [k, v] = entries[0]!;
      const rest = isBlank(v) ? '' : textOf(v);
      if (rest === null) return null;
      return rest === '' ? k.trim() : `${k.trim()}: ${rest}`;
    }
  }
  return null;
}

export function isPlainMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** A number from a number or a numeric string; "8/10" counts when the scale's top is 10. */
export function numberOf(value: unknown, scaleMax?: number, unit?: RegExp): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  let text = value.trim();
  if (unit) text = text.replace(unit, '').trim();
  const fraction = /^(.+?)\s*\/\s*(\d+)$/.exec(text);
  if (fraction) {
    if (scaleMax === undefined || Number(fraction[2]) !== scaleMax) return null;
    text = fraction[1]!;
  }
  if (!NUMBER_TEXT.test(text)) return null;
  return Number(text.replace(',', '.'));
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'off', '0']);

export function booleanOf(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value !== 'string') return null;
  const word = value.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return null;
}

/**
 * `YYYY-MM-DD`, month and day also with one digit, optionally followed by a time and zone (which are
 * ignored: the day written counts). The zone letter `Z` counts only when no letter follows it, so a
 * word after a time (`2026-11-20 10:00 Zumba`) stays a word.
 */
const DAY_HEAD =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::?\d{2})?)(?![\p{L}\p{N}]))?)?/u;

/** What may stand between a day and its words: spaces, or a dash, colon, comma, semicolon or bar with optional spaces. */
const WORDS_AFTER_DAY = /^(?:[ \t]*[-–—:,;|][ \t]*|[ \t]+)([\s\S]*)$/;

export type DayRead = { day: Day } | { reason: 'impossible' | 'unreadable' };

/** A day as loggedDayOf reads it: the day, and the words written after it (null when none). */
export type LoggedDayRead = { day: Day; words: string | null } | { reason: 'impossible' | 'unreadable' };

/**
 * The calendar day a value names: THE day reading, shared by the parser and the promise edit
 * (src/core/edit). A Date (from js-yaml) is read by its UTC fields: the day the user wrote, in every
 * zone. Words after the day are not a day: `2026-11-20 walked` is unreadable here (see loggedDayOf).
 */
export function dayOf(value: unknown): DayRead {
  if (isPlainMap(value)) return { reason: 'unreadable' };
  const read = loggedDayOf(value);
  if ('reason' in read) return read;
  return read.words === null ? { day: read.day } : { reason: 'unreadable' };
}

/**
 * A listed day of a promise (`kept`, `skipped`, `missed`, `slipped`) with the few words that may follow
 * it: `2026-11-20 walked with Sam`, `2026-11-20: dentist`, `2026-11-20 - too tired`. The day is read
 * exactly as dayOf reads it (a time and zone after it are still ignored); the words are what follows,
 * trimmed and on one line, or null when nothing does. `- 2026-11-20: walked` in a list, which YAML
 * reads as a one-key map, is read the same. Anything glued to the day (`2026-11-205`) is unreadable.
 */
export function loggedDayOf(value: unknown): LoggedDayRead {
  // Nearly every listed day is written `YYYY-MM-DD` and nothing else: read without a regex or a Date.
  if (typeof value === 'string' && value.length === 10) {
    const day = canonicalDay(value);
    if (day !== undefined) return { day, words: null };
  }
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) return { reason: 'unreadable' };
    return { day: utcDayOf(value), words: null };
  }
  let text: string | null = null;
  if (typeof value === 'string') text = value;
  else if (isPlainMap(value) && Object.keys(value).length === 1) text = textOf(value);
  if (text === null) return { reason: 'unreadable' };
  text = text.trim();
  const m = DAY_HEAD.exec(text);
  if (!m) return { reason: 'unreadable' };
  let words: string | null = null;
  const rest = text.slice(m[0].length);
  if (rest !== '') {
    const after = WORDS_AFTER_DAY.exec(rest);
    if (!after) return { reason: 'unreadable' };
    const said = (after[1] ?? '').replace(/\s+/g, ' ').trim();
    words = said === '' ? null : said;
  }
  const padded = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const day = parseDay(padded);
  return day ? { day, words } : { reason: 'impossible' };
}

/**
 * `text` as a Day when it is exactly `YYYY-MM-DD` (four, two and two digits) and a calendar day, as
 * parseDay (src/core/day.ts) decides it, without its regex and Date; undefined for anything else,
 * which the caller then reads the long way. parseDay asks Date.UTC how long the month is, and
 * Date.UTC reads the years 0-99 as 1900-1999, so those years have 1900's calendar here too
 * (0004-02-29 is refused, as by parseDay).
 */
export function canonicalDay(text: string): Day | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return undefined;
    y = y * 10 + c;
  }
  const m1 = text.charCodeAt(5) - 0x30;
  const m2 = text.charCodeAt(6) - 0x30;
  const d1 = text.charCodeAt(8) - 0x30;
  const d2 = text.charCodeAt(9) - 0x30;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return undefined;
  let length = m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (m === 2) {
    const yy = y < 100 ? y + 1900 : y;
    length = (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0 ? 29 : 28;
  }
  return d <= length ? (text as Day) : undefined;
}

function describeBadDay(value: unknown, key: string, reason: 'impossible' | 'unreadable'): string {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    return `"${key}" holds ${show(value)} where a date should be`;
  }
  if (reason === 'impossible') return `The date ${show(value)} in "${key}" is not a calendar day`;
  return `The date ${show(value)} in "${key}" is not one we can read (please write it as YYYY-MM-DD, like 2026-11-26)`;
}

/** A value as a person would recognise it in a message. */
export function show(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = `"${value.trim()}"`;
  else if (value instanceof Date) text = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  else if (value === null || value === undefined) text = 'empty';
  else if (typeof value === 'object') text = Array.isArray(value) ? 'a list' : 'a group of fields';
  else if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') text = String(value);
  else text = 'a value that is not text';
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
