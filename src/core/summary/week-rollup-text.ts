/**
 * The week's roll-up as plain markdown: the one text every host writes into a new weekly reflection
 * (Obsidian's and VS Code's commands, `selftrust new weekly-reflection`), so a reflection started
 * anywhere carries the same facts.
 */
import type { WeekCard, WeekRollup } from '../dashboard/model';

/** The heading the roll-up starts with; a reflection's own sections follow it. */
export const ROLLUP_HEADING = '## This week in your notes';

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * One promise's week in words: "kept 5 of 6", "kept 3 of 3 so far" while the week runs, "kept 4 (3
 * asked)" for a week that did more than it asked. A row that asked nothing yet but holds a keep
 * reads "kept 1 (nothing asked yet)", never "1 of 0".
 */
export function promiseRowText(row: WeekRollup['promises'][number], inProgress: boolean): string {
  if (row.aim === 'at-most') {
    const slips = row.slips ? ` (${count(row.slips, 'slip')})` : '';
    if (row.target === 0) return `nothing decided yet${slips}`;
    return `within the limit ${row.kept} of ${row.target}${inProgress ? ' so far' : ''}${slips}`;
  }
  if (row.target === 0) return `kept ${row.kept} (nothing asked yet)`;
  if (row.kept > row.target) return `kept ${row.kept} (${row.target} asked)`;
  return `kept ${row.kept} of ${row.target}${inProgress ? ' so far' : ''}`;
}

/**
 * The week's facts in plain markdown for the body of a weekly reflection: promises kept against
 * what the week asked, the words on days not kept ("what got in the way"), emotions named, lessons, boundaries, mindfulness and self-care. `today`
 * tells a week in progress ("so far") from a past one; `eol` is the note's line ending.
 */
export function weekRollupMarkdown(week: WeekCard | undefined, options: { today?: string; eol?: string } = {}): string {
  const eol = options.eol ?? '\n';
  const lines = [ROLLUP_HEADING];
  const r = week?.rollup;
  const inProgress = week !== undefined && options.today !== undefined && week.start <= options.today && options.today <= week.end;
  const past = week !== undefined && options.today !== undefined && week.end < options.today;
  if (!r || (r.notes === 0 && r.promises.length === 0)) {
    lines.push(past
      ? 'No self-trust notes that week. That is fine: this reflection is a good place to pick up again.'
      : 'No self-trust notes yet this week. That is fine: this reflection is a good place to start.');
    return lines.join(eol) + eol;
  }
  const notes = r.notes === 0 ? 'no new notes yet' : count(r.notes, 'note');
  lines.push(`${week.start} to ${week.end}${inProgress ? ', so far' : ''}: ${notes}.`);
  for (const p of r.promises) lines.push(`- Promise "${oneLine(p.promise)}": ${promiseRowText(p, inProgress)}`);
  for (const w of r.inTheWay ?? []) lines.push(`- In the way on ${w.date} ("${oneLine(w.promise)}"): ${oneLine(w.words)}`);
  if (r.emotions.length > 0) lines.push(`- Emotions named: ${r.emotions.map((e) => `${oneLine(e.name)} (${e.count})`).join(', ')}`);
  for (const lesson of r.lessons) lines.push(`- Lesson: ${oneLine(lesson)}`);
  if (r.boundaries.total > 0) lines.push(`- Boundaries held: ${r.boundaries.held} of ${r.boundaries.total}`);
  if (r.mindfulness.sessions > 0) {
    lines.push(`- Mindfulness: ${count(r.mindfulness.sessions, 'session')}, ${r.mindfulness.minutes} minutes`);
  }
  if (r.selfCare > 0) lines.push(`- Self-care check-ins: ${r.selfCare}`);
  return lines.join(eol) + eol;
}

/**
 * Puts the roll-up before the "## Wins" heading of a reflection, or at its end when there is none,
 * in the note's own line endings.
 */
export function withRollup(note: string, rollup: string): string {
  const eol = note.includes('\r\n') ? '\r\n' : '\n';
  const block = rollup.replace(/\r?\n/g, eol);
  const wins = /^## Wins[ \t]*$/m.exec(note);
  if (wins) return note.slice(0, wins.index) + block + eol + note.slice(wins.index);
  return note + (note.endsWith(eol) || note === '' ? '' : eol) + eol + block;
}
