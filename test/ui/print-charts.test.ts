// @vitest-environment happy-dom
/**
 * Charts at print size (issue 13, point 3): chart.js does not resize for print by itself, so the
 * renderer fits every chart on beforeprint/afterprint and on the print media query's change, in the
 * dashboard's own window, and destroy() takes those listeners away again. (Chromium draws it for
 * real in test/e2e/print-charts.e2e.test.ts.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardActions } from '../../src/ui/actions';
import type { ChartKit, ChartLike, VisibilityWatch } from '../../src/ui/charts';
import { chartsSettled, renderDashboard } from '../../src/ui/render-dashboard';
import { realisticModel } from './dashboard-model-builder';

const actions: DashboardActions = { openNote: vi.fn(), startExercise: vi.fn(), logPromise: vi.fn(), rereadLetter: vi.fn() };

/** A stand-in for chart.js that counts each chart's resize() by its slot key. */
function countingKit() {
  const resizes = new Map<string, number>();
  const made: string[] = [];
  const kit: ChartKit = {
    create(canvas, config) {
      const key = canvas.parentElement?.getAttribute('data-st-chart') ?? '';
      made.push(key);
      resizes.set(key, 0);
      const chart: ChartLike = {
        data: config.data,
        options: config.options,
        update: () => undefined,
        resize: () => void resizes.set(key, (resizes.get(key) ?? 0) + 1),
        destroy: () => undefined,
      };
      return chart;
    },
  };
  return { resizes, made, load: () => Promise.resolve(kit) };
}

/** matchMedia whose lists are kept by query, so a test can switch `print` on and count listeners. */
function stubMatchMedia(win: Window) {
  const lists = new Map<string, EventTarget & { matches: boolean; media: string; listeners: number }>();
  vi.spyOn(win, 'matchMedia').mockImplementation((query: string) => {
    let list = lists.get(query);
    if (!list) {
      const target = new EventTarget();
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      list = Object.assign(target, { matches: false, media: query, listeners: 0 });
      const l = list;
      l.addEventListener = (...args: Parameters<EventTarget['addEventListener']>) => ((l.listeners += 1), add(...args));
      l.removeEventListener = (...args: Parameters<EventTarget['removeEventListener']>) => ((l.listeners -= 1), remove(...args));
      lists.set(query, list);
    }
    return list as unknown as MediaQueryList;
  });
  return lists;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  root.remove();
  vi.restoreAllMocks();
});

describe('charts at print size', () => {
  it('fits every chart on beforeprint, afterprint and a change of the print query; destroy() stops listening', async () => {
    const win = root.ownerDocument.defaultView as Window;
    const lists = stubMatchMedia(win);
    const added = vi.spyOn(win, 'addEventListener');
    const removed = vi.spyOn(win, 'removeEventListener');
    const kit = countingKit();
    const now: VisibilityWatch = (_box, onVisible) => (onVisible(), () => undefined);
    const handle = renderDashboard(root, realisticModel(), actions, { loadCharts: kit.load, whenVisible: now });
    await chartsSettled(root);
    expect(kit.resizes.size).toBeGreaterThan(1);
    const every = (n: number) => [...kit.resizes.values()].every((count) => count === n);

    win.dispatchEvent(new Event('beforeprint'));
    expect(every(1)).toBe(true);
    const print = lists.get('print');
    expect(print?.listeners).toBe(1);
    print?.dispatchEvent(new Event('change'));
    expect(every(2)).toBe(true);
    win.dispatchEvent(new Event('afterprint'));
    expect(every(3)).toBe(true);

    handle.destroy();
    expect(print?.listeners).toBe(0);
    for (const type of ['beforeprint', 'afterprint']) {
      const listener = added.mock.calls.find(([t]) => t === type)?.[1];
      expect(listener).toBeTypeOf('function');
      expect(removed.mock.calls.some(([t, l]) => t === type && l === listener)).toBe(true);
    }
    win.dispatchEvent(new Event('beforeprint'));
    win.dispatchEvent(new Event('afterprint'));
    expect(every(3)).toBe(true);
  });

  it('makes the charts not yet scrolled to before printing, so the page holds every one', async () => {
    const kit = countingKit();
    // Only the first chart comes near the screen.
    let first = true;
    const firstOnly: VisibilityWatch = (_box, onVisible) => {
      if (first) onVisible();
      first = false;
      return () => undefined;
    };
    const handle = renderDashboard(root, realisticModel(), actions, { loadCharts: kit.load, whenVisible: firstOnly });
    await chartsSettled(root);
    expect(kit.made).toHaveLength(1);
    const boxes = root.querySelectorAll('.st-chart').length;
    expect(boxes).toBeGreaterThan(1);

    window.dispatchEvent(new Event('beforeprint'));
    expect(kit.made).toHaveLength(boxes);
    expect(root.querySelectorAll('.st-chart[data-st-drawn="true"]')).toHaveLength(boxes);
    expect([...kit.resizes.values()].every((n) => n === 1)).toBe(true);
    handle.destroy();
  });
});
