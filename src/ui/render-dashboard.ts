/**
 * The one dashboard renderer, for every host: DashboardModel → DOM + chart.js. It imports no host
 * API; what a click means is up to the host's DashboardActions.
 */
import type { DashboardModel } from '../core/dashboard/model';
import type { SectionId } from '../core/ports';
import type { DashboardActions, DashboardHandle } from './actions';
import { ChartSlots, whenNearScreen, type ChartKitLoader, type VisibilityWatch } from './charts';
import { part, type RenderContext, type SectionFolds } from './context';
import { el, windowOf } from './dom';
import { LazyParts } from './lazy';
import { PartCache, reconcile } from './parts';
import { checkInSection } from './sections/check-in';
import { draftsLine, isPromiseDraft } from './sections/drafts';
import { emotionsSection } from './sections/emotions';
import { exercisesSection } from './sections/exercises';
import { earlierLine, footer, header, loadingLine, type FrameState } from './sections/frame';
import { goalsSection } from './sections/goals';
import { lessonsSection } from './sections/lessons';
import { practiceSection } from './sections/practice';
import { problemsSection } from './sections/problems';
import { promisesSection } from './sections/promises';
import { todaySection } from './sections/today';
import { valuesSection } from './sections/values';
import { weeksSection } from './sections/weeks';
import { historyOf } from './sections/history';

export type { DashboardActions, DashboardHandle } from './actions';

/**
 * Drawing order; each entry can be hidden by the user's settings. `deps`: every slice of the model
 * the section reads (its history included), so an update redraws it only when one of them changed.
 */
const SECTIONS: { id: SectionId; draw: (ctx: RenderContext) => HTMLElement; deps: (m: DashboardModel) => unknown[] }[] = [
  { id: 'promises', draw: promisesSection, deps: (m) => [m.promises, m.counts.entries, m.drafts, m.weekStart] },
  { id: 'values', draw: valuesSection, deps: (m) => [m.values] },
  { id: 'weeks', draw: weeksSection, deps: (m) => [m.weeks, m.today] },
  { id: 'emotions', draw: emotionsSection, deps: (m) => [m.emotions, m.history.feelings] },
  { id: 'checkIn', draw: checkInSection, deps: (m) => [m.checkIn, m.history.checkIns] },
  { id: 'lessons', draw: lessonsSection, deps: (m) => [m.lessons] },
  { id: 'goals', draw: goalsSection, deps: (m) => [m.goals] },
  { id: 'practice', draw: practiceSection, deps: (m) => [m.practice] },
  { id: 'exercises', draw: exercisesSection, deps: (m) => [m.exercises] },
];

// A dynamic import: a host's start-up does not pay for chart.js. A bundler may split it out or
// inline it (esbuild's iife does); both work.
const loadChartKit: ChartKitLoader = () => import('./chart-kit').then((m) => m.chartKit);

export interface RenderOptions {
  /** Replaces the chart.js loader (tests, or a host that wants no charts). */
  loadCharts?: ChartKitLoader;
  /** When to make each chart and draw each calendar below the first cards; by default as it comes near the screen. */
  whenVisible?: VisibilityWatch;
  /** Sections to show folded at first (their data-st-section ids), as the host remembered them. */
  collapsed?: readonly string[];
  /** Told which sections are folded after each fold or unfold, for the host to remember. */
  onCollapsedChange?: (collapsed: string[]) => void;
  /**
   * The model is one saved earlier (a webview's state), not today's: the dashboard says so until
   * the first update() brings a fresh one.
   */
  restored?: boolean;
}

/** Section ids a host may store: ours only, so a stale or hand-edited state cannot inject anything. */
export const FOLDABLE_SECTIONS: readonly string[] = ['today', 'promises', 'values', 'weeks', 'emotions', 'checkIn', 'lessons', 'goals', 'practice', 'exercises', 'problems'];

/** The folded sections from a host's saved state: known ids, each once; anything else gives none. */
export function collapsedFromState(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((v): v is string => typeof v === 'string' && FOLDABLE_SECTIONS.includes(v)))];
}

export function renderDashboard(
  root: HTMLElement,
  model: DashboardModel,
  actions: DashboardActions,
  options: RenderOptions = {},
): DashboardHandle {
  const container = el('div', { cls: 'st-dashboard', attrs: { 'data-st-charts': 'pending' } });
  const body = el('div', 'st-body');
  container.appendChild(body);
  root.appendChild(container);

  // Two columns when there is room. A CSS container query on the whole dashboard cost a second
  // style-and-layout pass over every node (a third of the first render); the width is read once
  // here, while the dashboard is still empty and cheap to lay out, then followed on resize.
  const setWidth = (width: number): void => {
    const next = width >= WIDE_PX ? 'wide' : width > TIGHT_PX ? 'narrow' : 'tight';
    // Setting it again, even to the same value, would restyle the whole dashboard.
    if (container.getAttribute('data-st-width') !== next) container.setAttribute('data-st-width', next);
  };
  setWidth(container.getBoundingClientRect().width);
  // Observers from the dashboard's own window: in a popout, the main window's would not follow it.
  const win = windowOf(root);
  const resizes = typeof win.ResizeObserver === 'function'
    ? new win.ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        const width = entry?.borderBoxSize?.[0]?.inlineSize ?? entry?.contentRect.width;
        if (width) setWidth(width);
      })
    : null;
  resizes?.observe(container);

  const charts = new ChartSlots(
    container,
    options.loadCharts ?? loadChartKit,
    (state) => container.setAttribute('data-st-charts', state),
    options.whenVisible,
  );

  // Follow a light/dark switch of the system (the HTML report's defaults follow it too).
  const media = typeof win.matchMedia === 'function' ? win.matchMedia('(prefers-color-scheme: dark)') : null;
  const onScheme = (): void => charts.retheme();
  media?.addEventListener?.('change', onScheme);

  // Charts at print size: chart.js does not resize for print by itself. Chrome lays the page out for
  // print between beforeprint and afterprint; others only switch the print media query. Both are
  // followed, each in the dashboard's own window (a popout prints on its own).
  const printMedia = typeof win.matchMedia === 'function' ? win.matchMedia('print') : null;

  let destroyed = false;
  let restored = options.restored === true;
  const frame: FrameState = { helpOpen: false };
  const parts = new PartCache(charts);
  const lazy = new LazyParts(container.ownerDocument, options.whenVisible ?? whenNearScreen);
  // Printing: every calendar still waiting is drawn, and every chart fitted to the page.
  const onPrint = (): void => {
    lazy.drawAll();
    charts.fitAll();
  };
  win.addEventListener('beforeprint', onPrint);
  win.addEventListener('afterprint', onPrint);
  printMedia?.addEventListener?.('change', onPrint);

  const collapsed = new Set(collapsedFromState(options.collapsed));
  const folds: SectionFolds = {
    isCollapsed: (id) => collapsed.has(id),
    setCollapsed: (id, fold) => {
      if (fold === collapsed.has(id)) return;
      if (fold) collapsed.add(id);
      else collapsed.delete(id);
      options.onCollapsedChange?.([...collapsed]);
    },
  };
  // Listeners outside any part: none are made, every builder runs inside part().
  const never = new AbortController().signal;

  // Kept section frames are patched in place while parts are built, so focus is watched over the whole pass.
  const draw = (next: DashboardModel): void => keepingFocus(container, () => patch(next));
  const patch = (next: DashboardModel): void => {
    const ctx: RenderContext = { model: next, actions, charts, signal: never, folds, parts, lazy };
    charts.begin();
    parts.begin();
    // Whether the notes are still being read changes what an empty section says (emptyState).
    const reading = Boolean(next.loading);
    const nodes: Node[] = [part(ctx, 'header', [next.today, next.counts.notes, next.letter, next.help], (c) => header(c, frame))];
    if (restored) nodes.push(part(ctx, 'earlier', [], () => earlierLine()));
    if (next.loading) nodes.push(part(ctx, 'loading', [next.loading], (c) => loadingLine(c) as HTMLElement));
    // What a person acts on today comes first; everything else after it.
    if (next.sections.promises !== false && next.promises.some((p) => p.status === 'active')) {
      nodes.push(part(ctx, 'today', [next.promises], (c) => todaySection(c) as HTMLElement));
    }
    for (const s of SECTIONS) {
      if (next.sections[s.id] === false) continue;
      // Each section with its history over the months inside it (issue 13).
      nodes.push(part(ctx, `section-${s.id}`, [...s.deps(next), reading], (c) => s.draw({ ...c, tail: historyOf(c, s.id) })));
    }
    // Drafts of a promise sit in the promises section; the others (or all, when it is hidden) here.
    const otherDrafts = next.drafts.filter((d) => next.sections.promises === false || !isPromiseDraft(d));
    if (otherDrafts.length > 0) {
      const noun = otherDrafts.every(isPromiseDraft) ? 'promise' : 'note';
      nodes.push(part(ctx, 'drafts', [otherDrafts, noun], (c) => draftsLine(c, otherDrafts, noun) as HTMLElement));
    }
    if (next.problems.length > 0) nodes.push(part(ctx, 'problems', [next.problems], (c) => problemsSection(c) as HTMLElement));
    nodes.push(part(ctx, 'footer', [next.help], (c) => footer(c)));
    parts.commit();
    // Only what changed moves: kept parts stay where they are, with their focus, layout and charts.
    reconcile(body, nodes);
    container.setAttribute('data-st-charts', 'pending');
    void charts.commit();
  };

  draw(model);

  return {
    update(next: DashboardModel): void {
      if (destroyed) return;
      restored = false;
      draw(next);
    },
    setCollapsed(ids: readonly string[]): void {
      if (destroyed) return;
      const wanted = new Set(collapsedFromState(ids));
      if (wanted.size === collapsed.size && [...wanted].every((id) => collapsed.has(id))) return;
      collapsed.clear();
      for (const id of wanted) collapsed.add(id);
      for (const toggle of container.querySelectorAll<HTMLButtonElement>('button[data-st-fold]')) {
        const id = toggle.getAttribute('data-st-fold') ?? '';
        const fold = collapsed.has(id);
        toggle.setAttribute('aria-expanded', fold ? 'false' : 'true');
        const content = toggle.getAttribute('aria-controls');
        const target = content ? container.querySelector<HTMLElement>(`[id="${content}"]`) : null;
        if (target) target.hidden = fold;
        toggle.closest('.st-section')?.classList.toggle('st-collapsed', fold);
      }
    },
    collapsed(): string[] {
      return [...collapsed];
    },
    retheme(): void {
      if (!destroyed) charts.retheme();
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      parts.destroy();
      lazy.destroy();
      media?.removeEventListener?.('change', onScheme);
      printMedia?.removeEventListener?.('change', onPrint);
      win.removeEventListener('beforeprint', onPrint);
      win.removeEventListener('afterprint', onPrint);
      resizes?.disconnect();
      charts.destroy();
      container.remove();
    },
  };
}

/** From this width (border box of the dashboard) sections sit in two columns. */
const WIDE_PX = 760;
/** At this width and less (VS Code's sidebar at its default 300 px), paddings shrink to the minimum. */
const TIGHT_PX = 320;

/** Settles once the charts of the latest draw are on screen (or known to be unavailable). */
export function chartsSettled(root: HTMLElement): Promise<string> {
  const container = root.querySelector('.st-dashboard');
  if (!container) return Promise.resolve('none');
  const state = container.getAttribute('data-st-charts');
  if (state && state !== 'pending') return Promise.resolve(state);
  return new Promise((resolve) => {
    const obs = new MutationObserver(() => {
      const now = container.getAttribute('data-st-charts');
      if (now && now !== 'pending') {
        obs.disconnect();
        resolve(now);
      }
    });
    obs.observe(container, { attributes: true, attributeFilter: ['data-st-charts'] });
  });
}

/**
 * Runs `patch` and gives focus back if it moved: to the same element when it was only moved, or to
 * its twin in a part built again (the same button of the same promise, section or action).
 */
function keepingFocus(container: HTMLElement, patch: () => void): void {
  const doc = container.ownerDocument;
  const before = doc.activeElement;
  if (!(before instanceof HTMLElement) || !container.contains(before) || before === container) {
    patch();
    return;
  }
  const twin = twinSelector(before);
  patch();
  if (doc.activeElement === before) return;
  const target = before.isConnected && container.contains(before) ? before : twin ? container.querySelector<HTMLElement>(twin) : null;
  target?.focus({ preventScroll: true });
}

/** A selector for the element that plays `node`'s part in a redrawn dashboard, or null. */
function twinSelector(node: HTMLElement): string | null {
  const css = (v: string): string => v.replace(/["\\]/g, '\\$&');
  const fold = node.getAttribute('data-st-fold');
  if (fold) return `[data-st-fold="${css(fold)}"]`;
  const action = node.getAttribute('data-st-action');
  if (!action) return null;
  const owner = node.parentElement?.closest('[data-path], [data-st-today], [data-st-section]');
  if (!owner) return `[data-st-action="${css(action)}"]`;
  const attr = ['data-st-today', 'data-path', 'data-st-section'].find((a) => owner.hasAttribute(a)) as string;
  return `[${attr}="${css(owner.getAttribute(attr) ?? '')}"] [data-st-action="${css(action)}"]`;
}
