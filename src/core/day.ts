/**
 * Calendar days in the user's zone. A Day is never a Date: Dates carry a time and a zone,
 * and a UTC midnight shifts to the previous day west of Greenwich.
 * All arithmetic here goes through Date.UTC so that no local zone is ever consulted.
 */
export type Day = string & { readonly __day: unique symbol };

export type WeekStart = 'monday' | 'sunday';

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Parses `YYYY-MM-DD` (an optional time after it is ignored); rejects impossible days such as 2026-02-30. */
export function parseDay(text: string): Day | undefined {
  const m = DAY_RE.exec(text.trim().slice(0, 10));
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  if (d > daysInMonth(y, mo)) return undefined;
  return text.trim().slice(0, 10) as Day;
}

export function isDay(text: unknown): text is Day {
  return typeof text === 'string' && text.length === 10 && parseDay(text) === text;
}

/** Builds a Day from numbers; throws on impossible input (a programming error, never user data). */
export function dayOf(year: number, month: number, day: number): Day {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = parseDay(text);
  if (!parsed) throw new RangeError(`Not a calendar day: ${text}`);
  return parsed;
}

/** The calendar day a Date shows on a wall clock in the zone this code runs in (hosts use it for "today"). */
export function localDayOf(date: Date): Day {
  return dayOf(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/**
 * The calendar day a YAML parser meant: js-yaml turns `2026-11-26` into a UTC midnight Date,
 * so the UTC fields are the day the user wrote, in every zone.
 */
export function utcDayOf(date: Date): Day {
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function toEpochDays(day: Day): number {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return utcDayOf(date);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(day: Day, n: number): Day {
  return fromEpochDays(toEpochDays(day) + n);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDays(b) - toEpochDays(a);
}

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(day: Day): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((toEpochDays(day) + 3) % 7) + 7) % 7;
}

/** The first day of the week holding `day`. */
export function startOfWeek(day: Day, weekStart: WeekStart = 'monday'): Day {
  const idx = weekdayIndex(day);
  const back = weekStart === 'monday' ? idx : (idx + 1) % 7;
  return addDays(day, -back);
}

/** ISO 8601 week label, e.g. `2026-W48`. */
export function isoWeek(day: Day): string {
  const thursday = addDays(day, 3 - weekdayIndex(day));
  const year = Number(thursday.slice(0, 4));
  const jan1 = dayOf(year, 1, 1);
  const week = Math.floor(daysBetween(jan1, thursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * The label of the week holding `day` under the chosen week start. Sunday weeks take the label of
 * the ISO week that begins the next day, so a week's label never depends on which of its days is asked.
 */
export function weekLabel(day: Day, weekStart: WeekStart = 'monday'): string {
  const start = startOfWeek(day, weekStart);
  return isoWeek(weekStart === 'monday' ? start : addDays(start, 1));
}

/** The Monday of an ISO week label such as `2026-W48`, or undefined when the label is not one. */
export function parseIsoWeek(label: string): Day | undefined {
  const m = /^(\d{4})-W(\d{2})$/.exec(label.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return undefined;
  const jan4 = dayOf(year, 1, 4);
  const monday = addDays(startOfWeek(jan4, 'monday'), (week - 1) * 7);
  return isoWeek(monday) === label.trim() ? monday : undefined;
}

/** Days from `from` to `to`, both included; empty when `to` is before `from`. */
export function* eachDay(from: Day, to: Day): Generator<Day> {
  const n = daysBetween(from, to);
  for (let i = 0; i <= n; i++) yield addDays(from, i);
}

/** A run of consecutive days or weeks; its length is derived, never stored. */
export interface Streak {
  readonly start: Day;
  readonly end: Day;
}
