/**
 * Where the vault's daily notes live and how they are named, for check-ins logged there (issue 12,
 * point 4): the two settings files under `.obsidian` are read here and chosen between by the core's
 * one rule (chooseDailyNoteSettings: Periodic Notes' daily settings, else the core Daily notes
 * plugin's, else `YYYY-MM-DD` at the vault's top). The notes themselves are found in the one pass over
 * the vault's files (loadVaultWithDailyNotes), and only their task lines are read. Daily notes are
 * never written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { VAULT_MARKER } from './vault-root';
import { chooseDailyNoteSettings, dailyNoteSettingsFiles, type DailyNoteSettings } from '../core/parse/daily-note-settings';

async function readText(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch {
    return undefined; // no such file (the plugin was never set up): the defaults stand
  }
}

/** The daily-note settings of the vault at `vault` (a folder). Never throws. */
export async function dailyNoteSettings(vault: string): Promise<DailyNoteSettings> {
  const [periodic, core] = dailyNoteSettingsFiles(VAULT_MARKER);
  return chooseDailyNoteSettings(await readText(path.join(vault, ...periodic.split('/'))), await readText(path.join(vault, ...core.split('/'))));
}
