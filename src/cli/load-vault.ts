import { closeSync, openSync, readSync } from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../core/index/note-index';
import { mightBeOurs, notOursBytes, parseNote } from '../core/parse/parse-note';
import { problemNote } from '../core/parse/read-entry';
import { plainReason } from './file-errors';
import { listVault, type ReadDir, type UnreadableFolder } from './node-store';
import { holdsCheckedBox, readDailyNoteNamed, type DailyNote } from '../core/parse/daily-note';
import { dailyNoteDayByName, type DailyNoteSettings } from '../core/parse/daily-note-settings';
import type { IndexView } from '../core/ports';
import { withDailyNotes } from '../core/stats/daily-note-days';
import { dailyNoteSettings } from './daily-notes';
import { decodeUtf8Lossy, decodeUtf8Strict, NotUtf8Error, notUtf8Sentence } from './strict-utf8';

/** What readVault hands over for one note: its text, or why there is none (a file error, or NotUtf8Error). */
export type NoteRead = string | NodeJS.ErrnoException;

/** Options of readVault. */
export interface ReadVaultOptions {
  /** How folders are listed (tests). */
  readDir?: ReadDir;
  /**
   * Notes for which this says true, given their path and bytes, are left out before they are
   * decoded: `take` never hears of them. loadVault passes notOursBytes.
   */
  skip?: (vaultPath: string, bytes: Uint8Array) => boolean;
}

/**
 * Reads every note of the vault, one after another, handing each text (decoded strictly as UTF-8),
 * or the read error, to `take`; a note that is not UTF-8 comes as a NotUtf8Error with its raw bytes
 * beside it. Returns the folders that could not be listed.
 *
 * Synchronous reads in a plain loop, on purpose: the CLI has nothing to do while it waits, and
 * fs.promises costs an open, an fstat, a read and a close, each a round trip through the thread
 * pool and a promise, per note (issue 11 measured 1.2 s of that on 10k notes). Every note is read
 * into one buffer that is reused (see NoteReader): no allocation, and no garbage, per note.
 */
export async function readVault(
  root: string,
  take: (vaultPath: string, text: NoteRead, bytes?: Uint8Array) => void,
  options: ReadVaultOptions = {},
): Promise<{ unreadableFolders: UnreadableFolder[] }> {
  const { notes: paths, unreadableFolders } = await listVault(root, options.readDir);
  const skip = options.skip;
  const reader = new NoteReader();
  for (const rel of paths) {
    let bytes: Uint8Array;
    try {
      bytes = reader.read(path.join(root, rel));
    } catch (error) {
      take(rel, error as NodeJS.ErrnoException);
      continue;
    }
    if (skip?.(rel, bytes)) continue;
    let text: string;
    try {
      text = decodeUtf8Strict(bytes, rel);
    } catch (error) {
      // The bytes outlive this loop only here: a copy, since the reader's buffer is reused.
      take(rel, error as NotUtf8Error, bytes.slice());
      continue;
    }
    take(rel, text);
  }
  return { unreadableFolders };
}

/**
 * Reads files into one growing buffer: open, read until a short read, close. That is one system call
 * fewer than readFileSync (no fstat) and no new Buffer per file. The bytes returned are a view of the
 * buffer, valid until the next read; they are a Node Buffer at run time, so notOursBytes' indexOf
 * calls are Node's native ones.
 */
export class NoteReader {
  private buffer = Buffer.allocUnsafe(256 * 1024);

  /**
   * The buffer's first `length` bytes, typed as a Uint8Array but still a Buffer (the pinned Node types
   * will not pass a Buffer as a Uint8Array; see bytes.ts).
   */
  private bytes(length = this.buffer.length): Uint8Array {
    return this.buffer.subarray(0, length) as unknown as Uint8Array;
  }

  /** The file's bytes, valid until the next call. Throws the file error (ENOENT, EACCES, EISDIR…). */
  read(file: string): Uint8Array {
    const fd = openSync(file, 'r');
    try {
      let length = 0;
      for (;;) {
        if (length === this.buffer.length) {
          const bigger = Buffer.allocUnsafe(this.buffer.length * 2);
          bigger.set(this.bytes(length));
          this.buffer = bigger;
        }
        const n = readSync(fd, this.bytes(), length, this.buffer.length - length, null);
        length += n;
        // A short read of a regular file is its end; a full one may not be, so read on.
        if (n === 0 || length < this.buffer.length) break;
      }
      return this.bytes(length);
    } finally {
      closeSync(fd);
    }
  }
}

/**
 * Reads every note of the vault into a fresh index. Nothing that keeps a note from being read is
 * fatal, and none is silent: each becomes a problem the report lists.
 * - A note that cannot be opened: "This note could not be opened (permission denied)."
 * - A note that is not UTF-8 (a Latin-1 "é" is the byte E9): it is read with replacement
 *   characters, so its days still count, and listed with notUtf8Sentence, since no host may change
 *   it (that would write the replacement characters for good). Notes that are not ours are left out.
 * - A folder that cannot be listed: a problem on the folder ("Private/"), since its notes are missing.
 * Notes that notOursBytes says are not ours are never decoded: the index would keep nothing of
 * them (it is built once here and never renamed in, so it keeps no shape for them either).
 */
export async function loadVault(root: string, readDir?: ReadDir): Promise<NoteIndex> {
  return (await loadNotes(root, { readDir })).index;
}

/**
 * The notes as the dashboard, the weekly roll-up and the session summary read them: loadVault's
 * index with the check-ins of the vault's daily notes (issue 12, point 4; withDailyNotes), found in
 * the same pass over the files. The daily-note folder and format are Obsidian's (dailyNoteSettings).
 */
export async function loadVaultWithDailyNotes(root: string, readDir?: ReadDir): Promise<IndexView> {
  const { index, dailyNotes } = await loadNotes(root, { readDir, daily: await dailyNoteSettings(root) });
  return withDailyNotes(index, dailyNotes);
}

/**
 * Which notes are daily notes, read as the files go by (issue 12, point 4): a note in the daily-note
 * folder whose name is a day in the format, or any note with a `date` property. Only a note whose
 * bytes hold a checked box (`[x]` or `[X]`: holdsCheckedBox) is decoded and its task
 * lines read: a daily note without one adds nothing, and a vault's other notes cost one search.
 */
class DailyNoteFinder {
  readonly found: DailyNote[] = [];

  constructor(private readonly settings: DailyNoteSettings) {}

  /** Reads the check-ins of a note of ours (decoded for the index anyway) when it is a daily note. */
  take(rel: string, text: string): void {
    if (text.includes('[x]') || text.includes('[X]')) this.read(rel, text);
  }

  /** Reads the check-ins of a note that is not ours, decoding it only when its bytes hold a checked box. */
  takeBytes(rel: string, bytes: Uint8Array): void {
    if (!holdsCheckedBox(bytes)) return;
    let text: string;
    try {
      text = decodeUtf8Strict(bytes, rel);
    } catch {
      return; // Not UTF-8 and not ours: no check-in is read from it, as before.
    }
    this.read(rel, text);
  }

  private read(rel: string, text: string): void {
    const note = readDailyNoteNamed(rel, text, dailyNoteDayByName(rel, this.settings));
    if (note) this.found.push(note);
  }
}

async function loadNotes(root: string, options: { readDir?: ReadDir; daily?: DailyNoteSettings }): Promise<{ index: NoteIndex; dailyNotes: DailyNote[] }> {
  const daily = options.daily ? new DailyNoteFinder(options.daily) : undefined;
  // Built once and read once: no journal of changes, and the dashboard reads it in one pass.
  const index = new NoteIndex({ journal: false });
  const { unreadableFolders } = await readVault(
    root,
    (rel, text, bytes) => {
      if (typeof text === 'string') {
        daily?.take(rel, text);
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
      index.upsertParsed(problemNote(rel, `This note could not be opened (${plainReason(text.code)}).`));
    },
    // Half of a vault or more is notes that are not ours: most are left out by a byte scan, undecoded
    // (a daily note with a checked box is decoded, for its check-ins, and then left out of the index).
    {
      readDir: options.readDir,
      skip: (rel, bytes) => {
        if (!notOursBytes(rel, bytes)) return false;
        daily?.takeBytes(rel, bytes);
        return true;
      },
    },
  );
  for (const folder of unreadableFolders) {
    const reason = plainReason(folder.code);
    index.upsertParsed(problemNote(folder.path, `This folder could not be opened (${reason}), so the notes in it were not read.`));
  }
  const dailyNotes = daily ? daily.found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) : [];
  return { index, dailyNotes };
}
