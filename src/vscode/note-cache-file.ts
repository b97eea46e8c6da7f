import * as vscode from 'vscode';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, promises as fsp, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { readNoteCache, writeNoteCache, type CachedNote, type NoteCacheKey } from '../core/index/note-cache';

/** Where the live index keeps parsed notes between runs (see LiveIndex). */
export interface NoteCacheStore {
  /** The cached notes by vault path; undefined when there is no cache, or it was refused. Never rejects. */
  load(): Promise<ReadonlyMap<string, CachedNote> | undefined>;
  /** Replaces the cache with these notes, atomically; `sync` on shutdown. Never rejects: a cache that cannot be written is only a slower next start. */
  save(notes: Iterable<readonly [string, CachedNote]>, sync: boolean): Promise<void>;
}

/**
 * The cache of parsed notes as one JSON file in the extension's workspace storage
 * (`ExtensionContext.storageUri`: private to this extension and this workspace, on this machine,
 * never inside the workspace folder), named after the vault folder. The format and its checks are
 * the core's (core/index/note-cache.ts). Written to a temporary file that is then renamed over the
 * old one, so a crash mid-write leaves the old cache or the new one, never half of one; a cache
 * that is missing, unreadable, corrupt or from another build is ignored and written afresh.
 */
export class NoteCacheFile implements NoteCacheStore {
  constructor(
    /** The cache file's path on this machine's disk. */
    readonly file: string,
    private readonly key: NoteCacheKey,
    private readonly log: (line: string) => void = () => {},
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The cache for a vault, or undefined when there is nowhere private to keep it: no workspace
   * storage (no folder open), storage that is not on this machine's disk (a web host), or storage
   * inside the vault itself (never: the user's folder holds only their notes).
   */
  static for(storageUri: vscode.Uri | undefined, vaultRoot: vscode.Uri, build: string, log: (line: string) => void = () => {}): NoteCacheFile | undefined {
    if (storageUri === undefined || storageUri.scheme !== 'file') {
      log('No cache of parsed notes: the extension has no workspace storage on this disk.');
      return undefined;
    }
    const storage = storageUri.fsPath;
    if (vaultRoot.scheme === 'file' && isInside(storage, vaultRoot.fsPath)) {
      log('No cache of parsed notes: the workspace storage lies inside the vault.');
      return undefined;
    }
    const name = createHash('sha256').update(vaultRoot.toString()).digest('hex').slice(0, 16);
    return new NoteCacheFile(nodePath.join(storage, `parsed-notes-${name}.json`), { build, root: vaultRoot.toString() }, log);
  }

  load(): Promise<ReadonlyMap<string, CachedNote> | undefined> {
    const started = this.now();
    let text: string;
    try {
      // One read of a few MB, synchronous: not queued behind whatever else fills libuv's 4 threads at start-up.
      text = readFileSync(this.file, 'utf8');
    } catch {
      this.log('No cache of parsed notes yet: every note is read.');
      return Promise.resolve(undefined);
    }
    const readMs = this.now() - started;
    const read = readNoteCache(text, this.key);
    if (!read.ok) {
      this.log(`The cache of parsed notes was ignored (${read.why}): every note is read.`);
      return Promise.resolve(undefined);
    }
    this.log(
      `Loaded the cache of parsed notes: ${read.notes.size} notes${read.dropped > 0 ? ` (${read.dropped} left out: they failed a check)` : ''} in ${this.now() - started} ms (reading ${readMs} ms).`,
    );
    return Promise.resolve(read.notes);
  }

  async save(notes: Iterable<readonly [string, CachedNote]>, sync: boolean): Promise<void> {
    const started = this.now();
    const temp = `${this.file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      const text = writeNoteCache(this.key, started, notes);
      if (sync) {
        mkdirSync(nodePath.dirname(this.file), { recursive: true });
        writeFileSync(temp, text);
        renameSync(temp, this.file);
      } else {
        await fsp.mkdir(nodePath.dirname(this.file), { recursive: true });
        await fsp.writeFile(temp, text);
        await fsp.rename(temp, this.file);
      }
      this.log(`Saved the cache of parsed notes (${Math.round(text.length / 1024)} KB) in ${this.now() - started} ms.`);
    } catch (error) {
      try {
        rmSync(temp, { force: true });
      } catch {
        // No temporary file was made (its folder could not be).
      }
      this.log(`Could not save the cache of parsed notes (${error instanceof Error ? error.message : String(error)}); the next start reads every note.`);
    }
  }
}

/** Whether `path` is `folder` or lies inside it. */
function isInside(path: string, folder: string): boolean {
  const rel = nodePath.relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !nodePath.isAbsolute(rel));
}

/**
 * Which build of the extension wrote a cache: its id and version, and the size and mtime of its
 * bundle, so a rebuilt parser (even at the same version, in development) never trusts a cache an
 * older one wrote.
 */
export function extensionBuild(context: { extensionPath: string; extension?: { id?: string; packageJSON?: unknown } }): string {
  const pkg = (context.extension?.packageJSON ?? {}) as { version?: unknown; main?: unknown };
  let bundle = 'unknown';
  try {
    const st = statSync(nodePath.resolve(context.extensionPath, typeof pkg.main === 'string' ? pkg.main : 'dist/vscode/extension.js'));
    bundle = `${st.size}:${st.mtimeMs}`;
  } catch {
    // Not installed from a bundle (tests): the version alone names the build.
  }
  return `${context.extension?.id ?? 'selftrust'}@${typeof pkg.version === 'string' ? pkg.version : '0'}+${bundle}`;
}
