/**
 * Test builders: real markdown notes in, entries out. The notes are written as a user would write
 * them and read with gray-matter; the mapping to entries here is a small stand-in for the parser
 * (src/core/parse), enough for the statistics tests, so they do not depend on its progress.
 */
import matter from 'gray-matter';
import { addDays, eachDay, isDay, utcDayOf, type Day } from '../../../src/core/day';
import { ELEMENT_IDS, type Entry, type ElementId, type ParsedNote, type PromiseEntry } from '../../../src/core/entry';
import type { IndexView } from '../../../src/core/ports';

export const d = (text: string): Day => {
  if (!isDay(text)) throw new Error(`not a day: ${text}`);
  return text;
};

/** Every day from `from` to `to`, both included. */
export const days = (from: string, to: string): Day[] => [...eachDay(d(from), d(to))];

export const shift = (day: string, n: number): Day => addDays(d(day), n);

/** A frontmatter block and a body, as a user would write it. */
export function noteText(frontmatter: string, body = 'Some words of my own.\n'): string {
  return `---\n${frontmatter.trim()}\n---\n${body}`;
}

/** YAML list lines for days, written unquoted as people type them. */
export function yamlDays(key: string, list: readonly string[]): string {
  return list.length ? `${key}:\n${list.map((x) => `  - ${x}`).join('\n')}` : `${key}: []`;
}

export interface PromiseNoteOptions {
  date: string;
  promise?: string;
  times?: number;
  per?: 'day' | 'week';
  kept?: readonly string[];
  skipped?: readonly string[];
  status?: 'active' | 'paused' | 'done';
  start?: string;
}

export function promiseNote(o: PromiseNoteOptions): string {
  return noteText(
    [
      'selftrust: small-promise',
      `date: ${o.date}`,
      `promise: "${o.promise ?? 'Walk for 15 minutes'}"`,
      `times: ${o.times ?? 1}`,
      `per: ${o.per ?? 'day'}`,
      yamlDays('kept', o.kept ?? []),
      yamlDays('skipped', o.skipped ?? []),
      `status: ${o.status ?? 'active'}`,
      ...(o.start ? [`start: ${o.start}`] : []),
    ].join('\n'),
    '## How keeping it feels\nLighter than I expected.\n',
  );
}

/** Reads a promise note straight to its entry. */
export function promiseFrom(text: string, path = 'Self-trust/promise.md'): PromiseEntry {
  const entry = readNote(path, text).entry;
  if (entry?.kind !== 'small-promise') throw new Error('not a promise note');
  return entry;
}

function toDay(v: unknown): Day | null {
  if (v instanceof Date) return utcDayOf(v);
  if (typeof v === 'string' && isDay(v.trim())) return v.trim() as Day;
  return null;
}
const dayList = (v: unknown): Day[] =>
  (Array.isArray(v) ? v : v == null ? [] : [v]).map(toDay).filter((x): x is Day => x !== null).sort();
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && v.trim() && !isNaN(Number(v)) ? Number(v) : null);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : typeof v === 'string' ? [v] : []);

/** `- Honesty: 8` map items or `anxious 6/10` / bare text items, as the templates suggest. */
function ratedList(v: unknown): { name: string; rating: number | null }[] {
  const items = Array.isArray(v) ? v : v == null ? [] : [v];
  return items.flatMap((item) => {
    if (item && typeof item === 'object') return Object.entries(item).map(([name, r]) => ({ name: name.trim(), rating: num(r) }));
    const m = /^(.+?)\s+(\d+)(?:\/10)?$/.exec(String(item).trim());
    return [m ? { name: m[1]!.trim(), rating: Number(m[2]) } : { name: String(item).trim(), rating: null }];
  });
}

/** A small stand-in for parseNote: frontmatter read with gray-matter, mapped to one entry. */
export function readNote(path: string, text: string): ParsedNote {
  let data: Record<string, unknown>;
  try {
    data = matter(text, {}).data as Record<string, unknown>;
  } catch (e) {
    return { path, entry: null, problems: [{ path, message: `The frontmatter could not be read: ${(e as Error).message}` }] };
  }
  const date = toDay(data.date);
  if (!date) return { path, entry: null, problems: [{ path, message: 'This note has no date.' }] };
  const base = { path, date };
  const entry = ((): Entry | null => {
    switch (data.selftrust) {
      case 'small-promise':
        return {
          ...base,
          kind: 'small-promise',
          promise: str(data.promise) ?? '',
          times: num(data.times) ?? 1,
          per: data.per === 'week' ? 'week' : 'day',
          kept: dayList(data.kept),
          skipped: dayList(data.skipped),
          status: data.status === 'paused' || data.status === 'done' ? data.status : 'active',
          start: toDay(data.start) ?? date,
        };
      case 'value-mapping':
        return { ...base, kind: 'value-mapping', values: ratedList(data.values).map((r) => ({ name: r.name, alignment: r.rating })) };
      case 'emotional-journal':
        return {
          ...base,
          kind: 'emotional-journal',
          emotions: ratedList(data.emotions).map((r) => ({ name: r.name, intensity: r.rating })),
          trigger: str(data.trigger),
        };
      case 'mistake-ledger':
        return { ...base, kind: 'mistake-ledger', mistake: str(data.mistake), lesson: str(data.lesson), applied: data.applied === true };
      case 'self-compassion-letter':
        return { ...base, kind: 'self-compassion-letter' };
      case 'trust-model':
        return { ...base, kind: 'trust-model', situation: str(data.situation) };
      case 'strengths-weaknesses':
        return { ...base, kind: 'strengths-weaknesses', strengths: strs(data.strengths), weaknesses: strs(data.weaknesses) };
      case 'achievable-goal':
        return {
          ...base,
          kind: 'achievable-goal',
          goal: str(data.goal),
          status: (['active', 'reached', 'paused', 'released'] as const).find((s) => s === data.status) ?? 'active',
          obstacles: strs(data.obstacles),
          reached: toDay(data.reached),
        };
      case 'mindfulness':
        return { ...base, kind: 'mindfulness', minutes: num(data.minutes) };
      case 'boundary-log':
        return { ...base, kind: 'boundary-log', boundary: str(data.boundary), held: typeof data.held === 'boolean' ? data.held : null };
      case 'weekly-reflection':
        return { ...base, kind: 'weekly-reflection', week: str(data.week), rating: num(data.rating), wins: strs(data.wins), adjust: strs(data.adjust) };
      case 'self-care-check-in':
        return { ...base, kind: 'self-care-check-in', energy: num(data.energy), needs: strs(data.needs), plan: strs(data.plan) };
      case 'getting-support':
        return { ...base, kind: 'getting-support' };
      case 'self-trust-check-in':
        return {
          ...base,
          kind: 'self-trust-check-in',
          scores: Object.fromEntries(ELEMENT_IDS.map((id) => [id, num(data[id])])) as Record<ElementId, number | null>,
        };
      default:
        return null;
    }
  })();
  return entry
    ? { path, entry, problems: [] }
    : { path, entry: null, problems: [{ path, message: `Unknown kind of note: ${String(data.selftrust)}.` }] };
}

/** A tiny IndexView over notes read with readNote, in the order given. */
export function testIndex(notes: Record<string, string> | [string, string][], revision = 1): IndexView {
  const pairs = Array.isArray(notes) ? notes : Object.entries(notes);
  const parsed = pairs.map(([path, text]) => readNote(path, text));
  return { revision, notes: () => parsed };
}

/** Entries of one kind read from notes, keyed by path. */
export function entriesFrom<K extends Entry['kind']>(kind: K, notes: Record<string, string>): Extract<Entry, { kind: K }>[] {
  return Object.entries(notes)
    .map(([path, text]) => readNote(path, text).entry)
    .filter((e): e is Extract<Entry, { kind: K }> => e?.kind === kind);
}
