/**
 * What settings every host accepts (the Obsidian tab, its data.json as the CLI reads it, VS Code). A bad value gets a clear message and is never saved, so the old
 * value stays; data.json edited by hand is read leniently (a bad key falls back to its default).
 */
import type { WeekStart } from './day';
import { DEFAULT_SETTINGS, SECTION_IDS, type SectionId, type Settings } from './ports';

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

// Characters some system refuses in a path, or that Obsidian uses for links.
const ILLEGAL = /[:*?"<>|#^[\]\p{Cc}]/gu;
const PLACEHOLDERS = new Set(['date', 'title', 'id', 'week']);

function illegalIn(text: string): string[] {
  return [...new Set(text.match(ILLEGAL) ?? [])].map((c) => (/\p{Cc}/u.test(c) ? 'control characters' : c));
}

/** A vault-relative folder: not empty, inside the vault, no characters a file system refuses. */
export function checkFolder(label: string, raw: string): Checked<string> {
  const segments = raw
    .trim()
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  if (segments.length === 0) {
    return { ok: false, message: `${label} cannot be empty: choose a folder inside your vault, for example "Self-trust".` };
  }
  if (segments.some((s) => s === '..' || s === '.')) {
    return { ok: false, message: `${label} must stay inside your vault: remove "${segments.includes('..') ? '..' : '.'}" from "${raw.trim()}".` };
  }
  const bad = illegalIn(segments.join('/'));
  if (bad.length > 0) return { ok: false, message: `${label} cannot contain ${bad.join(' ')}: "${raw.trim()}" was not saved.` };
  return { ok: true, value: segments.join('/') };
}

/** A file-name pattern with {date}, only known placeholders, and no folder or illegal character. */
export function checkFileNamePattern(raw: string): Checked<string> {
  const pattern = raw.trim();
  for (const m of pattern.matchAll(/\{([^{}]*)\}/g)) {
    const name = m[1] ?? '';
    if (!PLACEHOLDERS.has(name)) {
      return { ok: false, message: `The file-name pattern has an unknown placeholder {${name}}: use {date}, {title}, {id} or {week}.` };
    }
  }
  if (!pattern.includes('{date}')) {
    return { ok: false, message: 'The file-name pattern needs {date}, so that each day gets its own note, for example "{date} {title}".' };
  }
  if (/[\\/]/.test(pattern)) {
    return { ok: false, message: 'The file-name pattern cannot contain / or \\: set the notes folder to choose where notes go.' };
  }
  const bad = illegalIn(pattern.replace(/\{(date|title|id|week)\}/g, ''));
  if (bad.length > 0) return { ok: false, message: `The file-name pattern cannot contain ${bad.join(' ')}: "${pattern}" was not saved.` };
  return { ok: true, value: pattern };
}

export function checkWeekStart(raw: string): Checked<WeekStart> {
  return raw === 'monday' || raw === 'sunday'
    ? { ok: true, value: raw }
    : { ok: false, message: `A week starts on Monday or Sunday, not "${raw}".` };
}

/** Reads data.json: every good value kept, every bad one replaced by its default and named. */
export function readSettings(data: unknown): { settings: Settings; problems: string[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, sections: { ...DEFAULT_SETTINGS.sections } };
  const problems: string[] = [];
  if (data === null || data === undefined) return { settings, problems };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { settings, problems: ['The saved settings could not be read, so the defaults are used.'] };
  }
  const d = data as Record<string, unknown>;
  const take = <T>(key: string, check: (raw: string) => Checked<T>, set: (v: T) => void): void => {
    if (!(key in d)) return;
    const raw = d[key];
    const result = typeof raw === 'string' ? check(raw) : ({ ok: false, message: `"${key}" is not text.` } as const);
    if (result.ok) set(result.value);
    else problems.push(result.message);
  };
  take('notesFolder', (r) => checkFolder('The notes folder', r), (v) => (settings.notesFolder = v));
  take('fileNamePattern', checkFileNamePattern, (v) => (settings.fileNamePattern = v));
  take('templateFolder', (r) => checkFolder('The template folder', r), (v) => (settings.templateFolder = v));
  take('weekStart', checkWeekStart, (v) => (settings.weekStart = v));
  const sections = d['sections'];
  if (sections && typeof sections === 'object') {
    for (const id of SECTION_IDS) {
      const on = (sections as Partial<Record<SectionId, unknown>>)[id];
      if (typeof on === 'boolean') settings.sections[id] = on;
    }
  }
  return { settings, problems };
}
