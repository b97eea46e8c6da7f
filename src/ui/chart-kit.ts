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
  Filler,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  type ChartConfiguration,
} from 'chart.js';
import type { ChartKit, ChartLike, ChartTheme } from './charts';

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

export const chartKit: ChartKit = {
  create(canvas: HTMLCanvasElement, config: ChartConfiguration, theme: ChartTheme): ChartLike | null {
    // Without a 2D context (a DOM without canvas support) the table alternative is all there is.
    if (!canvas.getContext('2d')) return null;
    register();
    Chart.defaults.font.family = theme.font;
    Chart.defaults.color = theme.muted;
    Chart.defaults.borderColor = theme.grid;
    return new Chart(canvas, config);
  },
};
