import * as fsSync from 'node:fs';
import { constants as fsConstants, promises as fs, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { NoteStore } from '../core/ports';
import { asBytes, bytesEqual, bytesStartWith, concatBytes } from './bytes';
import { PlainFileError, plainFileError } from './file-errors';
import { withNoteLock } from './note-lock';
import { decodeUtf8Strict, encodeUtf8, NotUtf8Error } from './strict-utf8';

/** Vault-relative paths use `/` on every platform, as Obsidian's do. */
function toVaultPath(rel: string): string {
  return rel.split(path.sep).join('/');
}

/** A folder of the vault that could not be listed, so the notes in it (if any) were not read. */
export interface UnreadableFolder {
  /** Vault-relative, with `/` and a trailing `/` ("Private/"); the vault folder itself is "./". */
  path: string;
  /** Node's code: EACCES, EIO… */
  code: string | undefined;
}

/** How a folder is listed; tests may hand in another to simulate a folder that cannot be read. */
export type ReadDir = (dir: string) => Promise<Dirent[]>;

/**
 * Lists every markdown note in the vault, and every folder that could not be listed (no
 * permission, a disk error): those are said, not skipped in silence, since their notes are missing
 * from what the user sees. Dot-folders (.obsidian, .git, .trash) are skipped, and symbolic links
 * are never followed: a note reached through a link is either in the vault already, at its real
 * place, or outside it, where we must not read. Both lists are sorted.
 *
 * Without `readDir` (tests pass one) folders are listed with readdirSync: a CLI run has nothing else
 * to do meanwhile, and one synchronous call per folder costs far less than a promise per folder.
 */
export async function listVault(root: string, readDir?: ReadDir): Promise<{ notes: string[]; unreadableFolders: UnreadableFolder[] }> {
  const notes: string[] = [];
  const unreadableFolders: UnreadableFolder[] = [];
  // Folders are walked with their vault path alongside (`rel`, '' for the vault): names never hold a
  // separator, so joining them with `/` gives what path.relative would, without resolving each path.
  const failed = (rel: string, error: unknown): void => {
    unreadableFolders.push({ path: rel === '' ? './' : `${rel}/`, code: (error as NodeJS.ErrnoException).code });
  };
  /** Adds the folder's notes; returns its subfolders' vault paths. */
  const take = (rel: string, entries: Dirent[]): string[] => {
    const subdirs: string[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || e.isSymbolicLink()) continue;
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) subdirs.push(child);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.md')) notes.push(child);
    }
    return subdirs;
  };
  const full = (rel: string): string => (rel === '' ? root : path.join(root, ...rel.split('/')));
  if (readDir === undefined) {
    const walkSync = (rel: string): void => {
      let entries: Dirent[];
      try {
        entries = fsSync.readdirSync(full(rel), { withFileTypes: true });
      } catch (error) {
        return failed(rel, error);
      }
      for (const d of take(rel, entries)) walkSync(d);
    };
    walkSync('');
  } else {
    const walk = async (rel: string): Promise<void> => {
      let entries: Dirent[];
      try {
        entries = await readDir(full(rel));
      } catch (error) {
        return failed(rel, error);
      }
      for (const d of take(rel, entries)) await walk(d);
    };
    await walk('');
  }
  unreadableFolders.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { notes: notes.sort(), unreadableFolders };
}

/** The notes of listVault alone, for callers that report nothing about folders. */
export async function listNotes(root: string): Promise<string[]> {
  return (await listVault(root)).notes;
}

/** How often process() reads, edits and tries to write again when the note changed under it. */
const EDIT_ATTEMPTS = 8;
/**
 * How long process() waits after its rename before it looks for bytes that a program appended to
 * the note it replaced: a writer that opened the old file just before the rename writes a moment
 * later.
 */
const SETTLE_MS = 25;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Everything in the open file from its start, read by position (the handle's own offset is not used). */
async function readAll(handle: fs.FileHandle): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let position = 0;
  for (;;) {
    const chunk = new Uint8Array(64 * 1024);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
    if (bytesRead === 0) return concatBytes(chunks);
    chunks.push(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
}

function readAllSync(fd: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let position = 0;
  for (;;) {
    const chunk = new Uint8Array(64 * 1024);
    const bytesRead = fsSync.readSync(fd, chunk, 0, chunk.length, position);
    if (bytesRead === 0) return concatBytes(chunks);
    chunks.push(chunk.subarray(0, bytesRead));
    position += bytesRead;
  }
}

async function readBytes(full: string): Promise<Uint8Array> {
  return asBytes(await fs.readFile(full));
}

/** True when a path relative to a folder stays inside it ("..notes" does, "../notes" does not). */
function isInside(rel: string): boolean {
  return !path.isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${path.sep}`);
}

/** A note's own file, never a link or a folder: what process() may replace. */
function assertNoteFile(stat: Stats, vaultPath: string): void {
  if (stat.isDirectory()) throw new PlainFileError(`"${vaultPath}" is a folder, not a note, so it was not changed.`, 'EISDIR');
  if (!stat.isFile()) throw new PlainFileError(`"${vaultPath}" is not a plain file, so it was not changed.`, 'EINVAL');
}

export class NodeNoteStore implements NoteStore {
  constructor(readonly root: string) {}

  private abs(vaultPath: string): string {
    const full = path.resolve(this.root, ...vaultPath.split('/'));
    const rel = path.relative(this.root, full);
    if (rel === '' || !isInside(rel)) throw new PlainFileError(`"${vaultPath}" is outside the vault.`, 'EINVAL');
    return full;
  }

  list(): Promise<string[]> {
    return listNotes(this.root);
  }

  /** The note's text, decoded strictly. Throws NotUtf8Error for bytes that are not UTF-8, PlainFileError when it cannot be read. */
  async read(vaultPath: string): Promise<string> {
    const full = this.abs(vaultPath);
    let bytes: Uint8Array;
    try {
      bytes = await readBytes(full);
    } catch (error) {
      throw plainFileError(error, vaultPath, 'read');
    }
    return decodeUtf8Strict(bytes, vaultPath);
  }

  /**
   * Creates the note; never overwrites (the file is opened with 'wx', which also refuses a link in
   * its place), and never writes outside the vault: a folder on the way that is a symbolic link to
   * a place outside it is refused before any folder is made. Throws PlainFileError, whose `code` is
   * EEXIST when the name is taken (the caller then picks another) and ELINK for a link refused.
   */
  async create(vaultPath: string, text: string): Promise<string> {
    const full = this.abs(vaultPath);
    try {
      const realRoot = await fs.realpath(this.root);
      // Check before mkdir, which would follow a link and make folders outside; and again after, for a swap in between.
      const existing = await deepestExisting(path.dirname(full));
      await this.assertInsideVault(existing, realRoot);
      if (!(await fs.stat(existing)).isDirectory()) {
        const shown = toVaultPath(path.relative(this.root, existing));
        throw new PlainFileError(`"${shown}" is a file where a folder should be, so no note was written in it. Rename or move that file, or choose another notes folder.`, 'ENOTDIR');
      }
      await fs.mkdir(path.dirname(full), { recursive: true });
      await this.assertInsideVault(path.dirname(full), realRoot);
      const inPlace = await fs.lstat(full).catch(() => undefined);
      if (inPlace?.isSymbolicLink()) {
        throw new PlainFileError(`"${vaultPath}" is a symbolic link, so no note was written through it.`, 'EEXIST');
      }
      await fs.writeFile(full, encodeUtf8(text), { flag: 'wx' });
    } catch (error) {
      throw plainFileError(error, vaultPath, 'create');
    }
    return vaultPath;
  }

  /** Refuses `dir` when its real place is not inside the vault's real place. */
  private async assertInsideVault(dir: string, realRoot: string): Promise<void> {
    const real = await fs.realpath(dir);
    const rel = path.relative(realRoot, real);
    if (rel === '' || isInside(rel)) return;
    // Name the first folder on the way that leads out, as the user sees it in the vault.
    let shown = toVaultPath(path.relative(this.root, dir)) || '.';
    const parts = path.relative(this.root, dir).split(path.sep);
    for (let k = 1; k <= parts.length; k++) {
      const candidate = path.join(this.root, ...parts.slice(0, k));
      const stat = await fs.lstat(candidate).catch(() => undefined);
      if (stat?.isSymbolicLink()) {
        shown = toVaultPath(path.relative(this.root, candidate));
        break;
      }
    }
    throw new PlainFileError(
      `The folder "${shown}" is a link to a place outside your vault (${real}), so no note was written there. Use a folder inside the vault.`,
      'ELINK',
    );
  }

  async exists(vaultPath: string): Promise<boolean> {
    try {
      await fs.lstat(this.abs(vaultPath));
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Reads the note, runs `edit` on its text and writes the result, replacing the note through a
   * short-named temp file in its folder and a rename (a crash never leaves half a note), keeping
   * its mode. `edit` returns the new text, or undefined to leave the note alone; it must be pure,
   * since it runs again on the new text whenever the note changed between the read and the write.
   *
   * No change is lost:
   * - Writers of this store wait for each other on a lock file beside the note (see withNoteLock).
   * - Other programs do not know the lock: just before the rename the note's bytes are read again.
   *   If it was replaced or rewritten since it was read, the edit starts over on the new text (a
   *   few times, with small random pauses). Bytes appended to its end are kept (see below).
   * - Bytes a program appended to the note since our read are appended to our text too, in order:
   *   those there at the last read go into the temp file; and since an appender may open the old
   *   file just before the rename and write just after it, the old file stays open here and what
   *   reaches it is appended to the new note, at once and again SETTLE_MS later. This holds when
   *   editing the longer text gives exactly our text plus those bytes (see Appends).
   *
   * Two windows stay open, microseconds wide, since no portable call closes them: a program that
   * replaces the note by its own rename between our last read and our rename loses its save; and
   * an append that reaches the replaced file after our first look at it is carried over SETTLE_MS
   * later, so it can land after lines written to the new note in between (moved, never lost).
   *
   * Refuses (throws, note untouched): a note that is not UTF-8 (NotUtf8Error); a read-only note
   * (PlainFileError, code 'EREADONLY'); a folder or a link in the note's place; a note that keeps
   * changing (code 'ECHANGED'); any file error, as a PlainFileError with one plain sentence naming
   * the note (see plainFileError).
   */
  async process(vaultPath: string, edit: (text: string) => string | undefined): Promise<void> {
    const full = this.abs(vaultPath);
    try {
      await withNoteLock(full, vaultPath, async () => {
        for (let attempt = 1; ; attempt++) {
          const outcome = await this.editOnce(full, vaultPath, edit);
          if (outcome === 'done') return;
          if (attempt >= EDIT_ATTEMPTS) {
            throw new PlainFileError(
              `"${vaultPath}" kept changing while Self-Trust was writing it (another program is saving it), so it was not changed. Try again in a moment.`,
              'ECHANGED',
            );
          }
          await sleep(10 + Math.random() * 20 * attempt);
        }
      });
    } catch (error) {
      throw plainFileError(error, vaultPath, 'change');
    }
  }

  /** One read-edit-write cycle under the lock: 'done', or 'changed' when another program changed the note first. */
  private async editOnce(full: string, vaultPath: string, edit: (text: string) => string | undefined): Promise<'done' | 'changed'> {
    const linkStat = await fs.lstat(full);
    if (linkStat.isSymbolicLink()) throw new PlainFileError(`"${vaultPath}" is a symbolic link, so it was not changed.`, 'ELINK');
    assertNoteFile(linkStat, vaultPath);
    // The old file stays open until the end, to catch what is appended to it after the rename.
    const old = await fs.open(full, fsConstants.O_RDONLY | (fsConstants.O_NOFOLLOW ?? 0));
    try {
      const stat = await old.stat();
      assertNoteFile(stat, vaultPath);
      const before = await readAll(old);
      const next = edit(decodeUtf8Strict(before, vaultPath));
      if (next === undefined) return 'done';
      const nextBytes = encodeUtf8(next);
      if (bytesEqual(nextBytes, before)) return 'done';
      await assertWritable(full, stat, vaultPath);

      const carry = new Appends(before, nextBytes);
      const tmp = await writeTemp(path.dirname(full), nextBytes, stat);
      let renamed = false;
      try {
        // From the last look at the note to the first look after the rename, nothing waits on the
        // event loop: synchronous calls, so that another program's append has microseconds, not
        // the milliseconds a busy machine takes between two awaits, to fall between them.
        const now = fsSync.statSync(full);
        // Replaced (another inode) or rewritten since our read: start over on the new text.
        if (now.ino !== stat.ino || now.dev !== stat.dev) return 'changed';
        const added = carry.take(asBytes(fsSync.readFileSync(full)));
        if (added === undefined) return 'changed';
        // Appended since our read: the temp file gets the same bytes, in the same place.
        if (added.length > 0) fsSync.appendFileSync(tmp, added);
        fsSync.renameSync(tmp, full);
        renamed = true;
        // A writer that opened the old file just before the rename writes to it just after.
        const late = carry.take(readAllSync(old.fd));
        if (late === undefined) return await restore(full, vaultPath, carry.written, readAllSync(old.fd));
        if (late.length > 0) fsSync.appendFileSync(full, late);
      } finally {
        if (!renamed) await fs.rm(tmp, { force: true });
      }
      // A writer that was paused between its open and its write: look once more, a moment later.
      await sleep(SETTLE_MS);
      const later = carry.take(await readAll(old));
      if (later === undefined) return await restore(full, vaultPath, carry.written, await readAll(old));
      if (later.length > 0) await fs.appendFile(full, later);
      // The appends were carried at once; now check that they were ours to carry.
      if (!carry.editedAlike(edit, vaultPath)) return await restore(full, vaultPath, carry.written, await readAll(old));
      return 'done';
    } finally {
      await old.close();
    }
  }
}

/**
 * What another program appended to the note since we read it (`before`), to be appended to our
 * edited text (`nextBytes`) in turn, in the same order.
 */
class Appends {
  /** The old note's bytes that our new note stands for. */
  base: Uint8Array;
  /** The bytes our new note holds: our edit, then what was carried over. */
  written: Uint8Array;
  private carried = false;

  constructor(before: Uint8Array, nextBytes: Uint8Array) {
    this.base = before;
    this.written = nextBytes;
  }

  /**
   * Given the old note's bytes now, returns the bytes to append to ours (empty when nothing was
   * added), or undefined when the old note was changed in another way than an append.
   */
  take(old: Uint8Array): Uint8Array | undefined {
    if (!bytesStartWith(old, this.base)) return undefined;
    const added = old.subarray(this.base.length);
    if (added.length > 0) {
      this.base = old;
      this.written = concatBytes([this.written, added]);
      this.carried = true;
    }
    return added;
  }

  /**
   * Carrying appends over is right when editing the longer text gives exactly our text plus those
   * bytes: true for our edits (the frontmatter) and appends to the body, checked since `edit` is
   * pure. Appended bytes that are not UTF-8 are another program's to write, carried as they are.
   */
  editedAlike(edit: (text: string) => string | undefined, vaultPath: string): boolean {
    if (!this.carried) return true;
    let text: string;
    try {
      text = decodeUtf8Strict(this.base, vaultPath);
    } catch (error) {
      if (error instanceof NotUtf8Error) return true;
      throw error;
    }
    const redone = edit(text);
    return redone !== undefined && bytesEqual(encodeUtf8(redone), this.written);
  }
}

/**
 * After our rename, the old note turned out to hold another program's change that ours does not
 * carry: rewritten in place rather than appended to, or an append our edit would have read
 * differently. Their text (`theirs`) must not be lost under ours: it is put back, with anything
 * appended to our note since, and process() edits it again. Throws when our note was changed
 * meanwhile in another way too.
 */
async function restore(full: string, vaultPath: string, written: Uint8Array, theirs: Uint8Array): Promise<'changed'> {
  const current = await readBytes(full);
  if (!bytesStartWith(current, written)) {
    throw new PlainFileError(
      `"${vaultPath}" was changed by another program at the same moment as Self-Trust changed it; check that it holds what you expect, then try again.`,
      'ECHANGED',
    );
  }
  const tmp = await writeTemp(path.dirname(full), concatBytes([theirs, current.subarray(written.length)]), await fs.stat(full));
  try {
    await fs.rename(tmp, full);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
  return 'changed';
}

/**
 * Refuses a read-only note. `access` answers for the user we run as; its mode bits answer too,
 * because root may write anything and a user who made a note read-only meant it.
 */
async function assertWritable(full: string, stat: Stats, vaultPath: string): Promise<void> {
  let writable = (stat.mode & 0o222) !== 0;
  if (writable) {
    try {
      await fs.access(full, fsConstants.W_OK);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EROFS') throw error;
      writable = false;
    }
  }
  if (!writable) {
    throw new PlainFileError(`"${vaultPath}" is read-only, so it was not changed. Make it writable if you want Self-Trust to log in it.`, 'EREADONLY');
  }
}

/**
 * Writes `bytes` to a new temp file in `dir`, named `.st-<8 hex>.tmp` whatever the note's name (a
 * note may use nearly all of the 255 bytes a name may have), with the note's mode and, when we can,
 * its owner; flushed to disk before the caller renames it. Returns its path.
 */
async function writeTemp(dir: string, bytes: Uint8Array, like: Stats): Promise<string> {
  for (;;) {
    const tmp = path.join(dir, `.st-${randomBytes(4).toString('hex')}.tmp`);
    let handle: fs.FileHandle;
    try {
      handle = await fs.open(tmp, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      await handle.writeFile(bytes);
      if (process.getuid?.() === 0 && (like.uid !== 0 || like.gid !== 0)) await handle.chown(like.uid, like.gid).catch(() => undefined);
      await handle.chmod(like.mode & 0o7777); // Not through open's mode, which the umask trims.
      await handle.sync();
      await handle.close();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await fs.rm(tmp, { force: true });
      throw error;
    }
    return tmp;
  }
}

/** The deepest folder on the way to `dir` that exists (the vault at worst), for checking before mkdir. */
async function deepestExisting(dir: string): Promise<string> {
  let current = dir;
  for (;;) {
    try {
      await fs.lstat(current);
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return current;
      current = parent;
    }
  }
}
