/**
 * Compile-time only: every piece of the fake is assigned to the real @types/vscode declaration it
 * stands in for, so a fake whose signature drifts from VS Code's fails `tsc -p tsconfig.json`.
 * (Under tsc, `vscode` resolves to @types/vscode; only vitest aliases it to the fake.)
 * Never imported at run time.
 */
import type * as vscode from 'vscode';
import * as fake from './vscode';

type Check<Real, Fake extends Real> = Fake;

/** The fake's Position has the data, not the comparison helpers, which src/vscode never calls. */
type PositionLike = Pick<vscode.Position, 'line' | 'character'>;
type RangeLike = { start: PositionLike; end: PositionLike };
type DocumentLike = Pick<vscode.TextDocument, 'uri' | 'isDirty' | 'isClosed' | 'getText' | 'save' | 'fileName' | 'version' | 'lineCount' | 'languageId'> & {
  positionAt(offset: number): PositionLike;
  offsetAt(position: vscode.Position): number;
};

// Namespaces: the functions src/vscode calls, with the real signatures.
export const checkWorkspace: Pick<
  typeof vscode.workspace,
  | 'workspaceFolders'
  | 'getConfiguration'
  | 'onDidChangeConfiguration'
  | 'onDidChangeWorkspaceFolders'
  | 'onDidDeleteFiles'
  | 'onDidRenameFiles'
  | 'applyEdit'
> = fake.workspace;
export const checkFs: Pick<vscode.FileSystem, 'stat' | 'readFile' | 'writeFile' | 'readDirectory' | 'createDirectory' | 'delete'> = fake.workspace.fs;
export const checkWatcherFactory: typeof vscode.workspace.createFileSystemWatcher = fake.workspace.createFileSystemWatcher;
export const checkOpen: (uri: vscode.Uri) => Thenable<DocumentLike> = fake.workspace.openTextDocument;
export const checkTextDocuments: readonly DocumentLike[] = fake.workspace.textDocuments;
export const checkDocumentIsReal: Check<DocumentLike, fake.FakeTextDocument> | undefined = undefined;
export const checkWindow: Pick<
  typeof vscode.window,
  'showQuickPick' | 'showInputBox' | 'showInformationMessage' | 'showWarningMessage' | 'showErrorMessage' | 'registerWebviewViewProvider'
> = fake.window;
export const checkShow: (uri: vscode.Uri, options?: vscode.TextDocumentShowOptions) => Thenable<{ document: DocumentLike }> = fake.window.showTextDocument;
export const checkOutput: (name: string) => Pick<vscode.OutputChannel, 'name' | 'appendLine' | 'append' | 'dispose'> = fake.window.createOutputChannel;
export const checkCommands: Pick<typeof vscode.commands, 'registerCommand' | 'executeCommand'> = fake.commands;

// Classes: instances are usable where the real ones are, and the constructors take the same arguments.
export const checkUri: vscode.Uri = fake.Uri.file('/vault');
export const checkUriStatics: Pick<typeof vscode.Uri, 'file' | 'joinPath'> = fake.Uri;
export const checkRange: RangeLike = new fake.Range(new fake.Position(0, 0), new fake.Position(0, 1));
export const checkPosition: PositionLike = new fake.Position(1, 2);
export const checkRangeCtor: new (start: vscode.Position, end: vscode.Position) => RangeLike = fake.Range;
export const checkReplace: (uri: vscode.Uri, range: vscode.Range, newText: string) => void = new fake.WorkspaceEdit().replace;
export const checkPattern: Pick<vscode.RelativePattern, 'baseUri' | 'base' | 'pattern'> = new fake.RelativePattern(fake.Uri.file('/v'), '**/*.md');
export const checkPatternCtor: new (base: vscode.Uri, pattern: string) => Pick<vscode.RelativePattern, 'pattern'> = fake.RelativePattern;
export const checkEdit: Pick<vscode.WorkspaceEdit, 'size'> = new fake.WorkspaceEdit();
export const checkEmitter: Pick<vscode.EventEmitter<number>, 'event' | 'fire' | 'dispose'> = new fake.EventEmitter<number>();
export const checkDisposable: vscode.Disposable = new fake.Disposable(() => undefined);
export const checkDisposableStatics: Pick<typeof vscode.Disposable, 'from'> = fake.Disposable;
export const checkFileType: Record<'File' | 'Directory' | 'SymbolicLink', vscode.FileType> = fake.FileType;
export const checkWatcher: vscode.FileSystemWatcher = new fake.FakeFileSystemWatcher('**/*.md');
export const checkWebview: Pick<vscode.Webview, 'html' | 'options' | 'cspSource' | 'asWebviewUri' | 'postMessage' | 'onDidReceiveMessage'> =
  new fake.FakeWebview();
export const checkWebviewView: Pick<vscode.WebviewView, 'viewType' | 'visible' | 'onDidChangeVisibility' | 'onDidDispose' | 'show'> =
  new fake.FakeWebviewView('selftrust.dashboard');
export const checkContext: Pick<vscode.ExtensionContext, 'subscriptions' | 'extensionUri' | 'extensionPath'> = fake.fake.context();
