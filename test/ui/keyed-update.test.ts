// @vitest-environment happy-dom
/**
 * update() patches what changed and leaves the rest alone (issue 11): an unchanged section keeps its
 * very DOM node and chart instance, whether the model comes by identity (Obsidian, in-process) or as
 * a structured clone (the VS Code webview); a changed promise redraws its own card with the new
 * numbers; listeners, folds and focus carry over. Calendars of cards below the first screen are drawn
 * as they come into view, and all of them before printing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardModel, PromiseCard } from '../../src/core/dashboard/model';
import type { ChartKit, ChartLike, VisibilityWatch } from '../../src/ui/charts';
import { chartsSettled, renderDashboard } from '../../src/ui/render-dashboard';
import { realisticModel } from './dashboard-model-builder';
import { now, spyActions } from './render-helpers';



/** A stand-in for chart.js that remembers each instance by its canvas's chart key. */
function fakeKit() {
  const byKey = new Map<string, ChartLike>();
  const updated: string[] = [];
  let created = 0;
  const kit: ChartKit = {
    create(canvas, config) {
      created += 1;
      const key = canvas.closest('[data-st-chart]')?.getAttribute('data-st-chart') ?? '?';
      const chart: ChartLike = {
        data: config.data,
        options: config.options,
        update: () => updated.push(key),
        destroy: () => byKey.delete(key),
      };
      byKey.set(key, chart);
      return chart;
    },
  };
  return { byKey, updated, get created() { return created; }, load: () => Promise.resolve(kit) };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => root.remove());

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ');
const sectionEl = (id: string): HTMLElement | null => root.querySelector(`[data-st-section="${id}"]`);
const card = (path: string): HTMLElement | null => root.querySelector(`article.st-promise[data-path="${path}"]`);
const sectionIds = (): string[] => [...root.querySelectorAll('[data-st-section]')].map((s) => s.getAttribute('data-st-section') ?? '');

/** Every top-level piece of the dashboard, by what it is. */
function pieces(): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const node of root.querySelectorAll('.st-body > *')) map.set(node.getAttribute('data-st-section') ?? node.className, node);
  return map;
}

/** The model with one promise changed as a keep logged today would change it (new objects on that path only). */
function withOneKept(model: DashboardModel, index: number): DashboardModel {
  const p = model.promises[index] as PromiseCard;
  const kept: PromiseCard = { ...p, currentStreak: 41, keptThisPeriod: p.target, keptToday: true, keptDays: p.keptDays + 1 };
  return { ...model, revision: model.revision + 1, promises: model.promises.map((q, i) => (i === index ? kept : q)) };
}

describe('update() keeps what did not change', () => {
  it('keeps every section and chart as they are when a structured clone of the same model arrives (webview)', async () => {
    const kit = fakeKit();
    const model = realisticModel({ history: true });
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: kit.load, whenVisible: now });
    await chartsSettled(root);
    const before = pieces();
    const charts = new Map(kit.byKey);
    expect(charts.size).toBeGreaterThan(3);

    handle.update(structuredClone(model));
    await chartsSettled(root);
    const after = pieces();
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [id, node] of before) expect(after.get(id), id).toBe(node);
    expect(kit.created).toBe(charts.size);
    expect(kit.updated).toEqual([]);
    for (const [key, chart] of charts) expect(kit.byKey.get(key), key).toBe(chart);
    expect(root.getAttribute('data-st-charts') ?? root.querySelector('.st-dashboard')?.getAttribute('data-st-charts')).toBe('ready');
  });

  it('redraws only the changed promise card, in place, with the new numbers; its neighbours and other sections stay', async () => {
    const kit = fakeKit();
    const actions = spyActions();
    const model = realisticModel();
    const [first, second] = model.promises as [PromiseCard, PromiseCard];
    const handle = renderDashboard(root, model, actions, { loadCharts: kit.load, whenVisible: now });
    await chartsSettled(root);
    const promises = sectionEl('promises');
    const values = sectionEl('values');
    const weeks = sectionEl('weeks');
    const firstCard = card(first.path);
    const secondCard = card(second.path);
    const weeksChart = kit.byKey.get('self-trust');
    const secondFigures = secondCard?.querySelector('.st-figures');
    const secondCalendar = secondCard?.querySelector('table.st-heatmap');
    const secondOpen = secondCard?.querySelector<HTMLButtonElement>('[data-st-action="open-note"]');
    const streak41 = `41 ${second.streakUnit}s`;
    expect(text(secondCard)).not.toContain(streak41);

    // Webview: a clone of the model with one promise changed.
    handle.update(structuredClone(withOneKept(model, 1)));
    await chartsSettled(root);
    expect(sectionEl('promises')).toBe(promises);
    expect(sectionEl('values')).toBe(values);
    expect(sectionEl('weeks')).toBe(weeks);
    expect(card(first.path)).toBe(firstCard);
    // The changed card stays the same element; its figures and buttons are new, its calendar patched in place.
    expect(card(second.path)).toBe(secondCard);
    expect(secondCard?.querySelector('.st-figures')).not.toBe(secondFigures);
    expect(secondCard?.querySelector('table.st-heatmap')).toBe(secondCalendar);
    expect(text(card(second.path))).toContain(streak41);
    expect(text(root.querySelector(`[data-st-today="${second.path}"]`))).toContain(`Streak ${streak41}`);
    expect(kit.byKey.get('self-trust')).toBe(weeksChart);
    expect(kit.updated).toEqual([]);

    // The kept card's buttons still work, once; the replaced card's old buttons do nothing.
    const keep = firstCard?.querySelector<HTMLButtonElement>('[data-st-action="open-note"]');
    keep?.click();
    expect(actions.openNote).toHaveBeenCalledTimes(1);
    expect(actions.openNote).toHaveBeenLastCalledWith(first.path);
    expect(secondCard?.querySelector('[data-st-action="open-note"]')).not.toBe(secondOpen);
    secondOpen?.click();
    expect(actions.openNote).toHaveBeenCalledTimes(1);
    card(second.path)?.querySelector<HTMLButtonElement>('[data-st-action="open-note"]')?.click();
    expect(actions.openNote).toHaveBeenLastCalledWith(second.path);
  });

  it('patches the day that changed in the calendar, in place, and says it in words', () => {
    const model = realisticModel();
    const walk = model.promises[0]!;
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const today = (): HTMLElement => card(walk.path)!.querySelector<HTMLElement>(`td[data-date="${model.today}"]`)!;
    const cell = today();
    const others = [...card(walk.path)!.querySelectorAll('td.st-heat')].filter((td) => td !== cell);
    const before = others.map((td) => td.getAttribute('aria-label'));
    const next = structuredClone(model);
    next.promises[0]!.heatmap = next.promises[0]!.heatmap.map((d) => (d.date === model.today ? { ...d, state: 'kept', count: 2 } : d));
    handle.update(next);
    expect(today()).toBe(cell);
    expect(cell.getAttribute('data-state')).toBe('kept');
    expect(cell.getAttribute('aria-label')).toMatch(/: kept 2 times$/);
    expect(cell.classList.contains('st-heat-more')).toBe(true);
    expect(others.map((td) => td.getAttribute('aria-label'))).toEqual(before);
  });

  it('says a renamed promise’s new words everywhere, its calendar’s caption too', () => {
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const old = model.promises[0]!.promise;
    expect(text(root)).toContain(old);
    const next = structuredClone(model);
    next.promises[0]!.promise = 'Walk by the river';
    handle.update(next);
    // (This model's week roll-ups still name it as before: only the promise's own card changed.)
    expect(text(sectionEl('promises'))).not.toContain(old);
    expect(text(sectionEl('today'))).not.toContain(old);
    expect(root.querySelector(`article[data-path="${model.promises[0]!.path}"] table.st-heatmap caption`)?.textContent).toContain('Walk by the river');
  });

  it('keeps everything when the host hands back the very same card objects (Obsidian, in-process)', () => {
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const before = pieces();
    const cards = [...root.querySelectorAll('article.st-promise')];
    handle.update({ ...model, revision: model.revision + 1 });
    const after = pieces();
    for (const [id, node] of before) expect(after.get(id), id).toBe(node);
    expect([...root.querySelectorAll('article.st-promise')]).toEqual(cards);
  });

  it('gives a changed chart its new data through update(), on the same instance', async () => {
    const kit = fakeKit();
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: kit.load, whenVisible: now });
    await chartsSettled(root);
    const emotions = kit.byKey.get('emotions');
    const next = structuredClone(model);
    next.emotions.items[0]!.count = 77;
    handle.update(next);
    await chartsSettled(root);
    expect(kit.byKey.get('emotions')).toBe(emotions);
    expect(kit.updated).toEqual(['emotions']);
    expect(emotions?.data.datasets[0]?.data[0]).toBe(77);
    expect(text(sectionEl('emotions'))).toContain('77');
  });

  it('shows and hides sections as the settings say, in their order', () => {
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const order = sectionIds();
    const weeks = sectionEl('weeks');
    handle.update({ ...model, sections: { ...model.sections, values: false } });
    expect(sectionIds()).toEqual(order.filter((id) => id !== 'values'));
    expect(sectionEl('weeks')).toBe(weeks);
    handle.update(model);
    expect(sectionIds()).toEqual(order);
    expect(sectionEl('weeks')).toBe(weeks);
  });

  it('keeps a folded section folded when its numbers change, and its fold button working', () => {
    const onCollapsedChange = vi.fn<(ids: string[]) => void>();
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now, onCollapsedChange });
    sectionEl('promises')!.querySelector<HTMLButtonElement>('button[data-st-fold]')!.click();
    handle.update(structuredClone(withOneKept(model, 0)));
    const promises = sectionEl('promises')!;
    const toggle = promises.querySelector<HTMLButtonElement>('button[data-st-fold]')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(promises.querySelector<HTMLElement>('.st-section-body')!.hidden).toBe(true);
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(onCollapsedChange).toHaveBeenLastCalledWith([]);
    expect(text(card(model.promises[0]!.path))).toContain('41 days');
  });

  it('gives focus back to the same button of a card drawn again', () => {
    const model = realisticModel();
    const walk = model.promises[0]!;
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const open = card(walk.path)!.querySelector<HTMLButtonElement>('[data-st-action="open-note"]')!;
    open.focus();
    expect(document.activeElement).toBe(open);
    handle.update(structuredClone(withOneKept(model, 0)));
    const again = card(walk.path)!.querySelector<HTMLButtonElement>('[data-st-action="open-note"]')!;
    expect(again).not.toBe(open);
    expect(document.activeElement).toBe(again);

    // Focus in a part that was kept is not touched at all.
    const fold = sectionEl('values')!.querySelector<HTMLButtonElement>('button[data-st-fold]')!;
    fold.focus();
    handle.update(structuredClone(withOneKept(model, 1)));
    expect(document.activeElement).toBe(fold);
  });
});

describe('calendars of cards further down', () => {
  /** `count` active promises, each its own note. */
  function manyPromises(count: number): DashboardModel {
    const model = realisticModel();
    const walk = model.promises[0]!;
    return { ...model, promises: Array.from({ length: count }, (_, i) => ({ ...walk, path: `Self-trust/p${i}.md`, promise: `Promise ${i}` })) };
  }

  it('draws the first cards’ calendars at once and the others as they come into view, then all before printing', () => {
    const waiting: (() => void)[] = [];
    let stopped = 0;
    const later: VisibilityWatch = (_box, onVisible) => {
      waiting.push(onVisible);
      return () => (stopped += 1);
    };
    const model = manyPromises(10);
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: () => new Promise(() => undefined), whenVisible: later });
    const cards = [...root.querySelectorAll<HTMLElement>('article.st-promise')];
    expect(cards).toHaveLength(10);
    const drawn = cards.map((c) => c.querySelector('table.st-heatmap') !== null);
    expect(drawn).toEqual([true, true, true, true, false, false, false, false, false, false]);
    // What is not drawn yet keeps its room and says what it holds.
    const box = cards[5]!.querySelector<HTMLElement>('[data-st-lazy="waiting"]')!;
    expect(text(box)).toContain('Calendar of “Promise 5”, the last 13 weeks');
    // Every card's words, figures and buttons are there from the start.
    expect(text(cards[9]!)).toContain('Promise 9');
    expect(cards[9]!.querySelector('[data-st-action="log-kept"]')).not.toBeNull();

    waiting[0]!();
    expect(cards[4]!.querySelector('table.st-heatmap')?.querySelectorAll('td.st-heat')).toHaveLength(model.promises[4]!.heatmap.length);
    expect(cards[4]!.querySelector('[data-st-lazy]')?.getAttribute('data-st-lazy')).toBe('drawn');

    window.dispatchEvent(new Event('beforeprint'));
    expect(root.querySelectorAll('[data-st-lazy="waiting"]')).toHaveLength(0);
    expect(root.querySelectorAll('table.st-heatmap')).toHaveLength(10);
    handle.destroy();
  });

  it('stops watching when a card is drawn again or the dashboard goes', () => {
    let watching = 0;
    const later: VisibilityWatch = () => {
      watching += 1;
      return () => (watching -= 1);
    };
    const model = manyPromises(6);
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: () => new Promise(() => undefined), whenVisible: later });
    // Two calendars wait; the two charts' boxes are watched too.
    const calendars = (): number => root.querySelectorAll('[data-st-lazy="waiting"]').length;
    expect(calendars()).toBe(2);
    const start = watching;
    handle.update({ ...model, promises: model.promises.slice(0, 5) });
    expect(calendars()).toBe(1);
    expect(watching).toBe(start - 1);
    handle.destroy();
    expect(watching).toBe(0);
  });
});

describe('long tables behind charts', () => {
  it('builds years of check-ins when the table is first opened, and keeps its summary in reach from the start', () => {
    const model = realisticModel({ years: 3, history: true });
    // Two years of check-ins every fortnight.
    const first = model.history.checkIns[0]!;
    model.history.checkIns = Array.from({ length: 52 }, (_, i) => ({ ...first, date: new Date(Date.UTC(2024, 11, 4 + 14 * i)).toISOString().slice(0, 10) }));
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const block = root.querySelector('[data-st-history="elements"]')!;
    const details = [...block.querySelectorAll('details.st-numbers')].at(-1) as HTMLDetailsElement;
    expect(details.querySelector('summary')?.textContent).toBe('Show the numbers');
    expect(details.querySelector('table')).toBeNull();
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    expect(details.querySelectorAll('tbody tr')).toHaveLength(model.history.checkIns.length);
  });
});
