import * as vscode from 'vscode';
import { randomBytes } from 'node:crypto';
import type { DashboardModel } from '../core/dashboard/model';
import { assertNever, isWebviewToHost, type HostToWebview } from '../ui/protocol';
import type { SelfTrustCommands } from './commands';

/** Where the webview's script and style live inside the installed extension; nothing else is readable. */
export const WEBVIEW_ASSET_DIR = ['dist', 'vscode'] as const;

/** A fresh nonce per page: only our own script tag may run. */
export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The page of the webview: a strict CSP (nothing but our script, by nonce, and our stylesheet),
 * and an empty root the renderer draws into. No note text is ever put into this HTML: the model
 * arrives by postMessage.
 */
export function dashboardHtml(webview: Pick<vscode.Webview, 'cspSource'>, assets: { script: vscode.Uri; style: vscode.Uri }, nonce: string): string {
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttribute(assets.style.toString())}">
<title>Self-Trust dashboard</title>
</head>
<body>
<main id="st-root" class="st-host-vscode"></main>
<script nonce="${escapeAttribute(nonce)}" src="${escapeAttribute(assets.script.toString())}"></script>
</body>
</html>`;
}

/**
 * How often an open dashboard asks whether the day changed: as Obsidian's view does
 * (src/obsidian/dashboard-view.ts). The source returns the same model until the day, the index or
 * the settings changed, so a check on the same day posts nothing.
 */
export const DAY_CHECK_MS = 60_000;

export interface DashboardSource {
  /** The model for now (today included), once the vault has been read; undefined when no folder is open. */
  model(): Promise<DashboardModel | undefined>;
  /** Fires when the model may have changed. */
  onDidChange: vscode.Event<void>;
}

/**
 * The dashboard in the activity bar. The webview is thrown away when hidden (no
 * retainContextWhenHidden: it costs memory all day); the page keeps its scroll and open cards with
 * getState/setState, and asks for the model again with `ready` when it comes back. While the view
 * lives, a day check posts the new day's model after midnight (when it shows; a hidden view gets
 * it when it shows again).
 */
export class DashboardViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private viewSubscriptions: vscode.Disposable[] = [];
  private readonly sourceSubscription: vscode.Disposable;
  /** The model last sent: the source returns the same object until something changed. */
  private sent: DashboardModel | undefined;
  private firstPosted = false;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: DashboardSource,
    private readonly commands: SelfTrustCommands,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.sourceSubscription = source.onDidChange(() => void this.post());
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    this.sent = undefined;
    const assetRoot = vscode.Uri.joinPath(this.extensionUri, ...WEBVIEW_ASSET_DIR);
    view.webview.options = { enableScripts: true, localResourceRoots: [assetRoot] };
    view.webview.html = dashboardHtml(
      view.webview,
      {
        script: view.webview.asWebviewUri(vscode.Uri.joinPath(assetRoot, 'webview.js')),
        style: view.webview.asWebviewUri(vscode.Uri.joinPath(assetRoot, 'webview.css')),
      },
      makeNonce(),
    );
    this.viewSubscriptions.push(
      view.webview.onDidReceiveMessage((message: unknown) => void this.receive(message)),
      view.onDidChangeVisibility(() => {
        if (view.visible) void this.post();
      }),
      dayCheck(() => void this.post()),
      view.onDidDispose(() => {
        if (this.view === view) this.disposeView();
      }),
    );
  }

  /** Sends the current model when the view is showing and it changed (a new day included) since the last one was sent. */
  async post(force = false): Promise<void> {
    const view = this.view;
    if (!view?.visible) return;
    const model = await this.source.model();
    if (this.view !== view) return;
    if (!model) {
      const message: HostToWebview = { type: 'error', message: 'Open a folder to see your dashboard: Self-Trust reads the notes in your workspace folder.' };
      await view.webview.postMessage(message);
      return;
    }
    if (!force && model === this.sent) return;
    this.sent = model;
    const message: HostToWebview = { type: 'model', model };
    await view.webview.postMessage(message);
    if (!this.firstPosted) {
      this.firstPosted = true;
      this.log(`First dashboard sent: ${model.counts.entries} entries, ${model.promises.length} promises.`);
    }
  }

  /** Messages come from our own page, but are checked anyway: a webview is a separate process. */
  async receive(message: unknown): Promise<void> {
    if (!isWebviewToHost(message)) {
      this.log(`Ignored a message the dashboard does not know: ${JSON.stringify(message)?.slice(0, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        await this.post(true);
        return;
      case 'openNote':
        await this.commands.openNote(message.path);
        return;
      case 'startExercise':
        // startExercise asks a small promise's words first (issue 12); every other exercise starts from its template.
        await this.commands.startExercise(message.id);
        return;
      case 'logPromise':
        await this.commands.logPromise(message.path, message.action);
        return;
      case 'rereadLetter':
        await this.commands.rereadLetter();
        return;
      default:
        assertNever(message);
    }
  }

  private disposeView(): void {
    for (const d of this.viewSubscriptions) d.dispose();
    this.viewSubscriptions = [];
    this.view = undefined;
  }

  dispose(): void {
    this.disposeView();
    this.sourceSubscription.dispose();
  }
}

/** Calls `check` every DAY_CHECK_MS until disposed: a dashboard left open overnight moves to the new day. */
function dayCheck(check: () => void): vscode.Disposable {
  const timer = setInterval(check, DAY_CHECK_MS);
  return { dispose: () => clearInterval(timer) };
}
