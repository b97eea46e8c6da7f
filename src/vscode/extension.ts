/**
 * The composition root of the VS Code extension: builds the workspace store, the live index, the
 * commands and the dashboard view, and hands each what it needs. Today is decided here
 * and nowhere else.
 */
import * as vscode from 'vscode';
import { localDayOf, type Day } from '../core/day';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { DashboardModel } from '../core/dashboard/model';
import { SelfTrustCommands, VIEW_ID, type Vault } from './commands';
import { DashboardViewProvider } from './dashboard-view';
import { DailyNotes } from './daily-notes';
import { LiveIndex } from './live-index';
import { extensionBuild, NoteCacheFile } from './note-cache-file';
import { CONFIG_SECTION, findVaultFolder, readSettings } from './vault-settings';
import { WorkspaceStore } from './workspace-store';

/** What activate returns: enough for another extension (or a test) to wait for the first read. */
export interface SelfTrustApi {
  vault(): Promise<Vault | undefined>;
  commands: SelfTrustCommands;
  dashboard: DashboardViewProvider;
}

export function activate(context: vscode.ExtensionContext): SelfTrustApi {
  const started = Date.now();
  const output = vscode.window.createOutputChannel('Self-Trust');
  // Every line says how long after activation it happened: the log doubles as a timing record.
  const log = (line: string): void => output.appendLine(`[+${Date.now() - started} ms] ${line}`);
  const today = (): Day => localDayOf(new Date());
  const changed = new vscode.EventEmitter<void>();

  let opening: Promise<Vault | undefined> | undefined;
  const openVault = async (): Promise<Vault | undefined> => {
    const folder = await findVaultFolder(readSettings());
    if (!folder) return undefined;
    const store = new WorkspaceStore(folder.uri);
    // Parsed notes kept between runs in the extension's workspace storage: a warm start shows them before reading any.
    const cache = NoteCacheFile.for(context.storageUri, folder.uri, extensionBuild(context), log);
    const live = new LiveIndex(store, { log, readFirst: readSettings().notesFolder, cache });
    live.onDidChange(() => changed.fire());
    // While the rest of the vault is read, the dashboard says how far it is and shows what was found.
    live.onDidProgress(() => changed.fire());
    log(`Vault: ${folder.uri.fsPath}`);
    void live.ready.then(() => log('First index ready.'));
    // Check-ins ticked off in daily notes (issue 12, point 4): the dashboard reads `daily.view`. Notes
    // outside the daily-note folder with a `date` property are found by the live index as it reads.
    const daily = new DailyNotes(store, live.index, { log, dated: live });
    daily.onDidChange(() => changed.fire());
    return { store, live, daily };
  };
  const vault = (): Promise<Vault | undefined> => (opening ??= openVault());
  const closeVault = (): void => {
    const closing = opening;
    opening = undefined;
    void closing?.then((v) => {
      v?.daily.dispose();
      v?.live.dispose();
    });
  };

  // The model is rebuilt only when the index, the day or the settings changed.
  let cached: { key: string; model: DashboardModel } | undefined;
  const model = async (): Promise<DashboardModel | undefined> => {
    const v = await vault();
    if (!v) return undefined;
    // The first dashboard comes once the notes folder is read; it fills in when the whole vault is.
    await v.live.firstPass;
    const settings = readSettings();
    const day = today();
    const loading = v.live.progress ? { ...v.live.progress } : null;
    const key = JSON.stringify([v.store.root.toString(), v.daily.view.revision, day, settings, loading]);
    if (cached?.key !== key) {
      const t0 = Date.now();
      const built = buildDashboard(v.daily.view, day, settings);
      // The first build's time is the part of the first dashboard the webview does not decide.
      if (cached === undefined) log(`First dashboard model built in ${Date.now() - t0} ms.`);
      cached = { key, model: loading ? { ...built, loading } : built };
    }
    return cached.model;
  };

  const commands = new SelfTrustCommands({ today, settings: readSettings, vault, log });
  const dashboard = new DashboardViewProvider(context.extensionUri, { model, onDidChange: changed.event }, commands, log);

  context.subscriptions.push(
    output,
    changed,
    dashboard,
    vscode.window.registerWebviewViewProvider(VIEW_ID, {
      // The model is built while the webview's page loads (in code-server, seconds at 10k notes), not after it asks.
      resolveWebviewView: (view) => {
        void model();
        dashboard.resolveWebviewView(view);
      },
    }),
    ...commands.register(),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(CONFIG_SECTION)) return;
      // Another notes folder or vault folder may mean another vault: read it afresh.
      if (e.affectsConfiguration(`${CONFIG_SECTION}.vaultFolder`) || e.affectsConfiguration(`${CONFIG_SECTION}.notesFolder`)) closeVault();
      changed.fire();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      closeVault();
      changed.fire();
    }),
    { dispose: closeVault },
  );
  // Start reading now: by the time the user looks at the dashboard, the notes are in.
  void vault();
  log(`Activated in ${Date.now() - started} ms (${new Date(started).toISOString()}).`);
  return { vault, commands, dashboard };
}

/** Everything is disposed through context.subscriptions. */
export function deactivate(): void {}
