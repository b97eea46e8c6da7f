// Times the dashboard renderer on a 5-year model in real Chromium and prints the bundle size.
//   node scripts/bench-render.mjs [--runs N] [--years Y]
// Cold: a fresh page each run, from renderDashboard() until the charts are drawn and a frame is
// painted (chart.js initialisation included). Updates, each from a settled dashboard:
// - the same model again, as a structured clone (what the VS Code webview gets when nothing changed);
// - one changed note (a promise kept today: its card, its today row, this week's roll-up), as a
//   structured clone (webview) and in-process (Obsidian: unchanged parts are the same objects).
// For each update: the main-thread work (update() and the style and layout it causes, forced at once)
// and the time until the next frame is painted (which waits for the display's next frame as well).
// Targets: first screen <= 250 ms, one changed note <= 16 ms.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildUiAssets } from './build-ui.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('runs', 7);
const years = arg('years', 5);

// The page: the renderer and the test builder's model, bundled like the report (iife, minified).
const entry = `
  import { renderDashboard, chartsSettled } from './src/ui/render-dashboard';
  import { realisticModel } from './test/ui/dashboard-model-builder';
  const model = realisticModel({ today: '2026-11-26', years: ${years} });
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  // A promise kept today, as the index would report it: new objects on that path only.
  const oneKept = (m) => {
    const i = m.promises.findIndex((p) => p.status === 'active');
    const p = m.promises[i];
    const kept = {
      ...p, keptToday: true, keptThisPeriod: p.keptThisPeriod + 1, keptDays: p.keptDays + 1, currentStreak: p.currentStreak + 1,
      heatmap: p.heatmap.map((d) => (d.date === m.today ? { ...d, state: 'kept', count: d.count + 1 } : d)),
      heatmapYear: p.heatmapYear.map((d) => (d.date === m.today ? { ...d, state: 'kept', count: d.count + 1 } : d)),
    };
    const weeks = m.weeks.map((w) => (w.start <= m.today && m.today <= w.end
      ? { ...w, rollup: { ...w.rollup, notes: w.rollup.notes + 1, promises: w.rollup.promises.map((r) => (r.path === p.path ? { ...r, kept: r.kept + 1 } : r)) } }
      : w));
    return { ...m, revision: m.revision + 1, promises: m.promises.map((q, k) => (k === i ? kept : q)), weeks };
  };
  // update(), then its style and layout forced at once: the work of the frame that shows it.
  const timeUpdate = async (handle, rootEl, next) => {
    const u0 = performance.now();
    handle.update(next);
    const script = performance.now() - u0;
    void rootEl.getBoundingClientRect();
    const work = performance.now() - u0;
    await chartsSettled(rootEl);
    await frame();
    return { script, work, painted: performance.now() - u0 };
  };
  // 'screen': charts are made as they come near the screen (the default); 'all': every chart at once.
  window.__bench = async (mode) => {
    const rootEl = document.getElementById('st-root');
    const options = mode === 'all' ? { whenVisible: (_el, onVisible) => { onVisible(); return () => undefined; } } : {};
    const t0 = performance.now();
    const handle = renderDashboard(rootEl, model, { openNote() {}, startExercise() {}, logPromise() {}, rereadLetter() {} }, options);
    const tDom = performance.now();
    // The page is empty until this render, so its first contentful paint is the dashboard's first
    // picture (text, tables, calendars), timed by the browser itself.
    const fcp = await new Promise((resolve) => {
      new PerformanceObserver((list, observer) => {
        const entry = list.getEntries().find((e) => e.name === 'first-contentful-paint');
        if (entry) { observer.disconnect(); resolve(entry.startTime); }
      }).observe({ type: 'paint', buffered: true });
    });
    const tPaint = fcp;
    const state = await chartsSettled(rootEl);
    const tCharts = performance.now();
    await frame();
    const tCold = performance.now();
    const lazyWaiting = rootEl.querySelectorAll('[data-st-lazy="waiting"]').length;
    const same = await timeUpdate(handle, rootEl, structuredClone(model));
    const changed = oneKept(model);
    const cloned = await timeUpdate(handle, rootEl, structuredClone(changed));
    const next = oneKept(changed);
    const inProcess = await timeUpdate(handle, rootEl, next);
    return {
      state, dom: tDom - t0, paint: tPaint - t0, charts: tCharts - t0, cold: tCold - t0, update: same.painted, updateWork: same.work,
      oneNoteWork: cloned.work, oneNotePainted: cloned.painted, oneNoteInProcessWork: inProcess.work, oneNoteInProcessPainted: inProcess.painted,
      updateScript: same.script, oneNoteScript: cloned.script, oneNoteInProcessScript: inProcess.script,
      lazyWaiting,
      nodes: rootEl.querySelectorAll('*').length,
      modelKiB: JSON.stringify(model).length / 1024,
      weeks: model.weeks.length, promises: model.promises.length, lessons: model.lessons.length,
    };
  };
`;
const bundled = await esbuild.build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'bench-entry.ts' },
  bundle: true, format: 'iife', platform: 'browser', minify: true, write: false, logLevel: 'silent',
});
const assets = await buildUiAssets({ minify: true });

const dir = mkdtempSync(path.join(tmpdir(), 'st-bench-'));
const file = path.join(dir, 'bench.html');
writeFileSync(file, `<!doctype html><html><head><meta charset="utf-8"><style>${assets.css}</style></head>` +
  `<body class="st-report"><main id="st-root"></main><script>${bundled.outputFiles[0].text}</script></body></html>`);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const results = [];
const allAtOnce = [];
let calibration = NaN;
try {
  // How fast is this machine? Laying out 2,000 lines of plain text, for scale.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const times = [];
    for (let i = 0; i < 3; i++) {
      times.push(await page.evaluate(() => {
        const box = document.createElement('div');
        document.body.appendChild(box);
        const t0 = performance.now();
        for (let k = 0; k < 2000; k++) { const d = document.createElement('div'); d.textContent = `Line ${k} of plain text`; box.appendChild(d); }
        void box.offsetHeight;
        const t = performance.now() - t0;
        box.remove();
        return t;
      }));
    }
    calibration = Math.min(...times);
    await context.close();
  }
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    // Main-thread CPU time as well as wall time: on a shared, busy machine the wall clock mostly
    // measures the wait for a core.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const cpu = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN;
    const before = await cpu();
    const r = await page.evaluate(() => window.__bench('screen'));
    r.cpu = ((await cpu()) - before) * 1000;
    results.push(r);
    await context.close();
    // The same page with every chart made at once, as a dashboard taller than any screen would need.
    const context2 = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page2 = await context2.newPage();
    await page2.goto(pathToFileURL(file).href);
    allAtOnce.push((await page2.evaluate(() => window.__bench('all'))).cold);
    await context2.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const kib = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB raw, ${(gzipSync(text).length / 1024).toFixed(1)} KiB gzip`;
const r0 = results[0];
console.log(`Dashboard render, ${years}-year model (${r0.weeks} weeks, ${r0.promises} promises, ${r0.lessons} lessons, ${r0.modelKiB.toFixed(0)} KiB JSON), ${runs} cold runs in Chromium:`);
console.log(`  DOM built (sync):           median ${ms(median(results.map((r) => r.dom)))}`);
console.log(`  first paint (text, tables, calendars): median ${ms(median(results.map((r) => r.paint)))}`);
console.log(`  first screen, its charts drawn: median ${ms(median(results.map((r) => r.cold)))}  (target <= 250 ms; charts ${r0.state}; charts further down are made when scrolled to)`);
console.log(`  every chart drawn at once:  median ${ms(median(allAtOnce))}`);
console.log(`  main-thread CPU (both):     median ${ms(median(results.map((r) => r.cpu)))}  (cold render + update, from the browser's ThreadTime)`);
const trio = (script, work, painted) =>
  `${ms(median(results.map(work)))} work (script ${ms(median(results.map(script)))}), ${ms(median(results.map(painted)))} until painted`;
console.log('  update(), each: main-thread work (update() script, then the style and layout it causes), and until the next frame is painted');
console.log(`    the same model, cloned:   ${trio((r) => r.updateScript, (r) => r.updateWork, (r) => r.update)}`);
console.log(`    one changed note, cloned (webview):      ${trio((r) => r.oneNoteScript, (r) => r.oneNoteWork, (r) => r.oneNotePainted)}  (target <= 16 ms)`);
console.log(`    one changed note, in-process (Obsidian): ${trio((r) => r.oneNoteInProcessScript, (r) => r.oneNoteInProcessWork, (r) => r.oneNoteInProcessPainted)}`);
console.log(`  DOM elements:               ${r0.nodes} (${r0.lazyWaiting} calendars still to draw when scrolled to)`);
const load = (await import('node:os')).loadavg()[0];
console.log(`  calibration: 2,000 plain text lines laid out in ${ms(calibration)} on this machine`);
console.log(`  machine load average: ${load.toFixed(1)} on ${(await import('node:os')).cpus().length} cores`);
console.log('Bundle sizes (minified):');
console.log(`  HTML report script (renderer + chart.js): ${kib(assets.js)}`);
console.log(`  VS Code webview script:                   ${kib(assets.webviewJs)}`);
console.log(`  styles (report):                          ${kib(assets.css)}`);
