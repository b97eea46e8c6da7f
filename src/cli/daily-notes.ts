/**
 * The vault's daily notes, for check-ins logged there (issue 12, point 4): the daily-note format and
 * folder are read from Obsidian's own settings (Periodic Notes' daily settings when that plugin has
 * them, else the core Daily notes plugin's, else `YYYY-MM-DD` at the vault's top). Only that folder is
 * looked at, only names in that format are read, and only their task lines count (readDailyNote):
 * the rest of the vault costs nothing here. Daily notes are never written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { dayFromDailyName, readDailyNote, type DailyNote } from '../core/parse/daily-note';

/** Where daily notes live and how they are named, as Obsidian is set up. */
export interface DailyNoteSettings {
  folder: string;
  format: string;
}

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    const data: unknown = JSON.parse(await fs.readFile(file, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const text = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** The daily-note settings of the vault: Periodic Notes' (when enabled), else Daily notes', else the defaults. */
export async function dailyNoteSettings(vault: string): Promise<DailyNoteSettings> {
  const periodic = await readJson(path.join(vault, '.obsidian', 'plugins', 'periodic-notes', 'data.json'));
  const daily = periodic?.daily;
  if (typeof daily === 'object' && daily !== null && (daily as { enabled?: unknown }).enabled !== false) {
    const d = daily as Record<string, unknown>;
    if (text(d.format) || text(d.folder)) return { folder: text(d.folder) ?? '', format: text(d.format) || 'YYYY-MM-DD' };
  }
  const core = await readJson(path.join(vault, '.obsidian', 'daily-notes.json'));
  return { folder: text(core?.folder) ?? '', format: text(core?.format) || 'YYYY-MM-DD' };
}

/**
 * The daily notes with checked tasks that link somewhere: files in the daily-note folder (as deep as
 * the format has folders) whose names are days in the format. Unreadable files are passed over: they
 * are not ours, and the notes of ours are read and reported elsewhere.
 */
export async function readDailyNotes(vault: string, settings?: DailyNoteSettings): Promise<DailyNote[]> {
  const { folder, format } = settings ?? (await dailyNoteSettings(vault));
  const base = folder.split(/[\\/]+/).filter((s) => s !== '' && s !== '.' && s !== '..').join('/');
  const depth = format.split('/').length;
  const out: DailyNote[] = [];
  const walk = async (rel: string, level: number): Promise<void> => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(path.join(vault, ...rel.split('/').filter(Boolean)), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory() && level < depth) await walk(child, level + 1);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md') && level === depth) {
        const inFolder = base ? child.slice(base.length + 1) : child;
        if (dayFromDailyName(inFolder, format) === null) continue;
        let body: string;
        try {
          body = await fs.readFile(path.join(vault, ...child.split('/')), 'utf8');
        } catch {
          continue;
        }
        const note = readDailyNote(inFolder, body, format);
        if (note) out.push({ ...note, path: child });
      }
    }
  };
  await walk(base, 1);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
