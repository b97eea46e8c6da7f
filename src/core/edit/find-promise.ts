import type { PromiseEntry } from '../entry';
import type { IndexView } from '../ports';

export type PromiseMatch =
  | { kind: 'found'; promise: PromiseEntry }
  | { kind: 'ambiguous'; candidates: PromiseEntry[] }
  | { kind: 'none'; known: PromiseEntry[] };

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

const norm = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');

export function allPromises(index: IndexView): PromiseEntry[] {
  const out: PromiseEntry[] = [];
  for (const note of index.notes()) if (note.entry?.kind === 'small-promise') out.push(note.entry);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Finds the promise a person means by its text or its note's name: an exact match first (text, file
 * name or path), then a unique partial match. Active promises win over paused or done ones.
 */
export function findPromise(index: IndexView, query: string): PromiseMatch {
  const promises = allPromises(index);
  const q = norm(query);
  if (q === '') return { kind: 'none', known: promises };
  const pick = (list: PromiseEntry[]): PromiseMatch | undefined => {
    if (list.length === 1) return { kind: 'found', promise: list[0] as PromiseEntry };
    if (list.length > 1) {
      const active = list.filter((p) => p.status === 'active');
      if (active.length === 1) return { kind: 'found', promise: active[0] as PromiseEntry };
      return { kind: 'ambiguous', candidates: list };
    }
    return undefined;
  };
  const exact = promises.filter(
    (p) => norm(p.promise) === q || norm(baseName(p.path)) === q || norm(p.path) === q || norm(p.path) === `${q}.md`,
  );
  const partial = promises.filter((p) => norm(p.promise).includes(q) || norm(baseName(p.path)).includes(q));
  return pick(exact) ?? pick(partial) ?? { kind: 'none', known: promises };
}
