/**
 * Small text helpers for notes the commands write: where frontmatter ends. (The week's roll-up is
 * core/summary/week-rollup-text.ts, the same text in every host.)
 */

/** The frontmatter block (fences and its line break included) and the rest; `frontmatter` is '' when there is none. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { frontmatter: '', body: text };
  return { frontmatter: m[0], body: text.slice(m[0].length) };
}

export function hasFrontmatter(text: string): boolean {
  return splitFrontmatter(text).frontmatter !== '';
}
