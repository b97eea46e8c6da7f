import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, type Settings } from '../core/ports';
import { checkFolder } from '../core/settings-rules';

export const CONFIG_SECTION = 'selftrust';

/**
 * `/Self-trust/ ` and `Self-trust` name the same folder; settings are typed by hand. The rules are the
 * Obsidian settings tab's: a folder outside the vault, or with characters a file system refuses, is
 * not used and the default stands.
 */
function folderSetting(value: unknown, fallback: string): string {
  if (typeof value !== 'string') return fallback;
  const checked = checkFolder('The folder', value);
  return checked.ok ? checked.value : fallback;
}

/** A workspace folder's name or path, as typed: slashes trimmed, backslashes as slashes. */
function folderNameOrPath(value: unknown): string {
  return typeof value === 'string' ? value.trim().replace(/\\/g, '/').replace(/^\/+|\/+$/g, '') : '';
}

/** The user's settings as the core's plain data; anything mistyped falls back to the default. */
export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION);
  const weekStart = config.get<string>('weekStart');
  return {
    ...DEFAULT_SETTINGS,
    notesFolder: folderSetting(config.get('notesFolder'), DEFAULT_SETTINGS.notesFolder),
    templateFolder: folderSetting(config.get('templateFolder'), DEFAULT_SETTINGS.templateFolder),
    weekStart: weekStart === 'sunday' ? 'sunday' : 'monday',
  };
}

/**
 * The workspace folder that is the vault. Multi-root: the `selftrust.vaultFolder` setting (a
 * folder's name or path) wins; else the first folder that already holds the notes folder; else
 * the first folder. Undefined when no folder is open.
 */
export async function findVaultFolder(settings: Settings = readSettings()): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) return undefined;
  const wanted = folderNameOrPath(vscode.workspace.getConfiguration(CONFIG_SECTION).get('vaultFolder'));
  if (wanted !== '') {
    const named = folders.find((f) => f.name === wanted || f.uri.path.replace(/\/+$/, '') === `/${wanted}` || f.uri.fsPath === wanted);
    if (named) return named;
  }
  if (folders.length === 1) return folders[0];
  for (const folder of folders) {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(folder.uri, ...settings.notesFolder.split('/')));
      if (stat.type & vscode.FileType.Directory) return folder;
    } catch {
      // Not this one.
    }
  }
  return folders[0];
}
