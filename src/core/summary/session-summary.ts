/**
 * A summary to bring to a session (issue 13, point 3): for a period the person chooses, the parts of
 * their practice they choose, in plain markdown (headings, lists, tables) that reads in any app and
 * on paper. It is written as a new note in the notes folder and never sent anywhere; the person reads
 * it, changes it if they like, and shares it or not.
 *
 * The note has no frontmatter, so it is never counted as a note of ours (docs/schema.md).
 */
import { ELEMENTS } from '../catalog/exercises';
import { DISCLAIMER } from '../catalog/help';
import { parseIsoWeek, weekdayIndex, type Day, type WeekStart } from '../day';
import type { WeekRollup } from '../dashboard/model';
import type {
  AchievableGoalEntry,
  EmotionalJournalEntry,
  Entry,
  MistakeLedgerEntry,
  ParsedNote,
  PromiseEntry,
  SelfTrustCheckInEntry,
  ValueMappingEntry,
  WeeklyReflectionEntry,
} from '../entry';
import { notesInScope } from '../index/vault-scope';
import type { Settings } from '../ports';
import { nextFreePath } from '../templates/render';
import { earlierDay, shiftDay, weekEndOf, weekLabelOf, weekStartOf } from '../stats/day-range';
import { emotionStats } from '../stats/emotions';
import { byDateThenPath, comparePaths, entriesByKind, within } from '../stats/note-entries';
import { readPromiseLog, type PromiseLog } from '../stats/promise-log';
import { weekRollup } from '../stats/weekly-rollup';
import { SUMMARY_SECTIONS, SUMMARY_SECTION_IDS, type SummarySectionId } from './summary-options';

export interface SummaryRequest {
  /** The first day of the period. */
  from: Day;
  /** The last day of the period; days after `today` hold nothing yet. */
  to: Day;
  /** The sections to write; all of them when left out. Written in the note's own order. */
  sections?: readonly SummarySectionId[];
  /** The day the summary is prepared: the host's clock. */
  today: Day;
}

/** The settings a summary reads. */
export type SummarySettings = Pick<Settings, 'weekStart' | 'templateFolder' | 'notesFolder'>;

/**
 * Where a summary of `from`..`to` goes: `<notes folder>/Session summary <from> to <to>.md`, or with
 * ` 2`, ` 3` after it when `taken` says that name is in use (nothing is ever overwritten).
 */
export function summaryNotePath(settings: Pick<Settings, 'notesFolder'>, from: Day, to: Day, taken: (path: string) => boolean = () => false): string {
  const folder = settings.notesFolder.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  const name = `Session summary ${from} to ${to}.md`;
  return nextFreePath(folder ? `${folder}/${name}` : name, taken);
}

/**
 * The summary's markdown for the notes given (an index's notes; templates and likely copies are left
 * out as the dashboard leaves them out). Deterministic: the same notes and request give the same text.
 */
export function sessionSummary(notes: Iterable<ParsedNote>, settings: SummarySettings, request: SummaryRequest): string {
  const entries = notesInScope(notes, settings)
    .flatMap((n) => (n.entry ? [n.entry] : []))
    .sort(byDateThenPath);
  const ofKind = entriesByKind(entries);
  const ctx: Context = {
    from: request.from,
    to: request.to,
    // Nothing after today has happened yet, whatever the period says.
    through: earlierDay(request.to, request.today),
    today: request.today,
    weekStart: settings.weekStart,
  };
  const chosen = new Set(request.sections ?? SUMMARY_SECTION_IDS);
  const sections = SUMMARY_SECTIONS.filter((s) => chosen.has(s.id));

  const out: string[] = [];
  out.push(`# Self-trust practice: ${dayText(ctx.from)} to ${dayText(ctx.to)}`, '');
  out.push(
    `A summary of my self-trust practice from ${longDayText(ctx.from)} to ${longDayText(ctx.to)}, ` +
      `prepared on ${dayText(ctx.today)} from my own notes. It holds only what I chose to bring: ` +
      `${sections.map((s) => s.title.toLowerCase()).join(', ') || 'nothing yet'}.`,
    '',
  );
  out.push('> Read it over before you share it: it is yours to change or shorten. Nothing has been sent anywhere.', '');

  for (const section of sections) {
    out.push(`## ${section.title}`, '');
    const body = WRITERS[section.id](ofKind, ctx);
    out.push(...body, '');
  }
  out.push('*A missed day is part of practising, not a failure. Self-trust is built over a lifetime of small steps.*', '');
  out.push(`*${DISCLAIMER}*`, '');
  return out.join('\n');
}

interface Context {
  from: Day;
  to: Day;
  /** The last day that holds anything: the earlier of `to` and today. */
  through: Day;
  today: Day;
  weekStart: WeekStart;
}

type OfKind = ReturnType<typeof entriesByKind>;

const WRITERS: Record<SummarySectionId, (ofKind: OfKind, ctx: Context) => string[]> = {
  promises: (ofKind, ctx) => promisesPart(ofKind('small-promise'), ctx),
  values: (ofKind, ctx) => valuesPart(ofKind('value-mapping'), ctx),
  feelings: (ofKind, ctx) => feelingsPart(ofKind('emotional-journal'), ctx),
  lessons: (ofKind, ctx) => lessonsPart(ofKind('mistake-ledger'), ctx),
  goals: (ofKind, ctx) => goalsPart(ofKind('achievable-goal'), ctx),
  'check-ins': (ofKind, ctx) => checkInsPart(ofKind('self-trust-check-in'), ctx),
  reflections: (ofKind, ctx) => reflectionsPart(ofKind('weekly-reflection'), ctx),
};

// ---------------------------------------------------------------------------------------------
// Promises

type Row = WeekRollup['promises'][number];

const STATUS_ORDER = { active: 0, paused: 1, done: 2 } as const;

function promisesPart(promises: readonly PromiseEntry[], ctx: Context): string[] {
  if (ctx.through < ctx.from) return ['Nothing to show yet: this period has not begun.'];
  const logs = [...promises]
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || comparePaths(a.path, b.path))
    .map((p) => readPromiseLog(p, ctx.today, ctx.weekStart));
  // Whole weeks, under the person's week start, that overlap the period up to today.
  const weeks: { ws: Day; end: Day; rows: Map<string, Row>; inTheWay: NonNullable<WeekRollup['inTheWay']> }[] = [];
  for (let ws = weekStartOf(ctx.from, ctx.weekStart); ws <= ctx.through; ws = shiftDay(ws, 7)) {
    const rollup = weekRollup(ws, [], logs, ctx.today);
    weeks.push({ ws, end: weekEndOf(ws), rows: new Map(rollup.promises.map((r) => [r.path, r])), inTheWay: rollup.inTheWay ?? [] });
  }
  const shown = logs.filter((log) => weeks.some((w) => w.rows.has(log.promise.path)));
  if (shown.length === 0) return ['No promises in this period.'];

  const out: string[] = [];
  for (const log of shown) out.push(`- ${promiseLine(log, weeks.map((w) => ({ row: w.rows.get(log.promise.path), end: w.end })), ctx)}`);
  out.push('');
  out.push(`| Week | ${shown.map((log) => cell(log.promise.promise)).join(' | ')} |`);
  out.push(`| --- | ${shown.map(() => '---').join(' | ')} |`);
  for (const w of weeks) {
    const inProgress = w.end >= ctx.today;
    out.push(`| ${weekRangeText(w.ws, w.end)} | ${shown.map((log) => rowCell(w.rows.get(log.promise.path), inProgress)).join(' | ')} |`);
  }
  const words = weeks.flatMap((w) => w.inTheWay).filter((w) => within(w.date as Day, ctx.from, ctx.through));
  out.push('');
  if (words.length > 0) {
    out.push('What got in the way, in my words on the days not kept:', '');
    for (const w of words) out.push(`- ${shortDayText(w.date as Day)}, ${oneLine(w.promise)}: ${oneLine(w.words)}`);
  } else {
    out.push('No words written on the days not kept in this period.');
  }
  return out;
}

/** "**Walk** (every day, since 24 Aug 2026): kept 22 of the 24 asked; 2 of 3 whole weeks in full." */
function promiseLine(log: PromiseLog, weeks: { row: Row | undefined; end: Day }[], ctx: Context): string {
  const p = log.promise;
  const status = p.status === 'paused' ? ', paused' : p.status === 'done' ? ', finished' : '';
  const head = `**${oneLine(p.promise)}** (${rhythmText(p)}, since ${dayText(p.start)}${status})`;
  let kept = 0;
  let asked = 0;
  let full = 0;
  let whole = 0;
  for (const { row, end } of weeks) {
    if (!row || row.target === 0) continue;
    kept += Math.min(row.kept, row.target);
    asked += row.target;
    if (end < ctx.today) {
      whole++;
      if (row.kept >= row.target) full++;
    }
  }
  if (p.aim === 'at-most') {
    const unit = p.per === 'day' ? 'days' : 'weeks';
    return `${head}: within the limit on ${kept} of ${asked} ${unit}.`;
  }
  const weeksText = whole > 0 ? `; ${full} of ${plural(whole, 'whole week')} in full` : '';
  return `${head}: kept ${kept} of the ${asked} asked${weeksText}.`;
}

/** "every day", "3 times a week", "at most 2 a day", "never". */
function rhythmText(p: PromiseEntry): string {
  if (p.aim === 'at-most') return p.times === 0 ? 'never' : `at most ${p.times} a ${p.per}`;
  if (p.times === 1) return p.per === 'day' ? 'every day' : 'once a week';
  return `${p.times} times a ${p.per}`;
}

/** A week's cell: "6 of 7", "3 of 3 so far", "4 (3 asked)", "–" for a week that asked nothing. */
function rowCell(row: Row | undefined, inProgress: boolean): string {
  if (!row) return '–';
  const soFar = inProgress ? ' so far' : '';
  if (row.aim === 'at-most') return row.target === 0 ? '–' : `${row.kept} of ${row.target} within the limit${soFar}`;
  if (row.target === 0) return row.kept > 0 ? `${row.kept}` : '–';
  if (row.kept > row.target) return `${row.kept} (${row.target} asked)`;
  return `${row.kept} of ${row.target}${soFar}`;
}

// ---------------------------------------------------------------------------------------------
// Values

function valuesPart(maps: readonly ValueMappingEntry[], ctx: Context): string[] {
  const upTo = maps.filter((m) => m.date <= ctx.through);
  const latest = upTo[upTo.length - 1];
  if (!latest) return ['No value map yet.'];
  const before = upTo.filter((m) => m.date < ctx.from);
  const inPeriod = upTo.filter((m) => m.date >= ctx.from);
  // What it was at the start: the last map before the period, else the first one in it.
  const baseline = before[before.length - 1] ?? (inPeriod.length > 1 ? inPeriod[0] : undefined);
  const out: string[] = [];
  const when = latest.date < ctx.from ? `my value map of ${dayText(latest.date)} (before this period)` : `my value map of ${dayText(latest.date)}`;
  out.push(baseline && baseline !== latest
    ? `From ${when}, beside the one of ${dayText(baseline.date)}. Alignment is how well life lines up with each value, 1 to 10.`
    : `From ${when}. Alignment is how well life lines up with each value, 1 to 10.`, '');
  const earlier = new Map<string, number>();
  for (const v of baseline?.values ?? []) if (v.alignment !== null && !earlier.has(key(v.name))) earlier.set(key(v.name), v.alignment);
  const compare = baseline !== undefined && baseline !== latest;
  out.push(compare ? `| Rank | Value | ${shortDayText(baseline.date)} | ${shortDayText(latest.date)} | Change |` : '| Rank | Value | Alignment |');
  out.push(compare ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- |');
  const topThird = Math.ceil(latest.values.length / 3);
  const gaps: string[] = [];
  latest.values.forEach((v, i) => {
    const now = v.alignment;
    if (i < topThird && now !== null && now <= 4) gaps.push(oneLine(v.name));
    if (!compare) {
      out.push(`| ${i + 1} | ${cell(v.name)} | ${now ?? '–'} |`);
      return;
    }
    const then = earlier.get(key(v.name));
    const change = now === null || then === undefined ? '–' : now > then ? `+${now - then}` : now === then ? 'same' : String(now - then);
    out.push(`| ${i + 1} | ${cell(v.name)} | ${then ?? '–'} | ${now ?? '–'} | ${change} |`);
  });
  if (gaps.length > 0) out.push('', `Ranked high and lived little just now: ${gaps.join(', ')}. Worth a kind look, not a verdict.`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Feelings

/** How many feelings get a row; the rest are named in one line. */
const FEELING_ROWS = 12;

function feelingsPart(journals: readonly EmotionalJournalEntry[], ctx: Context): string[] {
  const inPeriod = journals.filter((j) => within(j.date, ctx.from, ctx.through));
  const stats = emotionStats(inPeriod);
  if (stats.length === 0) return ['No feelings named in this period.'];
  const out = [`Named in ${plural(inPeriod.length, 'journal entry', 'journal entries')}. Intensity is 1 to 10, where I gave one.`, ''];
  out.push('| Feeling | Times named | Mean intensity |', '| --- | --- | --- |');
  for (const f of stats.slice(0, FEELING_ROWS)) out.push(`| ${cell(f.name)} | ${f.count} | ${f.meanIntensity === null ? '–' : oneDecimal(f.meanIntensity)} |`);
  const rest = stats.slice(FEELING_ROWS);
  if (rest.length > 0) out.push('', `Also named: ${rest.map((f) => `${oneLine(f.name)} (${f.count})`).join(', ')}.`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Lessons

function lessonsPart(mistakes: readonly MistakeLedgerEntry[], ctx: Context): string[] {
  const inPeriod = mistakes.filter((m) => within(m.date, ctx.from, ctx.through));
  if (inPeriod.length === 0) return ['No mistakes written down in this period.'];
  return inPeriod.map((m) => {
    const what = m.mistake ? oneLine(m.mistake) : 'A mistake';
    const lesson = m.lesson ? ` What I learned: ${withStop(oneLine(m.lesson))}` : ' No lesson written yet.';
    const applied = m.lesson ? (m.applied ? ' Applied since.' : ' Not applied yet.') : '';
    return `- ${shortDayText(m.date)}: ${withStop(what)}${lesson}${applied}`;
  });
}

// ---------------------------------------------------------------------------------------------
// Goals

const GOAL_WORDS = { active: 'working on it', paused: 'paused', reached: 'reached', released: 'let go' } as const;

function goalsPart(goals: readonly AchievableGoalEntry[], ctx: Context): string[] {
  const shown = goals.filter((g) => {
    if (g.date > ctx.through) return false;
    if (g.status === 'active' || g.status === 'paused') return true;
    if (g.status === 'reached') return within(g.reached ?? g.date, ctx.from, ctx.through);
    return g.date >= ctx.from; // let go: shown when set in this period
  });
  if (shown.length === 0) return ['No goals in this period.'];
  const out: string[] = [];
  for (const g of shown) {
    const goal = g.goal ? oneLine(g.goal) : 'A goal without words yet';
    const when = g.status === 'reached' && g.reached ? `set ${dayText(g.date)}, reached ${dayText(g.reached)}` : `set ${dayText(g.date)}`;
    const obstacles = g.obstacles.length > 0 ? ` Planned for: ${g.obstacles.map(oneLine).join('; ')}.` : '';
    out.push(`- ${goal}: ${GOAL_WORDS[g.status]} (${when}).${obstacles}`);
  }
  out.push('', 'Goals as the notes say now; a paused or released goal is a choice, not a loss.');
  return out;
}

// ---------------------------------------------------------------------------------------------
// The 7 elements

/** Check-ins shown as columns at most; the newest are kept. */
const CHECK_IN_COLUMNS = 6;

function checkInsPart(checkIns: readonly SelfTrustCheckInEntry[], ctx: Context): string[] {
  const inPeriod = checkIns.filter((c) => within(c.date, ctx.from, ctx.through)).slice(-CHECK_IN_COLUMNS);
  const before = checkIns.filter((c) => c.date < ctx.from);
  const baseline = before[before.length - 1];
  if (inPeriod.length === 0 && !baseline) return ['No self-trust check-in yet.'];
  const columns = [...(baseline ? [{ entry: baseline, head: `${shortDayText(baseline.date)} (before)` }] : []), ...inPeriod.map((entry) => ({ entry, head: shortDayText(entry.date) }))];
  const out = [inPeriod.length === 0
    ? 'No check-in in this period; the last one before it, each element rated 1 to 5:'
    : baseline
      ? 'Each element rated 1 to 5, with the last check-in before this period first:'
      : 'Each element rated 1 to 5:', ''];
  out.push(`| Element | ${columns.map((c) => c.head).join(' | ')} |`, `| --- | ${columns.map(() => '---').join(' | ')} |`);
  for (const e of ELEMENTS) out.push(`| ${e.label} | ${columns.map((c) => c.entry.scores[e.id] ?? '–').join(' | ')} |`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Weekly reflections

function reflectionsPart(reflections: readonly WeeklyReflectionEntry[], ctx: Context): string[] {
  // The week a reflection looks back on: the one it names, else the week of its date (as the dashboard reads it).
  const byWeek = new Map<string, { ws: Day; entry: WeeklyReflectionEntry }>();
  for (const entry of reflections) {
    const monday = entry.week ? parseIsoWeek(entry.week) : undefined;
    const ws = monday ? (ctx.weekStart === 'monday' ? monday : shiftDay(monday, -1)) : weekStartOf(entry.date, ctx.weekStart);
    byWeek.set(weekLabelOf(ws, ctx.weekStart), { ws, entry });
  }
  const shown = [...byWeek.entries()]
    .filter(([, r]) => r.ws <= ctx.through && weekEndOf(r.ws) >= ctx.from)
    .sort((a, b) => comparePaths(a[1].ws, b[1].ws));
  if (shown.length === 0) return ['No weekly reflections in this period.'];
  const out: string[] = [];
  for (const [label, { ws, entry }] of shown) {
    const rating = entry.rating === null ? '' : ` · self-trust ${entry.rating}/10`;
    out.push(`- **${label}** (${weekRangeText(ws, weekEndOf(ws))})${rating}`);
    if (entry.wins.length > 0) out.push(`  - Wins: ${entry.wins.map(oneLine).join('; ')}`);
    out.push(entry.adjust.length > 0 ? `  - To adjust: ${entry.adjust.map(oneLine).join('; ')}` : '  - To adjust: nothing written');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Words

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LONG_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const dayNumber = (d: Day): string => String(Number(d.slice(-2)));
const monthIndex = (d: Day): number => Number(d.slice(-5, -3)) - 1;
const yearOf = (d: Day): string => d.slice(0, -6);

/** "26 Nov 2026". */
function dayText(d: Day): string {
  return `${dayNumber(d)} ${MONTHS[monthIndex(d)] ?? ''} ${yearOf(d)}`;
}

/** "Thursday 26 November 2026". */
function longDayText(d: Day): string {
  return `${LONG_WEEKDAYS[weekdayIndex(d)] ?? ''} ${dayNumber(d)} ${LONG_MONTHS[monthIndex(d)] ?? ''} ${yearOf(d)}`;
}

/** "Thu 26 Nov". */
function shortDayText(d: Day): string {
  return `${WEEKDAYS[weekdayIndex(d)] ?? ''} ${dayNumber(d)} ${MONTHS[monthIndex(d)] ?? ''}`;
}

/** "2–8 Nov", "26 Oct – 1 Nov", "28 Dec 2026 – 3 Jan 2027". */
function weekRangeText(ws: Day, end: Day): string {
  if (yearOf(ws) !== yearOf(end)) return `${dayText(ws)} – ${dayText(end)}`;
  if (monthIndex(ws) !== monthIndex(end)) return `${dayNumber(ws)} ${MONTHS[monthIndex(ws)] ?? ''} – ${dayNumber(end)} ${MONTHS[monthIndex(end)] ?? ''}`;
  return `${dayNumber(ws)}–${dayNumber(end)} ${MONTHS[monthIndex(end)] ?? ''}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function oneDecimal(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

/** The person's words on one line: line breaks and runs of spaces become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Words in a table cell: one line, and a `|` that would end the cell escaped. */
function cell(text: string): string {
  return oneLine(text).replace(/\|/g, '\\|');
}

/** Ends a sentence with a full stop unless it already ends with one (or ! ?). */
function withStop(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

function key(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The first day a summary can start from: the oldest note's date, or null with none. */
export function firstNoteDay(notes: Iterable<ParsedNote>, settings: SummarySettings): Day | null {
  let first: Day | null = null;
  for (const note of notesInScope(notes, settings)) {
    const e: Entry | null = note.entry;
    if (e && (first === null || e.date < first)) first = e.date;
  }
  return first;
}
