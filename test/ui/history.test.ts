// @vitest-environment happy-dom
/**
 * The practice over months in the dashboard (issue 13, point 1), drawn from the demo vault's real
 * model: every chart has its table, the 7 elements as small multiples, feelings month by month with
 * their intensity, and each promise's year as months that wrap.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { ChartConfiguration } from 'chart.js';
import { buildDashboard } from '../../src/core/dashboard/build-dashboard';
import type { DashboardModel } from '../../src/core/dashboard/model';
import type { Day } from '../../src/core/day';
import { NoteIndex } from '../../src/core/index/note-index';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import type { DashboardActions } from '../../src/ui/actions';
import type { ChartKit, ChartLike, VisibilityWatch } from '../../src/ui/charts';
import { chartsSettled, renderDashboard } from '../../src/ui/render-dashboard';
import { yearCalendar } from '../../src/ui/sections/promise-year';
import { emptyModel, realisticModel } from './dashboard-model-builder';

const DEMO = path.resolve(__dirname, '../../examples/vault');

function demoModel(): DashboardModel {
  const index = new NoteIndex();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === '.obsidian') continue;
      if (statSync(full).isDirectory()) walk(full);
      else index.upsert(path.relative(DEMO, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(DEMO);
  return buildDashboard(index, '2026-11-26' as Day, DEFAULT_SETTINGS);
}

const now: VisibilityWatch = (_box, onVisible) => {
  onVisible();
  return () => undefined;
};

/** A stand-in for chart.js that keeps each chart's configuration by its slot key. */
function fakeKit() {
  const configs = new Map<string, ChartConfiguration>();
  const kit: ChartKit = {
    create(canvas, config) {
      configs.set(canvas.parentElement?.getAttribute('data-st-chart') ?? '', config);
      const chart: ChartLike = { data: config.data, options: config.options, update: () => undefined, destroy: () => undefined };
      return chart;
    },
  };
  return { configs, load: () => Promise.resolve(kit) };
}

const actions: DashboardActions = { openNote: vi.fn(), startExercise: vi.fn(), logPromise: vi.fn(), rereadLetter: vi.fn() };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => root.remove());

async function draw(model: DashboardModel) {
  const kit = fakeKit();
  const handle = renderDashboard(root, model, actions, { loadCharts: kit.load, whenVisible: now });
  await chartsSettled(root);
  return { kit, handle };
}

const history = (id: string): HTMLElement | null => root.querySelector(`[data-st-history="${id}"]`);
const rows = (scope: Element | null): string[][] =>
  [...(scope?.querySelectorAll('table.st-table tbody tr') ?? [])].map((tr) => [...tr.children].map((c) => (c.textContent ?? '').trim()));

describe('the 7 elements over time', () => {
  it('draws a small chart per element inside the check-in section, with every check-in in the table', async () => {
    const model = demoModel();
    const { kit } = await draw(model);
    const block = history('elements');
    expect(block?.closest('[data-st-section="checkIn"]')).not.toBeNull();
    expect(block?.querySelectorAll('.st-multiple')).toHaveLength(7);
    expect(block?.querySelector('.st-multiple')?.textContent).toBe('Confidence in abilities4 of 5');
    const config = kit.configs.get('element-history-confidence');
    expect(config?.type).toBe('line');
    expect(config?.data.datasets[0]?.data).toEqual([3, 3, 3, 3, 4]);
    expect(rows(block)).toEqual([
      ['18 Nov 2026', '4', '4', '4', '4', '3', '4', '4'],
      ['28 Oct 2026', '3', '4', '3', '3', '3', '3', '4'],
      ['7 Oct 2026', '3', '4', '3', '3', '3', '3', '4'],
      ['16 Sep 2026', '3', '3', '3', '2', '2', '3', '3'],
      ['26 Aug 2026', '3', '3', '2', '2', '2', '2', '3'],
    ]);
    // The radar keeps the latest.
    expect(kit.configs.get('check-in')?.type).toBe('radar');
  });

  it('needs two check-ins for a line', async () => {
    const model = realisticModel({ history: true });
    model.history.checkIns = model.history.checkIns.slice(-1);
    await draw(model);
    expect(history('elements')).toBeNull();
  });
});

describe('feelings', () => {
  it('puts the mean intensity in the 30-day chart itself', async () => {
    const model = demoModel();
    const { kit } = await draw(model);
    const config = kit.configs.get('emotions');
    expect(config?.data.datasets.map((d) => d.label)).toEqual(['Times named', 'Mean intensity']);
    const canvas = root.querySelector('[data-st-chart="emotions"] canvas');
    expect(canvas?.getAttribute('aria-label')).toMatch(/^Feelings named most in the last 30 days, times named and mean intensity: /);
    // One chart, in the emotions section, as before.
    expect(root.querySelectorAll('[data-st-chart="emotions"]')).toHaveLength(1);
  });

  it('shows the most named feelings month by month, with both numbers in the table', async () => {
    const model = demoModel();
    const { kit } = await draw(model);
    const block = history('feelings');
    expect(block?.closest('[data-st-section="emotions"]')).not.toBeNull();
    expect([...(block?.querySelectorAll('.st-multiple-name') ?? [])].map((n) => n.textContent)).toEqual(model.history.feelings.names);
    const config = kit.configs.get('feeling-months-0');
    expect(config?.data.labels).toEqual(['Aug', 'Sep', 'Oct', 'Nov']);
    expect(config?.data.datasets.map((d) => d.label)).toEqual(['Times named', 'Mean intensity']);
    const table = rows(block);
    expect(table.map((r) => r[0])).toEqual(['Nov 2026', 'Oct 2026', 'Sep 2026', 'Aug 2026']);
    expect(table[2]).toEqual(['Sep 2026', '17', '3 (4.3)', '2 (6.5)', '3 (5.3)', '1 (7)', '1 (5)']);
  });
});

describe("a promise's year", () => {
  it('is folded under the promises until asked for, then months that each say their days', async () => {
    const model = demoModel();
    await draw(model);
    const block = history('promises');
    expect(block?.closest('[data-st-section="promises"]')).not.toBeNull();
    const details = [...(block?.querySelectorAll<HTMLDetailsElement>('details.st-year-details') ?? [])];
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual([
      'Walk for 15 minutes after lunch: since 24 Aug 2026',
      'Cook dinner at home: since 31 Aug 2026',
      'Read for 20 minutes before bed: since 7 Sep 2026',
    ]);
    const walk = details[0] as HTMLDetailsElement;
    expect(walk.querySelector('.st-year-month')).toBeNull();
    walk.open = true;
    walk.dispatchEvent(new Event('toggle'));
    const months = [...walk.querySelectorAll('.st-year-month')];
    expect(months.map((m) => m.getAttribute('data-month'))).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(walk.querySelector('[data-date="2026-10-09"]')?.getAttribute('aria-label')).toBe('9 Oct: rest day');
    expect(walk.querySelector('[data-date="2026-11-26"]')?.getAttribute('aria-label')).toBe('26 Nov: today, still open');
    // Each week a row of 7, the 1st under its own weekday: 1 Nov 2026 is a Sunday.
    const november = months[3] as HTMLTableElement;
    expect([...november.querySelectorAll('tbody tr')].every((tr) => tr.children.length === 7)).toBe(true);
    expect(november.querySelector('tbody tr')?.children[6]?.getAttribute('data-date')).toBe('2026-11-01');
  });

  it('starts each month under its weekday for Sunday weeks too, and says words and slips', () => {
    const days = [
      { date: '2026-10-25', state: 'kept' as const, count: 2 },
      { date: '2026-10-26', state: 'missed' as const, count: 0, slips: 2 },
      { date: '2026-10-27', state: 'rest' as const, count: 0, words: ['dentist'] },
      { date: '2026-10-28', state: 'kept' as const, count: 1 },
      { date: '2026-10-29', state: 'kept' as const, count: 1 },
      { date: '2026-10-30', state: 'kept' as const, count: 1 },
      { date: '2026-10-31', state: 'kept' as const, count: 1 },
      { date: '2026-11-01', state: 'pending' as const, count: 0 },
    ];
    const cal = yearCalendar(days, 'sunday', 'Walk');
    const label = (date: string) => cal.querySelector(`[data-date="${date}"]`)?.getAttribute('aria-label');
    expect(label('2026-10-25')).toBe('25 Oct: kept 2 times');
    expect(label('2026-10-26')).toBe('26 Oct: over the limit, 2 slips');
    expect(label('2026-10-27')).toBe('27 Oct: rest day — dentist');
    const nov = cal.querySelector('[data-month="2026-11"] tbody tr');
    expect(nov?.children[0]?.getAttribute('data-date')).toBe('2026-11-01');
  });
});

describe('without history', () => {
  it('adds nothing to an empty dashboard', async () => {
    await draw(emptyModel());
    expect(root.querySelector('.st-history')).toBeNull();
  });

  it('folds with its section', async () => {
    await draw(demoModel());
    const toggle = root.querySelector<HTMLButtonElement>('[data-st-section="checkIn"] button[data-st-fold]');
    toggle?.click();
    expect(history('elements')?.closest('[hidden]')).not.toBeNull();
  });
});
