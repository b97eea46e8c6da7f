import type { Day } from '../day';
import { dayFromDailyName } from './daily-note';

/**
 * Where a vault's daily notes live and how they are named (issue 12, point 4), one rule for every
 * host: the CLI and VS Code read the two settings files from the vault's folder, Obsidian through its
 * adapter; each hands the files' text here.
 *
 * - Periodic Notes keeps its settings in `<config>/plugins/periodic-notes/data.json`; its `daily` block
 *   wins when it is not turned off (`enabled: false`) and has a folder or a format.
 * - Else the core Daily notes plugin's `<config>/daily-notes.json` (`folder`, `format`).
 * - Else the defaults of both: `YYYY-MM-DD` at the top of the vault.
 *
 * `<config>` is `.obsidian` unless the user chose another (Obsidian's `app.vault.configDir`).
 */
export interface DailyNoteSettings {
  /** Vault-relative, `/`-separated, without `.`/`..` parts; '' for the top of the vault. */
  folder: string;
  /** moment.js tokens, as Obsidian stores them (`YYYY-MM-DD`, `D MMMM YYYY`, `YYYY/MM/YYYY-MM-DD`). */
  format: string;
}

export const DEFAULT_DAILY_NOTE_SETTINGS: DailyNoteSettings = { folder: '', format: 'YYYY-MM-DD' };

/**
 * The two settings files under the config folder (`app.vault.configDir` in Obsidian; the CLI and
 * VS Code, which read a vault from outside Obsidian, pass the folder Obsidian makes, `.obsidian`),
 * Periodic Notes' first.
 */
export function dailyNoteSettingsFiles(configDir: string): [periodic: string, core: string] {
  const dir = cleanFolder(configDir);
  return [`${dir}/plugins/periodic-notes/data.json`, `${dir}/daily-notes.json`];
}

/**
 * The settings from the two files' text (undefined when a file is missing or unreadable). Text that is
 * not a JSON object counts as a missing file; a folder or format that is not text, or blank, counts as
 * not set. Never throws.
 */
export function chooseDailyNoteSettings(periodicText: string | undefined, coreText: string | undefined): DailyNoteSettings {
  const daily = jsonObject(periodicText)?.daily;
  const periodic = isObject(daily) && daily.enabled !== false && (nonEmpty(daily.format) ?? nonEmpty(daily.folder)) !== undefined ? daily : undefined;
  const chosen = periodic ?? jsonObject(coreText) ?? {};
  return { folder: cleanFolder(nonEmpty(chosen.folder) ?? ''), format: nonEmpty(chosen.format) ?? DEFAULT_DAILY_NOTE_SETTINGS.format };
}

/**
 * The day a note is the daily note of by its name: a note in the daily-note folder or below it whose
 * name is a day in the format (the last segments of its path, as many as the format has), as the
 * Calendar plugin's getAllDailyNotes finds them (obsidian-daily-notes-interface). Null for any other
 * note (a note with a `date` property is a daily note too: the caller reads that).
 */
export function dailyNoteDayByName(path: string, settings: DailyNoteSettings): Day | null {
  const inFolder = settings.folder === '' ? path : path.startsWith(`${settings.folder}/`) ? path.slice(settings.folder.length + 1) : null;
  return inFolder === null ? null : dayFromDailyName(inFolder, settings.format);
}

function cleanFolder(folder: string): string {
  return folder
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    return isObject(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
