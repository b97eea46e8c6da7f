import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Settings } from '../core/ports';
import { readSettings } from '../core/settings-rules';

/** The Obsidian plugin's id; its saved settings live in the vault, so the CLI can honour them. */
const PLUGIN_DATA = ['.obsidian', 'plugins', 'self-trust-practice', 'data.json'];

/**
 * Settings for a vault: the Obsidian plugin's, where it saved some, read by the same rules the plugin
 * reads them with (a bad value falls back to its default); else the defaults.
 */
export async function loadSettings(vault: string): Promise<Settings> {
  let saved: unknown = null;
  try {
    saved = JSON.parse(await fs.readFile(path.join(vault, ...PLUGIN_DATA), 'utf8'));
  } catch {
    // No plugin settings: the defaults serve.
  }
  return readSettings(saved).settings;
}
