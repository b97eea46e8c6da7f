import type { CheckInCard, CheckInSnapshot } from '../../core/dashboard/model';
import { emptyState, numbersTable, openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay } from '../format';

/** Longest line of a radar label, in characters: "Confidence in abilities" goes on two lines. */
const LABEL_LINE = 14;

/** A label cut into lines at spaces (never inside a word) for chart.js, which takes string[] as lines. */
export function labelLines(label: string, max = LABEL_LINE): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * The 7 elements as labelled bars, for a width where a radar's labels would have no room: each
 * element's name whole on its own line, the latest score as a bar out of 5, and the previous one as
 * a mark and in words.
 */
function elementBars(card: CheckInCard, latest: CheckInSnapshot, previous: CheckInSnapshot | null): HTMLElement {
  return el('ul', { cls: 'st-radar-bars', attrs: { 'aria-label': `Your 7 elements on ${formatDay(latest.date)}, rated 1 to 5` } },
    ...card.elements.map((e) => {
      const now = latest.scores[e.id];
      const before = previous ? previous.scores[e.id] : null;
      const fill = el('span', 'st-bar-fill');
      fill.style.width = `${((now ?? 0) / 5) * 100}%`;
      const track = el('span', { cls: 'st-bar st-bar-score', attrs: { 'aria-hidden': 'true' } }, fill);
      if (before !== null && before !== undefined) {
        const mark = el('span', 'st-bar-previous');
        mark.style.left = `${(before / 5) * 100}%`;
        track.appendChild(mark);
      }
      return el('li', { cls: 'st-radar-bar', attrs: { 'data-element': e.id } },
        el('span', 'st-radar-bar-label', e.label),
        el('span', 'st-radar-bar-value',
          now === null || now === undefined ? 'not rated' : `${now} of 5`,
          before !== null && before !== undefined ? el('span', 'st-muted', ` · was ${before}`) : null,
        ),
        track,
      );
    }),
  );
}

export function checkInSection(ctx: RenderContext): HTMLElement {
  const card = ctx.model.checkIn;
  const latest = card.latest;
  if (!latest) {
    return section(ctx, 'checkIn', 'The 7 elements', null,
      emptyState(ctx, 'Rate the 7 elements of self-trust from 1 to 5 — confidence, reliability, resilience and more — and watch them change over time.', 'self-trust-check-in', 'Do a self-trust check-in'),
    );
  }
  const previous = card.previous;
  const score = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : String(v));
  const change = (v: number | null | undefined): string => (v === null || v === undefined ? '–' : v > 0 ? `+${v}` : String(v));
  const labels = card.elements.map((e) => e.label);
  const label = `Your 7 elements on ${formatDay(latest.date)}${previous ? `, with ${formatDay(previous.date)} behind it` : ''}: ` +
    card.elements.map((e) => `${e.label} ${score(latest.scores[e.id])}`).join(', ');

  return section(ctx, 'checkIn', 'The 7 elements', previous
    ? `Your check-in of ${formatDay(latest.date)}, with the one of ${formatDay(previous.date)} behind it.`
    : `Your check-in of ${formatDay(latest.date)}.`,
    el('div', 'st-chart-block st-chart-radar',
      // Narrow: the bars (dashboard.css shows one or the other by the block's own width).
      elementBars(card, latest, previous),
      el('div', 'st-radar-chart',
        ctx.charts.slot({
          key: 'check-in',
          label,
          config: (t) => ({
            type: 'radar',
            data: {
              labels: labels.map((l) => labelLines(l)),
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
                  // The numbers sit above the data (z 1), each on a patch of the card's colour, so a
                  // line passing through never hides one.
                  ticks: { stepSize: 1, color: t.muted, z: 1, showLabelBackdrop: true, backdropColor: t.background, backdropPadding: 2 },
                  grid: { color: t.grid }, angleLines: { color: t.grid },
                  pointLabels: { color: t.text, font: { size: 11 }, padding: 6 },
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
      ),
      numbersTable('The 7 elements, rated 1 to 5', ['Element', 'Latest', 'Previous', 'Change'],
        card.elements.map((e) => [e.label, score(latest.scores[e.id]), previous ? score(previous.scores[e.id]) : '–', change(card.change[e.id])])),
    ),
    el('div', 'st-actions', openNoteButton(ctx, latest.path, 'latest check-in')),
  );
}
