/** What every section builder gets: the model, the host's actions, chart slots and a button maker. */
import type { DashboardModel } from '../core/dashboard/model';
import type { ExerciseId } from '../core/entry';
import type { SectionId } from '../core/ports';
import type { DashboardActions } from './actions';
import type { ChartSlots } from './charts';
import { el, uniqueId } from './dom';
import type { LazyParts } from './lazy';
import { reconcile, type PartCache } from './parts';

export interface RenderContext {
  model: DashboardModel;
  actions: DashboardActions;
  charts: ChartSlots;
  /** Aborted when the part being built is built again, dropped, or destroyed: its listeners go with it. */
  signal: AbortSignal;
  /** The sections folded away (by their data-st-section id), and how to fold or unfold one. */
  folds: SectionFolds;
  /** Parts kept across updates while their slice of the model is unchanged (see part()). */
  parts: PartCache;
  /** Heavy parts drawn when they come near the screen. */
  lazy: LazyParts;
  /** Nodes the next section() puts at the end of its body (the section's history). */
  tail?: readonly Node[];
}

/**
 * A part of the dashboard kept across updates: `build` runs only when `deps` (every model slice it
 * reads, by identity or else by JSON text) differ from last time; otherwise the same element comes
 * back, with its listeners and charts (or, given `patch`, the old element updated in place when
 * `patch` can). `key` is unique in the dashboard; an outer part's deps must cover every inner part's.
 */
export function part(
  ctx: RenderContext,
  key: string,
  deps: readonly unknown[],
  build: (ctx: RenderContext) => HTMLElement,
  patch?: (node: HTMLElement) => boolean,
): HTMLElement {
  return ctx.parts.part(key, deps, (signal) => build({ ...ctx, signal, tail: undefined }), patch);
}

/** Which sections are folded: kept by the renderer across redraws, remembered by each host. */
export interface SectionFolds {
  isCollapsed(id: string): boolean;
  setCollapsed(id: string, collapsed: boolean): void;
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

/**
 * A box kept across updates (the same element while it is drawn): its children are put in place by
 * reconcile, so kept children (parts) are not moved and the box is not laid out anew. `key` is unique
 * in the dashboard.
 */
export function keptBox(ctx: RenderContext, key: string, tag: 'div' | 'ul', cls: string, children: readonly (Node | null)[]): HTMLElement {
  const box = part(ctx, key, [tag, cls], () => el(tag, cls));
  reconcile(box, children.filter((c): c is Node => c !== null));
  return box;
}

/** A section's frame, kept while the section is shown: its fold button, fold state and body box. */
interface SectionShell {
  content: HTMLElement;
  intro: HTMLElement | null;
}
const shells = new WeakMap<HTMLElement, SectionShell>();

/**
 * A titled section; `id` is the setting that can hide it. The title is a button that folds the
 * section away and back (a disclosure: aria-expanded on the button, the body `hidden` when folded),
 * so a long dashboard in a narrow sidebar can be kept to what a person looks at. The frame is kept
 * across updates (the same <section>, button and body); only the body's children are put in place,
 * those the caller kept (parts) where they were.
 */
export function section(ctx: RenderContext, id: SectionId | 'problems' | 'today', title: string, intro: string | null, ...body: (Node | null)[]): HTMLElement {
  const s = part(ctx, `section-frame-${id}`, [title], (frameCtx) => sectionFrame(frameCtx, id, title));
  const shell = shells.get(s) as SectionShell;
  if (intro === null) shell.intro = null;
  else if (shell.intro?.textContent !== intro) shell.intro = el('p', 'st-section-intro', intro);
  const children: Node[] = shell.intro ? [shell.intro] : [];
  for (const node of body) if (node) children.push(node);
  if (ctx.tail) children.push(...ctx.tail);
  reconcile(shell.content, children);
  return s;
}

function sectionFrame(ctx: RenderContext, id: SectionId | 'problems' | 'today', title: string): HTMLElement {
  const headingId = uniqueId(`h-${id}`);
  const bodyId = uniqueId(`b-${id}`);
  const collapsed = ctx.folds.isCollapsed(id);
  const toggle = el('button', {
    cls: 'st-section-toggle',
    attrs: { type: 'button', id: headingId, 'aria-expanded': collapsed ? 'false' : 'true', 'aria-controls': bodyId, 'data-st-fold': id },
  }, el('span', 'st-section-title-text', title), el('span', { cls: 'st-fold-mark', attrs: { 'aria-hidden': 'true' } }));
  const content = el('div', { cls: 'st-section-body', attrs: { id: bodyId, hidden: collapsed } });
  const s = el('section', {
    cls: `st-section st-section-${id}${collapsed ? ' st-collapsed' : ''}`,
    attrs: { 'aria-labelledby': headingId, 'data-st-section': id },
  }, el('h3', 'st-section-title', toggle), content);
  toggle.addEventListener('click', () => {
    const fold = toggle.getAttribute('aria-expanded') === 'true';
    toggle.setAttribute('aria-expanded', fold ? 'false' : 'true');
    content.hidden = fold;
    s.classList.toggle('st-collapsed', fold);
    ctx.folds.setCollapsed(id, fold);
  }, { signal: ctx.signal });
  shells.set(s, { content, intro: null });
  return s;
}

/** A kind first step where there is nothing to show yet. */
export function emptyState(ctx: RenderContext, text: string, id: ExerciseId, cta: string): HTMLElement {
  // While the notes are still being read, "nothing yet" is not known: no invitation to start over.
  if (ctx.model.loading) return el('p', { cls: 'st-muted st-still-reading', attrs: { 'data-st-empty': id } }, 'Nothing found here yet — still reading your notes.');
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

/** Rows from which a table behind a chart is built only when its <details> is first opened. */
const ROWS_AT_ONCE = 40;

/**
 * A <details> with a table of the numbers a chart shows. Given `ctx`, a long table (years of
 * check-ins) is built the first time it is opened: the summary is there from the start, for the
 * keyboard and screen readers, and the table costs nothing until asked for.
 */
export function numbersTable(caption: string, head: string[], rows: (string | number)[][], summary = 'Show the numbers', ctx: RenderContext | null = null): HTMLElement {
  if (ctx && rows.length > ROWS_AT_ONCE) return lazyDetails(ctx, 'st-numbers', summary, () => dataTable(caption, head, rows));
  return el('details', 'st-numbers', el('summary', null, summary), dataTable(caption, head, rows));
}

/**
 * A table of numbers that fits a sidebar: where its columns would not fit, dashboard.css lays each
 * row out as a line of "label value" pairs (every cell carries its column's name in data-label).
 * The ARIA roles keep it a table for screen readers whatever the CSS display.
 */
export function dataTable(caption: string | null, head: string[], rows: (string | number | Node)[][]): HTMLTableElement {
  // More than 4 columns need more room before they can stand side by side (dashboard.css).
  return el('table', { cls: head.length > 4 ? 'st-table st-table-wide' : 'st-table', attrs: { role: 'table' } },
    caption ? el('caption', 'st-sr-only', caption) : null,
    el('thead', { attrs: { role: 'rowgroup' } }, el('tr', { attrs: { role: 'row' } }, ...head.map((h) => el('th', { attrs: { scope: 'col', role: 'columnheader' } }, h)))),
    el('tbody', { attrs: { role: 'rowgroup' } }, ...rows.map((r) => el('tr', { attrs: { role: 'row' } }, ...r.map((c, i) => {
      const content = c instanceof Node ? c : String(c);
      return i === 0
        ? el('th', { attrs: { scope: 'row', role: 'rowheader' } }, content)
        : el('td', { attrs: { role: 'cell', 'data-label': head[i] ?? '' } }, content);
    })))),
  );
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
