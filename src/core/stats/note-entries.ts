import type { Day } from '../day';
import type { Entry, ParsedNote, Problem } from '../entry';

/**
 * The entries of the given notes, oldest first (same day: by path), so nothing downstream depends
 * on the order notes were added. Only a note's `entry` counts, never its problems.
 */
export function entriesOf(notes: readonly ParsedNote[]): Entry[] {
  const out: Entry[] = [];
  for (const note of notes) if (note.entry) out.push(note.entry);
  return out.sort(byDateThenPath);
}

/** Entries of one kind, in the order given (entriesOf gives oldest first). */
export function entriesOfKind<K extends Entry['kind']>(entries: readonly Entry[], kind: K): Extract<Entry, { kind: K }>[] {
  return entries.filter((e): e is Extract<Entry, { kind: K }> => e.kind === kind);
}

/** Problems of all notes, by path then message. */
export function problemsOf(notes: readonly ParsedNote[]): Problem[] {
  return notes
    .flatMap((n) => n.problems.map((p) => ({ path: p.path, message: p.message })))
    .sort((a, b) => comparePaths(a.path, b.path) || comparePaths(a.message, b.message));
}

/** Plain code-unit order: the same in every locale and runtime, unlike localeCompare. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Oldest first; notes of the same day by path. */
export function byDateThenPath(a: { date: Day; path: string }, b: { date: Day; path: string }): number {
  return comparePaths(a.date, b.date) || comparePaths(a.path, b.path);
}

/** Newest first; notes of the same day by path. */
export function newestFirst(a: { date: Day; path: string }, b: { date: Day; path: string }): number {
  return comparePaths(b.date, a.date) || comparePaths(a.path, b.path);
}

/** The newest of a list already sorted oldest first (the last one: on a tie, the greatest path). */
export function newest<T>(sortedOldestFirst: readonly T[]): T | null {
  return sortedOldestFirst[sortedOldestFirst.length - 1] ?? null;
}

/** Whether `day` lies in [from, to], both included. */
export function within(day: Day, from: Day, to: Day): boolean {
  return day >= from && day <= to;
}

/** Rounds a figure for display-stable JSON (no 0.30000000000000004). */
export function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** The newest entry of one kind in a list sorted oldest first: a walk back from the end, not a scan of all. */
export function newestOfKind<K extends Entry['kind']>(sortedOldestFirst: readonly Entry[], kind: K): Extract<Entry, { kind: K }> | null {
  for (let i = sortedOldestFirst.length - 1; i >= 0; i--) {
    const e = sortedOldestFirst[i] as Entry;
    if (e.kind === kind) return e as Extract<Entry, { kind: K }>;
  }
  return null;
}

/** The entries dated on or after `since`, from a list sorted oldest first (binary search). */
export function entriesSince(sortedOldestFirst: readonly Entry[], since: Day): Entry[] {
  let lo = 0;
  let hi = sortedOldestFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sortedOldestFirst[mid] as Entry).date < since) lo = mid + 1;
    else hi = mid;
  }
  return sortedOldestFirst.slice(lo);
}

/**
 * The entries dated from `from` through `to` (both included), from a list sorted by date oldest
 * first, by binary search: what `filter((e) => within(e.date, from, to))` gives, in the same order.
 */
export function datedBetween<T extends { date: Day }>(sortedOldestFirst: readonly T[], from: Day, to: Day): T[] {
  const first = (bound: Day, after: boolean): number => {
    let lo = 0;
    let hi = sortedOldestFirst.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const d = (sortedOldestFirst[mid] as T).date;
      if (d < bound || (after && d === bound)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (to < from) return [];
  return sortedOldestFirst.slice(first(from, false), first(to, true));
}

/** Entries grouped by kind in one pass, each group in the order given. */
export function entriesByKind(entries: readonly Entry[]): <K extends Entry['kind']>(kind: K) => Extract<Entry, { kind: K }>[] {
  const groups = new Map<Entry['kind'], Entry[]>();
  for (const e of entries) {
    const group = groups.get(e.kind);
    if (group) group.push(e);
    else groups.set(e.kind, [e]);
  }
  return <K extends Entry['kind']>(kind: K) => (groups.get(kind) ?? []) as Extract<Entry, { kind: K }>[];
}
