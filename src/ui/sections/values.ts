import type { ValueItem } from '../../core/dashboard/model';
import { emptyState, openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, gapSentence } from '../format';
import { sparkline } from '../sparkline';
import { bar } from './promises';

export function valuesSection(ctx: RenderContext): HTMLElement {
  const card = ctx.model.values;
  if (card.values.length === 0) {
    return section(ctx, 'values', 'Values', null,
      emptyState(ctx, 'Name what matters most to you — honesty, family, growth, rest — and rank it. It makes choices easier.', 'value-mapping', 'Map your values'),
    );
  }
  const values = [...card.values].sort((a, b) => a.rank - b.rank);
  // `gap` on an item and the names in `gaps` say the same thing; take both so neither is lost.
  const gapNames = new Set<string>(card.gaps);
  for (const v of values) if (v.gap) gapNames.add(v.name);

  return section(ctx, 'values', 'Values', card.source ? `From your value map of ${formatDay(card.source.date)}.` : null,
    el('ol', 'st-values', ...values.map((v) => valueRow(v, gapNames.has(v.name)))),
    gapNames.size > 0
      ? el('div', 'st-gaps',
        el('h4', 'st-subtitle', 'Worth a gentle look'),
        el('ul', 'st-gap-list', ...[...gapNames].map((name) => el('li', 'st-gap', gapSentence(name)))),
      )
      : null,
    card.source ? el('div', 'st-actions', openNoteButton(ctx, card.source.path, 'value map')) : null,
  );
}

function valueRow(v: ValueItem, gap: boolean): HTMLElement {
  const history = [...v.history].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const recent = history.slice(-8);
  return el('li', { cls: `st-value${gap ? ' st-value-gap' : ''}`, attrs: { 'data-value': v.name } },
    el('span', { cls: 'st-rank', attrs: { 'aria-label': `Rank ${v.rank}` } }, String(v.rank)),
    el('span', 'st-value-name', v.name),
    el('span', 'st-value-alignment',
      v.alignment === null ? el('span', 'st-muted', 'not rated yet') : `${v.alignment}/10`,
      v.alignment === null ? null : bar(v.alignment / 10, 'st-bar-alignment'),
    ),
    history.length > 1
      ? sparkline(history.map((h) => h.alignment), {
        min: 1, max: 10,
        label: `Alignment of ${v.name} over time: ${recent.map((h) => `${h.alignment} on ${formatDay(h.date, false)}`).join(', ')}`,
      })
      : el('span', 'st-sparkline st-sparkline-empty', ''),
  );
}
