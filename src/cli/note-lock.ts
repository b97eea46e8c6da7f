import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { PlainFileError, plainFileError } from './file-errors';

/** A lock older than this was left by a process that died or hung: no write takes a tenth of it. */
export const STALE_LOCK_MS = 10_000;
/** How long a writer waits for another one before giving up with a plain message. */
export const LOCK_WAIT_MS = 10_000;

/**
 * The lock file of a note: a dot-file in the note's folder, so it is on the same disk and every
 * reader skips it. Its name is short and fixed-length whatever the note's name, because a note
 * named with 250 bytes leaves no room for a longer name beside it.
 */
export function lockPathFor(notePath: string): string {
  const hash = createHash('sha256').update(path.basename(notePath)).digest('hex').slice(0, 16);
  return path.join(path.dirname(notePath), `.st-${hash}.lock`);
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` while holding the note's lock file, created with O_EXCL ('wx') so that two
 * `selftrust` processes never edit one note at once; removes the lock afterwards, even on error.
 * Waits up to LOCK_WAIT_MS (small random pauses) for another holder, and removes a lock that is
 * stale: older than STALE_LOCK_MS, or held by a process of this machine that no longer runs.
 *
 * The lock only serialises our own writers. Programs that do not know it (an editor, a script that
 * appends) are caught by the compare-before-rename in NodeNoteStore.process, which is what keeps
 * the note correct even when two writers ever hold the lock at once (two processes that both
 * judged the same lock stale).
 *
 * Throws PlainFileError when the lock cannot be made (read-only folder, no permission) or when
 * another writer keeps it past LOCK_WAIT_MS; `vaultPath` names the note in those messages.
 */
export async function withNoteLock<T>(notePath: string, vaultPath: string, work: () => Promise<T>): Promise<T> {
  const lockPath = lockPathFor(notePath);
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (let pause = 5; ; pause = Math.min(pause * 1.5, 60)) {
    if (await tryCreate(lockPath, owner, vaultPath)) break;
    if (await removeIfStale(lockPath)) continue;
    if (Date.now() >= deadline) {
      throw new PlainFileError(
        `"${vaultPath}" is being changed by another selftrust command, so it was not changed. Try again in a moment; if no other command is running, delete the file "${path.basename(lockPath)}" in the note's folder.`,
        'ELOCKED',
      );
    }
    await sleep(pause * (0.5 + Math.random()));
  }
  try {
    return await work();
  } finally {
    await releaseIfOurs(lockPath, owner.token);
  }
}

async function tryCreate(lockPath: string, owner: LockOwner, vaultPath: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(lockPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw plainFileError(error, vaultPath, 'change');
  }
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}

async function readOwner(lockPath: string): Promise<Partial<LockOwner> | undefined> {
  try {
    return JSON.parse(await fs.readFile(lockPath, 'utf8')) as Partial<LockOwner>;
  } catch {
    return undefined; // Gone, or caught between its creation and its first byte.
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // Alive, but another user's.
  }
}

/**
 * Removes the lock when it is stale. It is first renamed to a name of our own and then checked:
 * if a fresh lock replaced the stale one in between, we took the wrong file and put it back.
 * Returns true when the lock is gone (so the caller should try to create it at once).
 */
async function removeIfStale(lockPath: string): Promise<boolean> {
  const stat = await fs.lstat(lockPath).catch(() => undefined);
  if (!stat) return true;
  const owner = await readOwner(lockPath);
  const old = Date.now() - stat.mtimeMs > STALE_LOCK_MS;
  const dead = owner?.host === os.hostname() && typeof owner.pid === 'number' && !isRunning(owner.pid);
  if (!old && !dead) return false;
  const aside = `${lockPath}.${randomBytes(4).toString('hex')}`;
  try {
    await fs.rename(lockPath, aside);
  } catch {
    return true; // Someone else removed it first.
  }
  const taken = await readOwner(aside);
  if (owner?.token !== undefined && taken?.token !== owner.token) {
    // A live lock: put it back unless another has been made meanwhile (then both go on; see above).
    await fs.link(aside, lockPath).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
  return true;
}

async function releaseIfOurs(lockPath: string, token: string): Promise<void> {
  const owner = await readOwner(lockPath);
  if (owner?.token === token) await fs.rm(lockPath, { force: true });
}
