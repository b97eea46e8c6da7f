/**
 * The HTML report's browser entry: the model is inline as JSON; a static file cannot edit notes,
 * so each action shows a short, kind hint of how to do it instead.
 */
import { el } from './dom';
import { isDashboardModel } from './protocol';
import { reportActions } from './report-actions';
import { renderDashboard } from './render-dashboard';

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
  }));
}

start();
