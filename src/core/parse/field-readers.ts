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

  constructor(
    readonly path: string,
    data: Record<string, unknown>,
  ) {
    this.fields = fieldsByName(data).fields;
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
    const value = this.raw(key);
    if (isBlank(value)) return [];
    let items: unknown[];
    if (Array.isArray(value)) items = value;
    else if (typeof value === 'string' && value.includes(',')) items = value.split(',');
    else items = [value];
    const days: Day[] = [];
    for (const item of items) {
      if (isBlank(item)) continue;
      const read = dayOf(item);
      if ('day' in read) days.push(read.day);
      else this.problem(`${describeBadDay(item, key, read.reason)}, so that day was left out.`);
    }
    return days.sort();
  }
}

/**
 * A note's fields by their name folded to lower case: field names are read case-insensitively, as
 * Dataview and Obsidian's Properties panel treat them (`Kept:`, `Date:` and `kept:`, `date:` are one
 * field). `clashes` lists the keys written in more than one spelling (`Kept` and `kept`): which one
 * the user meant cannot be known, so the caller reports it.
 */
export function fieldsByName(data: Record<string, unknown>): { fields: Map<string, unknown>; clashes: string[][] } {
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
  for (const key of Object.keys(data)) if (key.trim().toLowerCase() === name) return true;
  return false;
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

/** `YYYY-MM-DD`, month and day also with one digit, optionally followed by a time (which is ignored: the day written counts). */
const DAY_TEXT =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d*)?)?(?:[ \t]*(?:Z|[+-]\d{1,2}(?::?\d{2})?))?)?$/;

export type DayRead = { day: Day } | { reason: 'impossible' | 'unreadable' };

/** The calendar day a value names. A Date (from js-yaml) is read by its UTC fields: the day the user wrote, in every zone. */
export function dayOf(value: unknown): DayRead {
  if (value instanceof Date) {
    const year = value.getUTCFullYear();
    if (Number.isNaN(value.getTime()) || year < 1 || year > 9999) return { reason: 'unreadable' };
    return { day: utcDayOf(value) };
  }
  if (typeof value !== 'string') return { reason: 'unreadable' };
  const m = DAY_TEXT.exec(value.trim());
  if (!m) return { reason: 'unreadable' };
  const padded = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  const day = parseDay(padded);
  return day ? { day } : { reason: 'impossible' };
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
