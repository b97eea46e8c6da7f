/**
 * The 7 elements over time (issue 13): every check-in, as small multiples — one small line chart per
 * element, each with its own name, so seven lines never tangle in a narrow sidebar. The radar above
 * keeps the latest check-in; the table behind holds every score.
 */
import type { CheckInSnapshot } from '../../core/dashboard/model';
import { numbersTable, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay } from '../format';

/** A score as it reads: "4", or "–" where the element was left blank. */
const score = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));

/**
 * The elements' history under the radar, or null with fewer than two check-ins (a line needs two
 * points). Each small chart is named by its element and says its scores in words.
 */
export function elementHistory(ctx: RenderContext): HTMLElement | null {
  const history = ctx.model.history.checkIns;
  if (history.length < 2) return null;
  const elements = ctx.model.checkIn.elements;
  const dates = history.map((c) => formatDay(c.date, false));
  const first = history[0] as CheckInSnapshot;
  const last = history[history.length - 1] as CheckInSnapshot;
  return el('div', { cls: 'st-history st-history-elements', attrs: { 'data-st-history': 'elements' } },
    el('h4', 'st-subtitle', 'Over time'),
    el('p', 'st-muted st-history-intro', `Each element at every check-in, from ${formatDay(first.date)} to ${formatDay(last.date)}, rated 1 to 5.`),
    el('ul', { cls: 'st-multiples', attrs: { role: 'list' } },
      ...elements.map((e) => {
        const scores = history.map((c) => c.scores[e.id] ?? null);
        const latest = scores[scores.length - 1];
        return el('li', { cls: 'st-multiple', attrs: { 'data-element': e.id } },
          el('p', 'st-multiple-title', el('span', 'st-multiple-name', e.label), el('span', 'st-multiple-value', latest === null || latest === undefined ? 'not rated' : `${latest} of 5`)),
          ctx.charts.slot({
            key: `element-history-${e.id}`,
            label: `${e.label} at each check-in, 1 to 5: ${history.map((c, i) => `${dates[i] ?? ''} ${score(c.scores[e.id])}`).join(', ')}`,
            config: (t) => ({
              type: 'line',
              data: {
                labels: dates,
                datasets: [{
                  label: e.label,
                  data: scores,
                  borderColor: t.accent,
                  backgroundColor: t.accentSoft,
                  pointBackgroundColor: t.accent,
                  pointRadius: history.length > 24 ? 1.5 : 2.5,
                  borderWidth: 2,
                  fill: 'origin',
                  tension: 0.25,
                  spanGaps: true,
                }],
              },
              options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                layout: { padding: { top: 4, right: 4 } },
                scales: {
                  y: { min: 0, max: 5, ticks: { stepSize: 1, color: t.muted, font: { size: 10 } }, grid: { color: t.grid } },
                  x: { ticks: { color: t.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 3, font: { size: 10 } }, grid: { display: false } },
                },
              },
            }),
          }),
        );
      }),
    ),
    numbersTable('The 7 elements at each check-in, rated 1 to 5', ['Check-in', ...elements.map((e) => e.label)],
      [...history].reverse().map((c) => [formatDay(c.date), ...elements.map((e) => score(c.scores[e.id]))]), undefined, ctx),
  );
}
