/**
 * Small trend lines drawn as inline SVG: one per promise and per value would be dozens of chart.js
 * instances; a polyline costs nothing and needs no library.
 */
import { svg } from './dom';

export function sparkline(points: number[], opts: { min: number; max: number; label: string; cls?: string }): SVGSVGElement {
  const width = 96;
  const height = 24;
  const pad = 2;
  const span = opts.max - opts.min || 1;
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const coords = points.map((p, i) => {
    const x = pad + i * step;
    const clamped = Math.max(opts.min, Math.min(opts.max, p));
    const y = height - pad - ((clamped - opts.min) / span) * (height - 2 * pad);
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const root = svg('svg', {
    class: `st-sparkline ${opts.cls ?? ''}`.trim(),
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': opts.label,
    focusable: 'false',
  });
  if (coords.length === 1) {
    const [x, y] = (coords[0] ?? '0,0').split(',');
    root.appendChild(svg('circle', { cx: x ?? 0, cy: y ?? 0, r: 2.5, class: 'st-sparkline-dot' }));
  } else if (coords.length > 1) {
    root.appendChild(svg('polyline', { points: coords.join(' '), class: 'st-sparkline-line', fill: 'none' }));
    const last = coords[coords.length - 1]?.split(',') ?? ['0', '0'];
    root.appendChild(svg('circle', { cx: last[0] ?? 0, cy: last[1] ?? 0, r: 2.5, class: 'st-sparkline-dot' }));
  }
  return root;
}
