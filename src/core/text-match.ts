/**
 * Matching what a person types against names they see: a promise's text, a note's file name.
 * Two strings that look the same must match, whatever bytes they are made of:
 * - macOS file systems hand out names decomposed (NFD: `e` + U+0301) while what is typed is
 *   composed (NFC: `é`); Resilio's help ("Conflict files in Sync") shows the same mismatch as conflicts.
 * - `toLocaleLowerCase()` depends on the machine's locale (Turkish `I` → `ı`), so case is folded with
 *   the locale-free `toLowerCase()`, which turns `İ` into `i` + U+0307; that dot only marks the
 *   capital and is dropped, as Unicode's Turkic case folding does (CaseFolding.txt, status T).
 * - Accents are optional as a fallback: `creme` finds `Crème brûlée`, `ingilizce calis` finds
 *   `İngilizce çalış`. Compatibility decomposition (NFKD) splits letters from their marks, the marks
 *   (`\p{M}`) go, and the few letters that do not decompose (`ı`, `ø`, `ß`, …) are spelled plainly.
 */

/** Letters with no decomposition, written as a person without the key would type them. */
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ħ: 'h',
  ŧ: 't',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};
const PLAIN_RE = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'g');

/**
 * The strict form: NFC, lower case without a locale, the dot of `İ` dropped, runs of white space as
 * one space, trimmed. Two strings a person would call "the same, ignoring case" fold alike.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(/i\u0307/g, 'i')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The loose form: `foldText` without accents or other marks (`Crème brûlée` → `creme brulee`). */
export function looseText(s: string): string {
  return foldText(s)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(PLAIN_RE, (c) => PLAIN_LETTERS[c] ?? c)
    .normalize('NFC');
}

/** How well a query names a thing, best first: 0 exact, 1 partial, 2 exact without accents, 3 partial without accents. */
export type MatchTier = 0 | 1 | 2 | 3;

/**
 * How well `query` names a thing, or null for no match. `exact` are the names the thing answers to
 * in full (its text, its file name, its path); `partial` those a part of which may be typed
 * (default: the same). An empty query matches nothing: callers decide what an empty query shows.
 */
export function matchTier(query: string, exact: readonly string[], partial: readonly string[] = exact): MatchTier | null {
  const q = foldText(query);
  if (q === '') return null;
  if (exact.some((s) => foldText(s) === q)) return 0;
  if (partial.some((s) => foldText(s).includes(q))) return 1;
  const loose = looseText(q);
  if (loose === '') return null;
  if (exact.some((s) => looseText(s) === loose)) return 2;
  if (partial.some((s) => looseText(s).includes(loose))) return 3;
  return null;
}

/**
 * The items that `query` matches, best tier first and in their given order within a tier; every
 * item, as given, for an empty query. `names` gives an item's exact and partial names (see matchTier).
 * The rule the pickers share with `log`, so "which promise" has one answer in every host.
 */
export function rankByMatch<T>(
  query: string,
  items: readonly T[],
  names: (item: T) => { exact: readonly string[]; partial?: readonly string[] },
): T[] {
  if (foldText(query) === '') return [...items];
  const tiers: T[][] = [[], [], [], []];
  for (const item of items) {
    const n = names(item);
    const tier = matchTier(query, n.exact, n.partial ?? n.exact);
    if (tier !== null) tiers[tier]?.push(item);
  }
  return tiers.flat();
}
