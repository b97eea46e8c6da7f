import { emptyState, numbersTable, openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay } from '../format';

export function checkInSection(ctx: RenderContext): HTMLElement {
  const card = ctx.model.checkIn;
  const latest = card.latest;
  if (!latest) {
    return section('checkIn', 'The 7 elements', null,
      emptyState(ctx, 'Rate the 7 elements of self-trust from 1 to 5 — confidence, reliability, resilience and more — and watch them change over time.', 'self-trust-check-in', 'Do a self-trust check-in'),
    );
  }
  const previous = card.previous;
  const score = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));
  const change = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : v > 0 ? `+${v}` : String(v));
  const labels = card.elements.map((e) => e.label);
  const label = `Your 7 elements on ${formatDay(latest.date)}${previous ? `, with ${formatDay(previous.date)} behind it` : ''}: ` +
    card.elements.map((e) => `${e.label} ${score(latest.scores[e.id])}`).join(', ');

  return section('checkIn', 'The 7 elements', previous
    ? `Your check-in of ${formatDay(latest.date)}, with the one of ${formatDay(previous.date)} behind it.`
    : `Your check-in of ${formatDay(latest.date)}.`,
    el('div', 'st-chart-block st-chart-radar',
      ctx.charts.slot({
        key: 'check-in',
        label,
        config: (t) => ({
          type: 'radar',
          data: {
            labels,
            datasets: [
              {
                label: `Latest (${formatDay(latest.date, false)})`,
                data: card.elements.map((e) => latest.scores[e.id]),
                borderColor: t.accent, backgroundColor: t.accentSoft, pointBackgroundColor: t.accent, fill: true,
              },
              ...(previous ? [{
                label: `Previous (${formatDay(previous.date, false)})`,
                data: card.elements.map((e) => previous.scores[e.id]),
                borderColor: t.previous, backgroundColor: t.previousSoft, pointBackgroundColor: t.previous, borderDash: [4, 4], fill: true,
              }] : []),
            ],
          },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: {
              r: {
                min: 0, max: 5,
                ticks: { stepSize: 1, color: t.muted, backdropColor: 'transparent', showLabelBackdrop: false },
                grid: { color: t.grid }, angleLines: { color: t.grid },
                pointLabels: { color: t.text, font: { size: 11 } },
              },
            },
          },
        }),
      }),
      // A plain legend instead of chart.js's plugin: readable by everyone, and 10 KB less to load.
      previous
        ? el('ul', { cls: 'st-legend', attrs: { 'aria-hidden': 'true' } },
            el('li', 'st-legend-item', el('span', 'st-swatch st-swatch-latest'), `Latest (${formatDay(latest.date, false)})`),
            el('li', 'st-legend-item', el('span', 'st-swatch st-swatch-previous'), `Previous (${formatDay(previous.date, false)})`),
          )
        : null,
      numbersTable('The 7 elements, rated 1 to 5', ['Element', 'Latest', 'Previous', 'Change'],
        card.elements.map((e) => [e.label, score(latest.scores[e.id]), previous ? score(previous.scores[e.id]) : '–', change(card.change[e.id])])),
    ),
    el('div', 'st-actions', openNoteButton(ctx, latest.path, 'latest check-in')),
  );
}
