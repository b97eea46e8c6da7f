import { emptyState, numbersTable, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, oneDecimal, plural } from '../format';

const SHOWN = 8;

export function emotionsSection(ctx: RenderContext): HTMLElement {
  const card = ctx.model.emotions;
  if (card.items.length === 0) {
    return section(ctx, 'emotions', 'Feelings', null,
      emptyState(ctx, 'No feelings named in the last 30 days. When you are ready, sit quietly for a moment and write down what you feel — every feeling is welcome.', 'emotional-journal', 'Start an emotional journal'),
    );
  }
  const items = [...card.items].sort((a, b) => b.count - a.count);
  const top = items.slice(0, SHOWN);
  const list = top.map((i) => `${i.name} ${i.count}`).join(', ');
  return section(ctx, 'emotions', 'Feelings', `Named in ${plural(card.entries, 'journal entry', 'journal entries')} since ${formatDay(card.since)}.`,
    el('div', 'st-chart-block',
      ctx.charts.slot({
        key: 'emotions',
        label: `Feelings named most in the last 30 days: ${list}`,
        config: (t) => ({
          type: 'bar',
          data: {
            labels: top.map((i) => i.name),
            datasets: [{ label: 'Times named', data: top.map((i) => i.count), backgroundColor: t.accentSoft, borderColor: t.accent, borderWidth: 1, borderRadius: 4 }],
          },
          options: {
            indexAxis: 'y',
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: {
              x: { beginAtZero: true, ticks: { precision: 0, color: t.muted }, grid: { color: t.grid } },
              y: { ticks: { color: t.text }, grid: { display: false } },
            },
          },
        }),
      }),
      numbersTable('Feelings in the last 30 days', ['Feeling', 'Times named', 'Mean intensity (1-10)'],
        items.map((i) => [i.name, i.count, oneDecimal(i.meanIntensity)])),
    ),
  );
}
