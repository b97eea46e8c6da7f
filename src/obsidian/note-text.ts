/** Small text helpers for notes the commands write: where frontmatter ends, and the week's roll-up. */
import type { WeekCard } from '../core/dashboard/model';

/** The frontmatter block (fences and its line break included) and the rest; `frontmatter` is '' when there is none. */
export function splitFrontmatter(text: string): { frontmatter: string; body: string } {
  const m = /^\uFEFF?---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return { frontmatter: '', body: text };
  return { frontmatter: m[0], body: text.slice(m[0].length) };
}

export function hasFrontmatter(text: string): boolean {
  return splitFrontmatter(text).frontmatter !== '';
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The week so far, in plain markdown, for the body of a weekly reflection. */
export function weekRollupMarkdown(week: WeekCard | undefined, eol = '\n'): string {
  const lines = ['## This week in your notes'];
  const r = week?.rollup;
  if (!r || (r.notes === 0 && r.promises.length === 0)) {
    lines.push('No self-trust notes yet this week. That is fine: this reflection is a good place to start.');
    return lines.join(eol) + eol;
  }
  const notes = r.notes === 0 ? 'no new notes yet' : `${r.notes} ${r.notes === 1 ? 'note' : 'notes'}`;
  lines.push(`${week.start} to ${week.end}: ${notes}.`);
  for (const p of r.promises) lines.push(`- Promise "${oneLine(p.promise)}": kept ${p.kept} of ${p.target}`);
  if (r.emotions.length > 0) lines.push(`- Emotions named: ${r.emotions.map((e) => `${oneLine(e.name)} (${e.count})`).join(', ')}`);
  for (const lesson of r.lessons) lines.push(`- Lesson: ${oneLine(lesson)}`);
  if (r.boundaries.total > 0) lines.push(`- Boundaries held: ${r.boundaries.held} of ${r.boundaries.total}`);
  if (r.mindfulness.sessions > 0) {
    lines.push(`- Mindfulness: ${r.mindfulness.sessions} ${r.mindfulness.sessions === 1 ? 'session' : 'sessions'}, ${r.mindfulness.minutes} minutes`);
  }
  if (r.selfCare > 0) lines.push(`- Self-care check-ins: ${r.selfCare}`);
  return lines.join(eol) + eol;
}

/** Puts the roll-up before the "## Wins" heading of a reflection, or at its end when there is none. */
export function withRollup(note: string, rollup: string): string {
  const eol = note.includes('\r\n') ? '\r\n' : '\n';
  const block = rollup.replace(/\r?\n/g, eol);
  const wins = /^## Wins[ \t]*$/m.exec(note);
  if (wins) return note.slice(0, wins.index) + block + eol + note.slice(wins.index);
  return note + (note.endsWith(eol) || note === '' ? '' : eol) + eol + block;
}
