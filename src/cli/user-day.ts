import { parseDay, type Day } from '../core/day';

/** The first and last day the CLI takes from a user: years 1000 to 9999, the years written with four digits. */
export const FIRST_DAY = '1000-01-01';
export const LAST_DAY = '9999-12-31';

/**
 * A day a user typed (`--date`, `--today`, a date field in `--set`): `YYYY-MM-DD`, a real calendar day,
 * in the years 1000 to 9999. Otherwise a clause saying what is wrong, to follow "must be ...".
 */
export function readUserDay(raw: string): { ok: true; day: Day } | { ok: false; why: string } {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseDay(raw) : undefined;
  if (!day) return { ok: false, why: `a calendar day written YYYY-MM-DD, not "${raw}"` };
  // Years before 1000 are not ours to count: JavaScript's Date reads years 0 to 99 as 1900 to 1999.
  if (day < FIRST_DAY) return { ok: false, why: `a day from ${FIRST_DAY} to ${LAST_DAY}, not "${raw}"` };
  return { ok: true, day };
}
