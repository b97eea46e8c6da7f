/** What every section builder gets: the model, the host's actions, chart slots and a button maker. */
import type { DashboardModel } from '../core/dashboard/model';
import type { ExerciseId } from '../core/entry';
import type { SectionId } from '../core/ports';
import type { DashboardActions } from './actions';
import type { ChartSlots } from './charts';
import { el, uniqueId } from './dom';

export interface RenderContext {
  model: DashboardModel;
  actions: DashboardActions;
  charts: ChartSlots;
  /** Aborted on the next redraw and on destroy: every listener of a pass goes with it. */
  signal: AbortSignal;
}

export type ButtonKind = 'primary' | 'quiet' | 'link';

/** Every action is a real <button type="button">: focusable, and Enter/Space work without extra code. */
export function button(
  ctx: RenderContext,
  label: string,
  onClick: () => void,
  opts: { kind?: ButtonKind; action?: string; describedBy?: string; disabled?: boolean; ariaLabel?: string } = {},
): HTMLButtonElement {
  const b = el('button', {
    cls: `st-button st-button-${opts.kind ?? 'quiet'}`,
    attrs: {
      type: 'button',
      'data-st-action': opts.action,
      'aria-describedby': opts.describedBy,
      'aria-label': opts.ariaLabel,
      disabled: opts.disabled,
    },
  }, label);
  b.addEventListener('click', () => onClick(), { signal: ctx.signal });
  return b;
}

export function openNoteButton(ctx: RenderContext, path: string, what: string): HTMLButtonElement {
  return button(ctx, 'Open note', () => ctx.actions.openNote(path), {
    kind: 'link',
    action: 'open-note',
    ariaLabel: `Open note: ${what}`,
  });
}

export function startButton(ctx: RenderContext, id: ExerciseId, label: string, kind: ButtonKind = 'primary'): HTMLButtonElement {
  return button(ctx, label, () => ctx.actions.startExercise(id), { kind, action: `start-${id}` });
}

/** A titled section; `id` is the setting that can hide it. */
export function section(id: SectionId | 'problems', title: string, intro: string | null, ...body: (Node | null)[]): HTMLElement {
  const headingId = uniqueId(`h-${id}`);
  const s = el('section', { cls: `st-section st-section-${id}`, attrs: { 'aria-labelledby': headingId, 'data-st-section': id } },
    el('h3', { cls: 'st-section-title', attrs: { id: headingId } }, title),
    intro ? el('p', 'st-section-intro', intro) : null,
  );
  for (const node of body) if (node) s.appendChild(node);
  return s;
}

/** A kind first step where there is nothing to show yet. */
export function emptyState(ctx: RenderContext, text: string, id: ExerciseId, cta: string): HTMLElement {
  // One loud button on an empty dashboard: the first small step. The other invitations stay quiet.
  const kind = id === 'small-promise' ? 'primary' : 'quiet';
  return el('div', { cls: 'st-empty', attrs: { 'data-st-empty': id } }, el('p', 'st-empty-text', text), startButton(ctx, id, cta, kind));
}

/** A figure: a big number with a small label under it. */
export function figure(value: string, label: string, extra: string | null = null): HTMLElement {
  return el('div', 'st-figure',
    el('span', 'st-figure-value', value),
    el('span', 'st-figure-label', label),
    extra ? el('span', 'st-figure-extra', extra) : null,
  );
}

/** A <details> with a table of the numbers a chart shows. */
export function numbersTable(caption: string, head: string[], rows: (string | number)[][], summary = 'Show the numbers'): HTMLElement {
  const table = el('table', 'st-table',
    el('caption', 'st-sr-only', caption),
    el('thead', null, el('tr', null, ...head.map((h) => el('th', { attrs: { scope: 'col' } }, h)))),
    el('tbody', null, ...rows.map((r) => el('tr', null, ...r.map((c, i) => (i === 0 ? el('th', { attrs: { scope: 'row' } }, String(c)) : el('td', null, String(c))))))),
  );
  return el('details', 'st-numbers', el('summary', null, summary), table);
}

/**
 * A <details> whose content is built the first time it is opened: years of history cost nothing
 * until someone asks to see them.
 */
export function lazyDetails(ctx: RenderContext, cls: string, summary: string, build: () => Node): HTMLDetailsElement {
  const details = el('details', cls, el('summary', null, summary));
  let built = false;
  details.addEventListener('toggle', () => {
    if (built || !details.open) return;
    built = true;
    details.appendChild(build());
  }, { signal: ctx.signal });
  return details;
}
