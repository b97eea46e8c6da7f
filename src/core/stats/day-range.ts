import type { Day, WeekStart } from '../day';

/*
 * Fast day arithmetic for the statistics' hot loops. src/core/day.ts is the reference (and what the
 * tests compare against); these do the same with integer calendar maths, without building a Date
 * or re-validating a string per step, because a rebuild walks years of days for every promise.
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The last day the statistics handle. Notes are read for years 1000-9999; a week or a calendar that
 * runs past this day is cut here (weekEndOf) or compared by epoch number, because a day after it has
 * a five-digit year and would sort before it as text.
 */
export const LAST_DAY = '9999-12-31' as Day;
const LAST_DAY_EPOCH = epochDay(LAST_DAY);

/** A year as a Day writes it: four digits at least, and a minus sign before year 0 (never user data). */
function yearText(y: number): string {
  return y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
}

/**
 * Days since 1970-01-01 (Howard Hinnant's days_from_civil). The year is whatever precedes `-MM-DD`,
 * so a day outside 0000-9999 made by dayFromEpoch reads back the same.
 */
export function epochDay(day: Day): number {
  let y = Number(day.slice(0, -6));
  const m = Number(day.slice(-5, -3));
  const d = Number(day.slice(-2));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The day `n` days after 1970-01-01 (civil_from_days). */
export function dayFromEpoch(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${yearText(y)}-${pad2(m)}-${pad2(d)}` as Day;
}

/** addDays, fast. */
export function shiftDay(day: Day, n: number): Day {
  return n === 0 ? day : dayFromEpoch(epochDay(day) + n);
}

/** daysBetween, fast: whole days from `a` to `b`. */
export function daysApart(a: Day, b: Day): number {
  return epochDay(b) - epochDay(a);
}

/** startOfWeek, fast. */
export function weekStartOf(day: Day, weekStart: WeekStart): Day {
  const e = epochDay(day);
  const monday0 = (((e + 3) % 7) + 7) % 7; // 0 = Monday; 1970-01-01 was a Thursday
  const back = weekStart === 'monday' ? monday0 : (monday0 + 1) % 7;
  return dayFromEpoch(e - back);
}

/** Every day from `from` to `to`, both included (empty when `to` is before `from`). */
export function dayRange(from: Day, to: Day): Day[] {
  const a = epochDay(from);
  const b = epochDay(to);
  const out: Day[] = [];
  if (b < a) return out;
  out.push(from);
  // Step the calendar by hand: only a month or year change needs new text.
  let y = Number(from.slice(0, -6));
  let m = Number(from.slice(-5, -3));
  let d = Number(from.slice(-2));
  let prefix = from.slice(0, -2);
  for (let i = a + 1; i <= b; i++) {
    d++;
    if (d > 28 && d > monthLength(y, m)) {
      d = 1;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
      prefix = `${yearText(y)}-${pad2(m)}-`;
    }
    out.push(`${prefix}${pad2(d)}` as Day);
  }
  return out;
}

function monthLength(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The last day of the week that begins on `weekStartDay`, cut at LAST_DAY: the calendar ends there. */
export function weekEndOf(weekStartDay: Day): Day {
  const e = epochDay(weekStartDay) + 6;
  return e > LAST_DAY_EPOCH ? LAST_DAY : dayFromEpoch(e);
}

/**
 * The earlier of two days: safe for any two days dayFromEpoch makes. Two days of years 0000-9999 (ten
 * characters each) compare as text; others by epoch number.
 */
export function earlierDay(a: Day, b: Day): Day {
  if (a.length === 10 && b.length === 10) return a <= b ? a : b;
  return epochDay(a) <= epochDay(b) ? a : b;
}

/** The later of two days (see earlierDay). */
export function laterDay(a: Day, b: Day): Day {
  if (a.length === 10 && b.length === 10) return a >= b ? a : b;
  return epochDay(a) >= epochDay(b) ? a : b;
}

/**
 * weekLabel, with integer maths: the ISO label (`2026-W48`) of the week beginning `weekStartDay`, a
 * Sunday week taking the label of the ISO week that begins the next day. Unlike day.ts's Date-based
 * version it never throws, whatever the year (a year outside 0000-9999 is written as yearText does).
 */
export function weekLabelOf(weekStartDay: Day, weekStart: WeekStart): string {
  const monday = epochDay(weekStartDay) + (weekStart === 'monday' ? 0 : 1);
  const thursday = dayFromEpoch(monday + 3);
  const year = Number(thursday.slice(0, -6));
  const jan1 = epochDay(`${yearText(year)}-01-01` as Day);
  const week = Math.floor((monday + 3 - jan1) / 7) + 1;
  return `${yearText(year)}-W${pad2(week)}`;
}
