/**
 * Folders no note of ours lives in: dot-folders (.git, .obsidian, .vscode, .trash) and installed
 * packages. Skipping them keeps a code workspace that happens to hold a vault fast to scan.
 */
export function isNotePath(vaultPath: string): boolean {
  return vaultPath.toLowerCase().endsWith('.md') && isNoteFolder(vaultPath);
}

/** A vault path outside the folders no note of ours lives in (see isNotePath): notes under it are counted. */
export function isNoteFolder(vaultPath: string): boolean {
  return vaultPath.split('/').every((part) => part !== '' && !part.startsWith('.') && part !== 'node_modules');
}
