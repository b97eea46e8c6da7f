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
 */
import { Component, TFile, type App, type CachedMetadata } from 'obsidian';
import type { NoteIndex } from '../core/index/note-index';
import { hasField, isPlainMap } from '../core/parse/field-readers';
import { nameLooksOurs, parseFrontmatter } from '../core/parse/parse-note';

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

  constructor(
    private readonly app: App,
    readonly index: NoteIndex,
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
        if (file instanceof TFile) this.queue(file.path, 'delete');
      }),
    );
    this.registerEvent(
      vault.on('rename', (file, oldPath) => {
        if (file instanceof TFile) this.moved(oldPath, file);
      }),
    );
    this.register(() => this.cancelTimer());
    // Obsidian restores the workspace first; reading the vault before that slows start-up.
    workspace.onLayoutReady(() => {
      if (this.stopped) return;
      this.layoutReady = true;
      this.indexAll();
    });
  }

  override onunload(): void {
    this.stopped = true;
    this.reads.clear();
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

  /** Applies what is pending now (tests, and a command that needs the index current). */
  flush(): void {
    this.cancelTimer();
    const batch = [...this.pending];
    this.pending.clear();
    for (const [path, change] of batch) {
      if (change === 'delete') this.forget(path);
      else this.readFromCache(path);
    }
    if (!this.ready && this.layoutReady && this.everyNoteCached()) this.becomeReady();
    else if (this.ready && this.index.revision !== this.notifiedRevision) {
      this.notifiedRevision = this.index.revision;
      this.notify();
    }
  }

  /** One pass over every note, from the cache; ready at once when the cache already knows them all. */
  private indexAll(): void {
    for (const file of this.app.vault.getMarkdownFiles()) this.readFromCache(file.path);
    if (this.resolvedOnce || this.everyNoteCached()) this.becomeReady();
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
    this.notifiedRevision = this.index.revision;
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
    this.schedule();
  }

  private readFromCache(path: string): void {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile) || file.extension !== 'md') return this.forget(path);
    const cache: CachedMetadata | null = this.app.metadataCache.getFileCache(file);
    // Not parsed yet (a cold start): keep what the index has; `changed` or `resolved` will bring it.
    if (cache === null) return;
    const frontmatter: unknown = cache.frontmatter;
    // Field names are read in any case (`SelfTrust:`), as parseFrontmatter reads them.
    if (isPlainMap(frontmatter) && hasField(frontmatter, 'selftrust')) {
      this.reads.delete(path);
      this.index.upsertParsed(parseFrontmatter(path, frontmatter), frontmatter);
    } else if (frontmatter === undefined && (cache.frontmatterPosition !== undefined || nameLooksOurs(path))) {
      void this.readFile(file);
    } else {
      this.reads.delete(path);
      this.forget(path);
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

  private forget(path: string): void {
    this.index.delete(path); // a no-op (same revision) for a note that was never ours
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
