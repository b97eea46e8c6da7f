/**
 * Where the vault's daily notes live and how they are named, for check-ins logged there (issue 12,
 * point 4): read from Obsidian's own settings (Periodic Notes' daily settings when that plugin has
 * them, else the core Daily notes plugin's, else `YYYY-MM-DD` at the vault's top). The notes
 * themselves are found in the one pass over the vault's files (loadVaultWithDailyNotes), and only
 * their task lines are read. Daily notes are never written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

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
