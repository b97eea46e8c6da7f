import type { Day } from '../day';
import type { ParsedNote, PromiseEntry } from '../entry';
import type { IndexView } from '../ports';
import type { DailyNote } from '../parse/daily-note';
import { foldText } from '../text-match';

/**
 * Days a promise gets from daily notes (issue 12, point 4): each checked task in a daily note that
 * links the promise's note is a keep on the daily note's day, a rest day with `#rest`, and a slip for
 * an "I won't…" promise. The promise note's own lists stay as written (daily notes are never written);
 * the statistics read the two together, a day counted once when both say it.
 */
export interface DailyNoteDays {
  /** Per day, the daily notes that logged a keep (a slip, for an at-most promise): one path per task. */
  kept: Map<Day, string[]>;
  /** Per day, the daily notes that logged a rest day. */
  rest: Map<Day, string[]>;
}

/**
 * Which promise each link names, as Obsidian resolves a link: by its path (`Self-trust/Walk`, with or
 * without `.md`), by its file name (`Walk`: when one promise note has it), or by one of its `aliases`
 * (when one promise has it). Names are compared after NFC and case folding (foldText). A link that
 * names no promise, or more than one, counts for none.
 */
export function promiseForLink(promises: readonly PromiseEntry[]): (link: string) => PromiseEntry | undefined {
  const byPath = new Map<string, PromiseEntry>();
  const byName = new Map<string, PromiseEntry[]>();
  const byAlias = new Map<string, PromiseEntry[]>();
  const add = (map: Map<string, PromiseEntry[]>, key: string, p: PromiseEntry): void => {
    const list = map.get(key);
    if (list) {
      if (!list.includes(p)) list.push(p);
    } else map.set(key, [p]);
  };
  for (const p of promises) {
    const noExt = foldText(p.path.replace(/\.md$/i, ''));
    byPath.set(noExt, p);
    add(byName, noExt.slice(noExt.lastIndexOf('/') + 1), p);
    for (const alias of p.aliases ?? []) add(byAlias, foldText(alias), p);
  }
  const only = (list: PromiseEntry[] | undefined): PromiseEntry | undefined => (list?.length === 1 ? list[0] : undefined);
  return (link) => {
    const key = foldText(link.replace(/\.md$/i, '').replace(/^\/+/, ''));
    return byPath.get(key) ?? (key.includes('/') ? undefined : only(byName.get(key)) ?? only(byAlias.get(key)));
  };
}

/**
 * The days every promise gets from these daily notes, by promise path. A task linking the same
 * promise twice counts once; two tasks count twice (two walks that day). Days before a promise's
 * `start` are kept here and left out by the statistics, as days in its own note are.
 */
export function dailyNoteDays(dailyNotes: readonly DailyNote[], promises: readonly PromiseEntry[]): Map<string, DailyNoteDays> {
  return dailyNoteDaysWith(dailyNotes, promiseForLink(promises));
}

/** dailyNoteDays with the links resolved by `resolve` (promiseForLink), for a caller that keeps one. */
export function dailyNoteDaysWith(dailyNotes: readonly DailyNote[], resolve: (link: string) => PromiseEntry | undefined): Map<string, DailyNoteDays> {
  const out = new Map<string, DailyNoteDays>();
  for (const note of dailyNotes) {
    for (const task of note.tasks) {
      const named = new Set<PromiseEntry>();
      for (const link of task.links) {
        const p = resolve(link);
        if (p) named.add(p);
      }
      for (const p of named) {
        let days = out.get(p.path);
        if (!days) out.set(p.path, (days = { kept: new Map(), rest: new Map() }));
        const map = task.rest ? days.rest : days.kept;
        map.set(note.day, [...(map.get(note.day) ?? []), note.path]);
      }
    }
  }
  return out;
}

/**
 * The promise as the statistics read it with its daily-note days: a day's keeps (or slips) are the
 * larger of the note's count and the daily notes' count, so a day in both counts once; rest days are
 * both lists'. `daily` on the result says which days came from which daily notes. Without daily-note
 * days the entry itself is returned (the same object: the dashboard's memory keys on it).
 */
export function withDailyNoteDays(promise: PromiseEntry, days: DailyNoteDays | undefined): PromiseEntry {
  if (!days || (days.kept.size === 0 && days.rest.size === 0)) return promise;
  const atMost = promise.aim === 'at-most';
  const own = atMost ? (promise.slipped ?? []) : promise.kept;
  const counts = new Map<Day, number>();
  for (const day of own) counts.set(day, (counts.get(day) ?? 0) + 1);
  const merged = [...own];
  const daily: NonNullable<PromiseEntry['daily']> = [];
  const list = atMost ? 'slipped' : 'kept';
  for (const [day, paths] of days.kept) {
    for (let i = counts.get(day) ?? 0; i < paths.length; i++) merged.push(day);
    daily.push({ day, list, paths: [...new Set(paths)] });
  }
  const skipped = [...promise.skipped];
  for (const [day, paths] of days.rest) {
    if (!promise.skipped.includes(day)) skipped.push(day);
    daily.push({ day, list: 'skipped', paths: [...new Set(paths)] });
  }
  merged.sort();
  skipped.sort();
  daily.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const out: PromiseEntry = { ...promise, skipped, daily };
  if (atMost) out.slipped = merged;
  else out.kept = merged;
  return out;
}

/**
 * An index as the dashboard reads it with daily notes: the same notes, each promise's entry read with
 * its daily-note days (withDailyNoteDays). For a host or the CLI that found the daily notes itself;
 * buildDashboard takes it like any IndexView. Without daily notes, the index itself.
 */
export function withDailyNotes(index: IndexView, dailyNotes: readonly DailyNote[]): IndexView {
  if (dailyNotes.length === 0) return index;
  const notes = [...index.notes()];
  const promises = notes.flatMap((n) => (n.entry?.kind === 'small-promise' ? [n.entry] : []));
  const days = dailyNoteDays(dailyNotes, promises);
  const read: ParsedNote[] = notes.map((n) => {
    if (n.entry?.kind !== 'small-promise') return n;
    const entry = withDailyNoteDays(n.entry, days.get(n.path));
    return entry === n.entry ? n : { ...n, entry };
  });
  return { revision: index.revision, notes: () => read };
}
