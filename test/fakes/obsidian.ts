/**
 * A small, faithful fake of the parts of `obsidian` the plugin uses. The real package ships types only,
 * so vitest aliases `obsidian` to this file. Public members carry the real types; obsidian-typecheck.ts
 * checks every class and function here against node_modules/obsidian/obsidian.d.ts, so a wrong signature
 * fails `tsc`. Test-only helpers are named `fake*`.
 *
 * It also keeps count of what a plugin leaves behind (event listeners, DOM listeners, intervals,
 * debounce timers, DOM nodes), so tests can assert that unloading leaves nothing.
 */
import type * as real from 'obsidian';
import { Window as HappyWindow } from 'happy-dom';
import { parseDocument as parseYamlDocument } from 'yaml';

// ---------------------------------------------------------------------------------------------
// Resource accounting

const counters = { domListeners: 0, intervals: new Set<number>(), debounceTimers: new Set<number>() };

/** Messages shown with `new Notice(...)`, newest last. Tests read and clear it. */
export const fakeNotices: string[] = [];

/** The message element of each notice, newest last: a notice built from a DocumentFragment keeps its buttons there. */
export const fakeNoticeEls: HTMLElement[] = [];

/** Modals currently open, newest last. */
export const fakeOpenModals: Modal[] = [];

// ---------------------------------------------------------------------------------------------
// Obsidian's DOM helpers (createEl, createDiv, empty, addClass...), installed on happy-dom's prototypes.

interface DomInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  placeholder?: string;
  type?: string;
  value?: string;
  href?: string;
  prepend?: boolean;
  parent?: Node;
}

function applyInfo(el: HTMLElement, o: DomInfo | string | undefined): void {
  if (o === undefined) return;
  const info: DomInfo = typeof o === 'string' ? { cls: o } : o;
  if (info.cls) el.className = Array.isArray(info.cls) ? info.cls.join(' ') : info.cls;
  if (info.text !== undefined) {
    if (typeof info.text === 'string') el.textContent = info.text;
    else el.appendChild(info.text);
  }
  if (info.attr) for (const [k, v] of Object.entries(info.attr)) if (v !== null && v !== false) el.setAttribute(k, String(v));
  if (info.title !== undefined) el.title = info.title;
  if (info.placeholder !== undefined) el.setAttribute('placeholder', info.placeholder);
  if (info.type !== undefined) el.setAttribute('type', info.type);
  if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
  if (info.href !== undefined) el.setAttribute('href', info.href);
}

function installDomHelpers(): void {
  if (typeof Node === 'undefined' || typeof HTMLElement === 'undefined') return;
  const node = Node.prototype as unknown as Record<string, unknown>;
  const elem = HTMLElement.prototype as unknown as Record<string, unknown>;
  if (typeof node['createEl'] === 'function') return;
  function createEl(this: Node, tag: string, o?: DomInfo | string, cb?: (el: HTMLElement) => void): HTMLElement {
    const doc = this.ownerDocument ?? (this as Document);
    const el = doc.createElement(tag);
    applyInfo(el, o);
    const prepend = typeof o === 'object' && o.prepend;
    if (prepend) this.insertBefore(el, this.firstChild);
    else this.appendChild(el);
    cb?.(el);
    return el;
  }
  node['createEl'] = createEl;
  // obsidian.d.ts (global): `activeWindow` and `activeDocument`, the focused window and its document.
  (globalThis as Record<string, unknown>)['activeWindow'] ??= window;
  (globalThis as Record<string, unknown>)['activeDocument'] ??= document;
  // obsidian.d.ts (global): `function createFragment(callback?: (el: DocumentFragment) => void): DocumentFragment;`
  (globalThis as Record<string, unknown>)['createFragment'] = (callback?: (el: DocumentFragment) => void): DocumentFragment => {
    const fragment = document.createDocumentFragment();
    callback?.(fragment);
    return fragment;
  };
  node['createDiv'] = function (this: Node, o?: DomInfo | string, cb?: (el: HTMLElement) => void) {
    return createEl.call(this, 'div', o, cb);
  };
  node['createSpan'] = function (this: Node, o?: DomInfo | string, cb?: (el: HTMLElement) => void) {
    return createEl.call(this, 'span', o, cb);
  };
  node['empty'] = function (this: Node) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  node['detach'] = function (this: Node) {
    this.parentNode?.removeChild(this);
  };
  node['setText'] = function (this: Node, text: string) {
    this.textContent = text;
  };
  node['instanceOf'] = function (this: Node, type: new () => unknown) {
    return this instanceof type;
  };
  // obsidian.d.ts: `doc` "The document this node belongs to, or the global document", `win` "The window
  // object this node belongs to, or the global window": a node in a popout answers with the popout's.
  Object.defineProperty(Node.prototype, 'doc', {
    configurable: true,
    get(this: Node) {
      return this.ownerDocument ?? document;
    },
  });
  Object.defineProperty(Node.prototype, 'win', {
    configurable: true,
    get(this: Node) {
      return this.ownerDocument?.defaultView ?? window;
    },
  });
  // obsidian.d.ts: "the callback to call when this node has been migrated to another window".
  elem['onWindowMigrated'] = function (this: HTMLElement, listener: (win: Window) => any): () => void {
    const entry = { el: this, listener };
    windowMigrationListeners.add(entry);
    return () => windowMigrationListeners.delete(entry);
  };
  elem['addClass'] = function (this: HTMLElement, ...cls: string[]) {
    this.classList.add(...cls);
  };
  elem['addClasses'] = function (this: HTMLElement, cls: string[]) {
    this.classList.add(...cls);
  };
  elem['removeClass'] = function (this: HTMLElement, ...cls: string[]) {
    this.classList.remove(...cls);
  };
  elem['toggleClass'] = function (this: HTMLElement, cls: string | string[], on: boolean) {
    for (const c of Array.isArray(cls) ? cls : [cls]) this.classList.toggle(c, on);
  };
  elem['hasClass'] = function (this: HTMLElement, cls: string) {
    return this.classList.contains(cls);
  };
  elem['setAttr'] = function (this: HTMLElement, k: string, v: string | number | boolean | null) {
    if (v === null) this.removeAttribute(k);
    else this.setAttribute(k, String(v));
  };
  elem['show'] = function (this: HTMLElement) {
    this.hidden = false;
  };
  elem['hide'] = function (this: HTMLElement) {
    this.hidden = true;
  };
}
installDomHelpers();

/** Every onWindowMigrated listener alive; fakeMigrate tells those inside the element moved. */
const windowMigrationListeners = new Set<{ el: HTMLElement; listener: (win: Window) => any }>();

/** Moves `el` into another window's document, and tells the onWindowMigrated listeners inside it. */
function fakeMigrate(el: HTMLElement, into: HTMLElement): void {
  into.appendChild(el);
  const win = into.ownerDocument.defaultView ?? window;
  for (const entry of [...windowMigrationListeners]) if (el.contains(entry.el)) entry.listener(win);
}

function div(cls: string): HTMLElement {
  const el = document.createElement('div');
  el.className = cls;
  return el;
}

// ---------------------------------------------------------------------------------------------
// Functions

export function normalizePath(path: string): string {
  let p = path.replace(/[\u00A0\u202F]/g, ' ').replace(/([\\/])+/g, '/').replace(/(^\/+|\/+$)/g, '');
  if (p === '') p = '/';
  return p.normalize('NFC');
}

/**
 * obsidian.d.ts: "Converts the linktext to a linkpath … the name of the file that is being linked to":
 * the link without its subpath (`Note#Heading`, `Note#^block` → `Note`).
 */
export function getLinkpath(linktext: string): string {
  const hash = linktext.indexOf('#');
  return hash < 0 ? linktext : linktext.slice(0, hash);
}

export function setIcon(parent: HTMLElement, iconId: real.IconName): void {
  parent.setAttribute('data-icon', iconId);
}

const icons = new Map<string, string>();
export function addIcon(iconId: string, svgContent: string): void {
  icons.set(iconId, svgContent);
}

export function debounce<T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
): real.Debouncer<T, V> {
  let timer: number | null = null;
  let lastArgs: [...T] | null = null;
  const clear = (): void => {
    if (timer !== null) {
      window.clearTimeout(timer);
      counters.debounceTimers.delete(timer);
      timer = null;
    }
  };
  const run = (): V | void => {
    clear();
    if (!lastArgs) return;
    const args = lastArgs;
    lastArgs = null;
    return cb(...args);
  };
  const debounced = function (this: unknown, ...args: [...T]) {
    lastArgs = args;
    if (timer !== null && !resetTimer) return debounced;
    clear();
    const id = window.setTimeout(run, timeout);
    timer = id;
    counters.debounceTimers.add(id);
    return debounced;
  } as real.Debouncer<T, V>;
  debounced.cancel = () => {
    clear();
    lastArgs = null;
    return debounced;
  };
  debounced.run = run;
  return debounced;
}

// ---------------------------------------------------------------------------------------------
// Events and components

interface FakeEventRef extends real.EventRef {
  emitter: Events;
  name: string;
  fn: (...data: any[]) => any;
  ctx: unknown;
}

export class Events implements real.Events {
  private handlers = new Map<string, FakeEventRef[]>();

  on(name: string, callback: (...data: any[]) => any, ctx?: any): real.EventRef {
    const ref: FakeEventRef = { emitter: this, name, fn: callback, ctx };
    const list = this.handlers.get(name) ?? [];
    list.push(ref);
    this.handlers.set(name, list);
    return ref;
  }

  off(name: string, callback: (...data: any[]) => any): void {
    const list = this.handlers.get(name);
    if (!list) return;
    this.handlers.set(
      name,
      list.filter((r) => r.fn !== callback),
    );
  }

  offref(ref: real.EventRef): void {
    const r = ref as FakeEventRef;
    const list = this.handlers.get(r.name);
    if (!list) return;
    this.handlers.set(
      r.name,
      list.filter((x) => x !== r),
    );
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(evt: real.EventRef, args: unknown[]): void {
    const r = evt as FakeEventRef;
    try {
      r.fn.apply(r.ctx, args);
    } catch (e) {
      // Obsidian logs a throwing listener and carries on with the next one.
      console.error(e);
    }
  }

  /** Listeners attached to this emitter right now. */
  fakeListenerCount(): number {
    let n = 0;
    for (const list of this.handlers.values()) n += list.length;
    return n;
  }
}

export class Component implements real.Component {
  private loaded = false;
  private children: Component[] = [];
  private cleanups: (() => any)[] = [];
  /** What the last onload() returned (a plugin's onload is often async). */
  fakeLoading: Promise<void> | void = undefined;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.fakeLoading = this.onload() as Promise<void> | void;
    for (const child of [...this.children]) child.load();
  }

  onload(): void {}

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    while (this.children.length > 0) this.children.pop()?.unload();
    while (this.cleanups.length > 0) this.cleanups.pop()?.();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends real.Component>(component: T): T {
    const c = component as unknown as Component;
    this.children.push(c);
    if (this.loaded) c.load();
    return component;
  }

  removeChild<T extends real.Component>(component: T): T {
    const c = component as unknown as Component;
    const i = this.children.indexOf(c);
    if (i >= 0) {
      this.children.splice(i, 1);
      c.unload();
    }
    return component;
  }

  register(cb: () => any): void {
    this.cleanups.push(cb);
  }

  registerEvent(eventRef: real.EventRef): void {
    this.register(() => (eventRef as FakeEventRef).emitter.offref(eventRef));
  }

  registerDomEvent(
    el: Window | Document | HTMLElement,
    type: string,
    callback: (this: HTMLElement, ev: any) => any,
    options?: boolean | AddEventListenerOptions,
  ): void {
    el.addEventListener(type, callback as EventListener, options);
    counters.domListeners++;
    this.register(() => {
      el.removeEventListener(type, callback as EventListener, options);
      counters.domListeners--;
    });
  }

  registerInterval(id: number): number {
    counters.intervals.add(id);
    this.register(() => {
      window.clearInterval(id);
      counters.intervals.delete(id);
    });
    return id;
  }

  /** Whether load() ran and unload() has not. */
  fakeIsLoaded(): boolean {
    return this.loaded;
  }
}

// ---------------------------------------------------------------------------------------------
// Files

export abstract class TAbstractFile implements real.TAbstractFile {
  vault: real.Vault;
  path: string;
  name: string;
  parent: real.TFolder | null;

  constructor(vault: Vault, path: string, parent: TFolder | null) {
    this.vault = vault as unknown as real.Vault;
    this.path = path;
    this.name = path.split('/').pop() ?? path;
    this.parent = parent;
  }

  /** Moves the file in place, as Obsidian does on rename (the same object keeps living). */
  fakeSetPath(path: string, parent: TFolder | null): void {
    this.path = path;
    this.name = path.split('/').pop() ?? path;
    this.parent = parent;
  }
}

export class TFile extends TAbstractFile implements real.TFile {
  stat: real.FileStats = { ctime: 0, mtime: 0, size: 0 };
  basename = '';
  extension = '';

  constructor(vault: Vault, path: string, parent: TFolder | null) {
    super(vault, path, parent);
    this.fakeSetPath(path, parent);
  }

  override fakeSetPath(path: string, parent: TFolder | null): void {
    super.fakeSetPath(path, parent);
    const dot = this.name.lastIndexOf('.');
    this.basename = dot > 0 ? this.name.slice(0, dot) : this.name;
    this.extension = dot > 0 ? this.name.slice(dot + 1) : '';
  }
}

export class TFolder extends TAbstractFile implements real.TFolder {
  children: real.TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

function parentPathOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '/' : path.slice(0, i);
}

/**
 * The vault's DataAdapter, for the config folder only: files there (`.obsidian/daily-notes.json`,
 * plugins' data.json) are no TFiles in Obsidian, so they are read through `vault.adapter`, and a
 * change to one is heard only through the vault's undocumented `raw` event (which Obsidian fires for
 * every path its watcher sees; pjeby's hot-reload and obsidian-livesync listen to it for config files).
 */
export class FakeDataAdapter {
  private readonly files = new Map<string, string>();
  constructor(private readonly vault: Vault) {}

  getName(): string {
    return 'Fake vault';
  }

  async read(normalizedPath: string): Promise<string> {
    const text = this.files.get(normalizedPath) ?? this.vault.fakeText(normalizedPath);
    if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
    return text;
  }

  async exists(normalizedPath: string): Promise<boolean> {
    return this.files.has(normalizedPath) || this.vault.fakeText(normalizedPath) !== undefined;
  }

  /** Test set-up: writes (or with undefined, deletes) a file in the config folder; Obsidian's watcher reports it as `raw`. */
  fakeWriteConfig(path: string, text: string | undefined): void {
    const p = normalizePath(`${this.vault.configDir}/${path}`);
    if (text === undefined) this.files.delete(p);
    else this.files.set(p, text);
    this.vault.trigger('raw', p);
  }
}

export class Vault extends Events {
  configDir = '.obsidian';
  adapter: real.DataAdapter = new FakeDataAdapter(this) as unknown as real.DataAdapter;
  private entries = new Map<string, TAbstractFile>();
  /** Grows with every file or folder added, removed or moved (the metadata cache keys its link index on it). */
  fakeGeneration = 0;
  private texts = new Map<string, string>();
  /** Files written as bytes that are not UTF-8 (fakeWriteBinary); every other file's bytes are its text's UTF-8. */
  private binaries = new Map<string, Uint8Array>();
  private root: TFolder;
  private clock = 1_700_000_000_000;
  /** Set by App: the metadata cache recomputes after every write, as Obsidian's does. */
  fakeCache: MetadataCache | null = null;
  /** Set by App: editors showing a file reload it after every write, as Obsidian's do. */
  fakeWorkspace: Workspace | null = null;

  constructor() {
    super();
    this.root = new TFolder(this, '/', null);
    this.root.name = '';
    this.entries.set('/', this.root);
  }

  getName(): string {
    return 'Fake vault';
  }

  getFileByPath(path: string): real.TFile | null {
    const f = this.entries.get(normalizePath(path));
    return f instanceof TFile ? f : null;
  }

  getFolderByPath(path: string): real.TFolder | null {
    const f = this.entries.get(normalizePath(path));
    return f instanceof TFolder ? f : null;
  }

  getAbstractFileByPath(path: string): real.TAbstractFile | null {
    return this.entries.get(normalizePath(path)) ?? null;
  }

  getRoot(): real.TFolder {
    return this.root;
  }

  async create(path: string, data: string, _options?: real.DataWriteOptions): Promise<real.TFile> {
    const p = normalizePath(path);
    if (this.entries.has(p)) throw new Error('File already exists.');
    const parent = this.entries.get(parentPathOf(p));
    if (!(parent instanceof TFolder)) throw new Error(`ENOENT: no such folder, '${parentPathOf(p)}'`);
    const file = new TFile(this, p, parent);
    parent.children.push(file);
    this.entries.set(p, file);
    this.fakeGeneration++;
    this.write(file, data);
    file.stat.ctime = file.stat.mtime;
    this.trigger('create', file);
    this.fakeCache?.fakeRecompute(file, data);
    return file;
  }

  async createFolder(path: string): Promise<real.TFolder> {
    const p = normalizePath(path);
    if (this.entries.has(p)) throw new Error('Folder already exists.');
    let folder = this.root;
    const parts = p.split('/');
    for (let i = 0; i < parts.length; i++) {
      const sub = parts.slice(0, i + 1).join('/');
      const existing = this.entries.get(sub);
      if (existing instanceof TFolder) {
        folder = existing;
        continue;
      }
      if (existing) throw new Error(`A file is in the way: ${sub}`);
      const created = new TFolder(this, sub, folder);
      folder.children.push(created);
      this.entries.set(sub, created);
      this.fakeGeneration++;
      this.trigger('create', created);
      folder = created;
    }
    return folder;
  }

  async read(file: real.TFile): Promise<string> {
    return this.textOf(file);
  }

  async cachedRead(file: real.TFile): Promise<string> {
    return this.textOf(file);
  }

  /** obsidian.d.ts: `readBinary(file: TFile): Promise<ArrayBuffer>`, the file's bytes as they are on disk. */
  async readBinary(file: real.TFile): Promise<ArrayBuffer> {
    const bytes = this.binaries.get(file.path) ?? new TextEncoder().encode(this.textOf(file));
    return bytes.slice().buffer;
  }

  async modify(file: real.TFile, data: string, _options?: real.DataWriteOptions): Promise<void> {
    this.textOf(file);
    this.write(file as TFile, data);
    this.trigger('modify', file);
    this.fakeCache?.fakeRecompute(file as TFile, data);
    this.fakeWorkspace?.fakeFileWritten(file, data);
  }

  async process(file: real.TFile, fn: (data: string) => string, _options?: real.DataWriteOptions): Promise<string> {
    const next = fn(this.textOf(file));
    // Obsidian applies the edit synchronously after reading, so nothing else can write in between.
    await this.modify(file, next);
    return next;
  }

  async delete(file: real.TAbstractFile, _force?: boolean): Promise<void> {
    const f = file as TAbstractFile;
    if (f instanceof TFolder) for (const child of [...f.children]) await this.delete(child);
    this.entries.delete(f.path);
    this.fakeGeneration++;
    this.texts.delete(f.path);
    this.binaries.delete(f.path);
    const parent = f.parent as TFolder | null;
    if (parent) parent.children = parent.children.filter((c) => c !== f);
    this.trigger('delete', f);
    if (f instanceof TFile) this.fakeCache?.fakeForget(f);
  }

  async rename(file: real.TAbstractFile, newPath: string): Promise<void> {
    const f = file as TAbstractFile;
    const to = normalizePath(newPath);
    if (this.entries.has(to)) throw new Error('Destination file already exists!');
    const parent = this.entries.get(parentPathOf(to));
    if (!(parent instanceof TFolder)) throw new Error(`ENOENT: no such folder, '${parentPathOf(to)}'`);
    const moved: [TAbstractFile, string][] = [];
    const move = (item: TAbstractFile, path: string, into: TFolder): void => {
      const old = item.path;
      this.entries.delete(old);
      this.fakeGeneration++;
      const text = this.texts.get(old);
      const binary = this.binaries.get(old);
      this.texts.delete(old);
      this.binaries.delete(old);
      item.fakeSetPath(path, into);
      this.entries.set(path, item);
      this.fakeGeneration++;
      if (text !== undefined) this.texts.set(path, text);
      if (binary !== undefined) this.binaries.set(path, binary);
      moved.push([item, old]);
      if (item instanceof TFolder) for (const child of item.children) move(child as TAbstractFile, `${path}/${child.name}`, item);
    };
    const oldParent = f.parent as TFolder | null;
    if (oldParent) oldParent.children = oldParent.children.filter((c) => c !== f);
    parent.children.push(f);
    move(f, to, parent);
    // Obsidian reports the folder and then every file inside it.
    for (const [item, old] of moved) {
      if (item instanceof TFile) this.fakeCache?.fakeMove(old, item.path);
      this.trigger('rename', item, old);
    }
  }

  getMarkdownFiles(): real.TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  getFiles(): real.TFile[] {
    return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getAllLoadedFiles(): real.TAbstractFile[] {
    return [...this.entries.values()];
  }

  /** Test set-up: writes a file (and its folders) without going through a plugin. */
  async fakeWrite(path: string, text: string): Promise<TFile> {
    const existing = this.getFileByPath(path);
    if (existing) {
      await this.modify(existing, text);
      return existing as TFile;
    }
    const folder = parentPathOf(normalizePath(path));
    if (folder !== '/' && !this.getFolderByPath(folder)) await this.createFolder(folder);
    return (await this.create(path, text)) as TFile;
  }

  /**
   * Test set-up: a file holding these bytes. Its text, as vault.read and the metadata cache see it,
   * is what Obsidian makes of them: each sequence that is not UTF-8 becomes U+FFFD.
   */
  async fakeWriteBinary(path: string, bytes: Uint8Array): Promise<TFile> {
    // As Node's readFile(path, 'utf8') on the desktop: a BOM stays in the text.
    const file = await this.fakeWrite(path, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
    this.binaries.set(file.path, bytes.slice());
    return file;
  }

  /** Test read-back: the file's bytes (for a file written as text, its UTF-8), or undefined. */
  fakeBytes(path: string): Uint8Array | undefined {
    const p = normalizePath(path);
    const text = this.texts.get(p);
    return this.binaries.get(p)?.slice() ?? (text === undefined ? undefined : new TextEncoder().encode(text));
  }

  /** Test read-back: the exact text stored, or undefined. */
  fakeText(path: string): string | undefined {
    return this.texts.get(normalizePath(path));
  }

  private write(file: TFile, data: string): void {
    this.binaries.delete(file.path);
    this.texts.set(file.path, data);
    this.clock += 1000;
    file.stat = { ctime: file.stat.ctime || this.clock, mtime: this.clock, size: data.length };
  }

  private textOf(file: real.TFile): string {
    const text = this.texts.get(file.path);
    if (text === undefined || this.entries.get(file.path) !== (file as unknown)) throw new Error(`ENOENT: ${file.path}`);
    return text;
  }
}

/**
 * What Obsidian's metadata cache holds for a note's frontmatter. Obsidian parses YAML 1.2 (no timestamps:
 * dates stay the strings the user wrote; `12:30` stays text), so this uses the `yaml` package's core
 * schema. `frontmatterPosition` (obsidian.d.ts: "Position of the frontmatter in the file") is set for a
 * `---` block on the first line that closes, even when its YAML is broken; `frontmatter` only when the
 * YAML reads as key: value pairs (Obsidian shows no properties for broken YAML).
 */
function frontmatterOf(text: string): Pick<real.CachedMetadata, 'frontmatter' | 'frontmatterPosition'> {
  const open = /^---\r?\n/.exec(text);
  if (!open) return {};
  const close = /^---[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return {};
  const endOffset = open[0].length + m.index + 3;
  const endLine = text.slice(0, endOffset).split('\n').length - 1;
  const frontmatterPosition: real.Pos = {
    start: { line: 0, col: 0, offset: 0 },
    end: { line: endLine, col: 3, offset: endOffset },
  };
  try {
    const doc = parseYamlDocument(rest.slice(0, m.index), { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' });
    if (doc.errors.length > 0) return { frontmatterPosition };
    const data = doc.toJS({ maxAliasCount: 100 }) as unknown;
    if (typeof data !== 'object' || data === null || Array.isArray(data) || Object.keys(data).length === 0) return { frontmatterPosition };
    return { frontmatter: data as real.FrontMatterCache, frontmatterPosition };
  } catch {
    return { frontmatterPosition };
  }
}

/**
 * What Obsidian's cache holds for a note: its frontmatter (frontmatterOf), and for the body outside the
 * frontmatter and fenced code, as obsidian.d.ts describes them: `listItems` (one per list item, `task`
 * the character between the brackets of a task, `parent` the parent item's line or, for a top-level
 * item, minus the line the list starts on), `links` (wiki links and markdown links to notes, `link` the
 * target as written, markdown ones URL-decoded; embeds `![[…]]` and web links are not links) and
 * `tags` (`#tag` in the text, with the `#`). Positions are 0-based lines; a list item spans the
 * lines that continue it (not blank, not another item).
 */
function metadataOf(text: string): real.CachedMetadata {
  const meta: real.CachedMetadata = frontmatterOf(text);
  const lines = text.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const loc = (line: number, col: number): real.Loc => ({ line, col, offset: (offsets[line] ?? 0) + col });
  const listItems: real.ListItemCache[] = [];
  const links: real.LinkCache[] = [];
  const tags: real.TagCache[] = [];
  const parents: { indent: number; line: number }[] = [];
  let listStart = -1;
  let open: real.ListItemCache | null = null;
  let fence = false;
  for (let i = meta.frontmatterPosition ? meta.frontmatterPosition.end.line + 1 : 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence;
      open = null;
      continue;
    }
    if (fence) continue;
    const item = /^(\s*)(?:[-*+]|\d+[.)])\s+(?:\[(.)\]\s)?/.exec(line);
    if (item) {
      const indent = (item[1] ?? '').length;
      while (parents.length > 0 && (parents[parents.length - 1] as { indent: number }).indent >= indent) parents.pop();
      if (parents.length === 0 && listStart < 0) listStart = i;
      const parent = parents.length > 0 ? (parents[parents.length - 1] as { line: number }).line : -listStart;
      open = { position: { start: loc(i, indent), end: loc(i, line.length) }, parent, ...(item[2] !== undefined ? { task: item[2] } : {}) };
      listItems.push(open);
      parents.push({ indent, line: i });
    } else if (line.trim() === '') {
      open = null;
    } else if (open && !/^#{1,6}\s/.test(line)) {
      open.position.end = loc(i, line.length);
    } else {
      open = null;
      parents.length = 0;
      listStart = -1;
    }
    for (const m of line.matchAll(/(!?)\[\[([^\]|]+)(?:\|([^\]]*))?\]\]/g)) {
      if (m[1] === '!') continue;
      const target = (m[2] ?? '').trim();
      const position = { start: loc(i, m.index), end: loc(i, m.index + m[0].length) };
      links.push({ link: target, original: m[0], displayText: m[3] ?? target, position });
    }
    for (const m of line.matchAll(/(!?)\[([^\]]*)\]\(<?([^)>]+?)>?\)/g)) {
      const target = m[3] ?? '';
      if (m[1] === '!' || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
      let link = target;
      try {
        link = decodeURIComponent(target);
      } catch {
        // Kept as written.
      }
      links.push({ link, original: m[0], displayText: m[2] ?? '', position: { start: loc(i, m.index), end: loc(i, m.index + m[0].length) } });
    }
    const outsideLinks = line.replace(/!?\[\[[^\]]*\]\]|!?\[[^\]]*\]\([^)]*\)/g, (x) => ' '.repeat(x.length));
    for (const m of outsideLinks.matchAll(/(^|\s)(#[^\s#!@$%^&*(),.?":{}|<>[\]\\'`~=+;]*[^\s#!@$%^&*(),.?":{}|<>[\]\\'`~=+;\d][^\s#!@$%^&*(),.?":{}|<>[\]\\'`~=+;]*)/g)) {
      const start = m.index + (m[1] ?? '').length;
      tags.push({ tag: m[2] ?? '', position: { start: loc(i, start), end: loc(i, start + (m[2] ?? '').length) } });
    }
  }
  if (listItems.length > 0) meta.listItems = listItems;
  if (links.length > 0) meta.links = links;
  if (tags.length > 0) meta.tags = tags;
  return meta;
}

/**
 * The metadata cache as Obsidian runs it. At start-up on a cold or large vault the cache is empty when
 * the layout is ready (`getFileCache` gives null) and fills afterwards, in batches, from a worker; a
 * `changed` event comes for some of the files, not all, and `resolved` fires once everything is
 * indexed, then again after later changes ("Called when all files has been resolved. This will be fired
 * each time files get modified after the initial load": obsidian.d.ts). obsidian-tasks re-reads the
 * whole vault on the first `resolved` for this reason (src/Obsidian/Cache.ts, `loadedAfterFirstResolve`).
 * Tests model a cold start with fakeHold() before the files are written, then fakeFillBatch() and
 * fakeResolve().
 */
export class MetadataCache extends Events {
  private caches = new Map<string, real.CachedMetadata>();
  private pending: [TFile, string][] = [];
  /** During a cold start: files written but not yet parsed, oldest first. */
  private held: [TFile, string][] | null = null;

  getFileCache(file: real.TFile): real.CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): real.CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  /** Set by App: the vault whose files links resolve to. */
  fakeVault: Vault | null = null;

  /**
   * "Get the best match for a linkpath" (obsidian.d.ts), as Obsidian matches: a path (`Self-trust/Walk`,
   * with or without `.md`) names that file; a bare name, the note of that name in the source's folder,
   * else the one with the shortest path. Letter case is ignored. Null when none (an alias is no match:
   * Obsidian resolves aliases only in its link suggester).
   */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): real.TFile | null {
    const { byPath, byName } = this.linkIndex();
    const want = normalizePath(linkpath).toLowerCase();
    const withMd = /\.[a-z0-9]+$/i.test(want) ? want : `${want}.md`;
    if (want.includes('/')) return byPath.get(withMd) ?? null;
    const named = byName.get(withMd) ?? [];
    const folder = sourcePath.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/') + 1).toLowerCase() : '';
    return named.find((f) => f.path.toLowerCase() === folder + withMd) ?? named[0] ?? null;
  }

  /**
   * Files by lower-cased path and by lower-cased name (shortest path first), made again when the
   * vault's files change. How Obsidian looks a link up is internal (not in obsidian.d.ts); what the
   * fake models is the answer (above), and a lookup keeps the 10k-note benchmark from timing a walk
   * of every file per link that belongs to the fake, not to the plugin.
   */
  private linkIndex(): { byPath: Map<string, real.TFile>; byName: Map<string, real.TFile[]> } {
    const generation = this.fakeVault?.fakeGeneration ?? 0;
    if (this.links && this.links.generation === generation) return this.links;
    const byPath = new Map<string, real.TFile>();
    const byName = new Map<string, real.TFile[]>();
    for (const f of this.fakeVault?.getFiles() ?? []) {
      byPath.set(f.path.toLowerCase(), f);
      const name = f.name.toLowerCase();
      byName.set(name, [...(byName.get(name) ?? []), f]);
    }
    for (const list of byName.values()) list.sort((a, b) => a.path.length - b.path.length || (a.path < b.path ? -1 : 1));
    this.links = { generation, byPath, byName };
    return this.links;
  }

  private links: { generation: number; byPath: Map<string, real.TFile>; byName: Map<string, real.TFile[]> } | null = null;

  fakeRecompute(file: TFile, text: string): void {
    if (file.extension !== 'md') return;
    if (this.held) {
      this.held = this.held.filter(([f]) => f !== file);
      this.held.push([file, text]);
      this.caches.delete(file.path);
      return;
    }
    this.caches.set(file.path, metadataOf(text));
    this.pending.push([file, text]);
    // Obsidian parses in a worker and reports a moment later; then all files are resolved again.
    queueMicrotask(() => this.fakeFlushChanged());
  }

  fakeFlushChanged(): void {
    const batch = this.pending;
    this.pending = [];
    for (const [file, text] of batch) {
      const cache = this.caches.get(file.path);
      if (cache) this.trigger('changed', file, text, cache);
    }
    if (batch.length > 0 && !this.held) this.trigger('resolved');
  }

  /** Cold start: from now on written files get no cache until fakeFillBatch or fakeResolve. */
  fakeHold(): void {
    this.held = [];
  }

  /** Parses the next `count` held files; `changed` fires only for those `announce` picks. */
  fakeFillBatch(count: number, announce: (path: string) => boolean = () => true): void {
    const batch = (this.held ?? []).splice(0, count);
    for (const [file, text] of batch) {
      const cache = metadataOf(text);
      this.caches.set(file.path, cache);
      if (announce(file.path)) this.trigger('changed', file, text, cache);
    }
  }

  /** Parses every held file without a `changed` for them, ends the cold start, and fires `resolved`. */
  fakeResolve(): void {
    for (const [file, text] of this.held ?? []) this.caches.set(file.path, metadataOf(text));
    this.held = null;
    this.trigger('resolved');
  }

  fakeForget(file: TFile): void {
    this.held = this.held?.filter(([f]) => f !== file) ?? null;
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.trigger('deleted', file, prev);
  }

  fakeMove(from: string, to: string): void {
    const cache = this.caches.get(from);
    this.caches.delete(from);
    if (cache) this.caches.set(to, cache);
  }
}

// ---------------------------------------------------------------------------------------------
// Editor

/**
 * A CodeMirror-backed editor as a plugin sees it (obsidian.d.ts `Editor`). It keeps a cursor, and every
 * change is mapped through it the way CodeMirror maps a selection through a transaction: a cursor before
 * the changed range stays where it was, a cursor after it moves by the length the change added. What the
 * editor holds is not the file: the view showing it saves it a moment after the last change
 * (MarkdownView.requestSave), and a write to the file from elsewhere reloads it (MarkdownView.fakeReload).
 */
export class Editor {
  private text: string;
  private cursor: real.EditorPosition = { line: 0, ch: 0 };
  /** Set by the MarkdownView showing this editor: told after every change, as CodeMirror's update listener tells Obsidian. */
  fakeOnChange: (() => void) | null = null;

  constructor(text = '') {
    this.text = text;
  }

  getValue(): string {
    return this.text;
  }

  /** Replaces the whole document: nothing is left to map the cursor through, so it goes to the start. */
  setValue(content: string): void {
    this.fakeLoad(content);
    this.fakeOnChange?.();
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getCursor(_which?: 'from' | 'to' | 'head' | 'anchor'): real.EditorPosition {
    return { ...this.cursor };
  }

  setCursor(pos: real.EditorPosition | number, ch?: number): void {
    this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : { ...pos };
  }

  getSelection(): string {
    return '';
  }

  somethingSelected(): boolean {
    return false;
  }

  posToOffset(pos: real.EditorPosition): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i] ?? '').length + 1;
    return Math.min(offset + pos.ch, this.text.length);
  }

  offsetToPos(offset: number): real.EditorPosition {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: (before[before.length - 1] ?? '').length };
  }

  getRange(from: real.EditorPosition, to: real.EditorPosition): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  replaceRange(replacement: string, from: real.EditorPosition, to?: real.EditorPosition, _origin?: string): void {
    const a = this.posToOffset(from);
    const b = to ? this.posToOffset(to) : a;
    const cursorOffset = this.posToOffset(this.cursor);
    this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
    // CodeMirror maps the cursor through the change: after it, shifted; inside what was replaced, to its start.
    if (cursorOffset >= b) this.cursor = this.offsetToPos(cursorOffset + replacement.length - (b - a));
    else if (cursorOffset > a) this.cursor = this.offsetToPos(a);
    this.fakeOnChange?.();
  }

  replaceSelection(replacement: string, _origin?: string): void {
    const at = this.posToOffset(this.cursor);
    this.text = this.text.slice(0, at) + replacement + this.text.slice(at);
    this.cursor = this.offsetToPos(at + replacement.length);
    this.fakeOnChange?.();
  }

  /** Test set-up: the person types at the cursor (a change the view saves about two seconds later). */
  fakeType(text: string): void {
    this.replaceSelection(text);
  }

  /** Loads a document without it counting as an edit (the view loading or reloading its file). */
  fakeLoad(content: string): void {
    this.text = content;
    this.cursor = { line: 0, ch: 0 };
  }
}

// ---------------------------------------------------------------------------------------------
// Views and the workspace

export class WorkspaceLeaf extends Events {
  view: real.View;
  /** The leaf's element in the fake workspace. */
  fakeEl: HTMLElement;
  fakeApp: App;
  fakeSide: 'main' | 'right' | 'popout';

  constructor(app: App, side: 'main' | 'right' | 'popout') {
    super();
    this.fakeApp = app;
    this.fakeSide = side;
    this.fakeEl = div('workspace-leaf');
    this.view = new EmptyView(this as unknown as real.WorkspaceLeaf) as unknown as real.View;
  }

  async open(view: real.View): Promise<real.View> {
    await this.fakeCloseView();
    this.view = view;
    const v = view as unknown as View;
    this.fakeEl.appendChild(v.containerEl);
    v.load();
    await v.fakeOpen();
    return view;
  }

  async openFile(file: real.TFile, _openState?: real.OpenViewState): Promise<void> {
    const view = new MarkdownView(this as unknown as real.WorkspaceLeaf);
    await view.fakeLoadFile(file);
    await this.open(view as unknown as real.View);
    this.fakeApp.fakeWorkspace.fakeSetActive(this);
    this.fakeApp.fakeWorkspace.trigger('file-open', file);
  }

  getViewState(): real.ViewState {
    return { type: (this.view as unknown as View).getViewType() };
  }

  async setViewState(viewState: real.ViewState, _eState?: any): Promise<void> {
    const creator = this.fakeApp.fakeViewCreators.get(viewState.type);
    if (!creator) throw new Error(`No view registered for ${viewState.type}`);
    await this.open(creator(this as unknown as real.WorkspaceLeaf));
    if (viewState.active) this.fakeApp.fakeWorkspace.fakeSetActive(this);
  }

  getDisplayText(): string {
    return (this.view as unknown as View).getDisplayText();
  }

  detach(): void {
    void this.fakeCloseView();
    this.fakeEl.remove();
    this.fakeApp.fakeWorkspace.fakeRemoveLeaf(this);
  }

  async fakeCloseView(): Promise<void> {
    const v = this.view as unknown as View;
    if (!(v instanceof EmptyView)) {
      await v.fakeClose();
      v.unload();
      v.containerEl.remove();
    }
    this.view = new EmptyView(this as unknown as real.WorkspaceLeaf) as unknown as real.View;
  }
}

export abstract class View extends Component {
  app: real.App;
  icon: real.IconName = '';
  navigation = false;
  leaf: real.WorkspaceLeaf;
  containerEl: HTMLElement;

  constructor(leaf: real.WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = (leaf as unknown as WorkspaceLeaf).fakeApp as unknown as real.App;
    this.containerEl = div('workspace-leaf-content');
  }

  protected async onOpen(): Promise<void> {}
  protected async onClose(): Promise<void> {}

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: real.ViewStateResult): Promise<void> {}

  getIcon(): real.IconName {
    return this.icon;
  }

  onResize(): void {}

  async fakeOpen(): Promise<void> {
    await this.onOpen();
  }

  async fakeClose(): Promise<void> {
    await this.onClose();
  }
}

class EmptyView extends View {
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return 'New tab';
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: real.WorkspaceLeaf) {
    super(leaf);
    this.containerEl.appendChild(div('view-header'));
    this.contentEl = div('view-content');
    this.containerEl.appendChild(this.contentEl);
  }

  addAction(icon: real.IconName, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = document.createElement('button');
    el.setAttribute('aria-label', title);
    setIcon(el, icon);
    el.addEventListener('click', callback);
    this.containerEl.firstElementChild?.appendChild(el);
    return el;
  }
}

/**
 * A note open in the editor, as TextFileView runs it (obsidian.d.ts): the editor's changes are saved by
 * `requestSave`, "Debounced save in 2 seconds from now"; and when the file is written by anyone else
 * (vault.modify or vault.process from a plugin, a sync, another program) the view loads the new
 * contents with `setViewData` ("This is used to load the file contents"), which replaces the whole
 * document: the cursor goes to the start, and whatever was typed but not yet saved is gone. That is why
 * the plugin guidelines say "Prefer the Editor API instead of Vault.modify to the active file ...
 * Editor maintains information about the active note, such as cursor position, selection, and folded
 * content. When you use Vault.modify() to edit the note, all that information is lost".
 */
export class MarkdownView extends View {
  editor: real.Editor = new Editor() as unknown as real.Editor;
  file: real.TFile | null = null;
  /** The text last loaded or saved: what the view believes is on disk. */
  data = '';
  private saveTimer: number | null = null;

  getViewType(): string {
    return 'markdown';
  }

  getDisplayText(): string {
    return this.file?.basename ?? '';
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  setViewData(data: string, _clear: boolean): void {
    this.data = data;
    (this.editor as unknown as Editor).fakeLoad(data);
  }

  clear(): void {
    this.setViewData('', true);
  }

  /** obsidian.d.ts: "Debounced save in 2 seconds from now". */
  requestSave = (): void => {
    this.cancelSave();
    this.saveTimer = window.setTimeout(() => {
      this.saveTimer = null;
      void this.save();
    }, 2000);
  };

  async save(_clear?: boolean): Promise<void> {
    this.cancelSave();
    const file = this.file;
    const text = this.getViewData();
    if (!file || text === this.data) return;
    this.data = text;
    await this.app.vault.modify(file, text);
  }

  override onunload(): void {
    // Closing a note saves what the editor still holds.
    if (this.saveTimer !== null) void this.save();
  }

  /** Shows `file` in an editor, as opening a note does. */
  async fakeLoadFile(file: real.TFile): Promise<void> {
    this.file = file;
    const editor = new Editor();
    editor.fakeOnChange = () => this.requestSave();
    this.editor = editor as unknown as real.Editor;
    this.setViewData(await this.app.vault.read(file), true);
  }

  /** The file was written: reload it, unless it holds what the editor already shows (the view's own save). */
  fakeReload(data: string): void {
    if (data === this.getViewData()) {
      this.data = data;
      return;
    }
    this.cancelSave();
    this.setViewData(data, false);
  }

  /** Test read-back: an edit waits to be saved. */
  fakeSavePending(): boolean {
    return this.saveTimer !== null;
  }

  private cancelSave(): void {
    if (this.saveTimer !== null) {
      window.clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
  }
}

export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: real.WorkspaceLeaf | null = null;
  containerEl: HTMLElement;
  private leaves: WorkspaceLeaf[] = [];
  private readyCallbacks: (() => any)[] = [];
  private app: App;
  /** The ribbon and the two splits of the fake window. */
  fakeRibbonEl: HTMLElement;
  fakeMainEl: HTMLElement;
  fakeRightEl: HTMLElement;

  constructor(app: App) {
    super();
    this.app = app;
    this.containerEl = div('workspace');
    this.fakeRibbonEl = this.containerEl.appendChild(div('side-dock-ribbon'));
    this.fakeMainEl = this.containerEl.appendChild(div('workspace-split mod-root'));
    this.fakeRightEl = this.containerEl.appendChild(div('workspace-split mod-right-split'));
  }

  onLayoutReady(callback: () => any): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /** What Obsidian does once the workspace is restored. */
  fakeLayoutReady(): void {
    this.layoutReady = true;
    const callbacks = this.readyCallbacks;
    this.readyCallbacks = [];
    for (const cb of callbacks) cb();
    this.trigger('layout-ready');
  }

  getLeaf(newLeaf?: real.PaneType | boolean | 'split'): real.WorkspaceLeaf {
    const reuse = !newLeaf && this.leaves.find((l) => l.fakeSide === 'main');
    return (reuse || this.addLeaf('main')) as unknown as real.WorkspaceLeaf;
  }

  getRightLeaf(_split: boolean): real.WorkspaceLeaf | null {
    return this.addLeaf('right') as unknown as real.WorkspaceLeaf;
  }

  getLeavesOfType(viewType: string): real.WorkspaceLeaf[] {
    return this.leaves.filter((l) => (l.view as unknown as View).getViewType() === viewType) as unknown as real.WorkspaceLeaf[];
  }

  detachLeavesOfType(viewType: string): void {
    for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
  }

  async revealLeaf(leaf: real.WorkspaceLeaf): Promise<void> {
    this.fakeSetActive(leaf as unknown as WorkspaceLeaf);
  }

  getActiveViewOfType<T extends real.View>(type: real.Constructor<T>): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof (type as unknown as abstract new (...args: any[]) => unknown) ? (view as unknown as T) : null;
  }

  getActiveFile(): real.TFile | null {
    const view = this.activeLeaf?.view as unknown;
    return view instanceof MarkdownView ? view.file : null;
  }

  async openLinkText(linktext: string, _sourcePath: string, newLeaf?: real.PaneType | boolean, _state?: real.OpenViewState): Promise<void> {
    const vault = this.app.vault;
    const file = vault.getFileByPath(linktext) ?? vault.getFileByPath(`${linktext}.md`);
    if (!file) throw new Error(`No such note in the fake: ${linktext}`);
    await this.getLeaf(newLeaf).openFile(file);
  }

  iterateAllLeaves(callback: (leaf: real.WorkspaceLeaf) => any): void {
    for (const leaf of [...this.leaves]) callback(leaf as unknown as real.WorkspaceLeaf);
  }

  /** A file was written: every editor showing it loads the new text (MarkdownView.fakeReload). */
  fakeFileWritten(file: real.TFile, data: string): void {
    for (const leaf of this.leaves) {
      const view = leaf.view as unknown;
      if (view instanceof MarkdownView && view.file === file) view.fakeReload(data);
    }
  }

  fakeSetActive(leaf: WorkspaceLeaf): void {
    this.activeLeaf = leaf as unknown as real.WorkspaceLeaf;
    this.trigger('active-leaf-change', leaf);
  }

  fakeRemoveLeaf(leaf: WorkspaceLeaf): void {
    this.leaves = this.leaves.filter((l) => l !== leaf);
    if ((this.activeLeaf as unknown) === leaf) this.activeLeaf = null;
  }

  fakeLeaves(): WorkspaceLeaf[] {
    return [...this.leaves];
  }

  /**
   * A popout window with a single new leaf (desktop only). A popout has its own Window and Document
   * ("Each pop-out window introduces its own Window object, Document object, and fresh copies of all
   * global constructors": the developer docs' "Support pop-out windows"); here a second happy-dom
   * Window, with its own size and pixel ratio. Tests reach it through fakePopouts or `el.win`.
   */
  openPopoutLeaf(data?: real.WorkspaceWindowInitData): real.WorkspaceLeaf {
    const leaf = this.addLeaf('popout');
    this.fakeOpenPopout(data).document.body.appendChild(leaf.fakeEl);
    return leaf as unknown as real.WorkspaceLeaf;
  }

  /** Moves a leaf, view and all, into a new popout window; its elements hear onWindowMigrated. */
  moveLeafToPopout(leaf: real.WorkspaceLeaf, data?: real.WorkspaceWindowInitData): real.WorkspaceWindow {
    const fake = leaf as unknown as WorkspaceLeaf;
    const win = this.fakeOpenPopout(data);
    fake.fakeSide = 'popout';
    fakeMigrate(fake.fakeEl, win.document.body);
    return { win, doc: win.document } as unknown as real.WorkspaceWindow;
  }

  /** The popout windows opened so far, oldest first. */
  fakePopouts: (Window & typeof globalThis)[] = [];

  /** Closes every popout window (tests call it when done). */
  async fakeClosePopouts(): Promise<void> {
    for (const win of this.fakePopouts.splice(0)) await (win as unknown as HappyWindow).happyDOM.close();
  }

  /** Test hook: told of each popout window as it opens, before anything is shown in it. */
  fakeOnPopout: ((win: Window & typeof globalThis) => void) | null = null;

  private fakeOpenPopout(data?: real.WorkspaceWindowInitData): Window & typeof globalThis {
    const win = new HappyWindow({ width: data?.size?.width ?? 800, height: data?.size?.height ?? 600 }) as unknown as Window & typeof globalThis;
    this.fakePopouts.push(win);
    this.fakeOnPopout?.(win);
    return win;
  }

  private addLeaf(side: 'main' | 'right' | 'popout'): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves.push(leaf);
    if (side !== 'popout') (side === 'main' ? this.fakeMainEl : this.fakeRightEl).appendChild(leaf.fakeEl);
    return leaf;
  }
}

export class FileManager {
  private app: App;
  constructor(app: App) {
    this.app = app;
  }
  async renameFile(file: real.TAbstractFile, newPath: string): Promise<void> {
    await this.app.vault.rename(file, newPath);
  }
}

export class App {
  vault: real.Vault;
  metadataCache: real.MetadataCache;
  workspace: real.Workspace;
  fileManager: real.FileManager;
  /** Typed fakes of the same objects, for tests. */
  fakeVault: Vault;
  fakeCache: MetadataCache;
  fakeWorkspace: Workspace;
  fakeCommands = new Map<string, real.Command>();
  fakeViewCreators = new Map<string, real.ViewCreator>();
  fakeSettingTabs: PluginSettingTab[] = [];
  fakePluginData = new Map<string, unknown>();

  constructor() {
    this.fakeVault = new Vault();
    this.fakeCache = new MetadataCache();
    this.fakeVault.fakeCache = this.fakeCache;
    this.fakeCache.fakeVault = this.fakeVault;
    this.fakeWorkspace = new Workspace(this);
    this.fakeVault.fakeWorkspace = this.fakeWorkspace;
    this.vault = this.fakeVault as unknown as real.Vault;
    this.metadataCache = this.fakeCache as unknown as real.MetadataCache;
    this.workspace = this.fakeWorkspace as unknown as real.Workspace;
    this.fileManager = new FileManager(this) as unknown as real.FileManager;
    if (typeof document !== 'undefined') document.body.appendChild(this.fakeWorkspace.containerEl);
  }

  /** Runs a command as the palette would: editor commands only with a markdown view active. */
  async fakeRunCommand(id: string): Promise<boolean> {
    const cmd = this.fakeCommands.get(id);
    if (!cmd) throw new Error(`No command ${id}; have ${[...this.fakeCommands.keys()].join(', ')}`);
    if (cmd.editorCallback || cmd.editorCheckCallback) {
      const view = this.fakeWorkspace.getActiveViewOfType(MarkdownView as unknown as real.Constructor<real.MarkdownView>);
      if (!view) return false;
      if (cmd.editorCheckCallback) {
        if (!cmd.editorCheckCallback(true, view.editor, view)) return false;
        await cmd.editorCheckCallback(false, view.editor, view);
        return true;
      }
      await cmd.editorCallback?.(view.editor, view);
      return true;
    }
    if (cmd.checkCallback) {
      if (!cmd.checkCallback(true)) return false;
      await cmd.checkCallback(false);
      return true;
    }
    await cmd.callback?.();
    return true;
  }

  /** Listeners attached to the vault, metadata cache and workspace. */
  fakeListenerCount(): number {
    return this.fakeVault.fakeListenerCount() + this.fakeCache.fakeListenerCount() + this.fakeWorkspace.fakeListenerCount();
  }

  fakeDestroy(): void {
    this.fakeWorkspace.containerEl.remove();
  }
}

// ---------------------------------------------------------------------------------------------
// Plugin

export abstract class Plugin extends Component {
  app: real.App;
  manifest: real.PluginManifest;

  constructor(app: real.App, manifest: real.PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  private get fakeApp(): App {
    return this.app as unknown as App;
  }

  override onload(): Promise<void> | void {}

  addRibbonIcon(icon: real.IconName, title: string, callback: (evt: MouseEvent) => any): HTMLElement {
    const el = document.createElement('div');
    el.className = 'side-dock-ribbon-action clickable-icon';
    el.setAttribute('aria-label', title);
    setIcon(el, icon);
    el.addEventListener('click', callback);
    this.fakeApp.fakeWorkspace.fakeRibbonEl.appendChild(el);
    this.register(() => el.remove());
    return el;
  }

  addCommand(command: real.Command): real.Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
    this.fakeApp.fakeCommands.set(full.id, full);
    this.register(() => this.fakeApp.fakeCommands.delete(full.id));
    return full;
  }

  removeCommand(commandId: string): void {
    this.fakeApp.fakeCommands.delete(`${this.manifest.id}:${commandId}`);
  }

  addSettingTab(settingTab: real.PluginSettingTab): void {
    const tab = settingTab as unknown as PluginSettingTab;
    this.fakeApp.fakeSettingTabs.push(tab);
    this.register(() => {
      tab.hide();
      this.fakeApp.fakeSettingTabs = this.fakeApp.fakeSettingTabs.filter((t) => t !== tab);
    });
  }

  registerView(type: string, viewCreator: real.ViewCreator): void {
    const app = this.fakeApp;
    if (app.fakeViewCreators.has(type)) throw new Error(`View type ${type} is already registered`);
    app.fakeViewCreators.set(type, viewCreator);
    this.register(() => {
      app.fakeViewCreators.delete(type);
      // Obsidian keeps the leaf where it was, but closes the plugin's view in it.
      for (const leaf of app.fakeWorkspace.getLeavesOfType(type)) void (leaf as unknown as WorkspaceLeaf).fakeCloseView();
    });
  }

  async loadData(): Promise<any> {
    const data = this.fakeApp.fakePluginData.get(this.manifest.id);
    return data === undefined ? null : structuredClone(data);
  }

  async saveData(data: any): Promise<void> {
    this.fakeApp.fakePluginData.set(this.manifest.id, structuredClone(data));
  }

  /**
   * obsidian.d.ts: "Called when the `data.json` file is modified on disk externally from Obsidian. This
   * usually means that a Sync service or external program has modified the plugin settings."
   */
  onExternalSettingsChange?(): any;

  /**
   * Test set-up: data.json is rewritten on disk by something other than this plugin (Obsidian Sync from
   * another device, a git pull, an editor), then Obsidian tells a loaded plugin. Its own saveData never
   * does. Resolves once the plugin's handler has.
   */
  async fakeExternalDataChange(data: unknown): Promise<void> {
    this.fakeApp.fakePluginData.set(this.manifest.id, structuredClone(data));
    if (this.fakeIsLoaded()) await this.onExternalSettingsChange?.();
  }
}

// ---------------------------------------------------------------------------------------------
// Modals and notices

export class Modal {
  app: real.App;
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  shouldRestoreSelection = false;

  constructor(app: real.App) {
    this.app = app;
    this.containerEl = div('modal-container');
    this.modalEl = this.containerEl.appendChild(div('modal'));
    this.titleEl = this.modalEl.appendChild(div('modal-title'));
    this.contentEl = this.modalEl.appendChild(div('modal-content'));
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    fakeOpenModals.push(this);
    this.onOpen();
  }

  close(): void {
    const i = fakeOpenModals.indexOf(this);
    if (i < 0) return;
    fakeOpenModals.splice(i, 1);
    this.containerEl.remove();
    this.onClose();
  }

  onOpen(): void {}
  onClose(): void {}

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.replaceChildren(content);
    return this;
  }
}

export abstract class SuggestModal<T> extends Modal {
  limit = 100;
  emptyStateText = 'No results found.';
  inputEl: HTMLInputElement;
  resultContainerEl: HTMLElement;
  /** The suggestions drawn last, in order. */
  fakeShown: T[] = [];

  constructor(app: real.App) {
    super(app);
    this.inputEl = document.createElement('input');
    this.modalEl.prepend(this.inputEl);
    this.resultContainerEl = this.modalEl.appendChild(div('prompt-results'));
  }

  setPlaceholder(placeholder: string): void {
    this.inputEl.placeholder = placeholder;
  }

  setInstructions(_instructions: real.Instruction[]): void {}

  onNoSuggestion(): void {
    this.resultContainerEl.replaceChildren();
    const empty = div('suggestion-empty');
    empty.textContent = this.emptyStateText;
    this.resultContainerEl.appendChild(empty);
  }

  selectSuggestion(value: T, evt: MouseEvent | KeyboardEvent): void {
    this.close();
    this.onChooseSuggestion(value, evt);
  }

  selectActiveSuggestion(evt: MouseEvent | KeyboardEvent): void {
    const first = this.fakeShown[0];
    if (first !== undefined) this.selectSuggestion(first, evt);
  }

  override open(): void {
    super.open();
    void this.fakeType(this.inputEl.value);
  }

  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;

  /** Types a query and redraws the list, as the prompt does on input. */
  async fakeType(query: string): Promise<T[]> {
    this.inputEl.value = query;
    const items = (await this.getSuggestions(query)).slice(0, this.limit);
    this.fakeShown = items;
    this.resultContainerEl.replaceChildren();
    if (items.length === 0) this.onNoSuggestion();
    for (const item of items) {
      const el = div('suggestion-item');
      this.resultContainerEl.appendChild(el);
      this.renderSuggestion(item, el);
    }
    return items;
  }

  /** Picks the shown suggestion at `index` with Enter. */
  fakeChoose(index: number): void {
    const item = this.fakeShown[index];
    if (item === undefined) throw new Error(`No suggestion ${index}; ${this.fakeShown.length} shown`);
    this.selectSuggestion(item, new KeyboardEvent('keydown', { key: 'Enter' }));
  }
}

function fuzzyScore(query: string, text: string): real.SearchResult | null {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const t = text.toLowerCase();
  let at = 0;
  const matches: [number, number][] = [];
  for (const ch of q) {
    const found = t.indexOf(ch, at);
    if (found < 0) return null;
    matches.push([found, found + 1]);
    at = found + 1;
  }
  return { score: -at, matches };
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<real.FuzzyMatch<T>> {
  getSuggestions(query: string): real.FuzzyMatch<T>[] {
    const out: real.FuzzyMatch<T>[] = [];
    for (const item of this.getItems()) {
      const match = fuzzyScore(query, this.getItemText(item));
      if (match) out.push({ item, match });
    }
    return query ? out.sort((a, b) => b.match.score - a.match.score) : out;
  }

  renderSuggestion(item: real.FuzzyMatch<T>, el: HTMLElement): void {
    el.textContent = this.getItemText(item.item);
  }

  onChooseSuggestion(item: real.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(item.item, evt);
  }

  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

/** Not attached to the page: a real notice hides itself after a few seconds; here it is only recorded. */
export class Notice {
  noticeEl: HTMLElement;
  containerEl: HTMLElement;
  messageEl: HTMLElement;

  constructor(message: string | DocumentFragment, _duration?: number) {
    this.containerEl = div('notice-container');
    this.noticeEl = this.containerEl.appendChild(div('notice'));
    this.messageEl = this.noticeEl.appendChild(div('notice-message'));
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.replaceChildren(message);
    fakeNotices.push(this.messageEl.textContent ?? '');
    fakeNoticeEls.push(this.messageEl);
    return this;
  }

  /** Test read-back: hide() was called (a real notice leaves the page then). */
  fakeHidden = false;

  hide(): void {
    this.fakeHidden = true;
  }
}

// ---------------------------------------------------------------------------------------------
// Settings

export abstract class SettingTab {
  app: real.App;
  containerEl: HTMLElement;

  constructor(app: real.App) {
    this.app = app;
    this.containerEl = div('vertical-tab-content');
  }

  abstract display(): void;

  hide(): void {
    this.containerEl.replaceChildren();
    this.containerEl.remove();
  }

  /** Opens the tab in the settings window, as clicking it in the list does. */
  fakeShow(): void {
    document.body.appendChild(this.containerEl);
    this.display();
  }
}

export abstract class PluginSettingTab extends SettingTab {
  constructor(app: real.App, _plugin: real.Plugin) {
    super(app);
  }
}

export abstract class BaseComponent {
  disabled = false;

  then(cb: (component: this) => any): this {
    cb(this);
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
}

export class TextComponent extends BaseComponent {
  inputEl: HTMLInputElement;
  private changeCallback: ((value: string) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.inputEl = document.createElement('input');
    this.inputEl.type = 'text';
    containerEl.appendChild(this.inputEl);
    this.inputEl.addEventListener('input', () => this.onChanged());
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }

  onChanged(): void {
    this.changeCallback?.(this.getValue());
  }

  onChange(callback: (value: string) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class DropdownComponent extends BaseComponent {
  selectEl: HTMLSelectElement;
  private changeCallback: ((value: string) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = document.createElement('select');
    containerEl.appendChild(this.selectEl);
    this.selectEl.addEventListener('change', () => this.changeCallback?.(this.getValue()));
  }

  addOption(value: string, display: string): this {
    const option = document.createElement('option');
    option.value = value;
    option.textContent = display;
    this.selectEl.appendChild(option);
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }

  onChange(callback: (value: string) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ToggleComponent extends BaseComponent {
  toggleEl: HTMLElement;
  private on = false;
  private changeCallback: ((value: boolean) => any) | null = null;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = div('checkbox-container');
    containerEl.appendChild(this.toggleEl);
    this.toggleEl.addEventListener('click', () => this.onClick());
  }

  getValue(): boolean {
    return this.on;
  }

  setValue(on: boolean): this {
    const changed = on !== this.on;
    this.on = on;
    this.toggleEl.classList.toggle('is-enabled', on);
    if (changed) this.changeCallback?.(on);
    return this;
  }

  onClick(): void {
    if (!this.disabled) this.setValue(!this.on);
  }

  onChange(callback: (value: boolean) => any): this {
    this.changeCallback = callback;
    return this;
  }
}

export class ButtonComponent extends BaseComponent {
  buttonEl: HTMLButtonElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.buttonEl = document.createElement('button');
    containerEl.appendChild(this.buttonEl);
  }

  setButtonText(name: string): this {
    this.buttonEl.textContent = name;
    return this;
  }

  setCta(): this {
    this.buttonEl.classList.add('mod-cta');
    return this;
  }

  onClick(callback: (evt: MouseEvent) => any): this {
    this.buttonEl.addEventListener('click', callback);
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: real.BaseComponent[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.appendChild(div('setting-item'));
    this.infoEl = this.settingEl.appendChild(div('setting-item-info'));
    this.nameEl = this.infoEl.appendChild(div('setting-item-name'));
    this.descEl = this.infoEl.appendChild(div('setting-item-description'));
    this.controlEl = this.settingEl.appendChild(div('setting-item-control'));
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.replaceChildren(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.replaceChildren(desc);
    return this;
  }

  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }

  setHeading(): this {
    this.settingEl.classList.add('setting-item-heading');
    return this;
  }

  addText(cb: (component: real.TextComponent) => any): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: real.DropdownComponent) => any): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: real.ToggleComponent) => any): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addButton(cb: (component: real.ButtonComponent) => any): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  then(cb: (setting: this) => any): this {
    cb(this);
    return this;
  }

  private add<C>(component: BaseComponent, cb: (component: C) => any): this {
    this.components.push(component as unknown as real.BaseComponent);
    cb(component as unknown as C);
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// What a plugin left behind

export interface FakeLeftovers {
  /** Listeners on the vault, metadata cache and workspace. */
  listeners: number;
  /** DOM listeners added through registerDomEvent and not removed. */
  domListeners: number;
  /** Intervals registered and not cleared. */
  intervals: number;
  /** Debounce timers still pending. */
  debounceTimers: number;
  /** Elements inside the workspace's leaves and ribbon, open modals and their contents. */
  domNodes: number;
  commands: number;
  views: number;
  settingTabs: number;
}

export function fakeLeftovers(app: App): FakeLeftovers {
  const ws = app.fakeWorkspace;
  let domNodes = ws.fakeRibbonEl.querySelectorAll('*').length;
  for (const leaf of ws.fakeLeaves()) domNodes += leaf.fakeEl.querySelectorAll('.view-content *').length;
  domNodes += document.querySelectorAll('.modal-container').length;
  return {
    listeners: app.fakeListenerCount(),
    domListeners: counters.domListeners,
    intervals: counters.intervals.size,
    debounceTimers: counters.debounceTimers.size,
    domNodes,
    commands: app.fakeCommands.size,
    views: app.fakeViewCreators.size,
    settingTabs: app.fakeSettingTabs.length,
  };
}
