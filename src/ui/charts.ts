/**
 * Chart slots: each chart lives in a box that survives a redraw, so `update(model)` reuses the
 * chart.js instance (new data, no new canvas) and only charts no longer shown are destroyed. A
 * chart whose part of the dashboard was kept (keep()) is left alone: only charts asked for again
 * with slot() get their new data, through chart.update('none').
 */
import type { ChartConfiguration } from 'chart.js';
import { el, windowOf } from './dom';

/** The part of a chart.js instance the renderer touches. */
export interface ChartLike {
  data: ChartConfiguration['data'];
  options: ChartConfiguration['options'];
  update(mode?: 'none'): void;
  /**
   * Fits the chart to its box as it is now (chart.js follows a box's size by itself, but not into
   * print). Optional only so a test's stand-in for chart.js may leave it out; chart.js has it.
   */
  resize?(): void;
  destroy(): void;
}

export interface ChartKit {
  create(canvas: HTMLCanvasElement, config: ChartConfiguration, theme: ChartTheme): ChartLike | null;
}

export type ChartKitLoader = () => Promise<ChartKit>;

/**
 * Colours read from the dashboard's --st-chart-* variables at draw time, so every theme gets its own.
 * dashboard.css derives those from the host's theme with enough contrast against the card (3:1 for
 * lines and marks, 4.5:1 for text); here they are resolved to plain rgb() for chart.js.
 */
export interface ChartTheme {
  accent: string;
  accentSoft: string;
  previous: string;
  previousSoft: string;
  text: string;
  muted: string;
  grid: string;
  kept: string;
  /** The card the charts sit on: behind tick labels, so a line never runs through a number. */
  background: string;
  font: string;
}

// Chosen so a chart stays legible even where a host maps none of the variables.
const FALLBACK = {
  accent: '#4f6f94',
  previous: '#7d6699',
  text: '#2b2b2b',
  muted: '#595959',
  grid: 'rgba(128, 128, 128, 0.25)',
  kept: '#3f7d5a',
  background: '#ffffff',
};

/** A colour chart.js takes as it is: hex, rgb()/rgba() or a name. */
const PLAIN_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([^()]*\)|[a-z]+)$/i;

/** The chart colours in effect for `node` (the dashboard's container), each resolved to rgb()/rgba(). */
export function readTheme(node: Element): ChartTheme {
  const win = windowOf(node);
  const style = win.getComputedStyle(node);
  let probeEl: HTMLElement | null = null;
  // The first variable that is set; a derived one (a relative colour, color-mix()) is resolved by the
  // page itself, through a hidden probe's computed colour, then read back as rgb() from a canvas.
  const read = (names: string[], fallback: string): string => {
    const raw = names.map((n) => style.getPropertyValue(n).trim()).find((v) => v !== '') ?? '';
    if (!raw) return fallback;
    if (PLAIN_COLOR.test(raw)) return raw;
    if (!probeEl) {
      probeEl = node.ownerDocument.createElement('span');
      probeEl.className = 'st-color-probe';
      probeEl.setAttribute('aria-hidden', 'true');
      node.appendChild(probeEl);
    }
    probeEl.style.removeProperty('color');
    probeEl.style.setProperty('color', raw);
    const computed = win.getComputedStyle(probeEl).color;
    if (!computed) return fallback;
    return toRgb(computed) ?? computed;
  };
  try {
    const accent = read(['--st-chart-line', '--st-accent'], FALLBACK.accent);
    const previous = read(['--st-chart-previous', '--st-previous'], FALLBACK.previous);
    return {
      accent,
      accentSoft: withAlpha(accent, 0.18),
      previous,
      previousSoft: withAlpha(previous, 0.12),
      text: read(['--st-chart-text', '--st-text'], FALLBACK.text),
      muted: read(['--st-chart-muted', '--st-muted'], FALLBACK.muted),
      grid: read(['--st-chart-grid', '--st-grid'], FALLBACK.grid),
      kept: read(['--st-chart-kept', '--st-kept'], FALLBACK.kept),
      background: read(['--st-chart-bg', '--st-surface'], FALLBACK.background),
      font: style.fontFamily || 'system-ui, sans-serif',
    };
  } finally {
    (probeEl as HTMLElement | null)?.remove();
  }
}

let probe: CanvasRenderingContext2D | null | undefined;

function probeContext(): CanvasRenderingContext2D | null {
  if (probe === undefined) {
    try {
      const canvas = document.createElement('canvas');
      canvas.width = 1;
      canvas.height = 1;
      probe = canvas.getContext('2d', { willReadFrequently: true });
    } catch {
      probe = null;
    }
  }
  return probe;
}

/**
 * Any CSS colour (oklch(), color-mix(), a relative colour) as the rgb()/rgba() the screen shows:
 * painted on a 1×1 canvas and read back. Null where there is no canvas (a DOM without one).
 */
export function toRgb(color: string): string | null {
  const ctx = probeContext();
  if (!ctx || typeof ctx.getImageData !== 'function') return null;
  try {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000000';
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, 1, 1);
    // getImageData gives straight (not premultiplied) colour.
    const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
    if (a === 0) return 'rgba(0, 0, 0, 0)';
    return a === 255 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 1000) / 1000})`;
  } catch {
    return null;
  }
}

/**
 * A translucent twin of any CSS colour: the canvas normalises it to #rrggbb or rgba(), which we can
 * take apart. Colours it cannot normalise (none in practice) are returned as they are.
 */
export function withAlpha(color: string, alpha: number): string {
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color);
  if (rgb) return `rgba(${rgb[1]}, ${rgb[2]}, ${rgb[3]}, ${alpha})`;
  const ctx = probeContext();
  if (!ctx) return color;
  ctx.fillStyle = '#000000';
  ctx.fillStyle = color;
  const normal = String(ctx.fillStyle);
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hex) {
    const [r, g, b] = [hex[1], hex[2], hex[3]].map((h) => parseInt(h ?? '0', 16));
    return `rgba(${r}, ${g}, ${b}, ${alpha})`;
  }
  const rgba = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(normal);
  if (rgba) return `rgba(${rgba[1]}, ${rgba[2]}, ${rgba[3]}, ${alpha})`;
  return color;
}

/**
 * Resolves after `win` has painted its next frame: a rAF callback runs before that frame's paint,
 * so the task queued from it runs after. Charts drawn then never delay the first picture. The
 * dashboard's own window: a popout paints (and is throttled when hidden) on its own.
 */
function afterNextPaint(win: Window): Promise<void> {
  return new Promise((resolve) => {
    if (typeof win.requestAnimationFrame === 'function') win.requestAnimationFrame(() => win.setTimeout(resolve, 0));
    else win.setTimeout(resolve, 0);
  });
}

export interface ChartRequest {
  /** Stable across redraws: the same key reuses the same chart. */
  key: string;
  /** Accessible name of the chart (the numbers are in a table next to it). */
  label: string;
  config: (theme: ChartTheme) => ChartConfiguration;
}

interface Slot {
  box: HTMLDivElement;
  canvas: HTMLCanvasElement;
  chart: ChartLike | null;
  request: ChartRequest;
  /** The chart type the instance was made with; a different type needs a new instance. */
  type: string | null;
  /** Whether the box has come near the screen: charts far below are made when scrolled to. */
  seen: boolean;
  stopWatching: () => void;
}

/** Calls `onVisible` once, when `el` comes near the screen; returns a function that stops watching. */
export type VisibilityWatch = (el: Element, onVisible: () => void) => () => void;

/**
 * Charts are made as they come near the screen: a long dashboard shows its first screen without
 * paying for charts below it. Where IntersectionObserver is missing, every chart is made at once.
 */
export const whenNearScreen: VisibilityWatch = (el, onVisible) => {
  const win = windowOf(el);
  if (typeof win.IntersectionObserver !== 'function') {
    onVisible();
    return () => undefined;
  }
  const observer = new win.IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      onVisible();
    },
    { rootMargin: '300px 0px' },
  );
  observer.observe(el);
  return () => observer.disconnect();
};

export class ChartSlots {
  private readonly slots = new Map<string, Slot>();
  private used = new Set<string>();
  /** Keys asked for this pass (slot() or keep()), in order; a part's charts are a stretch of it. */
  private requested: string[] = [];
  /** Charts whose request is newer than what they show: drawn at the next commit (or when seen). */
  private readonly dirty = new Set<string>();
  private generation = 0;
  private destroyed = false;
  private kit: ChartKit | null = null;
  /** What the latest drawing came to. */
  private state: 'ready' | 'unavailable' = 'ready';
  /** Settles when the charts of the latest pass are drawn (or could not be). */
  ready: Promise<void> = Promise.resolve();

  constructor(
    private readonly themeSource: Element,
    private readonly load: ChartKitLoader,
    private readonly onDrawn: (state: 'ready' | 'unavailable') => void,
    private readonly watch: VisibilityWatch = whenNearScreen,
  ) {}

  /** Starts a render pass. */
  begin(): void {
    this.used = new Set();
    this.requested = [];
  }

  /**
   * Keeps charts of a part that was not built again this pass: their boxes stay, and the charts are
   * neither destroyed nor redrawn.
   */
  keep(keys: readonly string[]): void {
    for (const key of keys) {
      this.used.add(key);
      this.requested.push(key);
    }
  }

  /** How many charts were asked for so far this pass. */
  get requestedCount(): number {
    return this.requested.length;
  }

  /** The keys asked for since `requestedCount` was `start`. */
  requestedSince(start: number): string[] {
    return this.requested.slice(start);
  }

  /** The box to place in the DOM for this chart; the same box as last pass when the key repeats. */
  slot(request: ChartRequest): HTMLDivElement {
    this.used.add(request.key);
    this.requested.push(request.key);
    this.dirty.add(request.key);
    let slot = this.slots.get(request.key);
    if (!slot) {
      const canvas = el('canvas', { cls: 'st-chart-canvas', attrs: { role: 'img' } });
      const box = el('div', { cls: 'st-chart', attrs: { 'data-st-chart': request.key } }, canvas);
      // Into the dashboard's document before it is watched: in a popout, its window does the watching.
      this.themeSource.ownerDocument.adoptNode(box);
      const made: Slot = { box, canvas, chart: null, request, type: null, seen: false, stopWatching: () => undefined };
      made.stopWatching = this.watch(box, () => {
        made.seen = true;
        if (this.kit && !this.destroyed && this.slots.get(made.request.key) === made) this.drawSlot(this.kit, made, readTheme(this.themeSource));
      });
      slot = made;
      this.slots.set(request.key, slot);
    }
    slot.request = request;
    slot.canvas.setAttribute('aria-label', request.label);
    return slot.box;
  }

  /** Ends a render pass: drops charts not asked for, then draws (lazily loading chart.js once). */
  commit(): Promise<void> {
    const gen = ++this.generation;
    for (const [key, slot] of this.slots) {
      if (this.used.has(key)) continue;
      slot.stopWatching();
      slot.chart?.destroy();
      slot.box.remove();
      this.slots.delete(key);
      this.dirty.delete(key);
    }
    // Nothing new to draw (every chart kept as it is, or none made yet): the charts are as they should be.
    const toDraw = [...this.dirty].some((key) => this.slots.get(key)?.seen === true);
    if (this.slots.size === 0 || (this.kit && !toDraw)) {
      this.onDrawn(this.slots.size === 0 ? 'ready' : this.state);
      this.ready = Promise.resolve();
      return this.ready;
    }
    // Draw after the first paint: the text and tables show at once, the charts a frame later.
    // chart.js is even loaded (evaluated) only after that paint: in a single-file bundle its module
    // runs at first use, and that must not hold the first picture back.
    this.ready = afterNextPaint(windowOf(this.themeSource)).then(() => this.loadKit()).then(
      (kit) => {
        if (this.destroyed || gen !== this.generation) return;
        this.draw(kit);
      },
      () => {
        // chart.js could not load: the tables beside each chart still hold every number.
        if (this.destroyed || gen !== this.generation) return;
        this.state = 'unavailable';
        this.onDrawn('unavailable');
      },
    );
    return this.ready;
  }

  private loadKit(): Promise<ChartKit> {
    if (this.kit) return Promise.resolve(this.kit);
    return this.load().then((kit) => (this.kit = kit));
  }

  /** Draws the charts whose request changed (`all`: every chart, for new colours). */
  private draw(kit: ChartKit, all = false): void {
    let theme: ChartTheme | null = null;
    let shown = 0;
    let drawn = 0;
    for (const [key, slot] of this.slots) {
      if (!slot.seen) continue; // made when it comes near the screen
      shown += 1;
      if (!all && !this.dirty.has(key)) {
        if (slot.chart) drawn += 1;
        continue;
      }
      if (this.drawSlot(kit, slot, (theme ??= readTheme(this.themeSource)))) drawn += 1;
    }
    this.state = shown > 0 && drawn === 0 ? 'unavailable' : 'ready';
    this.onDrawn(this.state);
  }

  /** Makes or updates one chart; false when the canvas cannot draw (no 2D context). */
  private drawSlot(kit: ChartKit, slot: Slot, theme: ChartTheme): boolean {
    this.dirty.delete(slot.request.key);
    const config = slot.request.config(theme);
    if (slot.chart && slot.type === config.type) {
      slot.chart.data = config.data;
      slot.chart.options = config.options;
      slot.chart.update('none');
      return true;
    }
    slot.chart?.destroy();
    slot.chart = kit.create(slot.canvas, config, theme);
    slot.type = slot.chart ? config.type : null;
    if (slot.chart) slot.box.setAttribute('data-st-drawn', 'true');
    return slot.chart !== null;
  }

  /** Redraws every chart with the host's current colours (e.g. after a light/dark switch). */
  retheme(): void {
    if (this.kit && !this.destroyed) this.draw(this.kit, true);
  }

  /**
   * Fits every chart to its box as it is now: for print, whose CSS gives the boxes another size
   * (chart.js's own ResizeObserver does not run before the page is laid out for print), and back.
   * Charts not yet scrolled to are made first, so the printed page holds every one.
   */
  fitAll(): void {
    if (!this.kit || this.destroyed) return;
    let theme: ChartTheme | null = null;
    for (const slot of this.slots.values()) {
      if (!slot.seen) {
        slot.seen = true;
        slot.stopWatching();
        this.drawSlot(this.kit, slot, (theme ??= readTheme(this.themeSource)));
      }
      slot.chart?.resize?.();
    }
  }

  /** Live chart count, for tests and leak checks. */
  get size(): number {
    let n = 0;
    for (const slot of this.slots.values()) if (slot.chart) n += 1;
    return n;
  }

  destroy(): void {
    this.destroyed = true;
    this.generation += 1;
    for (const slot of this.slots.values()) {
      slot.stopWatching();
      slot.chart?.destroy();
      slot.box.remove();
    }
    this.slots.clear();
    this.dirty.clear();
  }
}
