/**
 * The one module that imports chart.js. It is only ever reached through `import('./chart-kit')`,
 * so a host pays for chart.js when a chart is first drawn, not at start-up. Named imports and an
 * explicit register() let esbuild drop every controller, scale and plugin we do not use. No Tooltip
 * or Legend (32 KB): every chart has its numbers in a table beside it, and the radar a plain legend.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DomPlatform,
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartConfiguration,
  type ChartEvent,
} from 'chart.js';
import type { ChartKit, ChartLike, ChartTheme } from './charts';
import type { ViewWindow } from './dom';

let registered = false;

function register(): void {
  if (registered) return;
  Chart.register(
    LineController,
    BarController,
    RadarController,
    LineElement,
    PointElement,
    BarElement,
    CategoryScale,
    LinearScale,
    RadialLinearScale,
    Filler,
      );
  registered = true;
}

/**
 * chart.js's DOM platform, in the canvas's own window. chart.js follows a chart's size with a
 * ResizeObserver, and the pixel ratio with `window.devicePixelRatio` and `window` resize events: the
 * global window, which in an Obsidian popout is the main one, not the one the chart is in. There the
 * chart would keep the main window's pixel ratio (blurred or oversized on another screen) and miss
 * the popout's resizes. This reads the pixel ratio, live, from the canvas's window, and in a window
 * other than the main one follows resizes with that window's ResizeObserver and frames.
 */
export class ViewWindowPlatform extends DomPlatform {
  private win: ViewWindow | null = null;

  override acquireContext(canvas: HTMLCanvasElement, options?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D | null {
    this.win = canvas.ownerDocument.defaultView;
    return super.acquireContext(canvas, options);
  }

  override getDevicePixelRatio(): number {
    return this.win?.devicePixelRatio ?? super.getDevicePixelRatio();
  }

  override addEventListener(chart: Chart, type: string, listener: (e: ChartEvent) => void): void {
    const win = this.win;
    const container = chart.canvas?.parentElement;
    // In the main window (its document is the global one) chart.js's own handling is right.
    if (type !== 'resize' || !win || win.document === document || !container) {
      super.addEventListener(chart, type, listener);
      return;
    }
    this.removeEventListener(chart, type, listener);
    const resize = listener as unknown as (width?: number, height?: number) => void;
    // At most once a frame, with the latest size, as chart.js's own throttle does.
    let frame = 0;
    let size: [number?, number?] = [];
    const schedule = (...next: [number?, number?]): void => {
      size = next;
      if (frame) return;
      frame = win.requestAnimationFrame(() => {
        frame = 0;
        resize(...size);
      });
    };
    const observer = new win.ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (!rect || (rect.width === 0 && rect.height === 0)) return;
      schedule(rect.width, rect.height);
    });
    observer.observe(container);
    // A window moved to a screen with another pixel ratio (or zoomed) is resized too.
    let ratio = win.devicePixelRatio;
    const onWindowResize = (): void => {
      if (win.devicePixelRatio === ratio) return;
      ratio = win.devicePixelRatio;
      schedule();
    };
    win.addEventListener('resize', onWindowResize);
    // chart.js's removeEventListener calls disconnect() on what is kept here.
    proxiesOf(chart)[type] = {
      disconnect: () => {
        observer.disconnect();
        win.removeEventListener('resize', onWindowResize);
        if (frame) win.cancelAnimationFrame(frame);
        frame = 0;
      },
    };
  }
}

/** Where chart.js keeps each listener it added to a chart (`chart.$proxies`), released by removeEventListener. */
function proxiesOf(chart: Chart): Record<string, unknown> {
  const c = chart as unknown as { $proxies?: Record<string, unknown> };
  c.$proxies ??= {};
  return c.$proxies;
}

export const chartKit: ChartKit = {
  create(canvas: HTMLCanvasElement, config: ChartConfiguration, theme: ChartTheme): ChartLike | null {
    // Without a 2D context (a DOM without canvas support) the table alternative is all there is.
    if (!canvas.getContext('2d')) return null;
    register();
    Chart.defaults.font.family = theme.font;
    Chart.defaults.color = theme.muted;
    Chart.defaults.borderColor = theme.grid;
    return new Chart(canvas, { ...config, platform: ViewWindowPlatform });
  },
};
