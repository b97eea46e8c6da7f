/**
 * The HTML report's browser entry: the model is inline as JSON; a static file cannot edit notes,
 * so each action shows a short, kind hint of how to do it instead. Which sections are folded is
 * kept in the browser's localStorage when the browser allows it for a file, and nowhere otherwise.
 */
import { el } from './dom';
import { isDashboardModel } from './protocol';
import { reportActions } from './report-actions';
import { collapsedFromState, renderDashboard } from './render-dashboard';

/** The localStorage key for the folded sections (one for every report: it is a preference, not data). */
export const REPORT_FOLDS_KEY = 'selftrust.report.collapsed';

/** The folded sections saved earlier, or none when storage is refused or holds something else. */
function readFolds(): string[] {
  try {
    const raw = window.localStorage.getItem(REPORT_FOLDS_KEY);
    return raw ? collapsedFromState(JSON.parse(raw)) : [];
  } catch {
    return [];
  }
}

function writeFolds(ids: string[]): void {
  try {
    window.localStorage.setItem(REPORT_FOLDS_KEY, JSON.stringify(ids));
  } catch {
    // Storage refused (a private window, a file the browser gives none): folds last this visit only.
  }
}

function start(): void {
  const root = document.getElementById('st-root') ?? document.body;
  const data = document.getElementById('st-model');
  const hint = el('p', { cls: 'st-notice', attrs: { role: 'status', 'aria-live': 'polite', hidden: true } });
  root.before(hint);
  let model: unknown = null;
  try {
    model = JSON.parse(data?.textContent ?? 'null');
  } catch {
    model = null;
  }
  if (!isDashboardModel(model)) {
    hint.textContent = 'This report holds no dashboard data. Make it again with the selftrust report command.';
    hint.hidden = false;
    return;
  }
  renderDashboard(root, model, reportActions(model, (text) => {
    hint.textContent = text;
    hint.hidden = false;
  }), { collapsed: readFolds(), onCollapsedChange: writeFolds });
}

start();
