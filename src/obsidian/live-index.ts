/**
 * Keeps the NoteIndex in step with the vault, one note at a time. Frontmatter comes from Obsidian's
 * metadata cache, already parsed: a note without `selftrust` there is skipped without being read.
 * Changes are gathered for a moment (debounced) and listeners hear of them once, and only when
 * the index's revision moved.
 *
 * How Obsidian's cache really behaves (obsidian.d.ts; obsidian-tasks' src/Obsidian/Cache.ts): at
 * layout-ready the cache of a cold or large vault is still empty (`getFileCache` gives null) and fills
 * afterwards from a worker, with `changed` for some files only; `resolved` fires once everything is
 * indexed (and again after later changes). So the first pass runs at layout-ready, notes without a
 * cache yet are kept as they are rather than dropped, and the vault is read again on the first
 * `resolved`; until then (or until every note has a cache) the index is not `ready` and the dashboard
 * says it is still reading.
 *
 * A note the cache gives no frontmatter for, although it has a frontmatter block
 * (`frontmatterPosition`: broken YAML) or is named like ours, is read (`cachedRead`) and parsed by the
 * core's parseNote, so Obsidian lists the same problems as the CLI and VS Code.
 *
 * Daily notes (issue 12, point 4) are read in the same passes, from the same cache entries: a daily
 * note's checked tasks go to the DailyNoteOverlay (`view`), which the dashboard and the commands read.
 * Their settings are read from the config folder at layout-ready, before the index is `ready`, and
 * again when Obsidian reports those files changed (the `raw` event) or the dashboard asks
 * (checkDailyNoteSettings). A daily note is never read from its file, and never written.
 */
import { Component, TFile, type App, type CachedMetadata, type EventRef } from 'obsidian';
import type { DailyNoteOverlay } from '../core/index/daily-note-overlay';
import type { NoteIndex } from '../core/index/note-index';
import { hasField, isPlainMap } from '../core/parse/field-readers';
import { nameLooksOurs, parseFrontmatter } from '../core/parse/parse-note';
import { dailyNoteDay, dailyNoteFromCache, dailyNoteSettingsFiles, linkResolver, readDailyNoteSettings, type DailyNoteSettings } from './daily-notes';

export const INDEX_DEBOUNCE_MS = 300;

type PendingChange = 'upsert' | 'delete';

export class LiveIndex extends Component {
  /** True once the first pass over the vault ran (after the layout is ready). */
  ready = false;
  private pending = new Map<string, PendingChange>();
  private timer: number | null = null;
  private listeners = new Set<() => void>();
  private notifiedRevision = -1;
  private stopped = false;
  private layoutReady = false;
  private resolvedOnce = false;
  /** Per path, the number of the latest file read asked for: an older read that lands late is dropped. */
  private reads = new Map<string, number>();
  private readCount = 0;
  /** Where daily notes are and how they are named; null until read from the config folder. */
  private dailySettings: DailyNoteSettings | null = null;
  /** Settings reads asked for: an older read that lands late is dropped. */
  private settingsReads = 0;
  /** Daily notes held in `view`: read again when a link's target may have moved. */
  private readonly dailyPaths = new Set<string>();
  /** A note was created, deleted or renamed: a daily note's links may now lead elsewhere. */
  private linksMayMove = false;
  /** Notes renamed: read again as daily notes after the debounce, should the cache have moved after the event. */
  private readonly renamed = new Set<string>();

  /**
   * `index` is the NoteIndex of our notes; `view` reads it with the daily notes' check-ins, and is what
   * listeners are told about (its revision moves for either).
   */
  constructor(
    private readonly app: App,
    readonly index: NoteIndex,
    readonly view: DailyNoteOverlay,
    private readonly delayMs = INDEX_DEBOUNCE_MS,
  ) {
    super();
  }

  override onload(): void {
    const { vault, metadataCache, workspace } = this.app;
    this.stopped = false;
    this.registerEvent(metadataCache.on('changed', (file) => this.queue(file.path, 'upsert')));
    this.registerEvent(metadataCache.on('resolved', () => this.resolved()));
    this.registerEvent(
      vault.on('delete', (file) => {
        if (!(file instanceof TFile)) return;
        this.linksMayMove = true;
        this.queue(file.path, 'delete');
      }),
    );
    this.registerEvent(
      vault.on('rename', (file, oldPath) => {
        if (file instanceof TFile) this.moved(oldPath, file);
      }),
    );
    this.registerEvent(
      vault.on('create', (file) => {
        if (file instanceof TFile && file.extension === 'md' && this.dailyPaths.size > 0) this.linksMayMove = true;
      }),
    );
    // `raw` reports any path that changed on disk, the config folder's too; it is not in obsidian.d.ts
    // (pjeby's hot-reload and obsidian-livesync listen to it for the same reason), so a version without
    // it simply never fires, and the settings are still read again when the dashboard opens.
    const rawVault = vault as unknown as { on(name: 'raw', callback: (path: string) => void): EventRef };
    this.registerEvent(
      rawVault.on('raw', (path) => {
        if (typeof path === 'string' && dailyNoteSettingsFiles(vault.configDir).includes(path)) this.checkDailyNoteSettings();
      }),
    );
    this.register(() => this.cancelTimer());
    // Obsidian restores the workspace first; reading the vault before that slows start-up.
    workspace.onLayoutReady(() => {
      if (this.stopped) return;
      this.layoutReady = true;
      this.indexAll();
      this.checkDailyNoteSettings();
    });
  }

  override onunload(): void {
    this.stopped = true;
    this.reads.clear();
    this.dailyPaths.clear();
    this.renamed.clear();
    this.pending.clear();
    this.listeners.clear();
  }

  /** Calls `listener` after each batch of changes that moved the index; returns the way to stop. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tells listeners something besides the notes changed (the settings). */
  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** A note this plugin just wrote: counted at once, without waiting for the metadata cache. */
  noteWritten(path: string, text: string): void {
    this.index.upsert(path, text);
    this.schedule();
  }

  /**
   * Reads the daily-note settings again (the dashboard opened, or Obsidian reported the files changed);
   * when they changed, every daily note is looked for again. The read is async: a later one wins.
   */
  checkDailyNoteSettings(): void {
    if (this.stopped || !this.layoutReady) return;
    const ticket = ++this.settingsReads;
    void readDailyNoteSettings(this.app.vault.adapter, this.app.vault.configDir).then((next) => {
      if (this.stopped || ticket !== this.settingsReads) return;
      const before = this.dailySettings;
      if (before !== null && before.folder === next.folder && before.format === next.format) return;
      this.dailySettings = next;
      this.readAllDailyNotes();
      if (!this.ready) {
        if (this.resolvedOnce || this.everyNoteCached()) this.becomeReady();
      } else this.schedule();
    });
  }

  /** Applies what is pending now (tests, and a command that needs the index current). */
  flush(): void {
    this.cancelTimer();
    const batch = [...this.pending];
    this.pending.clear();
    for (const [path, change] of batch) {
      if (change === 'delete') this.forget(path);
      else this.readFromCache(path);
    }
    if (this.linksMayMove) {
      this.linksMayMove = false;
      for (const path of new Set([...this.dailyPaths, ...this.renamed])) this.readDailyFromCache(path);
      this.renamed.clear();
    }
    if (!this.ready && this.layoutReady && this.dailySettings !== null && this.everyNoteCached()) this.becomeReady();
    else if (this.ready && this.view.revision !== this.notifiedRevision) {
      this.notifiedRevision = this.view.revision;
      this.notify();
    }
  }

  /** One pass over every note, from the cache; ready at once when the cache already knows them all. */
  private indexAll(): void {
    for (const file of this.app.vault.getMarkdownFiles()) this.readFromCache(file.path);
    if (this.dailySettings !== null && (this.resolvedOnce || this.everyNoteCached())) this.becomeReady();
  }

  /** Every daily note anew (the settings changed): the cache of each note says whether it is one. */
  private readAllDailyNotes(): void {
    this.view.clearDailyNotes();
    this.dailyPaths.clear();
    for (const file of this.app.vault.getMarkdownFiles()) this.readDailyFromCache(file.path);
  }

  /** The first `resolved` after layout-ready: the cache is complete, so the vault is read again. */
  private resolved(): void {
    if (this.stopped) return;
    if (!this.layoutReady) {
      this.resolvedOnce = true; // a warm start: layout-ready's pass will find every note cached
      return;
    }
    if (this.ready) return;
    this.resolvedOnce = true;
    this.indexAll();
  }

  private becomeReady(): void {
    this.ready = true;
    this.notifiedRevision = this.view.revision;
    this.notify();
  }

  private everyNoteCached(): boolean {
    const cache = this.app.metadataCache;
    return this.app.vault.getMarkdownFiles().every((f) => cache.getFileCache(f) !== null);
  }

  private queue(path: string, change: PendingChange): void {
    this.pending.set(path, change);
    this.schedule();
  }

  private moved(from: string, file: TFile): void {
    const to = file.path;
    const waiting = this.pending.get(from);
    if (waiting) {
      this.pending.delete(from);
      this.pending.set(to, waiting);
    }
    // The index moves the note and re-reads it under its new name (a sync-conflict copy, say).
    if (file.extension === 'md') this.index.rename(from, to);
    else this.index.delete(from);
    // A daily note renamed has another day, or is no daily note any more; its cache moves with it.
    this.dropDaily(from);
    this.readDailyFromCache(to);
    this.renamed.add(to);
    this.linksMayMove = true;
    this.schedule();
  }

  private readFromCache(path: string): void {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile) || file.extension !== 'md') return this.forget(path);
    const cache: CachedMetadata | null = this.app.metadataCache.getFileCache(file);
    // Not parsed yet (a cold start): keep what the index has; `changed` or `resolved` will bring it.
    if (cache === null) return;
    this.readDaily(file, cache);
    const frontmatter: unknown = cache.frontmatter;
    // Field names are read in any case (`SelfTrust:`), as parseFrontmatter reads them.
    if (isPlainMap(frontmatter) && hasField(frontmatter, 'selftrust')) {
      this.reads.delete(path);
      this.index.upsertParsed(parseFrontmatter(path, frontmatter), frontmatter);
    } else if (frontmatter === undefined && (cache.frontmatterPosition !== undefined || nameLooksOurs(path))) {
      void this.readFile(file);
    } else {
      this.reads.delete(path);
      this.index.delete(path); // not ours (any more); a daily note's check-ins were just read above
    }
  }

  /** Reads a note the cache could not describe and parses it as the CLI does; a later read wins. */
  private async readFile(file: TFile): Promise<void> {
    const ticket = ++this.readCount;
    this.reads.set(file.path, ticket);
    let text: string;
    try {
      text = await this.app.vault.cachedRead(file);
    } catch {
      return; // gone meanwhile: the delete event forgets it
    }
    if (this.stopped || this.reads.get(file.path) !== ticket) return;
    this.reads.delete(file.path);
    const before = this.index.revision;
    this.index.upsert(file.path, text);
    if (this.index.revision !== before) this.schedule();
  }

  /** The note is gone (or is no note): out of the index and out of the daily notes. */
  private forget(path: string): void {
    this.index.delete(path); // a no-op (same revision) for a note that was never ours
    this.dropDaily(path);
  }

  private readDailyFromCache(path: string): void {
    const file = this.app.vault.getFileByPath(path);
    const cache = file && file.extension === 'md' ? this.app.metadataCache.getFileCache(file) : null;
    if (file && cache) this.readDaily(file, cache);
    else if (!file) this.dropDaily(path);
  }

  /** Takes the note's check-ins when it is a daily note (once the settings are known), drops them otherwise. */
  private readDaily(file: TFile, cache: CachedMetadata): void {
    if (this.dailySettings === null) return;
    const day = dailyNoteDay(file.path, cache.frontmatter, this.dailySettings);
    const { metadataCache } = this.app;
    const note = day === null ? null : dailyNoteFromCache(file.path, day, cache, linkResolver((p, s) => metadataCache.getFirstLinkpathDest(p, s), file.path));
    if (note === null) return this.dropDaily(file.path);
    this.dailyPaths.add(file.path);
    this.view.setDailyNote(file.path, note);
  }

  private dropDaily(path: string): void {
    if (!this.dailyPaths.delete(path)) return;
    this.view.setDailyNote(path, null);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.cancelTimer();
    this.timer = window.setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      window.clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
