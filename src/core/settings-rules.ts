/**
 * What settings every host accepts (the Obsidian tab, its data.json as the CLI reads it, VS Code). A bad value gets a clear message and is never saved, so the old
 * value stays; data.json edited by hand is read leniently (a bad key falls back to its default, and a message says which key, what it held and what was used).
 */
import type { WeekStart } from './day';
import { DEFAULT_SETTINGS, SECTION_IDS, type SectionId, type Settings } from './ports';

/**
 * A checked setting. A refusal carries `message`, a sentence for the person typing the value, and
 * `reason`, a clause ("but the notes folder must stay inside your vault") for a message about a value
 * read from a file.
 */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string; reason: string };

// Characters some system refuses in a path, or that Obsidian uses for links.
const ILLEGAL = /[:*?"<>|#^[\]\p{Cc}]/gu;
const PLACEHOLDERS = new Set(['date', 'title', 'id', 'week']);

function illegalIn(text: string): string[] {
  return [...new Set(text.match(ILLEGAL) ?? [])].map((c) => (/\p{Cc}/u.test(c) ? 'control characters' : c));
}

/** A vault-relative folder: not empty, inside the vault, no characters a file system refuses. */
export function checkFolder(label: string, raw: string): Checked<string> {
  const inClause = label.charAt(0).toLowerCase() + label.slice(1);
  const segments = raw
    .trim()
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (segments.length === 0) {
    return {
      ok: false,
      message: `${label} cannot be empty: choose a folder inside your vault, for example "Self-trust".`,
      reason: `but ${inClause} cannot be empty`,
    };
  }
  if (segments.some((s) => s === '..' || s === '.')) {
    return {
      ok: false,
      message: `${label} must stay inside your vault: remove "${segments.includes('..') ? '..' : '.'}" from "${raw.trim()}".`,
      reason: `but ${inClause} must stay inside your vault`,
    };
  }
  const bad = illegalIn(segments.join('/'));
  if (bad.length > 0) {
    return { ok: false, message: `${label} cannot contain ${bad.join(' ')}: "${raw.trim()}" was not saved.`, reason: `but ${inClause} cannot contain ${bad.join(' ')}` };
  }
  return { ok: true, value: segments.join('/') };
}

/** A file-name pattern with {date}, only known placeholders, and no folder or illegal character. */
export function checkFileNamePattern(raw: string): Checked<string> {
  const pattern = raw.trim();
  for (const m of pattern.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!PLACEHOLDERS.has(name)) {
      return {
        ok: false,
        message: `The file-name pattern has an unknown placeholder {${name}}: use {date}, {title}, {id} or {week}.`,
        reason: `but the file-name pattern has an unknown placeholder {${name}}`,
      };
    }
  }
  if (!pattern.includes('{date}')) {
    return {
      ok: false,
      message: 'The file-name pattern needs {date}, so that each day gets its own note, for example "{date} {title}".',
      reason: 'but the file-name pattern needs {date}',
    };
  }
  if (/[\\/]/.test(pattern)) {
    return {
      ok: false,
      message: 'The file-name pattern cannot contain / or \\: set the notes folder to choose where notes go.',
      reason: 'but the file-name pattern cannot contain / or \\',
    };
  }
  const bad = illegalIn(pattern.replace(/\{(date|title|id|week)\}/g, ''));
  if (bad.length > 0) {
    return { ok: false, message: `The file-name pattern cannot contain ${bad.join(' ')}: "${pattern}" was not saved.`, reason: `but the file-name pattern cannot contain ${bad.join(' ')}` };
  }
  return { ok: true, value: pattern };
}

/** Monday or Sunday, the two week starts the calendars draw. */
export function checkWeekStart(raw: string): Checked<WeekStart> {
  return raw === 'monday' || raw === 'sunday'
    ? { ok: true, value: raw }
    : { ok: false, message: `A week starts on Monday or Sunday, not "${raw}".`, reason: 'but a week starts on "monday" or "sunday"' };
}

/** A saved value as the user would find it in data.json: JSON, cut short when long. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 76)}...${text.slice(-1)}` : text;
}

/**
 * Reads data.json: every good value kept, every bad one replaced by its default. Each bad key gets
 * one plain message naming the setting, the value it held and what was used instead, for example
 * `The setting "notesFolder" is "../escape", but the notes folder must stay inside your vault; "Self-trust" was used instead.`
 */
export function readSettings(data: unknown): { settings: Settings; problems: string[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, sections: { ...DEFAULT_SETTINGS.sections } };
  const problems: string[] = [];
  if (data === null || data === undefined) return { settings, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    const what = Array.isArray(data) ? 'a list' : shown(data);
    return { settings, problems: [`The saved settings are ${what}, not a set of named settings, so the defaults were used.`] };
  }
  const d = data as Record<string, unknown>;
  const take = <K extends 'notesFolder' | 'fileNamePattern' | 'templateFolder' | 'weekStart'>(
    key: K,
    check: (raw: string) => Checked<Settings[K]>,
  ): void => {
    if (!(key in d)) return;
    const raw = d[key];
    const result = typeof raw === 'string' ? check(raw) : ({ ok: false, reason: 'but it should be text' } as const);
    if (result.ok) settings[key] = result.value;
    else problems.push(`The setting "${key}" is ${shown(raw)}, ${result.reason}; ${shown(DEFAULT_SETTINGS[key])} was used instead.`);
  };
  take('notesFolder', (r) => checkFolder('The notes folder', r));
  take('fileNamePattern', checkFileNamePattern);
  take('templateFolder', (r) => checkFolder('The template folder', r));
  take('weekStart', checkWeekStart);
  const sections = d['sections'];
  if (sections && typeof sections === 'object') {
    for (const id of SECTION_IDS) {
      const on = (sections as Partial<Record<SectionId, unknown>>)[id];
      if (typeof on === 'boolean') settings.sections[id] = on;
    }
  }
  return { settings, problems };
}
