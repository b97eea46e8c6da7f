import type { PromiseEntry } from '../entry';
import { notesInScope, type VaultScope } from '../index/vault-scope';
import type { IndexView } from '../ports';
import { matchTier, type MatchTier } from '../text-match';

export type PromiseMatch =
  | { kind: 'found'; promise: PromiseEntry }
  | { kind: 'ambiguous'; candidates: PromiseEntry[] }
  | { kind: 'none'; known: PromiseEntry[] };

function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}

/**
 * Every promise the dashboard counts, by path: notes in the template folder and likely copies are
 * left out, as in buildDashboard (see notesInScope). `scope` defaults to the default settings.
 */
export function allPromises(index: IndexView, scope?: VaultScope): PromiseEntry[] {
  const out: PromiseEntry[] = [];
  for (const note of notesInScope(index.notes(), scope)) if (note.entry?.kind === 'small-promise') out.push(note.entry);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * The names a promise answers to, for `matchTier`: in full, its text, its file name, its path (with or
 * without `.md`), its file name with `.md`; in part, its text and its file name.
 */
export function promiseNames(p: { promise: string; path: string }): { exact: string[]; partial: string[] } {
  const name = baseName(p.path);
  return { exact: [p.promise, name, `${name}.md`, p.path, p.path.replace(/\.md$/i, '')], partial: [p.promise, name] };
}

/**
 * Finds the promise a person means by its text or its note's name, after Unicode normalisation and
 * case folding (src/core/text-match.ts): an exact match first, then a partial one, then the same two
 * without accents (`creme` finds `Crème brûlée`). The first tier with a match decides: one promise is
 * found; several are ambiguous unless exactly one of them is active (active wins over paused or done).
 * Only the promises `allPromises` gives are searched, so a template or a likely copy never makes a
 * name ambiguous.
 */
export function findPromise(index: IndexView, query: string, scope?: VaultScope): PromiseMatch {
  const promises = allPromises(index, scope);
  const tiers: PromiseEntry[][] = [[], [], [], []];
  for (const p of promises) {
    const n = promiseNames(p);
    const tier: MatchTier | null = matchTier(query, n.exact, n.partial);
    if (tier !== null) tiers[tier]?.push(p);
  }
  for (const list of tiers) {
    if (list.length === 1) return { kind: 'found', promise: list[0] as PromiseEntry };
    if (list.length > 1) {
      const active = list.filter((p) => p.status === 'active');
      if (active.length === 1) return { kind: 'found', promise: active[0] as PromiseEntry };
      return { kind: 'ambiguous', candidates: list };
    }
  }
  return { kind: 'none', known: promises };
}
