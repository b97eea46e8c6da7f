import { emptyState, numbersTable, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, oneDecimal, plural } from '../format';
import { feelingsChart } from './feelings-history';

export function emotionsSection(ctx: RenderContext): HTMLElement {
  const card = ctx.model.emotions;
  if (card.items.length === 0) {
    return section(ctx, 'emotions', 'Feelings', null,
      emptyState(ctx, 'No feelings named in the last 30 days. When you are ready, sit quietly for a moment and write down what you feel — every feeling is welcome.', 'emotional-journal', 'Start an emotional journal'),
    );
  }
  const items = [...card.items].sort((a, b) => b.count - a.count);
  return section(ctx, 'emotions', 'Feelings', `Named in ${plural(card.entries, 'journal entry', 'journal entries')} since ${formatDay(card.since)}.`,
    el('div', 'st-chart-block',
      // Bars for how often each feeling was named, its mean intensity marked in the same chart.
      feelingsChart(ctx),
      numbersTable('Feelings in the last 30 days', ['Feeling', 'Times named', 'Mean intensity (1-10)'],
        items.map((i) => [i.name, i.count, oneDecimal(i.meanIntensity)])),
    ),
  );
}
