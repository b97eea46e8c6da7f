/**
 * The one dashboard renderer, for every host: DashboardModel → DOM + chart.js. It imports no host
 * API; what a click means is up to the host's DashboardActions.
 */
import type { DashboardModel } from '../core/dashboard/model';
import type { SectionId } from '../core/ports';
import type { DashboardActions, DashboardHandle } from './actions';
import { ChartSlots, type ChartKitLoader, type VisibilityWatch } from './charts';
import type { RenderContext } from './context';
import { el, windowOf } from './dom';
import { checkInSection } from './sections/check-in';
import { draftsLine, isPromiseDraft } from './sections/drafts';
import { emotionsSection } from './sections/emotions';
import { exercisesSection } from './sections/exercises';
import { footer, header } from './sections/frame';
import { goalsSection } from './sections/goals';
import { lessonsSection } from './sections/lessons';
import { practiceSection } from './sections/practice';
import { problemsSection } from './sections/problems';
import { promisesSection } from './sections/promises';
import { valuesSection } from './sections/values';
import { weeksSection } from './sections/weeks';

export type { DashboardActions, DashboardHandle } from './actions';

/** Drawing order; each entry can be hidden by the user's settings. */
const SECTIONS: { id: SectionId; draw: (ctx: RenderContext) => HTMLElement }[] = [
  { id: 'promises', draw: promisesSection },
  { id: 'values', draw: valuesSection },
  { id: 'weeks', draw: weeksSection },
  { id: 'emotions', draw: emotionsSection },
  { id: 'checkIn', draw: checkInSection },
  { id: 'lessons', draw: lessonsSection },
  { id: 'goals', draw: goalsSection },
  { id: 'practice', draw: practiceSection },
  { id: 'exercises', draw: exercisesSection },
];

// A dynamic import: a host's start-up does not pay for chart.js. A bundler may split it out or
// inline it (esbuild's iife does); both work.
const loadChartKit: ChartKitLoader = () => import('./chart-kit').then((m) => m.chartKit);

export interface RenderOptions {
  /** Replaces the chart.js loader (tests, or a host that wants no charts). */
  loadCharts?: ChartKitLoader;
  /** When to make each chart; by default as it comes near the screen. */
  whenVisible?: VisibilityWatch;
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
    const next = width >= WIDE_PX ? 'wide' : 'narrow';
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

  let pass: AbortController | null = null;
  let destroyed = false;

  const draw = (next: DashboardModel): void => {
    pass?.abort();
    pass = new AbortController();
    const ctx: RenderContext = { model: next, actions, charts, signal: pass.signal };
    charts.begin();
    const parts: Node[] = [header(ctx)];
    for (const s of SECTIONS) {
      if (next.sections[s.id] === false) continue;
      parts.push(s.draw(ctx));
    }
    // Drafts of a promise sit in the promises section; the others (or all, when it is hidden) here.
    const otherDrafts = next.drafts.filter((d) => next.sections.promises === false || !isPromiseDraft(d));
    const drafts = draftsLine(ctx, otherDrafts, otherDrafts.every(isPromiseDraft) ? 'promise' : 'note');
    if (drafts) parts.push(drafts);
    const problems = problemsSection(ctx);
    if (problems) parts.push(problems);
    parts.push(footer(ctx));
    // Chart boxes are moved into the new tree before the old tree goes, so charts are reused.
    body.replaceChildren(...parts);
    container.setAttribute('data-st-charts', 'pending');
    void charts.commit();
  };

  draw(model);

  return {
    update(next: DashboardModel): void {
      if (destroyed) return;
      draw(next);
    },
    retheme(): void {
      if (!destroyed) charts.retheme();
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      pass?.abort();
      media?.removeEventListener?.('change', onScheme);
      resizes?.disconnect();
      charts.destroy();
      container.remove();
    },
  };
}

/** From this width (border box of the dashboard) sections sit in two columns. */
const WIDE_PX = 760;

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
