import type { Day } from '../day';
import type { EmotionalJournalEntry } from '../entry';
import type { FeelingMonths } from '../dashboard/model';
import { emotionKey } from './emotions';
import { comparePaths, datedBetween } from './note-entries';

/** How many months "month by month" looks back, this month included. */
export const FEELING_MONTHS = 12;

/** How many of the most named feelings get a line of their own. */
export const FEELINGS_FOLLOWED = 5;

/** `2026-11` for `2026-11-26`. */
export function monthOf(day: Day): string {
  return day.slice(0, -3);
}

/** The month before `month` (`2026-01` → `2025-12`). */
function previousMonth(month: string): string {
  const y = Number(month.slice(0, -3));
  const m = Number(month.slice(-2));
  return m === 1 ? `${String(y - 1).padStart(4, '0')}-12` : `${month.slice(0, -3)}-${String(m - 1).padStart(2, '0')}`;
}

/** One month's journal entries read: how many, and per feeling how often and with what intensities. */
type MonthFeelings = { entries: number; feelings: Map<string, { count: number; sum: number; rated: number }> };

/** Month → the entries it was read from and what they hold; a caller keeps one per list it passes. */
export type FeelingMonthsMemo = Map<string, { run: readonly EmotionalJournalEntry[]; feelings: MonthFeelings }>;

function addMonth(m: MonthFeelings, run: readonly EmotionalJournalEntry[]): void {
  for (const entry of run) {
    m.entries++;
    for (const emotion of entry.emotions) {
      const name = emotionKey(emotion.name);
      if (!name) continue;
      const f = m.feelings.get(name) ?? { count: 0, sum: 0, rated: 0 };
      f.count++;
      if (emotion.intensity !== null) {
        f.sum += emotion.intensity;
        f.rated++;
      }
      m.feelings.set(name, f);
    }
  }
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * How the most named feelings moved, month by month: the last 12 months up to today's (starting at
 * the first month that holds a journal entry, so a young practice has no empty months in front), the
 * 5 feelings named most over those months (ties by name), and per month how often each was named and
 * its mean intensity (null when it was not named, or named without an intensity). Entries after
 * today are left out.
 */
export function feelingMonths(entries: readonly EmotionalJournalEntry[], today: Day, memo?: FeelingMonthsMemo): FeelingMonths {
  const last = monthOf(today);
  let first = last;
  for (let i = 1; i < FEELING_MONTHS; i++) first = previousMonth(first);
  // With a memo the entries come sorted by date (the dashboard's list): the window is found by binary
  // search, and a month whose entries are the very same as last time is not read again.
  const inWindow = memo ? datedBetween(entries, `${first}-01` as Day, today) : entries.filter((e) => e.date <= today && monthOf(e.date) >= first);
  if (inWindow.length === 0) return { names: [], months: [] };

  const totals = new Map<string, number>();
  const perMonth = new Map<string, MonthFeelings>();
  for (let i = 0; i < inWindow.length; ) {
    const month = monthOf((inWindow[i] as EmotionalJournalEntry).date);
    let j = i + 1;
    // Without a memo the entries may come in any order: one entry at a time, as before.
    if (memo) while (j < inWindow.length && monthOf((inWindow[j] as EmotionalJournalEntry).date) === month) j++;
    const run = inWindow.slice(i, j);
    i = j;
    const known = memo?.get(month);
    let m: MonthFeelings;
    if (known && sameList(known.run, run)) m = known.feelings;
    else {
      m = perMonth.get(month) ?? { entries: 0, feelings: new Map() };
      addMonth(m, run);
      memo?.set(month, { run, feelings: m });
    }
    perMonth.set(month, m);
  }
  for (const m of perMonth.values()) for (const [name, f] of m.feelings) totals.set(name, (totals.get(name) ?? 0) + f.count);
  const names = [...totals.entries()]
    .sort((a, b) => b[1] - a[1] || comparePaths(a[0], b[0]))
    .slice(0, FEELINGS_FOLLOWED)
    .map(([name]) => name);

  const months: FeelingMonths['months'] = [];
  const start = [...perMonth.keys()].sort(comparePaths)[0] ?? last;
  const order: string[] = [];
  for (let month = last; ; month = previousMonth(month)) {
    order.unshift(month);
    if (month <= start) break;
  }
  for (const month of order) {
    const m = perMonth.get(month);
    months.push({
      month,
      entries: m?.entries ?? 0,
      counts: names.map((n) => m?.feelings.get(n)?.count ?? 0),
      meanIntensity: names.map((n) => {
        const f = m?.feelings.get(n);
        return f && f.rated > 0 ? Math.round((f.sum / f.rated) * 100) / 100 : null;
      }),
    });
  }
  return { names, months };
}
