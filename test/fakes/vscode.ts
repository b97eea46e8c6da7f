/**
 * A small in-memory stand-in for the `vscode` module: only what src/vscode uses. vitest aliases
 * `vscode` to this file; test/fakes/vscode-typecheck.ts assigns every piece to the real
 * @types/vscode declarations, so a wrong signature here fails `tsc -p tsconfig.json`.
 * Test helpers live on the exported `fake` object, never on the API surface.
 */
import type * as vscode from 'vscode';

// ---------------------------------------------------------------------------------------------
// Values

export class Disposable {
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((d) => d.dispose()));
  }
  private done = false;
  constructor(private readonly callOnDispose: () => unknown) {}
  dispose(): void {
    if (this.done) return;
    this.done = true;
    this.callOnDispose();
  }
}

export class EventEmitter<T> {
  private listeners = new Set<(e: T) => unknown>();
  readonly event = (listener: (e: T) => unknown, thisArgs?: unknown, disposables?: { dispose(): unknown }[]): Disposable => {
    const bound = (e: T): unknown => listener.call(thisArgs, e);
    this.listeners.add(bound);
    const d = new Disposable(() => this.listeners.delete(bound));
    disposables?.push(d);
    return d;
  };
  fire(data: T): void {
    for (const l of [...this.listeners]) l(data);
  }
  get listenerCount(): number {
    return this.listeners.size;
  }
  dispose(): void {
    this.listeners.clear();
  }
}

export class Uri {
  static file(path: string): Uri {
    return new Uri('file', '', path.startsWith('/') ? path : `/${path}`, '', '');
  }
  static parse(value: string): Uri {
    const m = /^([a-z-]+):\/\/([^/]*)(\/[^?#]*)?/.exec(value);
    if (!m) throw new Error(`fake Uri.parse cannot read ${value}`);
    return new Uri(m[1] ?? 'file', m[2] ?? '', m[3] ?? '/', '', '');
  }
  static joinPath(base: Uri, ...pathSegments: string[]): Uri {
    const parts = [base.path, ...pathSegments].join('/').split('/');
    const out: string[] = [];
    for (const p of parts) {
      if (p === '' || p === '.') continue;
      if (p === '..') out.pop();
      else out.push(p);
    }
    return base.with({ path: `/${out.join('/')}` });
  }
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; authority?: string; path?: string; query?: string; fragment?: string }): Uri {
    return new Uri(
      change.scheme ?? this.scheme,
      change.authority ?? this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}`;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, path: this.path };
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(start: Position, end: Position);
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number);
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    if (typeof a === 'number' && typeof b === 'number') {
      this.start = new Position(a, b);
      this.end = new Position(c ?? a, d ?? b);
    } else {
      this.start = a as Position;
      this.end = b as Position;
    }
  }
}

export class RelativePattern {
  readonly baseUri: Uri;
  readonly base: string;
  constructor(
    base: Uri | { uri: Uri },
    readonly pattern: string,
  ) {
    this.baseUri = base instanceof Uri ? base : base.uri;
    this.base = this.baseUri.fsPath;
  }
}

export enum FileType {
  Unknown = 0,
  File = 1,
  Directory = 2,
  SymbolicLink = 64,
}

export class FileSystemError extends Error {
  static FileNotFound(messageOrUri?: string | Uri): FileSystemError {
    return new FileSystemError(`File not found: ${String(messageOrUri)}`, 'FileNotFound');
  }
  static FileExists(messageOrUri?: string | Uri): FileSystemError {
    return new FileSystemError(`File exists: ${String(messageOrUri)}`, 'FileExists');
  }
  constructor(
    message: string,
    readonly code = 'Unknown',
  ) {
    super(message);
  }
}

export enum ViewColumn {
  Active = -1,
  Beside = -2,
  One = 1,
}

interface TextReplace {
  uri: Uri;
  range: Range;
  newText: string;
}

export class WorkspaceEdit {
  readonly replaces: TextReplace[] = [];
  get size(): number {
    return this.replaces.length;
  }
  replace(uri: Uri, range: Range, newText: string): void {
    this.replaces.push({ uri, range, newText });
  }
}

// ---------------------------------------------------------------------------------------------
// The in-memory file system and documents

/**
 * Files by key: a `file:` uri by its path (`/vault/walk.md`), any other scheme by its whole uri
 * (`vscode-vfs://github/me/notes/walk.md`), so a virtual workspace's files are not the disk's.
 */
const files = new Map<string, Uint8Array>();
const enc = new TextEncoder();
const dec = new TextDecoder();

function keyOf(uri: Uri): string {
  return uri.scheme === 'file' ? uri.path : `${uri.scheme}://${uri.authority}${uri.path}`;
}

/** A test names a file by its path (`/vault/a.md`) or, outside the `file` scheme, by its uri string. */
function uriOfKey(key: string): Uri {
  return key.includes('://') ? Uri.parse(key) : Uri.file(key);
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function isDir(key: string): boolean {
  const prefix = key.endsWith('/') ? key : `${key}/`;
  if (key === '/' || dirs.has(key)) return true;
  for (const p of files.keys()) if (p.startsWith(prefix)) return true;
  return false;
}
const dirs = new Set<string>();

/**
 * A save participant, as VS Code runs them on every save (`files.trimTrailingWhitespace`,
 * `files.insertFinalNewline`, `editor.formatOnSave`): it may rewrite the document's text before
 * the text is written. Returns the new text, or undefined to leave it.
 */
export type SaveParticipant = (text: string, uri: Uri) => string | undefined;

/**
 * VS Code's TrimWhitespaceParticipant (src/vs/workbench/contrib/codeEditor/browser/saveParticipants.ts,
 * on with `files.trimTrailingWhitespace`): on an explicit save, the trailing spaces and tabs of
 * every line go, a Markdown hard line break ("two spaces") included.
 */
export const trimTrailingWhitespace: SaveParticipant = (text) => text.replace(/[ \t]+(?=\r?\n|$)/g, '');

export class FakeTextDocument {
  isDirty = false;
  isClosed = false;
  version = 1;
  saves = 0;
  /** Times the text was reloaded from disk. */
  reloads = 0;
  readonly languageId = 'markdown';
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  get fileName(): string {
    return this.uri.fsPath;
  }
  get lineCount(): number {
    return this.text.split('\n').length;
  }
  getText(): string {
    return this.text;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length)));
    const line = before.split('\n').length - 1;
    return new Position(line, before.length - (before.lastIndexOf('\n') + 1));
  }
  offsetAt(position: Position): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < position.line && i < lines.length; i++) offset += (lines[i] ?? '').length + 1;
    return Math.min(offset + position.character, this.text.length);
  }
  /** What a user typing in the editor does: the buffer changes, the disk does not. */
  type(newText: string): void {
    this.text = newText;
    this.isDirty = true;
    this.version++;
  }
  applyReplace(range: Range, newText: string): void {
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    this.text = this.text.slice(0, start) + newText + this.text.slice(end);
    this.isDirty = true;
    this.version++;
  }
  /**
   * What `TextDocument.save()` does in VS Code: the extension host asks the main thread
   * (`MainThreadDocuments.$trySaveDocument` → `textFileService.save(uri)`, no options), and
   * TextFileEditorModel.doSave runs every save participant unless `skipSaveParticipants`, which
   * the API never sets. Only then is the text written.
   */
  save(): Thenable<boolean> {
    for (const participate of state.saveParticipants) {
      const next = participate(this.text, this.uri);
      if (next !== undefined && next !== this.text) {
        this.text = next;
        this.version++;
      }
    }
    files.set(keyOf(this.uri), enc.encode(this.text));
    this.isDirty = false;
    this.saves++;
    state.fsWrites.push(keyOf(this.uri));
    return Promise.resolve(true);
  }
  /**
   * What VS Code does when the file changes on disk (TextFileEditorModelManager.onDidFilesChange):
   * a document without unsaved changes is reloaded; one with unsaved changes never is. The text
   * arrives without a BOM, as VS Code shows it.
   */
  reloadFromDisk(): void {
    if (this.isDirty || this.isClosed) return;
    const bytes = files.get(keyOf(this.uri));
    if (!bytes) return;
    const text = dec.decode(bytes);
    if (text === this.text) return;
    this.text = text;
    this.version++;
    this.reloads++;
  }
}

/** The reload is queued, as VS Code's is: right after a write, the document still shows the old text. */
function queueReload(uri: Uri): void {
  for (const doc of textDocuments) {
    if (doc.uri.toString() === uri.toString()) void Promise.resolve().then(() => doc.reloadFromDisk());
  }
}

/**
 * A file's mtime, as FileStat.mtime gives it (ms since the epoch): the same while the file keeps
 * its bytes (a move keeps it, as rename(2) does), a later one after every write.
 */
const mtimes = new WeakMap<Uint8Array, number>();
let lastMtime = Date.UTC(2026, 0, 1);
function mtimeOf(bytes: Uint8Array): number {
  let mtime = mtimes.get(bytes);
  if (mtime === undefined) mtimes.set(bytes, (mtime = lastMtime += 1000));
  return mtime;
}

const fs = {
  stat(uri: Uri): Thenable<vscode.FileStat> {
    const f = files.get(keyOf(uri));
    if (f) return Promise.resolve({ type: FileType.File, ctime: 0, mtime: mtimeOf(f), size: f.byteLength });
    if (isDir(keyOf(uri))) return Promise.resolve({ type: FileType.Directory, ctime: 0, mtime: 0, size: 0 });
    return Promise.reject(FileSystemError.FileNotFound(uri));
  },
  readFile(uri: Uri): Thenable<Uint8Array> {
    const f = files.get(keyOf(uri));
    return f ? Promise.resolve(f) : Promise.reject(FileSystemError.FileNotFound(uri));
  },
  writeFile(uri: Uri, content: Uint8Array): Thenable<void> {
    files.set(keyOf(uri), content);
    state.fsWrites.push(keyOf(uri));
    queueReload(uri);
    return Promise.resolve();
  },
  readDirectory(uri: Uri): Thenable<[string, vscode.FileType][]> {
    const key = keyOf(uri);
    if (!isDir(key)) return Promise.reject(FileSystemError.FileNotFound(uri));
    const prefix = key === '/' ? '/' : `${key}/`;
    const out = new Map<string, FileType>();
    for (const p of files.keys()) {
      if (!p.startsWith(prefix)) continue;
      const rest = p.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) out.set(rest, FileType.File);
      else out.set(rest.slice(0, slash), FileType.Directory);
    }
    for (const d of dirs) if (d.startsWith(prefix) && !d.slice(prefix.length).includes('/')) out.set(d.slice(prefix.length), FileType.Directory);
    return Promise.resolve([...out.entries()]);
  },
  createDirectory(uri: Uri): Thenable<void> {
    let p = uri.path;
    while (p !== '/' && p !== '') {
      dirs.add(keyOf(uri.with({ path: p })));
      p = parentOf(p);
    }
    return Promise.resolve();
  },
  delete(uri: Uri): Thenable<void> {
    files.delete(keyOf(uri));
    return Promise.resolve();
  },
};

// ---------------------------------------------------------------------------------------------
// Watchers, configuration, views

/** One change as the disk watcher reports it, before VS Code coalesces it and filters it by glob. */
export interface DiskEvent {
  type: 'created' | 'changed' | 'deleted';
  uri: Uri;
}

/** A glob as VS Code's `glob.parse` reads the patterns we use: `**`, `*`, `?` and `{a,b}`; case-sensitive, as on Linux. */
function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (glob.startsWith('**/', i)) {
      out += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      out += '.*';
      i += 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/**
 * VS Code's EventCoalescer (src/vs/platform/files/common/watcher.ts) on one batch of disk events:
 * per path, CREATE then DELETE is dropped, DELETE then CREATE becomes CHANGE; and every DELETE
 * under a deleted folder is dropped, so a folder deleted with all its notes is ONE delete event,
 * for the folder.
 */
export function coalesceDiskEvents(events: readonly DiskEvent[]): DiskEvent[] {
  const byKey = new Map<string, DiskEvent>();
  for (const e of events) {
    const key = keyOf(e.uri);
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, { ...e });
    else if (existing.type === 'created' && e.type === 'deleted') byKey.delete(key);
    else if (existing.type === 'deleted' && e.type === 'created') existing.type = 'changed';
    else if (existing.type === 'created' && e.type === 'changed') continue;
    else existing.type = e.type;
  }
  const all = [...byKey.values()];
  const deleted: string[] = [];
  const deletes = all
    .filter((e) => e.type === 'deleted')
    .sort((a, b) => keyOf(a.uri).length - keyOf(b.uri).length)
    .filter((e) => {
      const key = keyOf(e.uri);
      if (deleted.some((d) => key.startsWith(`${d}/`))) return false;
      deleted.push(key);
      return true;
    });
  return [...deletes, ...all.filter((e) => e.type !== 'deleted')];
}

/**
 * A FileSystemWatcher as the extension host builds one (src/vs/workbench/api/common/
 * extHostFileSystemEventService.ts): every coalesced disk event is tested against the glob
 * (`parsedPattern(uri.fsPath)`, relative to a RelativePattern's base) and the ignore flags; only
 * a match fires. So a watcher of markdown files hears nothing of a folder deleted or moved: the
 * one event names the folder, which is not `*.md`.
 */
export class FakeFileSystemWatcher {
  disposed = false;
  private readonly created = new EventEmitter<Uri>();
  private readonly changed = new EventEmitter<Uri>();
  private readonly deleted = new EventEmitter<Uri>();
  readonly onDidCreate = this.created.event;
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;
  private readonly glob: RegExp;
  constructor(
    readonly pattern: vscode.GlobPattern | RelativePattern,
    readonly ignoreCreateEvents = false,
    readonly ignoreChangeEvents = false,
    readonly ignoreDeleteEvents = false,
  ) {
    this.glob = globToRegExp(typeof pattern === 'string' ? pattern : pattern.pattern);
  }
  /** Whether the glob matches the uri, as the extension host tests each event. */
  matches(uri: Uri): boolean {
    if (typeof this.pattern === 'string') return this.glob.test(uri.path.replace(/^\//, ''));
    const base = this.pattern.baseUri;
    if (uri.scheme !== base.scheme || uri.authority !== base.authority) return false;
    const prefix = base.path.endsWith('/') ? base.path : `${base.path}/`;
    return uri.path.startsWith(prefix) && this.glob.test(uri.path.slice(prefix.length));
  }
  /** Fires an event as is (no glob test): for tests that speak for the watcher directly. */
  fireCreate(uri: Uri): void {
    if (!this.ignoreCreateEvents) this.created.fire(uri);
  }
  fireChange(uri: Uri): void {
    if (!this.ignoreChangeEvents) this.changed.fire(uri);
  }
  fireDelete(uri: Uri): void {
    if (!this.ignoreDeleteEvents) this.deleted.fire(uri);
  }
  /** One coalesced batch, in the extension host's order: creates, then changes, then deletes; each tested by the glob. */
  deliver(events: readonly DiskEvent[]): void {
    if (this.disposed) return;
    for (const type of ['created', 'changed', 'deleted'] as const) {
      for (const e of events) {
        if (e.type !== type || !this.matches(e.uri)) continue;
        if (type === 'created') this.fireCreate(e.uri);
        else if (type === 'changed') this.fireChange(e.uri);
        else this.fireDelete(e.uri);
      }
    }
  }
  dispose(): void {
    this.disposed = true;
    this.created.dispose();
    this.changed.dispose();
    this.deleted.dispose();
  }
}

/** What the disk watcher sends the extension host: one coalesced batch, to every live watcher. */
function deliverDiskEvents(events: readonly DiskEvent[]): DiskEvent[] {
  const batch = coalesceDiskEvents(events);
  for (const w of state.watchers) w.deliver(batch);
  return batch;
}

export class FakeWebview {
  html = '';
  options: vscode.WebviewOptions = {};
  readonly cspSource = 'https://fake.vscode-cdn.net';
  readonly posted: unknown[] = [];
  private readonly received = new EventEmitter<unknown>();
  readonly onDidReceiveMessage = this.received.event;
  asWebviewUri(localResource: Uri): Uri {
    return localResource.with({ scheme: 'https', authority: 'fake.vscode-cdn.net' });
  }
  postMessage(message: unknown): Thenable<boolean> {
    this.posted.push(message);
    return Promise.resolve(true);
  }
  /** What the webview's script sending a message does. */
  send(message: unknown): void {
    this.received.fire(message);
  }
}

export class FakeWebviewView {
  readonly viewType: string;
  readonly webview = new FakeWebview();
  visible = true;
  title?: string;
  description?: string;
  private readonly visibility = new EventEmitter<void>();
  private readonly disposed = new EventEmitter<void>();
  readonly onDidChangeVisibility = this.visibility.event;
  readonly onDidDispose = this.disposed.event;
  constructor(viewType: string) {
    this.viewType = viewType;
  }
  show(): void {
    this.visible = true;
    this.visibility.fire();
  }
  setVisible(visible: boolean): void {
    this.visible = visible;
    this.visibility.fire();
  }
  dispose(): void {
    this.disposed.fire();
  }
}

interface ConfigurationChange {
  affectsConfiguration(section: string): boolean;
}

const configChanged = new EventEmitter<ConfigurationChange>();
const filesDeleted = new EventEmitter<{ readonly files: readonly Uri[] }>();
const filesRenamed = new EventEmitter<{ readonly files: readonly { readonly oldUri: Uri; readonly newUri: Uri }[] }>();
const foldersChanged = new EventEmitter<{ added: readonly vscode.WorkspaceFolder[]; removed: readonly vscode.WorkspaceFolder[] }>();

function getConfiguration(section?: string): vscode.WorkspaceConfiguration {
  const prefix = section ? `${section}.` : '';
  const get = <T>(key: string, defaultValue?: T): T | undefined => {
    const full = prefix + key;
    return state.settings.has(full) ? (state.settings.get(full) as T) : defaultValue;
  };
  return {
    get: get as vscode.WorkspaceConfiguration['get'],
    has: (key: string) => state.settings.has(prefix + key),
    inspect: () => undefined,
    update: (key: string, value: unknown) => {
      state.settings.set(prefix + key, value);
      return Promise.resolve();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The namespaces

const textDocuments: FakeTextDocument[] = [];

async function openTextDocument(uriOrPath?: Uri | string): Promise<FakeTextDocument> {
  const uri = typeof uriOrPath === 'string' ? Uri.file(uriOrPath) : uriOrPath;
  if (!uri) throw new Error('fake openTextDocument needs a uri');
  const open = textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open;
  const bytes = await fs.readFile(uri);
  const doc = new FakeTextDocument(uri, dec.decode(bytes));
  textDocuments.push(doc);
  return doc;
}

async function applyEdit(realEdit: vscode.WorkspaceEdit): Promise<boolean> {
  // src/vscode builds its edits with this module's WorkspaceEdit (vitest aliases `vscode` here).
  const edit = realEdit as unknown as WorkspaceEdit;
  state.appliedEdits.push(edit);
  for (const r of edit.replaces) {
    const doc = await openTextDocument(r.uri);
    doc.applyReplace(r.range, r.newText);
  }
  return true;
}

export const workspace = {
  fs,
  get workspaceFolders(): readonly vscode.WorkspaceFolder[] | undefined {
    return state.workspaceFolders;
  },
  textDocuments: textDocuments as readonly FakeTextDocument[],
  getConfiguration,
  onDidChangeConfiguration: configChanged.event,
  onDidChangeWorkspaceFolders: foldersChanged.event,
  onDidDeleteFiles: filesDeleted.event,
  onDidRenameFiles: filesRenamed.event,
  createFileSystemWatcher(globPattern: vscode.GlobPattern, ignoreCreateEvents?: boolean, ignoreChangeEvents?: boolean, ignoreDeleteEvents?: boolean): FakeFileSystemWatcher {
    const w = new FakeFileSystemWatcher(globPattern, ignoreCreateEvents, ignoreChangeEvents, ignoreDeleteEvents);
    state.watchers.push(w);
    return w;
  },
  applyEdit,
  openTextDocument,
};

async function showTextDocument(target: FakeTextDocument | Uri): Promise<{ document: FakeTextDocument }> {
  const doc = target instanceof Uri ? await openTextDocument(target) : target;
  state.shown.push(doc.uri.path);
  return { document: doc };
}

function message(level: 'info' | 'warning' | 'error') {
  return (text: string, ...rest: unknown[]): Promise<string | undefined> => {
    const items = rest.filter((r): r is string => typeof r === 'string');
    state.messages.push({ level, text, items });
    return Promise.resolve(state.messageAnswer(text, items));
  };
}

/**
 * As VS Code's input box: the person's answer (state.inputBoxAnswer) is only taken once validateInput
 * has nothing against it (a string, or a message of Error severity, keeps the box open with the
 * message shown); until then they are asked again, told the problem, as a person retypes. Escape
 * (undefined) resolves undefined at any point.
 */
async function showInputBox(options?: vscode.InputBoxOptions): Promise<string | undefined> {
  const box: InputBoxRecord = { options, rejected: [], value: undefined };
  state.inputBoxes.push(box);
  let problem: string | undefined;
  for (let attempt = 0; attempt < 20; attempt++) {
    const typed = state.inputBoxAnswer(options ?? {}, { attempt, problem });
    if (typed === undefined) return undefined;
    const verdict = await options?.validateInput?.(typed);
    // InputBoxValidationSeverity.Error is 3; Info and Warning let the answer through.
    problem = typeof verdict === 'string' ? verdict || undefined : verdict && verdict.severity === 3 ? verdict.message : undefined;
    if (problem === undefined) {
      box.value = typed;
      return typed;
    }
    box.rejected.push({ value: typed, problem });
  }
  throw new Error(`input box "${options?.title ?? options?.prompt ?? ''}": every answer was refused (${problem ?? ''})`);
}

export interface InputBoxRecord {
  options: vscode.InputBoxOptions | undefined;
  /** Answers validateInput refused, with its message, in order. */
  rejected: { value: string; problem: string }[];
  /** The answer taken; undefined after Escape. */
  value: string | undefined;
}

export const window = {
  showInputBox,
  showQuickPick: ((items: unknown, options?: vscode.QuickPickOptions) =>
    Promise.resolve(items).then((list) => {
      state.quickPicks.push({ items: list as vscode.QuickPickItem[], options });
      return state.quickPickAnswer(list as vscode.QuickPickItem[]);
    })) as unknown as typeof vscode.window.showQuickPick,
  showInformationMessage: message('info') as typeof vscode.window.showInformationMessage,
  showWarningMessage: message('warning') as typeof vscode.window.showWarningMessage,
  showErrorMessage: message('error') as typeof vscode.window.showErrorMessage,
  showTextDocument,
  registerWebviewViewProvider(viewId: string, provider: vscode.WebviewViewProvider): Disposable {
    state.viewProviders.set(viewId, provider);
    return new Disposable(() => state.viewProviders.delete(viewId));
  },
  createOutputChannel(name: string): FakeOutputChannel {
    const c = new FakeOutputChannel(name);
    state.outputChannels.push(c);
    return c;
  },
};

export class FakeOutputChannel {
  readonly lines: string[] = [];
  disposed = false;
  constructor(readonly name: string) {}
  appendLine(value: string): void {
    this.lines.push(value);
  }
  append(value: string): void {
    this.lines.push(value);
  }
  dispose(): void {
    this.disposed = true;
  }
}

export const commands = {
  registerCommand(command: string, callback: (...args: any[]) => any): Disposable {
    if (state.commands.has(command)) throw new Error(`command '${command}' already exists`);
    state.commands.set(command, callback);
    return new Disposable(() => state.commands.delete(command));
  },
  executeCommand<T = unknown>(command: string, ...rest: any[]): Thenable<T> {
    state.executed.push({ command, args: rest });
    const cb = state.commands.get(command);
    return Promise.resolve(cb ? (cb(...rest) as T) : (undefined as T));
  },
};

// ---------------------------------------------------------------------------------------------
// Test helpers

export interface FakeExtensionContext {
  subscriptions: { dispose(): unknown }[];
  extensionUri: Uri;
  extensionPath: string;
  /**
   * As `ExtensionContext.storageUri` (vscode.d.ts): a workspace-specific folder private to the
   * extension, which "might not exist" (its parent does); undefined when no folder is open.
   * Unset unless a test passes a real folder: the extension writes its cache there with Node's fs.
   */
  storageUri?: Uri;
}

interface State {
  workspaceFolders: vscode.WorkspaceFolder[] | undefined;
  settings: Map<string, unknown>;
  watchers: FakeFileSystemWatcher[];
  viewProviders: Map<string, vscode.WebviewViewProvider>;
  outputChannels: FakeOutputChannel[];
  commands: Map<string, (...args: any[]) => any>;
  executed: { command: string; args: unknown[] }[];
  shown: string[];
  messages: { level: 'info' | 'warning' | 'error'; text: string; items: string[] }[];
  quickPicks: { items: vscode.QuickPickItem[]; options: vscode.QuickPickOptions | undefined }[];
  inputBoxes: InputBoxRecord[];
  appliedEdits: WorkspaceEdit[];
  fsWrites: string[];
  /** Run by every `TextDocument.save()`, in order: push `trimTrailingWhitespace` to model that setting. */
  saveParticipants: SaveParticipant[];
  quickPickAnswer: (items: vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined;
  /** What the person types in an input box; called again, with validateInput's problem, until it is accepted. */
  inputBoxAnswer: (options: vscode.InputBoxOptions, retry: { attempt: number; problem: string | undefined }) => string | undefined;
  messageAnswer: (text: string, items: string[]) => string | undefined;
}

function freshState(): State {
  return {
    workspaceFolders: undefined,
    settings: new Map(),
    watchers: [],
    viewProviders: new Map(),
    outputChannels: [],
    commands: new Map(),
    executed: [],
    shown: [],
    messages: [],
    quickPicks: [],
    inputBoxes: [],
    appliedEdits: [],
    fsWrites: [],
    saveParticipants: [],
    quickPickAnswer: () => undefined,
    inputBoxAnswer: () => undefined,
    messageAnswer: () => undefined,
  };
}

let state = freshState();

/** Removes a folder and everything in it; returns the raw disk events, one per file and folder, deepest first. */
function removeTree(folder: string): DiskEvent[] {
  const raw: DiskEvent[] = [];
  for (const p of [...files.keys()].sort().reverse()) {
    if (!p.startsWith(`${folder}/`)) continue;
    files.delete(p);
    raw.push({ type: 'deleted', uri: uriOfKey(p) });
  }
  for (const d of [...dirs].sort().reverse()) {
    if (!d.startsWith(`${folder}/`)) continue;
    dirs.delete(d);
    raw.push({ type: 'deleted', uri: uriOfKey(d) });
  }
  dirs.delete(folder);
  raw.push({ type: 'deleted', uri: uriOfKey(folder) });
  return raw;
}

/** Moves a folder; returns what the OS reports of a move: the old folder gone, the new one there. */
function moveTree(from: string, to: string): DiskEvent[] {
  for (const [p, bytes] of [...files.entries()]) {
    if (!p.startsWith(`${from}/`)) continue;
    files.delete(p);
    files.set(to + p.slice(from.length), bytes);
  }
  for (const d of [...dirs]) {
    if (d !== from && !d.startsWith(`${from}/`)) continue;
    dirs.delete(d);
    dirs.add(to + d.slice(from.length));
  }
  return [
    { type: 'deleted', uri: uriOfKey(from) },
    { type: 'created', uri: uriOfKey(to) },
  ];
}

export const fake = {
  get state(): State {
    return state;
  },
  reset(): void {
    state = freshState();
    files.clear();
    dirs.clear();
    textDocuments.length = 0;
  },
  /** A new window over the same disk: the state is fresh, the files (and their mtimes) stay. */
  restart(): void {
    state = freshState();
    textDocuments.length = 0;
  },
  /** Opens these folders: a path (`/vault`) is a `file:` folder; a uri string (`vscode-vfs://github/me/notes`) a virtual one. */
  setWorkspaceFolders(paths: string[]): void {
    const removed = state.workspaceFolders ?? [];
    state.workspaceFolders = paths.map((p, index) => ({ uri: uriOfKey(p), name: p.slice(p.lastIndexOf('/') + 1), index }));
    foldersChanged.fire({ added: state.workspaceFolders, removed });
  },
  /** Puts a file in place without any event (the state before a test begins). A path, or a uri string for other schemes. */
  writeFile(path: string, text: string): Uri {
    files.set(path, enc.encode(text));
    return uriOfKey(path);
  },
  readFile(path: string): string | undefined {
    const f = files.get(path);
    return f ? dec.decode(f) : undefined;
  },
  deleteFile(path: string): void {
    files.delete(path);
  },
  /**
   * What deleting a folder in the explorer does: the files go; `onDidDeleteFiles` names the
   * folder; then the disk watcher reports the deletes, coalesced into one event for the folder.
   */
  deleteFolderInExplorer(folder: string): void {
    const raw = removeTree(folder);
    filesDeleted.fire({ files: [uriOfKey(folder)] });
    deliverDiskEvents(raw);
  },
  /** What renaming a folder in the explorer does: `onDidRenameFiles` for the folder, then the disk watcher's delete + create of the folder. */
  renameFolderInExplorer(from: string, to: string): void {
    const raw = moveTree(from, to);
    filesRenamed.fire({ files: [{ oldUri: uriOfKey(from), newUri: uriOfKey(to) }] });
    deliverDiskEvents(raw);
  },
  /**
   * Changes made outside VS Code (Finder, `git checkout`, a sync): only the disk watcher hears of
   * them, through the same coalescing and glob filter as in VS Code. Each call returns the batch
   * the watchers were sent.
   */
  outside: {
    /** A file written: created, or changed when it was there. */
    writeFile(path: string, text: string): DiskEvent[] {
      const type = files.has(path) ? 'changed' : 'created';
      files.set(path, enc.encode(text));
      const uri = uriOfKey(path);
      queueReload(uri);
      return deliverDiskEvents([{ type, uri }]);
    },
    deleteFile(path: string): DiskEvent[] {
      files.delete(path);
      return deliverDiskEvents([{ type: 'deleted', uri: uriOfKey(path) }]);
    },
    /** `rm -r folder`: a delete for every file and folder inside, which VS Code coalesces into one, for the folder. */
    deleteFolder(folder: string): DiskEvent[] {
      return deliverDiskEvents(removeTree(folder));
    },
    /**
     * `mv from to` (or a sync or checkout that moves a folder): the OS reports the folder only,
     * as moved out and moved in (inotify's IN_MOVED_FROM / IN_MOVED_TO, which @parcel/watcher's
     * InotifyBackend turns into a delete and a create of the folder path), never the files inside.
     */
    renameFolder(from: string, to: string): DiskEvent[] {
      return deliverDiskEvents(moveTree(from, to));
    },
    /** Any batch of raw disk events, coalesced and delivered as VS Code does. */
    events(events: DiskEvent[]): DiskEvent[] {
      return deliverDiskEvents(events);
    },
  },
  filesUnder(prefix: string): string[] {
    return [...files.keys()].filter((p) => p.startsWith(prefix)).sort();
  },
  setSetting(key: string, value: unknown): void {
    state.settings.set(key, value);
    configChanged.fire({ affectsConfiguration: (section) => key === section || key.startsWith(`${section}.`) });
  },
  /** Opens a document as the editor would, optionally with unsaved text typed into it. */
  async openDocument(path: string, typed?: string): Promise<FakeTextDocument> {
    const doc = await openTextDocument(Uri.file(path));
    if (typed !== undefined) doc.type(typed);
    return doc;
  },
  /** The parts of an ExtensionContext the extension reads. */
  context(extensionPath = '/ext', storagePath?: string): FakeExtensionContext {
    return { subscriptions: [], extensionUri: Uri.file(extensionPath), extensionPath, ...(storagePath ? { storageUri: Uri.file(storagePath) } : {}) };
  },
  /** Resolves a registered webview view as VS Code does when the user opens it. */
  async resolveView(viewId: string): Promise<FakeWebviewView> {
    const provider = state.viewProviders.get(viewId);
    if (!provider) throw new Error(`no provider for view ${viewId}`);
    const view = new FakeWebviewView(viewId);
    await provider.resolveWebviewView(view as unknown as vscode.WebviewView, { state: undefined }, {
      isCancellationRequested: false,
      onCancellationRequested: new EventEmitter<unknown>().event,
    });
    return view;
  },
};
