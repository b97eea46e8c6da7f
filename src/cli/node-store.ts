import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NoteStore } from '../core/ports';

/** Vault-relative paths use `/` on every platform, as Obsidian's do. */
function toVaultPath(rel: string): string {
  return rel.split(path.sep).join('/');
}

/**
 * Lists every markdown note in the vault. Dot-folders (.obsidian, .git, .trash) are skipped, and
 * symbolic links are never followed: a note reached through a link is either in the vault already,
 * at its real place, or outside it, where we must not read.
 */
export async function listNotes(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries: import('node:fs').Dirent[];
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return; // An unreadable folder is not ours to report on.
    }
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || e.isSymbolicLink()) continue;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) subdirs.push(full);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) out.push(toVaultPath(path.relative(root, full)));
    }
    for (const d of subdirs) await walk(d);
  }
  await walk(root);
  return out.sort();
}

export class NodeNoteStore implements NoteStore {
  constructor(readonly root: string) {}

  private abs(vaultPath: string): string {
    const full = path.resolve(this.root, ...vaultPath.split('/'));
    const rel = path.relative(this.root, full);
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error(`"${vaultPath}" is outside the vault.`);
    return full;
  }

  list(): Promise<string[]> {
    return listNotes(this.root);
  }

  read(vaultPath: string): Promise<string> {
    return fs.readFile(this.abs(vaultPath), 'utf8');
  }

  async create(vaultPath: string, text: string): Promise<string> {
    const full = this.abs(vaultPath);
    await fs.mkdir(path.dirname(full), { recursive: true });
    // 'wx' fails when the file exists: the caller picked a free name, and a race must not overwrite.
    await fs.writeFile(full, text, { encoding: 'utf8', flag: 'wx' });
    return vaultPath;
  }

  async exists(vaultPath: string): Promise<boolean> {
    try {
      await fs.lstat(this.abs(vaultPath));
      return true;
    } catch {
      return false;
    }
  }

  /** Read, edit, then write a temp file beside the note and rename it over: a crash never leaves half a note. */
  async process(vaultPath: string, edit: (text: string) => string | undefined): Promise<void> {
    const full = this.abs(vaultPath);
    const text = await fs.readFile(full, 'utf8');
    const next = edit(text);
    if (next === undefined || next === text) return;
    const tmp = path.join(path.dirname(full), `.${path.basename(full)}.${randomBytes(6).toString('hex')}.tmp`);
    const { mode } = await fs.stat(full);
    try {
      await fs.writeFile(tmp, next, { encoding: 'utf8', mode });
      await fs.rename(tmp, full);
    } catch (error) {
      await fs.rm(tmp, { force: true });
      throw error;
    }
  }
}
