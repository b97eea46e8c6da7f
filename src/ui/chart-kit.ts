/**
 * The one module that imports chart.js. It is only ever reached through `import('./chart-kit')`,
 * so a host pays for chart.js when a chart is first drawn, not at start-up. Named imports and an
 * explicit register() let esbuild drop every controller, scale and plugin we do not use.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
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
    Tooltip,
    Legend,
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
    return new Chart(canvas, config) as unknown as ChartLike;
  },
};
