/**
 * Daily notes in VS Code (issue 12, point 4): the checked tasks of daily notes that link a promise
 * count on the dashboard, through a DailyNoteOverlay over the live index. Daily notes are read, never
 * written.
 *
 * Where they are and how they are named is Obsidian's setting, read from the workspace folder as the
 * CLI reads it (src/cli/daily-notes.ts): Periodic Notes' daily block in
 * `.obsidian/plugins/periodic-notes/data.json`, else `.obsidian/daily-notes.json`, else `YYYY-MM-DD`
 * at the top of the folder (a VS Code user may have no Obsidian at all). Only the daily-note folder is
 * listed, only notes named as a day in the format are read here, and only their task lines count
 * (readDailyNoteNamed).
 *
 * Any other note with a `date` property is a daily note too, as in Obsidian and the CLI. Those are
 * not read here: reading every note again for a `date` would double the cost of a start. The live
 * index, which reads every note anyway, reads as a daily note each one whose bytes hold `[x]` or
 * `[X]`, keeps those with a check-in (DatedDailyNotes) with its cache of parsed notes (so a warm start
 * reads none), and tells this class which moved; this class puts them in the overlay, except a note
 * named as a day in the daily-note folder, which it reads itself by its name (a note counts once).
 *
 * Kept current by one FileSystemWatcher over the whole folder ("keep the use of recursive watchers to
 * a minimum": vscode.d.ts, createFileSystemWatcher), filtered here: markdown files in the daily-note
 * folder, any path created or deleted (a folder deleted or moved outside VS Code is ONE event, for the
 * folder: see test/fakes/vscode.ts, coalesceDiskEvents), and the two settings files. Filtering here
 * means a change of settings needs no new watcher.
 */
import * as vscode from 'vscode';
import { DailyNoteOverlay, type JournaledNotes } from '../core/index/daily-note-overlay';
import { readDailyNoteNamed } from '../core/parse/daily-note';
import { chooseDailyNoteSettings, dailyNoteDayByName, dailyNoteSettingsFiles, DEFAULT_DAILY_NOTE_SETTINGS, type DailyNoteSettings } from '../core/parse/daily-note-settings';
import type { DatedDailyNotes } from './live-index';
import { isNoteFolder, type WorkspaceStore } from './workspace-store';

/** The settings files, vault-relative: Periodic Notes' first. */
export const DAILY_NOTE_SETTINGS_FILES = dailyNoteSettingsFiles('.obsidian');

const decoder = new TextDecoder();

/**
 * The vault's daily-note settings, chosen by the core's one rule (chooseDailyNoteSettings); the
 * defaults when neither file is there or readable. Never throws.
 */
export async function readDailyNoteSettings(store: WorkspaceStore): Promise<DailyNoteSettings> {
  const text = async (path: string): Promise<string | undefined> => {
    try {
      return decoder.decode((await store.files.read(path)).bytes);
    } catch {
      return undefined;
    }
  };
  const [periodicFile, coreFile] = DAILY_NOTE_SETTINGS_FILES;
  return chooseDailyNoteSettings(await text(periodicFile), await text(coreFile));
}

/**
 * The daily notes of one open vault, fed to `view` (what the dashboard and commands read instead of
 * the live index's NoteIndex). `ready` settles after the first read; `onDidChange` fires after each
 * batch of changes that moved what `view` yields.
 */
export class DailyNotes implements vscode.Disposable {
  readonly view: DailyNoteOverlay;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  readonly ready: Promise<void>;
  private settings: DailyNoteSettings = DEFAULT_DAILY_NOTE_SETTINGS;
  /** Daily notes held in `view`, by path: those named as a day, read here. */
  private readonly held = new Set<string>();
  /** Daily notes by their `date` property held in `view` (from `options.dated`). */
  private readonly heldDated = new Set<string>();
  /** Paths whose dated daily note moved in the live index, not yet applied. */
  private readonly datedToApply = new Set<string>();
  /** Paths to read again; folders to list and read; paths gone (a folder: everything under it). */
  private readonly toRead = new Set<string>();
  private readonly foldersToRead = new Set<string>();
  private readonly gone = new Set<string>();
  private settingsChanged = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> = Promise.resolve();
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly store: WorkspaceStore,
    index: JournaledNotes,
    private readonly options: {
      debounceMs?: number;
      log?: (line: string) => void;
      /** The notes the live index found to be daily notes by their `date` property; none: only the daily-note folder counts. */
      dated?: DatedDailyNotes;
    } = {},
  ) {
    this.view = new DailyNoteOverlay(index);
    // Started before the first read, so that a change during it is not lost.
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(store.root, '**/*'));
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate((uri) => this.queue(uri, 'created')),
      watcher.onDidChange((uri) => this.queue(uri, 'changed')),
      watcher.onDidDelete((uri) => this.queue(uri, 'deleted')),
      this.changed,
    );
    // Applied in order with the batches here (a change of settings decides which notes are named as a day).
    if (options.dated) {
      this.subscriptions.push(
        options.dated.onDidChangeDated((paths) => {
          if (this.disposed) return;
          for (const path of paths) this.datedToApply.add(path);
          void this.run(async () => {
            const before = this.view.revision;
            this.applyDated();
            this.notifyIfMoved(before);
          });
        }),
      );
    }
    this.ready = this.run(async () => {
      this.settings = await readDailyNoteSettings(store);
      await this.readAll();
      this.notifyIfMoved(-1);
    });
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const d of this.subscriptions.splice(0)) d.dispose();
  }

  /** Applies every pending change now (tests, and a command that needs the daily notes current). */
  async flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.run(() => this.applyPending());
  }

  /** The path inside the daily-note folder, or undefined when the path is not in it. */
  private inFolder(path: string): string | undefined {
    const { folder } = this.settings;
    if (folder === '') return path;
    return path.startsWith(`${folder}/`) ? path.slice(folder.length + 1) : undefined;
  }

  private queue(uri: vscode.Uri, change: 'created' | 'changed' | 'deleted'): void {
    const path = this.store.pathOf(uri);
    if (path === undefined || this.disposed) return;
    const note = path.toLowerCase().endsWith('.md');
    if ((DAILY_NOTE_SETTINGS_FILES as readonly string[]).includes(path)) this.settingsChanged = true;
    else if (change === 'deleted') this.gone.add(path);
    else if (note) {
      if (this.dayOf(path) === null && !this.held.has(path)) return; // not a daily note: nothing to read
      this.toRead.add(path);
    }
    // A created path that is not a note may be a folder moved in: its daily notes are read.
    else if (change === 'created' && isNoteFolder(path)) this.foldersToRead.add(path);
    else return;
    this.schedule();
  }

  private schedule(): void {
    if (this.disposed) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run(() => this.applyPending());
    }, this.options.debounceMs ?? 300);
  }

  /** One batch at a time: a batch that starts while one runs waits for it. */
  private run(batch: () => Promise<void>): Promise<void> {
    this.running = this.running.then(batch).catch((e: unknown) => this.options.log?.(`Daily notes: ${e instanceof Error ? e.message : String(e)}`));
    return this.running;
  }

  private async applyPending(): Promise<void> {
    if (this.disposed) return;
    const before = this.view.revision;
    if (this.settingsChanged) {
      this.settingsChanged = false;
      const next = await readDailyNoteSettings(this.store);
      if (next.folder !== this.settings.folder || next.format !== this.settings.format) {
        this.settings = next;
        this.toRead.clear();
        this.foldersToRead.clear();
        this.gone.clear();
        await this.readAll();
        return this.notifyIfMoved(before);
      }
    }
    const gone = [...this.gone];
    const folders = [...this.foldersToRead];
    const paths = [...this.toRead];
    this.gone.clear();
    this.foldersToRead.clear();
    this.toRead.clear();
    for (const path of gone) {
      for (const held of [...this.held]) if (held === path || held.startsWith(`${path}/`)) this.drop(held);
      // The daily-note folder itself, or a folder above it, is gone: nothing of it is left to read.
    }
    for (const folder of folders) {
      // A folder above the daily-note folder holds it whole; one inside it holds some daily notes.
      const { folder: daily } = this.settings;
      if (daily !== '' && (daily === folder || daily.startsWith(`${folder}/`))) await this.readUnder(daily);
      else if (this.inFolder(folder) !== undefined) await this.readUnder(folder);
    }
    for (const path of paths) await this.readOne(path);
    this.applyDated();
    this.notifyIfMoved(before);
  }

  /** Every daily note anew (at the start, or the settings changed). */
  private async readAll(): Promise<void> {
    this.view.clearDailyNotes();
    this.held.clear();
    this.heldDated.clear();
    await this.readUnder(this.settings.folder);
    this.datedToApply.clear();
    for (const path of this.options.dated?.datedDailyNotePaths() ?? []) this.setDated(path);
  }

  /** Puts in `view` the dated daily notes that moved in the live index since the last look. */
  private applyDated(): void {
    if (this.disposed) return;
    const paths = [...this.datedToApply];
    this.datedToApply.clear();
    for (const path of paths) this.setDated(path);
  }

  /** Holds the live index's dated daily note at `path` in `view`, or drops it; a note named as a day is read here instead. */
  private setDated(path: string): void {
    const note = this.dayOf(path) === null ? this.options.dated?.datedDailyNote(path) : undefined;
    if (note !== undefined) {
      this.heldDated.add(path);
      this.view.setDailyNote(path, note);
    } else if (this.heldDated.delete(path)) this.view.setDailyNote(path, null);
  }

  /** The daily notes in a folder (listed by the store: dot-folders and node_modules are left out). */
  private async readUnder(folder: string): Promise<void> {
    for (const path of await this.store.list(folder)) if (this.dayOf(path) !== null) await this.readOne(path);
  }

  private dayOf(path: string): ReturnType<typeof dailyNoteDayByName> {
    return dailyNoteDayByName(path, this.settings);
  }

  /** Reads one note when its name makes it a daily note; drops it when it is not (any more) or cannot be read. */
  private async readOne(path: string): Promise<void> {
    const day = this.dayOf(path);
    if (day === null) return this.drop(path);
    let text: string;
    try {
      text = await this.store.read(path);
    } catch {
      return this.drop(path); // gone meanwhile, or not UTF-8: no check-in is read from it
    }
    const note = readDailyNoteNamed(path, text, day);
    if (note === null) return this.drop(path);
    this.held.add(path);
    this.view.setDailyNote(path, note);
  }

  private drop(path: string): void {
    if (this.held.delete(path)) this.view.setDailyNote(path, null);
  }

  private notifyIfMoved(before: number): void {
    if (!this.disposed && this.view.revision !== before) this.changed.fire();
  }
}
