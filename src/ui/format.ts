/**
 * Words and numbers as a person reads them. Days stay ISO strings: formatting them by hand
 * (never through a Date) keeps every time zone showing the day the note names.
 */
import type { PromisePer } from '../core/entry';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11-26` → `26 Nov 2026` (or `26 Nov` without the year). A year may have more digits (`10000-01-01`, a day past the calendar). */
export function formatDay(iso: string, withYear = true): string {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1] ?? m[2];
  const day = String(Number(m[3]));
  return withYear ? `${day} ${month} ${m[1]}` : `${day} ${month}`;
}

export function monthOf(iso: string): string {
  return MONTHS[Number(iso.slice(-5, -3)) - 1] ?? '';
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function percent(share: number): string {
  const clamped = Math.max(0, Math.min(1, Number.isFinite(share) ? share : 0));
  return `${Math.round(clamped * 100)}%`;
}

/** A rounded mean, e.g. 6.5; null stays "not rated". */
export function oneDecimal(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return '–';
  return (Math.round(n * 10) / 10).toString();
}

/** "Every day", "3 times a day", "Once a week", "2 times a week". */
export function targetText(times: number, per: PromisePer): string {
  if (times <= 1) return per === 'day' ? 'Every day' : 'Once a week';
  return `${times} times a ${per}`;
}

/** An "I won't…" promise's limit: "Never", "At most once a day", "At most 2 times a week". */
export function limitText(times: number, per: PromisePer): string {
  if (times <= 0) return 'Never';
  return times === 1 ? `At most once a ${per}` : `At most ${times} times a ${per}`;
}

/** Where an "I won't…" promise stands this period: "No slip so far", "1 of at most 2", "3: past the limit of 2". */
export function slipsText(slips: number, times: number): string {
  if (slips > times) return `${slips}: past the limit of ${times}`;
  if (slips === 0) return 'No slip so far';
  return `${slips} of at most ${times}`;
}

export function streakText(n: number, unit: 'day' | 'week'): string {
  return plural(n, unit);
}

/** A broken (or not yet begun) streak is a fresh start, never a failure. */
export function freshStartText(unit: 'day' | 'week'): string {
  return unit === 'day' ? 'Fresh start — day 1 is today' : 'Fresh start — this week is week 1';
}

export function periodText(per: PromisePer): string {
  return per === 'day' ? 'today' : 'this week';
}

/** "Family matters a lot to you and got less room lately — what would one small step toward it look like?" */
export function gapSentence(value: string): string {
  return `${value} matters a lot to you and got less room lately — what would one small step toward it look like?`;
}

/** "Starts on 7 Dec 2026: nothing is asked before then", for a promise whose `start` is after today. */
export function startsText(start: string): string {
  return `Starts on ${formatDay(start)}: nothing is asked before then`;
}
