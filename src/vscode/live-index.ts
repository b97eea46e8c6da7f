import * as vscode from 'vscode';
import type { CachedNote, FileStamp } from '../core/index/note-cache';
import { NoteIndex } from '../core/index/note-index';
import { holdsCheckedBox, readDailyNoteNamed, type DailyNote } from '../core/parse/daily-note';
import { mightBeOurs, notOursBytes, parseNote } from '../core/parse/parse-note';
import type { NoteFile } from './note-files';
import type { NoteCacheStore } from './note-cache-file';
import { decodeNote, isNoteFolder, isNotePath, NotUtf8NoteError, type WorkspaceStore } from './workspace-store';

/** Reads in flight during the first scan: enough to hide workspace.fs's round trips, few enough to stay gentle. */
const READ_CONCURRENCY = 64;

/** How often the first read says how far it is (a dashboard's "Reading your notes… 3,200 of 10,000"). */
const PROGRESS_MS = 400;

/** The cache of parsed notes is written at most this often while notes change (and once more on dispose). */
const SAVE_DELAY_MS = 5000;

type Pending = 'upsert' | 'delete';

/**
 * The notes the live index found to be daily notes by their `date` property (issue 12, point 4),
 * for DailyNotes: read as the index reads every note, so finding them costs no second read of the
 * vault, and kept in the cache of parsed notes, so a warm start finds them without reading any.
 */
export interface DatedDailyNotes {
  /** The note at `path` read as a daily note by its `date` property, when it holds a check-in. */
  datedDailyNote(path: string): DailyNote | undefined;
  /** Every such note's path. */
  datedDailyNotePaths(): Iterable<string>;
  /** Fires with the paths whose daily note was set, changed or removed, before onDidChange for the same batch. */
  readonly onDidChangeDated: vscode.Event<readonly string[]>;
}

/**
 * Keeps a NoteIndex in step with the vault: one full read at start, then two FileSystemWatchers
 * feed it one note at a time: one hears notes created, changed and deleted; the other hears any
 * path created or deleted, for folders. Bursts (a sync, a `git checkout`) are debounced into one
 * update, and every update reads the disk as it is then.
 *
 * With a cache of parsed notes (issue 11), the first read is the cache: the index is filled from it
 * and a first dashboard shows before any note is read; then every note is stat'ed, and those whose
 * size or mtime changed, new ones, and ones the cache left out are read, while notes gone are
 * dropped, so the index ends as a read of the whole vault would make it. The cache is written
 * (at most every 5 s) after changes, and on dispose.
 *
 * Every note it reads whose bytes hold a checked box (`[x]` or `[X]`) is also read as a daily note
 * by its `date` property (readDailyNoteNamed with no day from the name), ours or not, as the CLI's
 * DailyNoteFinder does: those that are daily notes with check-ins are kept (DatedDailyNotes) and
 * cached with the note. A note without a checked box costs one more byte search, no decoding.
 */
export class LiveIndex implements vscode.Disposable, DatedDailyNotes {
  readonly index = new NoteIndex();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index changed (once per debounced burst). */
  readonly onDidChange = this.changed.event;
  private readonly progressed = new vscode.EventEmitter<void>();
  /** Fires while the first read runs, at most every 400 ms, as `progress` moves. */
  readonly onDidProgress = this.progressed.event;
  /** While the first read runs: notes read so far of all listed; null once every note was read. */
  progress: { read: number; total: number } | null = { read: 0, total: 0 };
  private lastProgress = 0;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Notes to read again or to drop. */
  private readonly pending = new Map<string, Pending>();
  /** Paths deleted or moved away: every note under them goes. */
  private readonly goneFolders = new Set<string>();
  /** The stamp of every note read into the index (ours or not): what the cache keeps with each note. */
  private readonly stamps = new Map<string, FileStamp>();
  /** Notes that are daily notes by their `date` property, with a check-in, by path (see DatedDailyNotes). */
  private readonly dated = new Map<string, DailyNote>();
  /** Paths whose dated daily note moved since onDidChangeDated last fired. */
  private readonly datedMoved = new Set<string>();
  private readonly datedChanged = new vscode.EventEmitter<readonly string[]>();
  readonly onDidChangeDated = this.datedChanged.event;
  /** The index or the stamps changed since the cache was last written. */
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** Folders created or moved in: every note under them is read. */
  private readonly foldersToRead = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private scanning = true;
  private disposed = false;
  private flushing: Promise<void> = Promise.resolve();
  /** Settles when the first full read is done. */
  readonly ready: Promise<void>;
  /**
   * Settles once the notes folder has been read (before the rest of the vault): a first dashboard
   * can show then, and fills in when `ready` settles. Settles with `ready` at the latest.
   */
  readonly firstPass: Promise<void>;
  private firstPassDone: () => void = () => undefined;

  constructor(
    readonly store: WorkspaceStore,
    private readonly options: {
      debounceMs?: number;
      log?: (line: string) => void;
      /** The notes folder (vault-relative): read first, so the first dashboard need not wait for the whole vault. */
      readFirst?: string;
      /** Where parsed notes are kept between runs; none: every start reads the whole vault. */
      cache?: NoteCacheStore;
      /** The least time between two writes of the cache (5 s by default). */
      saveDelayMs?: number;
    } = {},
  ) {
    this.firstPass = new Promise((resolve) => (this.firstPassDone = resolve));
    // The watchers start before the scan so that a change during the scan is not lost.
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(store.root, '**/*.md'));
    // A folder deleted or moved outside VS Code (a file manager, `git checkout`, a sync) is ONE
    // event, for the folder: VS Code's watcher drops the deletes of everything inside a deleted
    // folder, and a move is reported as the old folder deleted and the new one created. Those
    // events name a folder, not `*.md`, so the watcher above never hears them: this one hears
    // every path created or deleted (changes are the first watcher's).
    const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(store.root, '**/*'), false, true, false);
    this.subscriptions.push(
      this.watcher,
      this.watcher.onDidCreate((uri) => this.queue(uri, 'upsert')),
      this.watcher.onDidChange((uri) => this.queue(uri, 'upsert')),
      this.watcher.onDidDelete((uri) => this.queue(uri, 'delete')),
      folders,
      folders.onDidCreate((uri) => this.created(uri)),
      folders.onDidDelete((uri) => this.deleted(uri)),
      // The same for a folder deleted or renamed in VS Code's explorer, heard at once.
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.deleted(uri))),
      vscode.workspace.onDidRenameFiles((e) =>
        e.files.forEach(({ oldUri, newUri }) => {
          this.deleted(oldUri);
          this.created(newUri);
        }),
      ),
      this.changed,
      this.progressed,
      this.datedChanged,
    );
    this.ready = this.scan().finally(() => {
      this.progress = null;
      this.firstPassDone();
    });
  }

  private async scan(): Promise<void> {
    const started = Date.now();
    const cached = await this.options.cache?.load().catch(() => undefined);
    if (this.disposed) return;
    if (cached !== undefined && cached.size > 0) await this.scanFromCache(cached, started);
    else await this.scanAll(started);
    this.scanning = false;
    this.progress = null;
    this.fireDated();
    this.changed.fire();
    if (this.hasPending()) this.schedule();
    this.scheduleSave();
  }

  /** A start without a cache: every note is read, the notes folder first. */
  private async scanAll(started: number): Promise<void> {
    const paths = await this.store.list();
    const listed = Date.now();
    this.progress = { read: 0, total: paths.length };
    const timing = { indexMs: 0 };
    // The notes folder first: most notes of ours live there.
    const folder = this.options.readFirst?.replace(/\/+$/, '');
    const first = folder ? paths.filter((p) => p.startsWith(`${folder}/`)) : [];
    const rest = folder ? paths.filter((p) => !p.startsWith(`${folder}/`)) : paths;
    await this.readMany(first, timing);
    if (first.length > 0 && rest.length > 0 && !this.disposed) {
      this.options.log?.(`Read the notes folder first: ${first.length} notes.`);
      this.fireDated();
      this.changed.fire();
    }
    this.firstPassDone();
    await this.readMany(rest, timing, true);
    const total = Date.now() - started;
    this.options.log?.(
      `Read ${paths.length} notes in ${total} ms (listing ${listed - started} ms, reading ${total - (listed - started) - timing.indexMs} ms, parsing ${timing.indexMs} ms); ${this.index.size} in the index.`,
    );
  }

  /**
   * A start from the cache: the cached notes show at once (the first pass), then the vault is
   * listed and stat'ed; notes new or changed since (size or mtime), or missing from the cache, are
   * read, and cached notes no longer there are dropped.
   */
  private async scanFromCache(cached: ReadonlyMap<string, CachedNote>, started: number): Promise<void> {
    for (const [path, { size, mtime, note, daily }] of cached) {
      if (!isNotePath(path)) continue;
      this.stamps.set(path, { size, mtime });
      if (note !== null) this.index.upsertParsed(note);
      this.setDated(path, daily);
    }
    this.progress = null;
    this.options.log?.(`Showed ${this.index.size} notes from the cache of ${cached.size} in ${Date.now() - started} ms.`);
    this.fireDated();
    this.changed.fire();
    this.firstPassDone();
    const paths = await this.store.list();
    const listed = new Set(paths);
    for (const path of [...this.stamps.keys()]) if (!listed.has(path)) this.forget(path);
    const toRead: string[] = [];
    await pool(paths, READ_CONCURRENCY, async (path) => {
      const was = cached.get(path);
      if (was !== undefined && !this.disposed) {
        const now = await this.store.files.stat(path);
        if (now !== undefined && now.size === was.size && now.mtime === was.mtime) return;
      }
      toRead.push(path);
    });
    await this.readMany(toRead.sort());
    this.options.log?.(
      `Read ${paths.length} notes in ${Date.now() - started} ms (${paths.length - toRead.length} unchanged from the cache, ${toRead.length} read); ${this.index.size} in the index.`,
    );
  }

  /**
   * Reads notes into the index through a pool, not batches: one slow file never holds the other
   * reads back. A note that cannot be read (gone since it was listed) is dropped.
   */
  private async readMany(list: readonly string[], timing?: { indexMs: number }, tellProgress = false): Promise<void> {
    await pool(list, READ_CONCURRENCY, async (path) => {
      if (this.disposed) return;
      const file = await this.store.files.read(path).catch(() => undefined);
      if (this.scanning && this.progress) {
        this.progress.read += 1;
        if (tellProgress && Date.now() - this.lastProgress >= PROGRESS_MS) {
          this.lastProgress = Date.now();
          this.progressed.fire();
        }
      }
      if (this.disposed) return;
      if (file === undefined) {
        this.forget(path);
        return;
      }
      const t0 = Date.now();
      this.ingest(path, file);
      if (timing) timing.indexMs += Date.now() - t0;
    });
  }

  /** Drops a note from the index and from what the cache will keep. */
  private forget(path: string): void {
    this.index.delete(path);
    this.setDated(path, undefined);
    if (this.stamps.delete(path)) this.unsaved = true;
  }

  datedDailyNote(path: string): DailyNote | undefined {
    return this.dated.get(path);
  }

  datedDailyNotePaths(): Iterable<string> {
    return this.dated.keys();
  }

  /** Keeps (or, with undefined, drops) the note's daily note by its `date` property. */
  private setDated(path: string, daily: DailyNote | undefined): void {
    const before = this.dated.get(path);
    if (daily === undefined) {
      if (before === undefined) return;
      this.dated.delete(path);
    } else {
      if (before !== undefined && JSON.stringify(before) === JSON.stringify(daily)) return;
      this.dated.set(path, daily);
    }
    this.datedMoved.add(path);
  }

  /** Tells DailyNotes which dated daily notes moved, before the index's own onDidChange. */
  private fireDated(): void {
    if (this.datedMoved.size === 0 || this.disposed) return;
    const paths = [...this.datedMoved];
    this.datedMoved.clear();
    this.datedChanged.fire(paths);
  }

  private hasPending(): boolean {
    return this.pending.size > 0 || this.goneFolders.size > 0 || this.foldersToRead.size > 0;
  }

  private queue(uri: vscode.Uri, kind: Pending): void {
    const path = this.store.pathOf(uri);
    if (path === undefined || !isNotePath(path)) return;
    this.pending.set(path, kind);
    if (!this.scanning) this.schedule();
  }

  /** A path created or moved in: a note is read; a folder (where notes may live) is read whole. */
  private created(uri: vscode.Uri): void {
    const path = this.store.pathOf(uri);
    if (path === undefined) return;
    if (isNotePath(path)) this.pending.set(path, 'upsert');
    else if (isNoteFolder(path)) this.foldersToRead.add(path);
    else return;
    if (!this.scanning) this.schedule();
  }

  /** A path deleted or moved away: a note is dropped, and so is every note under it when it was a folder. */
  private deleted(uri: vscode.Uri): void {
    const path = this.store.pathOf(uri);
    if (path === undefined || path === '') return;
    if (isNotePath(path)) this.pending.set(path, 'delete');
    else this.goneFolders.add(path);
    if (!this.scanning) this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.options.debounceMs ?? 150);
  }

  /** Applies every queued change now. Safe to call at any time; changes are applied in order. */
  flush(): Promise<void> {
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    this.flushing = this.flushing.then(() => this.applyPending());
    return this.flushing;
  }

  /**
   * Applies what was heard, in an order that ends as the disk is whatever the events were: the
   * notes under gone folders are dropped, then each note is read again (or dropped), then each new
   * folder is read. Every step reads the disk now, so a folder deleted and put back, or a note
   * moved out and in again, ends as it is on disk.
   */
  private async applyPending(): Promise<void> {
    if (!this.hasPending() || this.disposed) return;
    const work = [...this.pending];
    const gone = [...this.goneFolders];
    const toRead = [...this.foldersToRead].filter((f, _, all) => !all.some((other) => f.startsWith(`${other}/`)));
    this.pending.clear();
    this.goneFolders.clear();
    this.foldersToRead.clear();
    const before = this.index.revision;
    if (gone.length > 0) {
      const goneSet = new Set(gone);
      for (const path of [...this.stamps.keys()]) if (isUnder(path, goneSet)) this.forget(path);
      for (const note of [...this.index.notes()]) if (isUnder(note.path, goneSet)) this.index.delete(note.path);
    }
    for (const [path, kind] of work) {
      if (kind === 'delete') {
        this.forget(path);
        continue;
      }
      // Gone between the event and the read (a rename, a sync): it is no longer a note.
      const file = await this.store.files.read(path).catch(() => undefined);
      if (file === undefined) this.forget(path);
      else this.ingest(path, file);
    }
    const done = new Set(work.map(([path]) => path));
    for (const folder of toRead) {
      if (this.disposed) return;
      await this.readMany((await this.store.list(folder)).filter((p) => !done.has(p)));
    }
    this.fireDated();
    if (this.index.revision !== before && !this.disposed) this.changed.fire();
    this.scheduleSave();
  }

  /**
   * Puts one note's bytes in the index, with their stamp for the cache. A note that is certainly not
   * ours (notOursBytes) is dropped without decoding; any other is decoded strictly (a note that is
   * not UTF-8 is still detected: see take).
   */
  private ingest(path: string, file: NoteFile): void {
    this.stamps.set(path, { size: file.size, mtime: file.mtime });
    this.unsaved = true;
    const checked = holdsCheckedBox(file.bytes);
    if (notOursBytes(path, file.bytes)) {
      this.index.delete(path);
      this.setDated(path, checked ? datedDailyNote(path, file.bytes) : undefined);
      return;
    }
    let text: string | NotUtf8NoteError;
    try {
      text = decodeNote(path, file.bytes);
    } catch (error) {
      if (!(error instanceof NotUtf8NoteError)) throw error;
      text = error;
    }
    // A note that is not UTF-8 gives no check-in (as in the CLI): its links could be misread.
    this.setDated(path, checked && typeof text === 'string' ? (readDailyNoteNamed(path, text, null) ?? undefined) : undefined);
    this.take(path, text);
  }

  /**
   * Puts one read note in the index. A note that is not UTF-8 is read as well as it can be (each
   * bad sequence as "�"), so its days still count as the CLI's report counts them, and is listed
   * under "Notes to check" with why it will not be changed; one that is plainly not ours stays out.
   */
  private take(path: string, read: string | NotUtf8NoteError): void {
    if (typeof read === 'string') {
      this.index.upsert(path, read);
      return;
    }
    const text = read.lossyText();
    const parsed = parseNote(path, text);
    if (parsed.entry === null && parsed.problems.length === 0 && !mightBeOurs(text)) {
      this.index.delete(path);
      return;
    }
    this.index.upsertParsed({ ...parsed, problems: [...parsed.problems, { path, message: read.problem() }] });
  }

  /** Reads one note again at once (after our own edit), instead of waiting for the watcher. */
  async refresh(path: string): Promise<void> {
    this.pending.set(path, 'upsert');
    await this.flush();
  }

  /** Writes the cache after changes, at most once per SAVE_DELAY_MS: typing in a note never writes it on every keystroke. */
  private scheduleSave(): void {
    if (!this.options.cache || !this.unsaved || this.saveTimer !== undefined || this.disposed) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.saveCache(false);
    }, this.options.saveDelayMs ?? SAVE_DELAY_MS);
  }

  /**
   * Writes the cache now (sync: on dispose, as VS Code does not wait for a dispose). Safe at any
   * moment, mid-read included: each note is kept with the stamp of the bytes it was read from, and
   * a note not yet checked against the disk keeps its old stamp, so the next start checks it again.
   */
  saveCache(sync: boolean): Promise<void> {
    const cache = this.options.cache;
    if (!cache || !this.unsaved) return Promise.resolve();
    this.unsaved = false;
    const notes = (function* (stamps: Map<string, FileStamp>, index: NoteIndex, dated: Map<string, DailyNote>): Generator<[string, CachedNote]> {
      for (const [path, stamp] of stamps) {
        const daily = dated.get(path);
        yield [path, { ...stamp, note: index.get(path) ?? null, ...(daily === undefined ? {} : { daily }) }];
      }
    })(this.stamps, this.index, this.dated);
    return cache.save(notes, sync);
  }

  dispose(): void {
    if (this.disposed) return;
    if (this.saveTimer !== undefined) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    void this.saveCache(true);
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.pending.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}

/** A note that is not ours read as a daily note by its `date` property; undefined when it is none, or not UTF-8. */
function datedDailyNote(path: string, bytes: Uint8Array): DailyNote | undefined {
  let text: string;
  try {
    text = decodeNote(path, bytes);
  } catch (error) {
    if (error instanceof NotUtf8NoteError) return undefined;
    throw error;
  }
  return readDailyNoteNamed(path, text, null) ?? undefined;
}

/** The longest the pool keeps the extension host's thread before it lets other work (a message, an event) run. */
const SLICE_MS = 10;

/**
 * Runs `work` over the list with at most `width` calls in flight, in list order. Work that finishes
 * at once (a synchronous read, a parse) would hold the thread for the whole list: every SLICE_MS
 * the pool waits for the event loop's next turn.
 */
async function pool<T>(list: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let sliceStart = Date.now();
  const worker = async (): Promise<void> => {
    while (next < list.length) {
      await work(list[next++] as T);
      if (Date.now() - sliceStart >= SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        sliceStart = Date.now();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, list.length) }, worker));
}

/** Whether a vault path lies inside one of the folders (a path segment boundary, not a mere prefix). */
function isUnder(path: string, folders: ReadonlySet<string>): boolean {
  for (let slash = path.indexOf('/'); slash !== -1; slash = path.indexOf('/', slash + 1)) {
    if (folders.has(path.slice(0, slash))) return true;
  }
  return false;
}
