import type { Day } from '../day';
import { dayOf } from './field-readers';

/**
 * Check-ins from daily notes (issue 12, point 4): a checked task in a daily note that links a promise
 * note (`- [x] Walked after lunch [[Walk 15 minutes]]`) says that day was kept; with `#rest` it is a
 * rest day; for an "I won't…" promise it is a slip. Daily notes are read, never written.
 *
 * A daily note is a note whose file name is a day in the vault's daily-note format (Obsidian's Daily
 * notes setting, `YYYY-MM-DD` by default, or Periodic Notes' daily format), or that has a `date`
 * property. Only task lines are read, and only in notes that are daily notes: a vault's other notes
 * cost nothing here.
 */

/** One checked task that links somewhere: the link targets as written (`Walk 15 minutes`, `Self-trust/Walk.md`). */
export interface DailyTask {
  /** 0-based line in the note. */
  line: number;
  /** Link targets, without `#heading`, `^block` or `|alias`; markdown links URL-decoded and without `.md`. */
  links: string[];
  /** The task carries `#rest`: a planned rest day, not a keep. */
  rest: boolean;
}

export interface DailyNote {
  path: string;
  day: Day;
  /** Checked tasks with at least one link, in note order. Unchecked, cancelled and other tasks are left out. */
  tasks: DailyTask[];
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

interface FormatMatcher {
  re: RegExp;
  /** Capture group index for each part, or undefined. */
  parts: { year?: number; shortYear?: number; month?: number; monthName?: number; day?: number };
  /** How many path segments the format spans (`YYYY/MM/YYYY-MM-DD` spans 3). */
  segments: number;
}

const matchers = new Map<string, FormatMatcher | null>();

/**
 * A moment.js date format (what Obsidian's Daily notes and Periodic Notes store) as a matcher for a
 * file name. Understood: `YYYY`, `YY`, `MM`, `M`, `DD`, `D`, `Do`, `MMMM`, `MMM`, `dddd`, `ddd`, `dd`,
 * `[literal text]`, and `/` between folders; any other letter run makes the format unreadable (null),
 * so an unknown format reads no note as a daily note rather than a wrong day.
 */
function formatMatcher(format: string): FormatMatcher | null {
  if (matchers.has(format)) return matchers.get(format) ?? null;
  const parts: FormatMatcher['parts'] = {};
  let re = '';
  let group = 0;
  let ok = true;
  const capture = (name: keyof FormatMatcher['parts'], pattern: string): void => {
    group++;
    parts[name] = group;
    re += `(${pattern})`;
  };
  const tokens = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|[A-Za-z]+|[^A-Za-z[]+/g;
  for (const m of format.matchAll(tokens)) {
    const t = m[0];
    if (m[1] !== undefined) re += escapeRe(m[1]);
    else if (t === 'YYYY') capture('year', '\\d{4}');
    else if (t === 'YY') capture('shortYear', '\\d{2}');
    else if (t === 'MMMM') capture('monthName', MONTHS.join('|'));
    else if (t === 'MMM') capture('monthName', MONTHS.map((n) => n.slice(0, 3)).join('|'));
    else if (t === 'MM') capture('month', '\\d{2}');
    else if (t === 'M') capture('month', '\\d{1,2}');
    else if (t === 'Do') {
      capture('day', '\\d{1,2}');
      re += '(?:st|nd|rd|th)';
    }
    else if (t === 'DD') capture('day', '\\d{2}');
    else if (t === 'D') capture('day', '\\d{1,2}');
    else if (t === 'dddd') re += `(?:${WEEKDAYS.join('|')})`;
    else if (t === 'ddd') re += `(?:${WEEKDAYS.map((n) => n.slice(0, 3)).join('|')})`;
    else if (t === 'dd') re += `(?:${WEEKDAYS.map((n) => n.slice(0, 2)).join('|')})`;
    else if (/^[A-Za-z]/.test(t)) ok = false;
    else re += escapeRe(t);
  }
  const found = ok && (parts.year !== undefined || parts.shortYear !== undefined) && (parts.month !== undefined || parts.monthName !== undefined) && parts.day !== undefined
    ? { re: new RegExp(`^${re}$`, 'i'), parts, segments: format.split('/').length }
    : null;
  matchers.set(format, found);
  return found;
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The day a note's path names in the daily-note `format` (moment.js tokens, see formatMatcher; `/`
 * in the format matches folders at the end of the path), or null when the name is not such a day or
 * names an impossible one (`2026-02-30`).
 */
export function dayFromDailyName(path: string, format = 'YYYY-MM-DD'): Day | null {
  const matcher = formatMatcher(format.trim() || 'YYYY-MM-DD');
  if (!matcher) return null;
  const noExt = path.replace(/\.md$/i, '');
  const tail = noExt.split('/').slice(-matcher.segments).join('/');
  const m = matcher.re.exec(tail);
  if (!m) return null;
  const { year, shortYear, month, monthName, day } = matcher.parts;
  const y = year !== undefined ? m[year] : shortYear !== undefined ? `20${m[shortYear]}` : undefined;
  let mo: number | undefined;
  if (month !== undefined) mo = Number(m[month]);
  else if (monthName !== undefined) {
    const name = (m[monthName] ?? '').toLowerCase();
    mo = MONTHS.findIndex((n) => n.startsWith(name)) + 1;
  }
  const d = day !== undefined ? Number(m[day]) : undefined;
  if (y === undefined || !mo || !d) return null;
  const read = dayOf(`${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  return 'day' in read ? read.day : null;
}

/** The `date:` of a note's frontmatter (any case), as text, read without YAML: only a plain one-line value. */
function dateLine(text: string): string | undefined {
  if (!/^(?:\uFEFF)?---[ \t]*\r?\n/.test(text)) return undefined;
  const end = text.search(/\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/);
  const block = end < 0 ? '' : text.slice(0, end);
  const m = /^date[ \t]*:[ \t]*["']?([^"'#\r\n]*?)["']?[ \t]*(?:#.*)?\r?$/im.exec(block);
  return m?.[1];
}

/**
 * Whether a note's bytes hold `[x]` or `[X]`, so that it may hold a checked task (checkedTasks): one
 * native search for `[`, then a look at the two bytes after each. A note without one is no daily note
 * with a check-in, and need not be decoded to know it (the CLI and VS Code read every note's bytes).
 */
export function holdsCheckedBox(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0x5b); i !== -1; i = bytes.indexOf(0x5b, i + 1)) {
    if (((bytes[i + 1] as number) | 0x20) === 0x78 && bytes[i + 2] === 0x5d) return true;
  }
  return false;
}

/** `- [x] …`, `* [X] …`, `1. [x] …`: the task's status character and its text. */
const TASK = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[(.)\][ \t]+(.*)$/;
const WIKI_LINK = /!?\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|[^\]]*)?\]\]/g;
const MD_LINK = /\[[^\]]*\]\(<?([^)>]+?)>?\)/g;
const REST_TAG = /(?:^|[\s(])#rest(?![\w/-])/i;

/**
 * The checked tasks of a note's text that link somewhere: `[x]` and `[X]` only (`[ ]` is not done,
 * `[-]` is cancelled, others such as `[>]` or `[?]` are not a keep). Lines inside the frontmatter and
 * inside fenced code blocks are not tasks. Cheap: a line is looked at closely only when it starts like
 * a task.
 */
export function checkedTasks(text: string): DailyTask[] {
  const out: DailyTask[] = [];
  const lines = text.split(/\r?\n/);
  let i = 0;
  if (lines[0]?.trimEnd() === '---') {
    for (i = 1; i < lines.length && !/^(---|\.\.\.)\s*$/.test(lines[i] ?? ''); i++);
    i++;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const opens = /^[ \t]*(`{3,}|~{3,})/.exec(line);
    if (opens) {
      if (fence === null) fence = opens[1]!.slice(0, 3);
      else if (opens[1]!.startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const task = TASK.exec(line);
    if (!task || (task[1] !== 'x' && task[1] !== 'X')) continue;
    const body = task[2] ?? '';
    const links: string[] = [];
    for (const m of body.matchAll(WIKI_LINK)) if (!m[0].startsWith('!') && (m[1] ?? '').trim() !== '') links.push((m[1] ?? '').trim());
    for (const m of body.matchAll(MD_LINK)) {
      const target = m[1] ?? '';
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // a web or app link, not a note
      let decoded = target;
      try {
        decoded = decodeURIComponent(target);
      } catch {
        // Left as written: a stray % is part of the name.
      }
      links.push(decoded.replace(/\.md$/i, '').trim());
    }
    if (links.length > 0) out.push({ line: i, links, rest: REST_TAG.test(body.replace(WIKI_LINK, ' ').replace(MD_LINK, ' ')) });
  }
  return out;
}

/**
 * Reads a note as a daily note: its day from the file name in the daily-note `format`, else from a
 * `date` property (`frontmatterDate`, as the host or parser read it; read by dayOf), and its checked
 * tasks with links. Null when the note is not a daily note or holds no such task (so a caller can
 * keep nothing for it).
 */
export function readDailyNote(path: string, text: string, format = 'YYYY-MM-DD', frontmatterDate?: unknown): DailyNote | null {
  return readDailyNoteNamed(path, text, dayFromDailyName(path, format), frontmatterDate);
}

/**
 * readDailyNote for a caller that has already read the day from the note's name (`namedDay`, null when
 * the name is not a day or the note is outside the daily-note folder): the `date` property is read
 * only when that is null.
 */
export function readDailyNoteNamed(path: string, text: string, namedDay: Day | null, frontmatterDate?: unknown): DailyNote | null {
  let day = namedDay;
  if (day === null) {
    const read = dayOf(frontmatterDate === undefined ? dateLine(text) : frontmatterDate);
    if ('day' in read) day = read.day;
  }
  if (day === null) return null;
  const tasks = checkedTasks(text);
  return tasks.length > 0 ? { path, day, tasks } : null;
}
