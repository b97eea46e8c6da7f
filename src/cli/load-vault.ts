import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../core/index/note-index';
import { listNotes } from './node-store';

/** How many files are read at once: enough to keep the disk busy, few enough to keep memory flat. */
const READ_CONCURRENCY = 32;

/** Reads every note of the vault into a fresh index. A note that cannot be read is reported, not fatal. */
export async function loadVault(root: string): Promise<NoteIndex> {
  const index = new NoteIndex();
  const paths = await listNotes(root);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const rel = paths[next++] as string;
      let text: string;
      try {
        text = await fs.readFile(path.join(root, ...rel.split('/')), 'utf8');
      } catch (error) {
        index.upsertParsed({
          path: rel,
          entry: null,
          problems: [{ path: rel, message: `This note could not be opened (${(error as NodeJS.ErrnoException).code ?? 'read error'}).` }],
        });
        continue;
      }
      index.upsert(rel, text);
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return index;
}
