import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, SECTION_IDS, type Settings } from '../core/ports';

/** The Obsidian plugin's id; its saved settings live in the vault, so the CLI can honour them. */
const PLUGIN_DATA = ['.obsidian', 'plugins', 'self-trust-practice', 'data.json'];

/** Settings for a vault: the Obsidian plugin's, where it saved some, else the defaults. Bad values fall back quietly. */
export async function loadSettings(vault: string): Promise<Settings> {
  let saved: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(await fs.readFile(path.join(vault, ...PLUGIN_DATA), 'utf8'));
    if (parsed && typeof parsed === 'object') saved = parsed as Record<string, unknown>;
  } catch {
    // No plugin settings: the defaults serve.
  }
  const text = (key: keyof Settings): string | undefined => {
    const v = saved[key];
    return typeof v === 'string' && v.trim() !== '' && !v.split('/').includes('..') ? v.trim() : undefined;
  };
  const sections = { ...DEFAULT_SETTINGS.sections };
  const savedSections = saved.sections;
  if (savedSections && typeof savedSections === 'object') {
    for (const id of SECTION_IDS) {
      const v = (savedSections as Record<string, unknown>)[id];
      if (typeof v === 'boolean') sections[id] = v;
    }
  }
  return {
    notesFolder: text('notesFolder') ?? DEFAULT_SETTINGS.notesFolder,
    fileNamePattern: text('fileNamePattern') ?? DEFAULT_SETTINGS.fileNamePattern,
    templateFolder: text('templateFolder') ?? DEFAULT_SETTINGS.templateFolder,
    weekStart: saved.weekStart === 'sunday' ? 'sunday' : 'monday',
    sections,
  };
}
