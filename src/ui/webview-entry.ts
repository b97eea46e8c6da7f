/**
 * The VS Code webview's browser entry. It restores the last model from the webview state (so a
 * hidden and re-shown view draws at once), says `ready`, then redraws on every model message.
 */
import type { DashboardModel } from '../core/dashboard/model';
import type { DashboardHandle } from './actions';
import { el } from './dom';
import { actionsPostingTo, assertNever, isDashboardModel, isHostToWebview, type WebviewToHost } from './protocol';
import { renderDashboard } from './render-dashboard';

interface WebviewApi<State> {
  postMessage(message: WebviewToHost): void;
  getState(): State | undefined;
  setState(state: State): void;
}

interface WebviewState {
  model: DashboardModel;
}

declare function acquireVsCodeApi(): WebviewApi<WebviewState>;

function start(): void {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('st-root') ?? document.body;
  const notice = el('p', { cls: 'st-notice', attrs: { role: 'status', hidden: true } });
  root.before(notice);
  const actions = actionsPostingTo((m) => vscode.postMessage(m));
  let handle: DashboardHandle | null = null;

  const show = (model: DashboardModel): void => {
    notice.hidden = true;
    if (handle) handle.update(model);
    else handle = renderDashboard(root, model, actions);
  };

  const saved = vscode.getState();
  if (saved && isDashboardModel(saved.model)) show(saved.model);

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isHostToWebview(message)) return;
    switch (message.type) {
      case 'model':
        vscode.setState({ model: message.model });
        show(message.model);
        break;
      case 'error':
        notice.textContent = message.message;
        notice.hidden = false;
        break;
      default:
        assertNever(message);
    }
  });
  vscode.postMessage({ type: 'ready' });
}

start();
