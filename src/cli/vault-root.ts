import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** The folder Obsidian keeps a vault's configuration in; it marks the vault's root. */
export const VAULT_MARKER = '.obsidian';

/**
 * The vault a command run in `start` works on, found as git finds its repository: the nearest folder,
 * from `start` up to the file system's root, that holds a `.obsidian` folder; `start` itself when none
 * does. So `selftrust new` run inside the notes folder writes to the vault's notes folder, not to a
 * notes folder inside the notes folder.
 */
export async function findVaultRoot(start: string): Promise<string> {
  let dir = path.resolve(start);
  for (;;) {
    const marker = await fs.stat(path.join(dir, VAULT_MARKER)).catch(() => undefined);
    if (marker?.isDirectory()) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}
