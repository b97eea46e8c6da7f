import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../core/ports';
import { readSettings } from '../core/settings-rules';

/** The Obsidian plugin's id; its saved settings live in the vault, so the CLI can honour them. */
const PLUGIN_DATA = ['.obsidian', 'plugins', 'self-trust-practice', 'data.json'];

/** Where the plugin's settings are, as a user would type it from the vault's root. */
export const PLUGIN_DATA_PATH = PLUGIN_DATA.join('/');

/**
 * Settings for a vault, and what in them was not used: the Obsidian plugin's, where it saved some,
 * read by the same rules the plugin reads them with (a bad value falls back to its default, and
 * `problems` says which setting, what it held and what was used); else the defaults. A data.json
 * that is not JSON, or cannot be read, is one problem and the defaults serve.
 */
export async function readVaultSettings(vault: string): Promise<{ settings: Settings; problems: string[] }> {
  let text: string;
  try {
    text = await fs.readFile(path.join(vault, ...PLUGIN_DATA), 'utf8');
  } catch (error) {
    // No plugin settings: the defaults serve, and nothing needs saying.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return readSettings(null);
    return { ...readSettings(null), problems: [`${PLUGIN_DATA_PATH} could not be read (${code ?? 'read error'}), so the default settings were used.`] };
  }
  // An empty file holds no settings, as no file does.
  if (text.trim() === '') return readSettings(null);
  let saved: unknown;
  try {
    saved = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? ` (${error.message})` : '';
    return { ...readSettings(null), problems: [`${PLUGIN_DATA_PATH} is not valid JSON${why}, so the default settings were used.`] };
  }
  const read = readSettings(saved);
  return { settings: read.settings, problems: read.problems.map((p) => `${PLUGIN_DATA_PATH}: ${p}`) };
}

/** Settings for a vault, as readVaultSettings reads them, without the messages. */
export async function loadSettings(vault: string): Promise<Settings> {
  return (await readVaultSettings(vault)).settings;
}
