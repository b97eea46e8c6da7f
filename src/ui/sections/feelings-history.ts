/**
 * Feelings over the months (issue 13): the most named feelings, month by month, as small multiples —
 * for each feeling, how often it was named (bars) and how strongly (a line, mean intensity 1-10) in
 * the same chart; the table behind holds both numbers for every month.
 */
import type { FeelingMonths } from '../../core/dashboard/model';
import { numbersTable, type RenderContext } from '../context';
import { el } from '../dom';
import { oneDecimal, plural } from '../format';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-11` → `Nov 2026` (or `Nov`). */
export function monthName(month: string, withYear = true): string {
  const name = MONTHS[Number(month.slice(-2)) - 1] ?? month;
  return withYear ? `${name} ${month.slice(0, -3)}` : name;
}

/** "2 (6.5)": times named, and the mean intensity when one was given. */
function countAndIntensity(count: number, mean: number | null | undefined): string {
  return mean === null || mean === undefined ? String(count) : `${count} (${oneDecimal(mean)})`;
}

/**
 * The feelings' months under the 30-day chart, or null before two months hold a journal entry (one
 * month is what the 30-day chart already shows).
 */
export function feelingsHistory(ctx: RenderContext): HTMLElement | null {
  const data: FeelingMonths = ctx.model.history.feelings;
  if (data.names.length === 0 || data.months.length < 2) return null;
  const labels = data.months.map((m) => monthName(m.month, false));
  const most = Math.max(1, ...data.months.flatMap((m) => m.counts));
  return el('div', { cls: 'st-history st-history-feelings', attrs: { 'data-st-history': 'feelings' } },
    el('h4', 'st-subtitle', 'Month by month'),
    el('p', 'st-muted st-history-intro', `The ${plural(data.names.length, 'feeling')} you named most since ${monthName(data.months[0]?.month ?? '')}: how often (bars) and how strongly, 1 to 10 (line).`),
    el('ul', { cls: 'st-legend', attrs: { 'aria-hidden': 'true' } },
      el('li', 'st-legend-item', el('span', 'st-swatch st-swatch-latest'), 'Times named'),
      el('li', 'st-legend-item', el('span', 'st-swatch st-swatch-intensity'), 'Mean intensity'),
    ),
    el('ul', { cls: 'st-multiples', attrs: { role: 'list' } },
      ...data.names.map((name, i) => {
        const counts = data.months.map((m) => m.counts[i] ?? 0);
        const means = data.months.map((m) => m.meanIntensity[i] ?? null);
        const total = counts.reduce((a, b) => a + b, 0);
        return el('li', { cls: 'st-multiple', attrs: { 'data-feeling': name } },
          el('p', 'st-multiple-title', el('span', 'st-multiple-name', name), el('span', 'st-multiple-value', plural(total, 'time'))),
          ctx.charts.slot({
            key: `feeling-months-${i}`,
            label: `${name} month by month, times named and mean intensity: ${data.months.map((m, k) => `${labels[k] ?? ''} ${countAndIntensity(counts[k] ?? 0, means[k])}`).join(', ')}`,
            config: (t) => ({
              type: 'bar',
              data: {
                labels,
                datasets: [
                  { type: 'bar', label: 'Times named', data: counts, backgroundColor: t.accentSoft, borderColor: t.accent, borderWidth: 1, borderRadius: 3, yAxisID: 'y' },
                  { type: 'line', label: 'Mean intensity', data: means, borderColor: t.previous, backgroundColor: t.previous, pointRadius: 2.5, borderWidth: 2, spanGaps: true, yAxisID: 'y2' },
                ],
              },
              options: {
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                layout: { padding: { top: 4 } },
                scales: {
                  y: { beginAtZero: true, suggestedMax: most, ticks: { precision: 0, color: t.muted, font: { size: 10 }, maxTicksLimit: 4 }, grid: { color: t.grid } },
                  y2: { position: 'right', min: 0, max: 10, ticks: { stepSize: 5, color: t.muted, font: { size: 10 } }, grid: { display: false } },
                  x: { ticks: { color: t.muted, maxRotation: 0, autoSkip: true, maxTicksLimit: 6, font: { size: 10 } }, grid: { display: false } },
                },
              },
            }),
          }),
        );
      }),
    ),
    numbersTable('Feelings month by month: times named, and mean intensity 1 to 10 in brackets', ['Month', 'Journal entries', ...data.names],
      [...data.months].reverse().map((m) => [monthName(m.month), m.entries, ...data.names.map((_, i) => countAndIntensity(m.counts[i] ?? 0, m.meanIntensity[i]))]), undefined, ctx),
  );
}

/**
 * The 30-day feelings chart with the mean intensity in the chart itself: bars for how often each
 * feeling was named, and a line (right axis, 1 to 10) for how strongly. For the emotions section's
 * chart slot (its table already holds both numbers); `key` keeps the slot the section uses.
 */
export function feelingsChart(ctx: RenderContext, key = 'emotions'): HTMLElement {
  const top = [...ctx.model.emotions.items].sort((a, b) => b.count - a.count).slice(0, 8);
  return ctx.charts.slot({
    key,
    label: `Feelings named most in the last 30 days, times named and mean intensity: ${top.map((i) => `${i.name} ${countAndIntensity(i.count, i.meanIntensity)}`).join(', ')}`,
    config: (t) => ({
      type: 'bar',
      data: {
        labels: top.map((i) => i.name),
        datasets: [
          { type: 'bar', label: 'Times named', data: top.map((i) => i.count), backgroundColor: t.accentSoft, borderColor: t.accent, borderWidth: 1, borderRadius: 4, xAxisID: 'x' },
          { type: 'line', label: 'Mean intensity', data: top.map((i) => i.meanIntensity), borderColor: t.previous, backgroundColor: t.previous, showLine: false, pointRadius: 4, pointStyle: 'rectRot', xAxisID: 'x2' },
        ],
      },
      options: {
        indexAxis: 'y',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          // Each axis says what it counts: the bars below, the marks above.
          x: { beginAtZero: true, ticks: { precision: 0, color: t.muted }, grid: { color: t.grid }, title: { display: true, text: 'Times named (bars)', color: t.muted, font: { size: 11 } } },
          x2: { position: 'top', min: 0, max: 10, ticks: { stepSize: 2, color: t.muted }, grid: { display: false }, title: { display: true, text: 'Mean intensity, 1 to 10 (◆)', color: t.muted, font: { size: 11 } } },
          y: { ticks: { color: t.text }, grid: { display: false } },
        },
      },
    }),
  });
}
