// @vitest-environment happy-dom
/**
 * The renderer in the window it is shown in. An Obsidian popout window has its own Window and Document
 * ("Each pop-out window introduces its own Window object, Document object, and fresh copies of all
 * global constructors": docs.obsidian.md, Support pop-out windows), with its own size, pixel ratio,
 * observers and frames; the global `window` is always the main one. Here the popout is a second
 * happy-dom Window whose observers and frames are recorded stand-ins.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Chart, ChartEvent } from 'chart.js';
import { Window as HappyWindow } from 'happy-dom';
import { ViewWindowPlatform } from '../../src/ui/chart-kit';
import type { ChartKit, ChartLike, ChartTheme, VisibilityWatch } from '../../src/ui/charts';
import { chartsSettled, renderDashboard } from '../../src/ui/render-dashboard';
import { realisticModel } from './dashboard-model-builder';

type Win = Window & typeof globalThis;

const now: VisibilityWatch = (_box, onVisible) => {
  onVisible();
  return () => undefined;
};

const actions = { openNote: () => undefined, startExercise: () => undefined, logPromise: () => undefined, rereadLetter: () => undefined };

/** What a window was asked for, through stand-ins of its observers, media queries, frames and styles. */
interface Watched {
  observers: { target: Element[]; callback: ResizeObserverCallback; disconnected: boolean }[];
  media: string[];
  frames: number;
  styles: number;
}

function watch(win: Win, accent = ''): Watched {
  const seen: Watched = { observers: [], media: [], frames: 0, styles: 0 };
  win.ResizeObserver = class {
    private readonly entry: Watched['observers'][number];
    constructor(callback: ResizeObserverCallback) {
      this.entry = { target: [], callback, disconnected: false };
      seen.observers.push(this.entry);
    }
    observe(target: Element): void {
      this.entry.target.push(target);
    }
    unobserve(): void {}
    disconnect(): void {
      this.entry.disconnected = true;
    }
  } as unknown as typeof ResizeObserver;
  const matchMedia = win.matchMedia.bind(win);
  win.matchMedia = (query: string) => {
    seen.media.push(query);
    return matchMedia(query);
  };
  win.requestAnimationFrame = (cb: FrameRequestCallback) => {
    seen.frames += 1;
    return win.setTimeout(() => cb(0), 0) as unknown as number;
  };
  win.cancelAnimationFrame = (id: number) => win.clearTimeout(id);
  const getComputedStyle = win.getComputedStyle.bind(win);
  win.getComputedStyle = ((elt: Element) => {
    seen.styles += 1;
    const style = getComputedStyle(elt);
    return new Proxy(style, {
      get(target, key) {
        if (key === 'getPropertyValue') return (name: string) => (name === '--st-accent' && accent ? accent : target.getPropertyValue(name));
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  }) as typeof win.getComputedStyle;
  return seen;
}

/** Charts that remember the accent of their first dataset. */
function recordingKit() {
  const charts: { accent: () => string }[] = [];
  const kit: ChartKit = {
    create(_canvas, config, _theme: ChartTheme): ChartLike {
      const chart: ChartLike = { data: config.data, options: config.options, update: () => undefined, destroy: () => undefined };
      charts.push({ accent: () => String((chart.data.datasets[0] as { borderColor?: unknown } | undefined)?.borderColor) });
      return chart;
    },
  };
  return { charts, load: () => Promise.resolve(kit) };
}

const WATCHED = ['ResizeObserver', 'matchMedia', 'requestAnimationFrame', 'cancelAnimationFrame', 'getComputedStyle'] as const;

let popout: Win;
let main: Win;
let mainOriginals: Partial<Record<(typeof WATCHED)[number], unknown>>;
beforeEach(() => {
  popout = new HappyWindow({ width: 420, height: 900 }) as unknown as Win;
  main = (document.defaultView ?? window) as Win;
  mainOriginals = Object.fromEntries(WATCHED.map((k) => [k, main[k]]));
});
afterEach(async () => {
  Object.assign(main, mainOriginals);
  await (popout as unknown as HappyWindow).happyDOM.close();
});

describe('a dashboard shown in a popout window', () => {
  it('follows the popout’s size and colour scheme, waits for its frames and reads its styles, and asks nothing of the main window', async () => {
    const inPopout = watch(popout, '#aa3300');
    const inMain = watch(main);
    const root = popout.document.createElement('div') as unknown as HTMLElement;
    popout.document.body.appendChild(root as unknown as Node);
    const kit = recordingKit();

    const handle = renderDashboard(root, realisticModel(), actions, { loadCharts: kit.load, whenVisible: now });
    await chartsSettled(root);

    const container = root.querySelector('.st-dashboard');
    expect(inPopout.observers.map((o) => o.target).flat()).toContain(container);
    // The colour scheme, and print (charts fitted to the page), both in the popout's own window.
    expect(inPopout.media).toEqual(['(prefers-color-scheme: dark)', 'print']);
    expect(inPopout.frames).toBeGreaterThan(0);
    expect(inPopout.styles).toBeGreaterThan(0);
    expect(kit.charts.length).toBeGreaterThan(0);
    expect(kit.charts.every((c) => c.accent() === '#aa3300')).toBe(true);
    expect(inMain).toEqual({ observers: [], media: [], frames: 0, styles: 0 });

    // Chart boxes belong to the popout's document, so its window watches them.
    expect(root.querySelector('.st-chart')?.ownerDocument).toBe(popout.document);

    handle.destroy();
    expect(inPopout.observers.every((o) => o.disconnected)).toBe(true);
  });
});

describe('retheme', () => {
  it('redraws every chart in the colours the host has now', async () => {
    let accent = '#112233';
    const original = main.getComputedStyle.bind(main);
    main.getComputedStyle = ((elt: Element) =>
      new Proxy(original(elt), {
        get(target, key) {
          if (key === 'getPropertyValue') return (name: string) => (name === '--st-accent' ? accent : target.getPropertyValue(name));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      })) as typeof main.getComputedStyle;
    const root = document.createElement('div');
    document.body.appendChild(root);
    try {
      const kit = recordingKit();
      const handle = renderDashboard(root, realisticModel(), actions, { loadCharts: kit.load, whenVisible: now });
      await chartsSettled(root);
      expect(kit.charts.every((c) => c.accent() === '#112233')).toBe(true);
      accent = '#ddeeff';
      handle.retheme();
      expect(kit.charts.every((c) => c.accent() === '#ddeeff')).toBe(true);
      handle.destroy();
      handle.retheme(); // after destroy: nothing to do, nothing thrown
    } finally {
      main.getComputedStyle = original;
      root.remove();
    }
  });
});

describe('chart.js in the canvas’s own window (ViewWindowPlatform)', () => {
  function canvasIn(win: Win): HTMLCanvasElement {
    const box = win.document.createElement('div');
    const canvas = win.document.createElement('canvas');
    box.appendChild(canvas);
    win.document.body.appendChild(box);
    return canvas as unknown as HTMLCanvasElement;
  }

  it('takes the pixel ratio of the canvas’s window, live', () => {
    (popout as unknown as { devicePixelRatio: number }).devicePixelRatio = 2;
    const platform = new ViewWindowPlatform();
    platform.acquireContext(canvasIn(popout));
    expect(platform.getDevicePixelRatio()).toBe(2);
    (popout as unknown as { devicePixelRatio: number }).devicePixelRatio = 1.5; // moved to another screen
    expect(platform.getDevicePixelRatio()).toBe(1.5);
  });

  it('follows resizes with the popout’s ResizeObserver and frames, and lets go when chart.js removes the listener', async () => {
    const inPopout = watch(popout);
    const canvas = canvasIn(popout);
    const platform = new ViewWindowPlatform();
    platform.acquireContext(canvas);
    const chart = { canvas } as unknown as Chart;
    const sizes: unknown[][] = [];
    const listener = ((...args: unknown[]) => sizes.push(args)) as unknown as (e: ChartEvent) => void;

    platform.addEventListener(chart, 'resize', listener);
    expect(inPopout.observers).toHaveLength(1);
    const observer = inPopout.observers[0]!;
    expect(observer.target).toEqual([canvas.parentElement]);

    const entry = (width: number, height: number) => [{ contentRect: { width, height } }] as unknown as ResizeObserverEntry[];
    observer.callback(entry(300, 200), {} as ResizeObserver);
    observer.callback(entry(320, 210), {} as ResizeObserver); // same frame: only the latest size
    await new Promise((resolve) => popout.setTimeout(resolve, 5));
    expect(sizes).toEqual([[320, 210]]);
    expect(inPopout.frames).toBe(1);

    platform.removeEventListener(chart, 'resize', listener);
    expect(observer.disconnected).toBe(true);
  });

  it('leaves chart.js’s own handling in place in the main window', () => {
    const inMain = watch(main);
    const canvas = document.createElement('canvas');
    document.body.appendChild(document.createElement('div')).appendChild(canvas);
    const platform = new ViewWindowPlatform();
    platform.acquireContext(canvas);
    expect(platform.getDevicePixelRatio()).toBe(main.devicePixelRatio);
    const chart = { canvas } as unknown as Chart;
    platform.addEventListener(chart, 'resize', () => undefined);
    // chart.js's own: it keeps its ResizeObserver itself where this platform would keep a plain handle.
    const kept = (chart as unknown as { $proxies: { resize?: unknown } }).$proxies.resize;
    expect(kept).toBeInstanceOf(main.ResizeObserver);
    expect(inMain.observers.map((o) => o.target).flat()).toEqual([canvas.parentElement]);
    platform.removeEventListener(chart, 'resize', () => undefined);
    expect(inMain.observers[0]?.disconnected).toBe(true);
    canvas.parentElement?.remove();
  });
});
