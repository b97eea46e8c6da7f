import type { Day, WeekStart } from '../day';

/*
 * Fast day arithmetic for the statistics' hot loops. src/core/day.ts is the reference (and what the
 * tests compare against); these do the same with integer calendar maths, without building a Date
 * or re-validating a string per step, because a rebuild walks years of days for every promise.
 */

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function epochDay(day: Day): number {
  let y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
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
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}` as Day;
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
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  let d = Number(from.slice(8, 10));
  let prefix = from.slice(0, 8);
  for (let i = a + 1; i <= b; i++) {
    d++;
    if (d > 28 && d > monthLength(y, m)) {
      d = 1;
      m++;
      if (m > 12) {
        m = 1;
        y++;
      }
      prefix = `${String(y).padStart(4, '0')}-${pad2(m)}-`;
    }
    out.push(`${prefix}${pad2(d)}` as Day);
  }
  return out;
}

function monthLength(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
