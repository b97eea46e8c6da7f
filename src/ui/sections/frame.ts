/** The header (title, day, letter) and the footer (help), drawn whatever the settings say. */
import { weekdayIndex, type Day } from '../../core/day';
import { button, startButton, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, plural } from '../format';
import { weekdayNames } from '../heatmap';

export function header(ctx: RenderContext): HTMLElement {
  const m = ctx.model;
  const weekday = /^\d{4}-\d{2}-\d{2}$/.test(m.today) ? `${weekdayNames('monday')[weekdayIndex(m.today as Day)]} ` : '';
  return el('header', 'st-header',
    el('div', 'st-header-text',
      el('h2', 'st-title', 'Your self-trust practice'),
      el('p', 'st-subtle', `${weekday}${formatDay(m.today)} · ${plural(m.counts.notes, 'note')}`),
    ),
    el('div', 'st-header-actions',
      m.letter
        ? button(ctx, 'Reread my letter', () => ctx.actions.rereadLetter(), { kind: 'quiet', action: 'reread-letter' })
        : startButton(ctx, 'self-compassion-letter', 'Write yourself a kind letter', 'quiet'),
    ),
  );
}

export function footer(ctx: RenderContext): HTMLElement {
  const help = ctx.model.help;
  return el('footer', 'st-footer',
    el('p', 'st-disclaimer', help.disclaimer),
    el('ul', { cls: 'st-resources', attrs: { 'aria-label': 'Where to find help' } },
      ...help.resources.map((r) => el('li', null, el('strong', null, r.name), ' ', el('span', 'st-muted', r.detail))),
    ),
    el('p', 'st-credit', 'Exercises adapted from “Why We All Need Self-Trust and How To Build It” by Arielle Pinkston.'),
  );
}
