// @vitest-environment happy-dom
/**
 * Issue 15 (and 10.12) in the renderer: today first, sections that fold and are remembered, help in
 * reach at the top, never blank while reading, a restored dashboard that says it is from earlier,
 * month labels that skip no month, a radar whose numbers sit above its lines, and the 7 elements as
 * labelled bars for narrow widths. Layout and colours are measured in Chromium (test/e2e/sidebar.e2e.test.ts).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardModel, HeatDay } from '../../src/core/dashboard/model';
import type { ChartKit, ChartLike } from '../../src/ui/charts';
import { heatmap, monthLabels } from '../../src/ui/heatmap';
import { chartsSettled, collapsedFromState, renderDashboard } from '../../src/ui/render-dashboard';
import { labelLines } from '../../src/ui/sections/check-in';
import { addDays, type Day } from '../../src/core/day';
import { emptyModel, realisticModel } from './dashboard-model-builder';
import { now, spyActions } from './render-helpers';



function recordingKit() {
  const configs: ChartLike[] = [];
  const kit: ChartKit = {
    create(_canvas, config) {
      const chart: ChartLike = { data: config.data, options: config.options, update: () => undefined, destroy: () => undefined };
      configs.push(chart);
      return chart;
    },
  };
  return { configs, load: () => Promise.resolve(kit) };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  root.remove();
});

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sectionIds = (): string[] => [...root.querySelectorAll('[data-st-section]')].map((s) => s.getAttribute('data-st-section') ?? '');

describe('today first', () => {
  it('puts a compact row per active promise right under the header: words, progress, streak, keep button', () => {
    const model = realisticModel();
    // A promise asking twice a day, kept once so far.
    const twice = model.promises[2]!;
    Object.assign(twice, { times: 2, target: 2, keptThisPeriod: 1, keptToday: true, currentStreak: 4 });
    const actions = spyActions();
    renderDashboard(root, model, actions, { loadCharts: recordingKit().load, whenVisible: now });

    const body = root.querySelector('.st-body')!;
    expect(body.children[0]?.classList.contains('st-header')).toBe(true);
    expect(body.children[1]?.getAttribute('data-st-section')).toBe('today');
    expect(sectionIds()[0]).toBe('today');
    expect(sectionIds()[1]).toBe('promises');

    const rows = [...root.querySelectorAll<HTMLElement>('[data-st-section="today"] .st-today-row')];
    const active = model.promises.filter((p) => p.status === 'active');
    expect(rows.map((r) => r.getAttribute('data-st-today'))).toEqual(active.map((p) => p.path));
    expect(model.promises.some((p) => p.status === 'paused')).toBe(true);

    const row = rows.find((r) => r.getAttribute('data-st-today') === twice.path)!;
    expect(text(row.querySelector('.st-today-name'))).toBe(twice.promise);
    expect(text(row.querySelector('.st-today-progress'))).toBe('1 of 2 today');
    expect(text(row.querySelector('.st-today-streak'))).toBe('Streak 4 days');
    const keep = row.querySelector<HTMLButtonElement>('[data-st-action="log-kept"]')!;
    expect(text(keep)).toBe('Kept it today · 1 of 2');
    keep.click();
    expect(actions.logPromise).toHaveBeenLastCalledWith(twice.path, 'keep');

    const weekly = rows.find((r) => r.getAttribute('data-st-today') === model.promises[1]!.path)!;
    expect(text(weekly.querySelector('.st-today-progress'))).toMatch(/^\d of 3 this week$/);
    const fresh = rows.find((r) => r.getAttribute('data-st-today') === model.promises.find((p) => p.status === 'active' && p.currentStreak === 0)?.path);
    expect(text(fresh?.querySelector('.st-today-streak'))).toMatch(/^Fresh start/);
    // The done promise says so and is not pressable again.
    const walk = rows.find((r) => r.getAttribute('data-st-today') === model.promises[0]!.path)!;
    expect(walk.querySelector<HTMLButtonElement>('button')!.disabled).toBe(true);
  });

  it('shows an “I won’t…” promise with its slips and a quiet “Log a slip”, not a keep button', () => {
    const model = realisticModel();
    const phone = model.promises[2]!;
    Object.assign(phone, { aim: 'at-most', times: 1, target: 0, keptThisPeriod: 0, slipsThisPeriod: 1, slipsToday: 1 });
    const actions = spyActions();
    renderDashboard(root, model, actions, { loadCharts: recordingKit().load, whenVisible: now });
    const row = root.querySelector<HTMLElement>(`[data-st-today="${phone.path}"]`)!;
    expect(text(row.querySelector('.st-today-progress'))).toBe('1 of at most 1 today');
    expect(row.querySelector('[data-st-action="log-kept"]')).toBeNull();
    const slip = row.querySelector<HTMLButtonElement>('[data-st-action="log-slip"]')!;
    expect(text(slip)).toBe('Log a slip');
    slip.click();
    expect(actions.logPromise).toHaveBeenLastCalledWith(phone.path, 'slip');
  });

  it('has no today list when no promise asks anything, or when promises are hidden', () => {
    renderDashboard(root, emptyModel(), spyActions(), { loadCharts: recordingKit().load, whenVisible: now });
    expect(root.querySelector('[data-st-section="today"]')).toBeNull();
    root.replaceChildren();
    const hidden: DashboardModel = { ...realisticModel(), sections: { ...realisticModel().sections, promises: false } };
    renderDashboard(root, hidden, spyActions(), { loadCharts: recordingKit().load, whenVisible: now });
    expect(root.querySelector('[data-st-section="today"]')).toBeNull();
  });
});

describe('sections that fold', () => {
  it('folds a section from its title button, tells the host, and keeps it folded across redraws', () => {
    const onCollapsedChange = vi.fn<(ids: string[]) => void>();
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: recordingKit().load, whenVisible: now, onCollapsedChange });
    const values = root.querySelector<HTMLElement>('[data-st-section="values"]')!;
    const toggle = values.querySelector<HTMLButtonElement>('h3 > button')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const bodyId = toggle.getAttribute('aria-controls')!;
    const body = root.querySelector<HTMLElement>(`[id="${bodyId}"]`)!;
    expect(values.contains(body)).toBe(true);
    expect(body.hidden).toBe(false);
    expect(text(toggle)).toBe('Values');

    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(body.hidden).toBe(true);
    expect(onCollapsedChange).toHaveBeenLastCalledWith(['values']);

    handle.update(structuredClone(model));
    const again = root.querySelector<HTMLElement>('[data-st-section="values"]')!;
    expect(again.querySelector('h3 > button')!.getAttribute('aria-expanded')).toBe('false');
    expect(again.querySelector<HTMLElement>('.st-section-body')!.hidden).toBe(true);
    expect(handle.collapsed()).toEqual(['values']);

    again.querySelector<HTMLButtonElement>('h3 > button')!.click();
    expect(onCollapsedChange).toHaveBeenLastCalledWith([]);
    expect(again.querySelector<HTMLElement>('.st-section-body')!.hidden).toBe(false);
  });

  it('starts with the sections the host remembered folded, ignoring ids that are not sections', () => {
    renderDashboard(root, realisticModel(), spyActions(), {
      loadCharts: recordingKit().load, whenVisible: now, collapsed: ['weeks', 'emotions', '<img src=x>', 'weeks'],
    });
    const folded = [...root.querySelectorAll('[data-st-section] > h3 > button[aria-expanded="false"]')].map((b) => b.closest('[data-st-section]')!.getAttribute('data-st-section'));
    expect(folded).toEqual(['weeks', 'emotions']);
    expect(collapsedFromState(['weeks', 7, 'nope', 'today', 'today'])).toEqual(['weeks', 'today']);
    expect(collapsedFromState('weeks')).toEqual([]);
  });

  it('folds what a late-arriving host state says (setCollapsed)', () => {
    const handle = renderDashboard(root, realisticModel(), spyActions(), { loadCharts: recordingKit().load, whenVisible: now });
    handle.setCollapsed(['lessons', 'goals']);
    expect(root.querySelector('[data-st-section="lessons"] .st-section-body')!.hasAttribute('hidden')).toBe(true);
    expect(root.querySelector('[data-st-section="goals"] h3 > button')!.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector('[data-st-section="values"] .st-section-body')!.hasAttribute('hidden')).toBe(false);
    expect(handle.collapsed().sort()).toEqual(['goals', 'lessons']);
  });
});

describe('help in reach', () => {
  it('has a quiet “Need support?” in the header that opens the help card, and keeps the footer', () => {
    const model = realisticModel();
    renderDashboard(root, model, spyActions(), { loadCharts: recordingKit().load, whenVisible: now });
    const header = root.querySelector('.st-header')!;
    const support = [...header.querySelectorAll('button')].find((b) => text(b) === 'Need support?')!;
    expect(support).toBeTruthy();
    expect(support.classList.contains('st-button-link')).toBe(true);
    const card = root.querySelector<HTMLElement>(`[id="${support.getAttribute('aria-controls')}"]`)!;
    expect(card.hidden).toBe(true);
    expect(support.getAttribute('aria-expanded')).toBe('false');
    support.click();
    expect(card.hidden).toBe(false);
    expect(support.getAttribute('aria-expanded')).toBe('true');
    expect(text(card)).toContain(model.help.disclaimer);
    for (const r of model.help.resources) expect(text(card)).toContain(r.name);
    expect(text(root.querySelector('.st-footer'))).toContain(model.help.disclaimer);
    support.click();
    expect(card.hidden).toBe(true);
  });
});

describe('never blank', () => {
  it('says how far the reading is, shows the promises read so far, and does not invite a first step yet', () => {
    const model = realisticModel();
    model.loading = { read: 3200, total: 10000 };
    model.values = { source: null, values: [], gaps: [] };
    renderDashboard(root, model, spyActions(), { loadCharts: recordingKit().load, whenVisible: now });
    const status = root.querySelector('[data-st-status="loading"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe('Reading your notes… 3,200 of 10,000');
    expect(root.querySelectorAll('.st-today-row').length).toBeGreaterThan(0);
    expect(text(root.querySelector('[data-st-section="values"]'))).toContain('still reading your notes');
    expect([...root.querySelectorAll('button')].some((b) => text(b) === 'Map your values')).toBe(false);
  });

  it('says a restored dashboard is from earlier until the fresh model arrives', () => {
    const handle = renderDashboard(root, realisticModel(), spyActions(), { loadCharts: recordingKit().load, whenVisible: now, restored: true });
    expect(text(root.querySelector('[data-st-status="earlier"]'))).toContain('from earlier');
    handle.update(realisticModel());
    expect(root.querySelector('[data-st-status="earlier"]')).toBeNull();
    expect(root.querySelector('[data-st-status="loading"]')).toBeNull();
  });
});

describe('the calendar', () => {
  /** 13 weeks of a promise, the first column the last week of August. */
  function days(first: string): HeatDay[] {
    return Array.from({ length: 13 * 7 }, (_, i) => ({ date: addDays(first as Day, i), state: 'missed' as const, count: 0 }));
  }

  it('names every month that starts in it (no “Sep” missing between “Aug” and “Oct”)', () => {
    const table = heatmap(days('2026-08-24'), 'monday', 'Walk');
    const labels = [...table.querySelectorAll('.st-heat-month')].map((s) => s.textContent);
    expect(labels).toEqual(['Sep', 'Oct', 'Nov']);
    // August's two weeks at the left edge are too few for its name; September keeps its own.
    expect(monthLabels(['2026-08-24', '2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'])).toEqual(['', '', 'Sep', '', '', '']);
    // The first column keeps its name when the next one is far enough.
    expect(monthLabels(['2026-08-03', '2026-08-10', '2026-08-17', '2026-08-24', '2026-08-31', '2026-09-07'])).toEqual(['Aug', '', '', '', '', 'Sep']);
  });

  it('marks each week column with its age, newest last, so a narrow card drops the oldest whole', () => {
    const table = heatmap(days('2026-08-24'), 'monday', 'Walk');
    const cols = [...table.querySelectorAll('thead th.st-heat-col')];
    expect(cols[cols.length - 1]!.classList.contains('st-wk-0')).toBe(true);
    expect(cols[0]!.classList.contains('st-wk-12')).toBe(true);
    const lastRowCells = [...table.querySelectorAll('tbody tr:first-child td')];
    expect(lastRowCells[lastRowCells.length - 1]!.classList.contains('st-wk-0')).toBe(true);
    // Not a scroll box any more: nothing to scroll sideways to.
    expect(table.querySelector('.st-heatmap-scroll')).toBeNull();
  });
});

describe('the 7 elements', () => {
  it('draws the radar’s numbers above its lines, on the card’s colour, with labels cut between words only', async () => {
    const kit = recordingKit();
    renderDashboard(root, realisticModel(), spyActions(), { loadCharts: kit.load, whenVisible: now });
    await chartsSettled(root);
    const radar = kit.configs.find((c) => (c.options as { scales?: { r?: unknown } }).scales?.r);
    const r = (radar!.options as { scales: { r: { ticks: { z: number; showLabelBackdrop: boolean; backdropColor: string } } } }).scales.r;
    expect(r.ticks.z).toBeGreaterThan(0);
    expect(r.ticks.showLabelBackdrop).toBe(true);
    expect(r.ticks.backdropColor).not.toBe('transparent');
    const labels = radar!.data.labels as string[][];
    expect(labels.map((l) => l.join(' '))).toEqual(realisticModel().checkIn.elements.map((e) => e.label));
    expect(labelLines('Confidence in abilities')).toEqual(['Confidence in', 'abilities']);
    expect(labelLines('Accountability')).toEqual(['Accountability']);
  });

  it('also lists them as labelled bars (shown when the card is narrow), latest and previous in words', () => {
    renderDashboard(root, realisticModel(), spyActions(), { loadCharts: recordingKit().load, whenVisible: now });
    const bars = [...root.querySelectorAll('[data-st-section="checkIn"] .st-radar-bar')];
    expect(bars.length).toBe(7);
    const confidence = bars.find((b) => b.getAttribute('data-element') === 'confidence')!;
    expect(text(confidence.querySelector('.st-radar-bar-label'))).toBe('Confidence in abilities');
    expect(text(confidence.querySelector('.st-radar-bar-value'))).toBe('4 of 5 · was 3');
    const accountability = bars.find((b) => b.getAttribute('data-element') === 'accountability')!;
    expect(text(accountability.querySelector('.st-radar-bar-value'))).toBe('5 of 5');
  });
});
