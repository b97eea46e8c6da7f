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

const files = new Map<string, Uint8Array>();
const enc = new TextEncoder();
const dec = new TextDecoder();

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function isDir(path: string): boolean {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  if (path === '/' || dirs.has(path)) return true;
  for (const p of files.keys()) if (p.startsWith(prefix)) return true;
  return false;
}
const dirs = new Set<string>();

export class FakeTextDocument {
  isDirty = false;
  isClosed = false;
  version = 1;
  saves = 0;
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
  save(): Thenable<boolean> {
    files.set(this.uri.path, enc.encode(this.text));
    this.isDirty = false;
    this.saves++;
    state.fsWrites.push(this.uri.path);
    return Promise.resolve(true);
  }
}

const fs = {
  stat(uri: Uri): Thenable<vscode.FileStat> {
    const f = files.get(uri.path);
    if (f) return Promise.resolve({ type: FileType.File, ctime: 0, mtime: 0, size: f.byteLength });
    if (isDir(uri.path)) return Promise.resolve({ type: FileType.Directory, ctime: 0, mtime: 0, size: 0 });
    return Promise.reject(FileSystemError.FileNotFound(uri));
  },
  readFile(uri: Uri): Thenable<Uint8Array> {
    const f = files.get(uri.path);
    return f ? Promise.resolve(f) : Promise.reject(FileSystemError.FileNotFound(uri));
  },
  writeFile(uri: Uri, content: Uint8Array): Thenable<void> {
    files.set(uri.path, content);
    state.fsWrites.push(uri.path);
    return Promise.resolve();
  },
  readDirectory(uri: Uri): Thenable<[string, vscode.FileType][]> {
    if (!isDir(uri.path)) return Promise.reject(FileSystemError.FileNotFound(uri));
    const prefix = uri.path === '/' ? '/' : `${uri.path}/`;
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
      dirs.add(p);
      p = parentOf(p);
    }
    return Promise.resolve();
  },
  delete(uri: Uri): Thenable<void> {
    files.delete(uri.path);
    return Promise.resolve();
  },
};

// ---------------------------------------------------------------------------------------------
// Watchers, configuration, views

export class FakeFileSystemWatcher {
  readonly ignoreCreateEvents = false;
  readonly ignoreChangeEvents = false;
  readonly ignoreDeleteEvents = false;
  disposed = false;
  private readonly created = new EventEmitter<Uri>();
  private readonly changed = new EventEmitter<Uri>();
  private readonly deleted = new EventEmitter<Uri>();
  readonly onDidCreate = this.created.event;
  readonly onDidChange = this.changed.event;
  readonly onDidDelete = this.deleted.event;
  constructor(readonly pattern: vscode.GlobPattern) {}
  fireCreate(uri: Uri): void {
    this.created.fire(uri);
  }
  fireChange(uri: Uri): void {
    this.changed.fire(uri);
  }
  fireDelete(uri: Uri): void {
    this.deleted.fire(uri);
  }
  dispose(): void {
    this.disposed = true;
    this.created.dispose();
    this.changed.dispose();
    this.deleted.dispose();
  }
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
  createFileSystemWatcher(globPattern: vscode.GlobPattern): FakeFileSystemWatcher {
    const w = new FakeFileSystemWatcher(globPattern);
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

export const window = {
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
  appliedEdits: WorkspaceEdit[];
  fsWrites: string[];
  quickPickAnswer: (items: vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined;
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
    appliedEdits: [],
    fsWrites: [],
    quickPickAnswer: () => undefined,
    messageAnswer: () => undefined,
  };
}

let state = freshState();

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
  setWorkspaceFolders(paths: string[]): void {
    const removed = state.workspaceFolders ?? [];
    state.workspaceFolders = paths.map((p, index) => ({ uri: Uri.file(p), name: p.slice(p.lastIndexOf('/') + 1), index }));
    foldersChanged.fire({ added: state.workspaceFolders, removed });
  },
  writeFile(path: string, text: string): Uri {
    files.set(path, enc.encode(text));
    return Uri.file(path);
  },
  readFile(path: string): string | undefined {
    const f = files.get(path);
    return f ? dec.decode(f) : undefined;
  },
  deleteFile(path: string): void {
    files.delete(path);
  },
  /** What deleting a folder in the explorer does: the files go, and one event names the folder. */
  deleteFolderInExplorer(folder: string): void {
    for (const p of [...files.keys()]) if (p.startsWith(`${folder}/`)) files.delete(p);
    filesDeleted.fire({ files: [Uri.file(folder)] });
  },
  /** What renaming a folder in the explorer does. */
  renameFolderInExplorer(from: string, to: string): void {
    for (const [p, bytes] of [...files.entries()]) {
      if (!p.startsWith(`${from}/`)) continue;
      files.delete(p);
      files.set(to + p.slice(from.length), bytes);
    }
    filesRenamed.fire({ files: [{ oldUri: Uri.file(from), newUri: Uri.file(to) }] });
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
  context(extensionPath = '/ext'): FakeExtensionContext {
    return { subscriptions: [], extensionUri: Uri.file(extensionPath), extensionPath };
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
