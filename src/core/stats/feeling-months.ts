import type { Day } from '../day';
import type { EmotionalJournalEntry } from '../entry';
import type { FeelingMonths } from '../dashboard/model';
import { emotionKey } from './emotions';
import { comparePaths } from './note-entries';

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

/**
 * How the most named feelings moved, month by month: the last 12 months up to today's (starting at
 * the first month that holds a journal entry, so a young practice has no empty months in front), the
 * 5 feelings named most over those months (ties by name), and per month how often each was named and
 * its mean intensity (null when it was not named, or named without an intensity). Entries after
 * today are left out.
 */
export function feelingMonths(entries: readonly EmotionalJournalEntry[], today: Day): FeelingMonths {
  const last = monthOf(today);
  let first = last;
  for (let i = 1; i < FEELING_MONTHS; i++) first = previousMonth(first);
  const inWindow = entries.filter((e) => e.date <= today && monthOf(e.date) >= first);
  if (inWindow.length === 0) return { names: [], months: [] };

  const totals = new Map<string, number>();
  const perMonth = new Map<string, { entries: number; feelings: Map<string, { count: number; sum: number; rated: number }> }>();
  for (const entry of inWindow) {
    const month = monthOf(entry.date);
    let m = perMonth.get(month);
    if (!m) perMonth.set(month, (m = { entries: 0, feelings: new Map() }));
    m.entries++;
    for (const emotion of entry.emotions) {
      const name = emotionKey(emotion.name);
      if (!name) continue;
      totals.set(name, (totals.get(name) ?? 0) + 1);
      const f = m.feelings.get(name) ?? { count: 0, sum: 0, rated: 0 };
      f.count++;
      if (emotion.intensity !== null) {
        f.sum += emotion.intensity;
        f.rated++;
      }
      m.feelings.set(name, f);
    }
  }
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
