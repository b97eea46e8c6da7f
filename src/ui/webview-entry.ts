/**
 * The VS Code webview's browser entry. It restores the last model from the webview state (so a
 * hidden and re-shown view draws at once, saying it is from earlier until the fresh one arrives),
 * says `ready`, then redraws on every model message. The webview state also keeps which sections
 * the person folded away (getState/setState: VS Code keeps it while the view lives, across hiding).
 */
import type { DashboardModel } from '../core/dashboard/model';
import type { DashboardHandle } from './actions';
import { el } from './dom';
import { actionsPostingTo, assertNever, isDashboardModel, isHostToWebview, type WebviewToHost } from './protocol';
import { collapsedFromState, renderDashboard } from './render-dashboard';

interface WebviewApi<State> {
  postMessage(message: WebviewToHost): void;
  getState(): State | undefined;
  setState(state: State): void;
}

/** What the webview keeps in VS Code's state for this view. */
export interface WebviewState {
  model: DashboardModel;
  /** Sections folded away (data-st-section ids). */
  collapsed?: string[];
}

declare function acquireVsCodeApi(): WebviewApi<Partial<WebviewState>>;

function start(): void {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('st-root') ?? document.body;
  const notice = el('p', { cls: 'st-notice', attrs: { role: 'status', hidden: true } });
  root.before(notice);
  const actions = actionsPostingTo((m) => vscode.postMessage(m));
  let handle: DashboardHandle | null = null;

  const saved = vscode.getState();
  let model: DashboardModel | null = saved && isDashboardModel(saved.model) ? saved.model : null;
  let collapsed = collapsedFromState(saved?.collapsed);
  const save = (): void => {
    if (model) vscode.setState({ model, collapsed });
    else vscode.setState({ collapsed });
  };

  // Never blank: until the first dashboard (or a restored one) is drawn, say that the notes are being read.
  const waiting = el('p', { cls: 'st-status st-waiting', attrs: { role: 'status', 'data-st-status': 'waiting' } }, 'Reading your notes…');

  const show = (next: DashboardModel, restored: boolean): void => {
    notice.hidden = true;
    waiting.remove();
    if (handle) handle.update(next);
    else {
      handle = renderDashboard(root, next, actions, {
        restored,
        collapsed,
        onCollapsedChange: (ids) => {
          collapsed = ids;
          save();
        },
      });
    }
  };

  if (model) show(model, true);
  else root.appendChild(waiting);

  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isHostToWebview(message)) return;
    switch (message.type) {
      case 'model':
        model = message.model;
        save();
        show(message.model, false);
        break;
      case 'error':
        waiting.remove();
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
