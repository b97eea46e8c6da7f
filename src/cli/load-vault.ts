import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../core/index/note-index';
import { mightBeOurs, parseNote } from '../core/parse/parse-note';
import { plainReason } from './file-errors';
import { listVault, type ReadDir, type UnreadableFolder } from './node-store';
import { asBytes } from './bytes';
import { decodeUtf8Lossy, decodeUtf8Strict, NotUtf8Error, notUtf8Sentence } from './strict-utf8';

/** How many files are read at once: enough to keep the disk busy, few enough to keep memory flat. */
const READ_CONCURRENCY = 32;

/** What readVault hands over for one note: its text, or why there is none (a file error, or NotUtf8Error). */
export type NoteRead = string | NodeJS.ErrnoException;

/**
 * Reads every note of the vault, READ_CONCURRENCY at a time, handing each text (decoded strictly as
 * UTF-8), or the read error, to `take`; a note that is not UTF-8 comes as a NotUtf8Error with its
 * raw bytes beside it. Returns the folders that could not be listed. The benchmark reads with this
 * too, so "just reading" and indexing read the same way. `readDir` is for tests.
 */
export async function readVault(
  root: string,
  take: (vaultPath: string, text: NoteRead, bytes?: Uint8Array) => void,
  readDir?: ReadDir,
): Promise<{ unreadableFolders: UnreadableFolder[] }> {
  const { notes: paths, unreadableFolders } = await listVault(root, readDir);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const rel = paths[next++] as string;
      let bytes: Uint8Array;
      try {
        bytes = asBytes(await fs.readFile(path.join(root, ...rel.split('/'))));
      } catch (error) {
        take(rel, error as NodeJS.ErrnoException);
        continue;
      }
      try {
        take(rel, decodeUtf8Strict(bytes, rel));
      } catch (error) {
        take(rel, error as NotUtf8Error, bytes);
      }
    }
  }
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return { unreadableFolders };
}

/**
 * Reads every note of the vault into a fresh index. Nothing that keeps a note from being read is
 * fatal, and none is silent: each becomes a problem the report lists.
 * - A note that cannot be opened: "This note could not be opened (permission denied)."
 * - A note that is not UTF-8 (a Latin-1 "é" is the byte E9): it is read with replacement
 *   characters, so its days still count, and listed with notUtf8Sentence, since no host may change
 *   it (that would write the replacement characters for good). Notes that are not ours are left out.
 * - A folder that cannot be listed: a problem on the folder ("Private/"), since its notes are missing.
 */
export async function loadVault(root: string, readDir?: ReadDir): Promise<NoteIndex> {
  const index = new NoteIndex();
  const { unreadableFolders } = await readVault(
    root,
    (rel, text, bytes) => {
      if (typeof text === 'string') {
        index.upsert(rel, text);
        return;
      }
      if (text instanceof NotUtf8Error && bytes) {
        const lossy = decodeUtf8Lossy(bytes);
        const parsed = parseNote(rel, lossy);
        if (parsed.entry === null && parsed.problems.length === 0 && !mightBeOurs(lossy)) return;
        index.upsertParsed({ ...parsed, problems: [...parsed.problems, { path: rel, message: notUtf8Sentence('This note', text.bad) }] });
        return;
      }
      index.upsertParsed({
        path: rel,
        entry: null,
        problems: [{ path: rel, message: `This note could not be opened (${plainReason(text.code)}).` }],
      });
    },
    readDir,
  );
  for (const folder of unreadableFolders) {
    const reason = plainReason(folder.code);
    index.upsertParsed({
      path: folder.path,
      entry: null,
      problems: [{ path: folder.path, message: `This folder could not be opened (${reason}), so the notes in it were not read.` }],
    });
  }
  return index;
}
