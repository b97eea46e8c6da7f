import * as vscode from 'vscode';
import { NoteIndex } from '../core/index/note-index';
import { mightBeOurs, parseNote } from '../core/parse/parse-note';
import { isNotePath, NotUtf8NoteError, type WorkspaceStore } from './workspace-store';

/** Reads in flight during the first scan: enough to hide workspace.fs's round trips, few enough to stay gentle. */
const READ_CONCURRENCY = 64;

type Pending = 'upsert' | 'delete';

/**
 * Keeps a NoteIndex in step with the vault: one full read at start, then a FileSystemWatcher
 * feeds it one note at a time. Bursts (a sync, a `git checkout`) are debounced into one update.
 */
export class LiveIndex implements vscode.Disposable {
  readonly index = new NoteIndex();
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires after the index changed (once per debounced burst). */
  readonly onDidChange = this.changed.event;
  private readonly watcher: vscode.FileSystemWatcher;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly pending = new Map<string, Pending>();
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
    } = {},
  ) {
    this.firstPass = new Promise((resolve) => (this.firstPassDone = resolve));
    // The watcher starts before the scan so that a change during the scan is not lost.
    this.watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(store.root, '**/*.md'));
    this.subscriptions.push(
      this.watcher,
      this.watcher.onDidCreate((uri) => this.queue(uri, 'upsert')),
      this.watcher.onDidChange((uri) => this.queue(uri, 'upsert')),
      this.watcher.onDidDelete((uri) => this.queue(uri, 'delete')),
      // A folder deleted or renamed in VS Code's explorer is one event for the folder, which a
      // `**/*.md` watcher may not report: follow the notes inside it ourselves.
      vscode.workspace.onDidDeleteFiles((e) => e.files.forEach((uri) => this.queueFolder(uri, undefined))),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach(({ oldUri, newUri }) => this.queueFolder(oldUri, newUri))),
      this.changed,
    );
    this.ready = this.scan().finally(() => this.firstPassDone());
  }

  private async scan(): Promise<void> {
    const started = Date.now();
    const paths = await this.store.list();
    const listed = Date.now();
    let indexMs = 0;
    // The notes folder first: most notes of ours live there.
    const folder = this.options.readFirst?.replace(/\/+$/, '');
    const first = folder ? paths.filter((p) => p.startsWith(`${folder}/`)) : [];
    const rest = folder ? paths.filter((p) => !p.startsWith(`${folder}/`)) : paths;
    // A pool, not batches: one slow file never holds the other reads back.
    const readAll = async (list: readonly string[]): Promise<void> => {
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < list.length && !this.disposed) {
          const path = list[next++] as string;
          const text = await this.store.read(path).catch((error: unknown) => (error instanceof NotUtf8NoteError ? error : undefined));
          if (text === undefined || this.disposed) continue;
          const t0 = Date.now();
          this.take(path, text);
          indexMs += Date.now() - t0;
        }
      };
      await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    };
    await readAll(first);
    if (first.length > 0 && rest.length > 0 && !this.disposed) {
      this.options.log?.(`Read the notes folder first: ${first.length} notes.`);
      this.changed.fire();
    }
    this.firstPassDone();
    await readAll(rest);
    this.scanning = false;
    const total = Date.now() - started;
    this.options.log?.(
      `Read ${paths.length} notes in ${total} ms (listing ${listed - started} ms, reading ${total - (listed - started) - indexMs} ms, parsing ${indexMs} ms); ${this.index.size} in the index.`,
    );
    this.changed.fire();
    if (this.pending.size > 0) this.schedule();
  }

  private queue(uri: vscode.Uri, kind: Pending): void {
    const path = this.store.pathOf(uri);
    if (path === undefined || !isNotePath(path)) return;
    this.pending.set(path, kind);
    if (!this.scanning) this.schedule();
  }

  /** Queues every indexed note under a deleted (or renamed) folder. A single file is left to the watcher. */
  private queueFolder(oldUri: vscode.Uri, newUri: vscode.Uri | undefined): void {
    const from = this.store.pathOf(oldUri);
    if (from === undefined || isNotePath(from)) return;
    const to = newUri ? this.store.pathOf(newUri) : undefined;
    let queued = false;
    for (const note of this.index.notes()) {
      if (!note.path.startsWith(`${from}/`)) continue;
      this.pending.set(note.path, 'delete');
      if (to !== undefined) {
        const moved = `${to}/${note.path.slice(from.length + 1)}`;
        if (isNotePath(moved)) this.pending.set(moved, 'upsert');
      }
      queued = true;
    }
    if (queued && !this.scanning) this.schedule();
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

  private async applyPending(): Promise<void> {
    if (this.pending.size === 0 || this.disposed) return;
    const work = [...this.pending];
    this.pending.clear();
    const before = this.index.revision;
    for (const [path, kind] of work) {
      if (kind === 'delete') {
        this.index.delete(path);
        continue;
      }
      try {
        this.take(path, await this.store.read(path));
      } catch (error) {
        if (error instanceof NotUtf8NoteError) this.take(path, error);
        // Gone between the event and the read (a rename, a sync): it is no longer a note.
        else this.index.delete(path);
      }
    }
    if (this.index.revision !== before && !this.disposed) this.changed.fire();
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

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.pending.clear();
    for (const d of this.subscriptions) d.dispose();
  }
}
