import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../core/index/note-index';
import { listNotes } from './node-store';

/** How many files are read at once: enough to keep the disk busy, few enough to keep memory flat. */
const READ_CONCURRENCY = 32;

/**
 * Reads every note of the vault, READ_CONCURRENCY at a time, handing each text (or the read error) to
 * `take`. The benchmark reads with this too, so "just reading" and indexing read the same way.
 */
export async function readVault(root: string, take: (vaultPath: string, text: string | NodeJS.ErrnoException) => void): Promise<void> {
  const paths = await listNotes(root);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const rel = paths[next++] as string;
      try {
        take(rel, await fs.readFile(path.join(root, ...rel.split('/')), 'utf8'));
      } catch (error) {
        take(rel, error as NodeJS.ErrnoException);
      }
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
}

/** Reads every note of the vault into a fresh index. A note that cannot be read is reported, not fatal. */
export async function loadVault(root: string): Promise<NoteIndex> {
  const index = new NoteIndex();
  await readVault(root, (rel, text) => {
    if (typeof text === 'string') {
      index.upsert(rel, text);
      return;
    }
    index.upsertParsed({
      path: rel,
      entry: null,
      problems: [{ path: rel, message: `This note could not be opened (${text.code ?? 'read error'}).` }],
    });
  });
  return index;
}
