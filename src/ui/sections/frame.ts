/**
 * The header (title, day, letter, "Need support?"), the status lines (still reading, from earlier)
 * and the footer (help), drawn whatever the settings say.
 */
import { weekdayIndex, type Day } from '../../core/day';
import { button, startButton, type RenderContext } from '../context';
import { el, uniqueId } from '../dom';
import { formatDay, plural } from '../format';
import { weekdayNames } from '../heatmap';

/** State of the frame that outlives a redraw (a new model) but is no one's to remember. */
export interface FrameState {
  helpOpen: boolean;
}

/**
 * The header, with a quiet "Need support?" always in reach: it opens the help card (that this is a
 * practice tool, not therapy, and where to find help) right under it. Nothing is fetched.
 */
export function header(ctx: RenderContext, state: FrameState): HTMLElement {
  const m = ctx.model;
  const weekday = /^\d{4}-\d{2}-\d{2}$/.test(m.today) ? `${weekdayNames('monday')[weekdayIndex(m.today as Day)]} ` : '';
  const helpId = uniqueId('help');
  const help = helpCard(ctx, helpId);
  help.hidden = !state.helpOpen;
  const support = el('button', {
    cls: 'st-button st-button-link st-support',
    attrs: { type: 'button', 'aria-expanded': state.helpOpen ? 'true' : 'false', 'aria-controls': helpId, 'data-st-action': 'support' },
  }, 'Need support?');
  support.addEventListener('click', () => {
    state.helpOpen = !state.helpOpen;
    support.setAttribute('aria-expanded', state.helpOpen ? 'true' : 'false');
    help.hidden = !state.helpOpen;
  }, { signal: ctx.signal });
  return el('header', 'st-header',
    el('div', 'st-header-text',
      el('h2', 'st-title', 'Your self-trust practice'),
      el('p', 'st-subtle', `${weekday}${formatDay(m.today)} · ${plural(m.counts.notes, 'note')}`),
    ),
    el('div', 'st-header-actions',
      m.letter
        ? button(ctx, 'Reread my letter', () => ctx.actions.rereadLetter(), { kind: 'quiet', action: 'reread-letter' })
        : startButton(ctx, 'self-compassion-letter', 'Write yourself a kind letter', 'quiet'),
      support,
    ),
    help,
  );
}

/** The help card the header's "Need support?" opens: the same words as the footer's. */
function helpCard(ctx: RenderContext, id: string): HTMLElement {
  const help = ctx.model.help;
  return el('div', { cls: 'st-help', attrs: { id, role: 'region', 'aria-label': 'Getting support' } },
    el('p', 'st-disclaimer', help.disclaimer),
    el('ul', 'st-resources',
      ...help.resources.map((r) => el('li', null, el('strong', null, r.name), ' ', el('span', 'st-muted', r.detail))),
    ),
  );
}

const COUNT = new Intl.NumberFormat('en-US');

/** "Reading your notes… 3,200 of 10,000", with a bar. */
export function loadingLine(ctx: RenderContext): HTMLElement | null {
  const loading = ctx.model.loading;
  if (!loading) return null;
  const total = Math.max(loading.total, loading.read);
  const text = total > 0 ? `Reading your notes… ${COUNT.format(loading.read)} of ${COUNT.format(total)}` : 'Reading your notes…';
  const bar = el('progress', { cls: 'st-progress', attrs: { max: Math.max(total, 1), value: loading.read, 'aria-hidden': 'true' } });
  return el('div', { cls: 'st-status st-loading', attrs: { role: 'status', 'data-st-status': 'loading' } },
    el('span', 'st-status-text', text), bar,
  );
}

/** Said over a dashboard restored from a saved state until today's arrives. */
export function earlierLine(): HTMLElement {
  return el('div', { cls: 'st-status st-earlier-notice', attrs: { role: 'status', 'data-st-status': 'earlier' } },
    el('span', 'st-status-text', 'This is your dashboard from earlier. Today’s is on its way…'),
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
