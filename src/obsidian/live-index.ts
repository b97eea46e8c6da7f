/**
 * Keeps the NoteIndex in step with the vault, one note at a time. Frontmatter comes from Obsidian's
 * metadata cache, already parsed: a note without `selftrust` there is skipped without being read.
 * Changes are gathered for a moment (debounced) and listeners hear of them once, and only when
 * the index's revision moved.
 */
import { Component, TFile, type App } from 'obsidian';
import type { NoteIndex } from '../core/index/note-index';
import { hasField, isPlainMap } from '../core/parse/field-readers';
import { parseFrontmatter } from '../core/parse/parse-note';

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
      if (!this.stopped) this.indexAll();
    });
  }

  override onunload(): void {
    this.stopped = true;
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
    if (this.ready && this.index.revision !== this.notifiedRevision) {
      this.notifiedRevision = this.index.revision;
      this.notify();
    }
  }

  private indexAll(): void {
    for (const file of this.app.vault.getMarkdownFiles()) this.readFromCache(file.path);
    this.ready = true;
    this.notifiedRevision = this.index.revision;
    this.notify();
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
    const frontmatter: unknown = this.app.metadataCache.getFileCache(file)?.frontmatter;
    // Field names are read in any case (`SelfTrust:`), as parseFrontmatter reads them.
    if (isPlainMap(frontmatter) && hasField(frontmatter, 'selftrust')) {
      this.index.upsertParsed(parseFrontmatter(path, frontmatter), frontmatter);
    } else {
      this.forget(path);
    }
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
