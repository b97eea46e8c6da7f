import type { Day } from '../day';
import { shiftDay } from './day-range';
import type { EmotionalJournalEntry } from '../entry';
import type { EmotionsCard } from '../dashboard/model';
import { comparePaths, datedBetween, within } from './note-entries';

/** The emotions card looks back this many days, today included. */
export const EMOTION_WINDOW_DAYS = 30;

/** The name an emotion is counted under: trimmed, lower case, inner spaces collapsed. */
export function emotionKey(name: string): string {
  // The same few names come back in every note: each is worked out once (a bounded cache).
  let key = emotionKeys.get(name);
  if (key === undefined) {
    key = name.trim().replace(/\s+/g, ' ').toLowerCase();
    if (emotionKeys.size >= 10_000) emotionKeys.clear();
    emotionKeys.set(name, key);
  }
  return key;
}

const emotionKeys = new Map<string, string>();



/**
 * Each emotion named in the notes: how often, and its mean intensity over the times an intensity
 * was given (null when never). Most named first, ties by name.
 */
export function emotionStats(entries: readonly EmotionalJournalEntry[]): EmotionsCard['items'] {
  const acc = new Map<string, { count: number; sum: number; rated: number }>();
  for (const entry of entries) {
    for (const emotion of entry.emotions) {
      const name = emotionKey(emotion.name);
      if (!name) continue;
      const a = acc.get(name) ?? { count: 0, sum: 0, rated: 0 };
      a.count++;
      if (emotion.intensity !== null) {
        a.sum += emotion.intensity;
        a.rated++;
      }
      acc.set(name, a);
    }
  }
  return [...acc.entries()]
    .map(([name, a]) => ({ name, count: a.count, meanIntensity: a.rated ? Math.round((a.sum / a.rated) * 100) / 100 : null }))
    .sort((x, y) => y.count - x.count || comparePaths(x.name, y.name));
}

/** The last 30 days of emotional-journal notes, today included. */
export function emotionsCard(entries: readonly EmotionalJournalEntry[], today: Day, sortedOldestFirst = false): EmotionsCard {
  const since = shiftDay(today, -(EMOTION_WINDOW_DAYS - 1));
  // Sorted by date (as the dashboard's lists are), the 30 days are found by binary search, not a pass over years.
  const recent = sortedOldestFirst ? datedBetween(entries, since, today) : entries.filter((e) => within(e.date, since, today));
  return { since, items: emotionStats(recent), entries: recent.length };
}
