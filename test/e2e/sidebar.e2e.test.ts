/**
 * The dashboard as a sidebar shows it, in real Chromium (Debian's /usr/bin/chromium through
 * playwright-core): every width from 240 px up, in each host's own theme variables.
 *
 * The pages stand in for the hosts with the real bundle and the real stylesheets:
 * - VS Code: the webview's own default styles (copied from code-server 4.100.3,
 *   lib/vscode/out/vs/workbench/contrib/webview/browser/pre/index.html: `body { padding: 0 20px }`
 *   and the font variables), `theme-vscode.css` + `dashboard.css`, and the theme's `--vscode-*`
 *   variables as a real VS Code 1.100.3 computes them (fixtures/vscode-theme-vars.json, captured from
 *   code-server by capture-vscode-theme-vars.ts) with the body class VS Code gives a webview.
 * - Obsidian: `theme-obsidian.css` + `dashboard.css` inside a view's content box (Obsidian pads
 *   `.view-content` with 12 px), with the default theme's variables (obsidian-theme-vars.ts).
 * - The HTML report, as the CLI writes it (light and dark).
 *
 * Measured, not eyeballed: no sideways scroll anywhere, every element inside the dashboard's box,
 * no word split across lines, each calendar showing its newest week at the right edge, and the 7
 * elements readable whole. Colours: every text against what is behind it (WCAG 4.5:1, 3:1 when
 * large) and every mark that carries meaning against its card (3:1). Screenshots go to
 * test-results/sidebar/; the ones the closing note shows are copied to docs/screenshots/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml, jsonForScript } from '../../src/cli/html-report';
import type { DashboardModel, HeatDay, PromiseCard } from '../../src/core/dashboard/model';
import { buildUiAssets, type UiAssets } from '../../scripts/build-ui.mjs';
import { realisticModel } from '../ui/dashboard-model-builder';
import { OBSIDIAN_THEMES } from './obsidian-theme-vars';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(repo, 'test-results', 'sidebar');
const shots = path.join(repo, 'docs', 'screenshots');
const TODAY = '2026-11-26';
const WIDTHS = [240, 280, 360, 420, 1200] as const;
/** Set SIDEBAR_SHOTS=before (or after) to copy the closing note's screenshots to docs/screenshots/. */
const KEEP = process.env.SIDEBAR_SHOTS ?? '';

const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

interface VscodeTheme { theme: string; bodyClass: string; vars: Record<string, string> }
const vscodeThemes = (JSON.parse(readFileSync(path.join(repo, 'test/e2e/fixtures/vscode-theme-vars.json'), 'utf8')) as { themes: Record<string, VscodeTheme> }).themes;

/** VS Code's webview defaults (code-server 4.100.3, pre/index.html) and the font variables its workbench gives a webview on Linux. */
const VSCODE_WEBVIEW_DEFAULTS = `
html { scrollbar-color: var(--vscode-scrollbarSlider-background) var(--vscode-editor-background); }
body { overscroll-behavior-x: none; background-color: transparent; color: var(--vscode-editor-foreground);
  font-family: var(--vscode-font-family); font-weight: var(--vscode-font-weight); font-size: var(--vscode-font-size);
  margin: 0; padding: 0 20px; }
code { font-family: var(--monaco-monospace-font); color: var(--vscode-textPreformat-foreground);
  background-color: var(--vscode-textPreformat-background); padding: 1px 3px; border-radius: 4px; }`;
const VSCODE_FONTS = `--vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-weight: normal; --vscode-font-size: 13px;
  --vscode-editor-font-family: "Droid Sans Mono", "monospace", monospace; --vscode-editor-font-size: 14px;`;

type HostId = 'report-light' | 'report-dark' | 'obsidian-light' | 'obsidian-dark' | 'vscode-light' | 'vscode-dark' | 'vscode-hc-dark' | 'vscode-hc-light' | 'vscode-solarized-light';
const HOSTS: HostId[] = ['report-light', 'report-dark', 'obsidian-light', 'obsidian-dark', 'vscode-light', 'vscode-dark', 'vscode-hc-dark', 'vscode-hc-light', 'vscode-solarized-light'];

let browser: Browser;
let assets: UiAssets;

/** The realistic model, with what makes a sidebar hard: long value names, a twice-a-day promise, a brand-new one. */
function sidebarModel(): DashboardModel {
  const m = realisticModel({ today: TODAY, years: 0.5 });
  const walk = m.promises[0]!;
  const twice: PromiseCard = {
    ...structuredClone(walk),
    path: 'Self-trust/promises/05 Drink a glass of water.md',
    promise: 'Drink a glass of water with breakfast and lunch',
    times: 2, keptThisPeriod: 1, target: 2, keptToday: true, currentStreak: 12,
    heatmap: walk.heatmap.map((d): HeatDay => (d.date === TODAY ? { ...d, state: 'pending', count: 1 } : d)),
  };
  const fresh: PromiseCard = {
    ...structuredClone(walk),
    path: 'Self-trust/promises/06 Responsibility.md',
    promise: 'Write three lines before bed',
    start: TODAY, currentStreak: 0, bestStreak: 0, keptDays: 0, keptThisPeriod: 0, keptToday: false, strength: 0, keptRate: 0, lastKept: null,
    strengthTrend: [{ date: TODAY, strength: 0 }],
    heatmap: walk.heatmap.map((d): HeatDay => ({ date: d.date, state: d.date < TODAY ? 'before' : d.date === TODAY ? 'pending' : 'future', count: 0 })),
  };
  m.promises.splice(2, 0, twice, fresh);
  m.values.values = m.values.values.map((v, i) => (i === 3 ? { ...v, name: 'Accountability' } : i === 5 ? { ...v, name: 'Responsibility' } : v));
  m.values.gaps = m.values.values.filter((v) => v.gap).map((v) => v.name);
  return m;
}

function obsidianPage(model: DashboardModel, scheme: 'light' | 'dark'): string {
  const vars = Object.entries(OBSIDIAN_THEMES[scheme]).map(([k, v]) => `${k}: ${v};`).join('\n  ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body.theme-${scheme} {
  ${vars}
}
html, body { margin: 0; }
body { font-family: var(--font-interface); font-size: var(--font-ui-medium); color: var(--text-normal); background: var(--background-secondary); }
/* A view in a side dock: Obsidian's .view-content is padded var(--size-4-3) var(--size-4-3) var(--size-4-8). */
.view-content { padding: 12px 12px 32px; background: var(--background-secondary); box-sizing: border-box; }
</style>
<style>${assets.obsidianCss}</style></head>
<body class="theme-${scheme}"><div class="view-content"><div id="st-root" class="selftrust-view"></div></div>
<script type="application/json" id="st-model">${jsonForScript(model)}</script>
<script>${assets.js.replace(/<\/(script)/gi, '<\\/$1')}</script></body></html>`;
}

function vscodePage(model: DashboardModel, key: string): string {
  const theme = vscodeThemes[key];
  if (!theme) throw new Error(`no VS Code theme ${key}`);
  const vars = Object.entries(theme.vars).map(([k, v]) => `${k}: ${v};`).join(' ');
  // VS Code puts these on the webview's <html> style attribute.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>html { ${vars} ${VSCODE_FONTS} }
${VSCODE_WEBVIEW_DEFAULTS}
/* The webview's frame is transparent over the sidebar. */
html { background: var(--vscode-sideBar-background, var(--vscode-editor-background)); }</style>
<style>${assets.webviewCss}</style></head>
<body class="${theme.bodyClass}" data-vscode-theme-name="${theme.theme}"><main id="st-root" class="st-host-vscode"></main>
<script type="application/json" id="st-model">${jsonForScript(model)}</script>
<script>${assets.js.replace(/<\/(script)/gi, '<\\/$1')}</script></body></html>`;
}

function pageFor(host: HostId, model: DashboardModel): string {
  if (host.startsWith('report')) return buildReportHtml(model, assets);
  if (host === 'obsidian-light' || host === 'obsidian-dark') return obsidianPage(model, host === 'obsidian-light' ? 'light' : 'dark');
  return vscodePage(model, host);
}

async function open(host: HostId, width: number, model: DashboardModel = sidebarModel()): Promise<{ page: Page; close: () => Promise<void>; problems: string[] }> {
  const file = path.join(out, `${host}.html`);
  writeFileSync(file, pageFor(host, model));
  const context = await browser.newContext({ colorScheme: host === 'report-dark' ? 'dark' : 'light', viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('.st-dashboard[data-st-charts="ready"], .st-dashboard[data-st-charts="unavailable"]', { timeout: 30_000 });
  // Sections off screen skip layout (content-visibility: auto): lay every one out to measure it.
  // (Through the CSSOM: the report's CSP allows no new <style>.)
  await page.evaluate(() => document.querySelectorAll<HTMLElement>('.st-section').forEach((s) => s.style.setProperty('content-visibility', 'visible')));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { page, problems, close: () => context.close() };
}

/** Everything that does not fit, measured in the page. */
async function layoutProblems(page: Page): Promise<{ problems: string[]; words: number; elements: number }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const dash = document.querySelector<HTMLElement>('.st-dashboard');
    if (!dash) return { problems: ['no dashboard'], words: 0, elements: 0 };
    const name = (el: Element): string => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls}${text ? ` “${text}”` : ''}`;
    };
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth) problems.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const box = dash.getBoundingClientRect();
    // Visually hidden on purpose: the sr-only class, or a clipped 1 px box (a table's header row kept for screen readers).
    const skip = (el: Element): boolean => {
      if (el.closest('.st-sr-only, [hidden]')) return true;
      for (let n: Element | null = el; n && n !== dash; n = n.parentElement) {
        const r = n.getBoundingClientRect();
        if (r.width <= 1 && r.height <= 1 && getComputedStyle(n).overflow === 'hidden') return true;
      }
      return false;
    };
    let elements = 0;
    for (const el of dash.querySelectorAll('*')) {
      if (skip(el)) continue;
      const cs = getComputedStyle(el);
      if (cs.display === 'none' || cs.visibility === 'hidden' || cs.display === 'contents') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      elements += 1;
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5) problems.push(`${name(el)} sticks out of the dashboard: ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(box.left)}–${Math.round(box.right)}`);
      if (el.tagName !== 'CANVAS' && ['auto', 'scroll', 'hidden', 'clip'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${name(el)} cuts off or scrolls its content sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    // Words: a word on more than one line was broken inside itself.
    let words = 0;
    const walker = document.createTreeWalker(dash, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || skip(parent)) continue;
      if (parent.closest('details:not([open]) > :not(summary)')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[^\s\-–—/·]{2,}/g)) {
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue;
        words += 1;
        const lines = new Set(rects.map((r) => Math.round(r.top)));
        if (lines.size > 1) problems.push(`the word “${m[0]}” is split over ${lines.size} lines in ${name(parent)}`);
      }
    }
    return { problems, words, elements };
  });
}

/** Each calendar: the newest week visible at the right edge, older weeks dropped whole from the left. */
async function heatmapProblems(page: Page): Promise<{ problems: string[]; shown: number[] }> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const shown: number[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>('table.st-heatmap')) {
      const card = table.closest('[data-path]')?.getAttribute('data-path') ?? '?';
      const wrap = table.closest('.st-heatmap-wrap') ?? table.parentElement!;
      const cols = [...table.querySelectorAll<HTMLElement>('thead th.st-heat-col')];
      const visible = cols.map((c) => getComputedStyle(c).display !== 'none' && c.getBoundingClientRect().width > 0);
      const count = visible.filter(Boolean).length;
      shown.push(count);
      if (!visible[visible.length - 1]) problems.push(`${card}: the newest week is not shown`);
      const first = visible.indexOf(true);
      if (first >= 0 && visible.slice(first).some((v) => !v)) problems.push(`${card}: the weeks shown are not the most recent ones in a row`);
      const wrapBox = wrap.getBoundingClientRect();
      const last = cols[cols.length - 1]?.getBoundingClientRect();
      if (last && (last.right > wrapBox.right + 0.5 || wrapBox.right - last.right > 8)) problems.push(`${card}: the newest week is not at the right edge (${Math.round(last.right)} in ${Math.round(wrapBox.left)}–${Math.round(wrapBox.right)})`);
      const today = table.querySelector<HTMLElement>('td[data-state="pending"]');
      if (today) {
        const r = today.getBoundingClientRect();
        if (r.width === 0 || r.right > wrapBox.right + 0.5 || r.left < wrapBox.left - 0.5) problems.push(`${card}: today's cell is not in view`);
      }
    }
    return { problems, shown };
  });
}

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  mkdirSync(shots, { recursive: true });
  assets = await buildUiAssets({ minify: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

describe('the dashboard at sidebar widths', () => {
  for (const host of ['vscode-dark', 'obsidian-light', 'report-light'] as const) {
    it(`fits ${host} at ${WIDTHS.join(', ')} px: no sideways scroll, nothing outside, no word split`, async () => {
      const report: string[] = [];
      for (const width of WIDTHS) {
        const o = await open(host, width);
        const layout = await layoutProblems(o.page);
        const heat = await heatmapProblems(o.page);
        const first = await o.page.evaluate(() => {
          // What the first screen holds: the top of the dashboard down to the window's height.
          const today = document.querySelector('[data-st-section="today"]');
          const r = today?.getBoundingClientRect();
          return { todayBottom: r ? Math.round(r.bottom) : null, height: Math.round(document.documentElement.scrollHeight) };
        });
        await o.page.screenshot({ path: path.join(out, `${host}-${width}.png`), fullPage: true });
        await o.page.screenshot({ path: path.join(out, `${host}-${width}-first-screen.png`) });
        if (KEEP && width === 240 && host === 'vscode-dark') {
          await o.page.screenshot({ path: path.join(shots, `sidebar-240-${KEEP}.png`) });
          await o.page.screenshot({ path: path.join(shots, `sidebar-240-${KEEP}-full.png`), fullPage: true });
        }
        report.push(`${host} ${width}px: ${layout.elements} elements, ${layout.words} words, ${layout.problems.length} layout problems, ` +
          `${heat.problems.length} calendar problems, weeks shown ${[...new Set(heat.shown)].join('/')}, page ${first.height}px tall, today's list ends at ${first.todayBottom ?? '–'}px`);
        expect.soft(layout.problems.slice(0, 12), `${host} at ${width}px`).toEqual([]);
        expect.soft(heat.problems, `${host} at ${width}px`).toEqual([]);
        expect.soft(o.problems).toEqual([]);
        await o.close();
      }
      console.info(report.join('\n'));
    });
  }

  it('gives the 7 elements room: a labelled bar list when narrow, a radar whose labels stay inside when wide', async () => {
    for (const width of WIDTHS) {
      const o = await open('vscode-light', width);
      const r = await o.page.evaluate(async () => {
        const block = document.querySelector<HTMLElement>('[data-st-section="checkIn"]')!;
        block.scrollIntoView();
        const bars = [...block.querySelectorAll<HTMLElement>('.st-radar-bars li')].filter((li) => li.getBoundingClientRect().width > 0);
        const canvas = block.querySelector<HTMLCanvasElement>('canvas');
        const canvasShown = !!canvas && canvas.getBoundingClientRect().width > 0;
        // Wait for chart.js to draw the radar when it shows.
        for (let i = 0; canvasShown && i < 50 && canvas!.closest('.st-chart')?.getAttribute('data-st-drawn') !== 'true'; i++) await new Promise((res) => setTimeout(res, 100));
        let edgeInk = 0;
        let ink = 0;
        if (canvasShown && canvas!.width > 0) {
          const ctx = canvas!.getContext('2d')!;
          const { data, width: w, height: h } = ctx.getImageData(0, 0, canvas!.width, canvas!.height);
          for (let y = 0; y < h; y++) {
            for (let x = 0; x < w; x++) {
              const a = data[(y * w + x) * 4 + 3] ?? 0;
              if (a === 0) continue;
              ink += 1;
              if (x < 2 || x >= w - 2) edgeInk += 1;
            }
          }
        }
        return { bars: bars.map((li) => li.querySelector('.st-radar-bar-label')?.textContent ?? ''), canvasShown, edgeInk, ink };
      });
      if (width < 600) {
        expect(r.bars.length, `bars at ${width}`).toBe(7);
        expect(r.canvasShown, `radar hidden at ${width}`).toBe(false);
      } else {
        expect(r.canvasShown, `radar at ${width}`).toBe(true);
        expect(r.ink, `radar drawn at ${width}`).toBeGreaterThan(1000);
        // A label cut by the canvas edge leaves ink in its outermost columns.
        expect(r.edgeInk, `radar labels inside the canvas at ${width}`).toBe(0);
      }
      await o.close();
    }
  });
});

describe('the frame around the sections', () => {
  it('opens help from “Need support?” at the top, and the report’s banner takes the dashboard’s font', async () => {
    for (const host of ['report-light', 'vscode-light'] as const) {
      const o = await open(host, 280);
      const requests: string[] = [];
      o.page.on('request', (r) => requests.push(r.url()));
      const support = o.page.locator('.st-header button', { hasText: 'Need support?' });
      const box = await support.boundingBox();
      expect(box!.y, `${host}: near the top`).toBeLessThan(200);
      await support.click();
      const help = o.page.locator('.st-help');
      await expect.poll(() => help.isVisible()).toBe(true);
      expect(await help.textContent()).toContain('not therapy');
      await o.page.locator('[data-st-action="log-kept"]:not([disabled])').first().click();
      const notice = o.page.locator('.st-notice');
      if (host === 'report-light') await expect.poll(() => notice.isVisible()).toBe(true);
      const fonts = await o.page.evaluate(() => ({
        notice: getComputedStyle(document.querySelector('.st-notice')!).fontFamily,
        dashboard: getComputedStyle(document.querySelector('.st-dashboard')!).fontFamily,
      }));
      expect(fonts.notice, host).toBe(fonts.dashboard);
      expect(fonts.notice).not.toMatch(/^"?Times/);
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      expect(o.problems).toEqual([]);
      await o.close();
    }
  });

  it('remembers folded sections in the report across a reload, where the browser keeps storage for a file', async () => {
    const o = await open('report-light', 360);
    await o.page.locator('[data-st-section="values"] h3 button').click();
    expect(await o.page.locator('[data-st-section="values"] h3 button').getAttribute('aria-expanded')).toBe('false');
    await o.page.reload();
    await o.page.waitForSelector('.st-dashboard');
    const stored = await o.page.evaluate(() => {
      try {
        return localStorage.getItem('selftrust.report.collapsed');
      } catch {
        return 'refused';
      }
    });
    // Chromium keeps localStorage for file:// pages; where it is refused, folds last one visit.
    if (stored !== 'refused') expect(await o.page.locator('[data-st-section="values"] h3 button').getAttribute('aria-expanded')).toBe('false');
    expect(o.problems).toEqual([]);
    await o.close();
  });
});

// ---------------------------------------------------------------------------------------------
// Colours

interface Contrast { what: string; ratio: number; need: number; fg: string; bg: string }

/** Every text and every meaningful mark in the page against what is behind it. */
async function contrastProblems(page: Page): Promise<{ failures: Contrast[]; checked: number; lowest: Contrast[] }> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    type RGBA = [number, number, number, number];
    /** Any CSS colour, as the browser paints it, in sRGB 0-255 and alpha 0-1. */
    const rgba = (css: string): RGBA => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      // getImageData gives straight (not premultiplied) colour.
      const [r = 0, g = 0, b = 0, a = 0] = ctx.getImageData(0, 0, 1, 1).data;
      return a === 0 ? [0, 0, 0, 0] : [r, g, b, a / 255];
    };
    const over = (top: RGBA, bottom: RGBA): RGBA => {
      const a = top[3] + bottom[3] * (1 - top[3]);
      if (a === 0) return [0, 0, 0, 0];
      const mix = (i: 0 | 1 | 2) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
      return [mix(0), mix(1), mix(2), a];
    };
    const lum = ([r, g, b]: RGBA): number => {
      const f = (c: number) => { const s = c / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a: RGBA, b: RGBA): number => { const x = lum(a); const y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
    const hex = (c: RGBA) => `#${c.slice(0, 3).map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}${c[3] < 1 ? `/${c[3].toFixed(2)}` : ''}`;
    /** What is painted behind an element: its ancestors' backgrounds, composited, on the page's. */
    const behind = (el: Element | null, includeSelf: boolean): RGBA => {
      const layers: RGBA[] = [];
      for (let n: Element | null = includeSelf ? el : el?.parentElement ?? null; n; n = n.parentElement) {
        const c = rgba(getComputedStyle(n).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let result: RGBA = [255, 255, 255, 1];
      for (const layer of layers.reverse()) result = over(layer, result);
      return result;
    };
    const name = (el: Element): string => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 3).join('.')}` : el.getAttribute('class') ? `.${el.getAttribute('class')}` : '';
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return `${el.tagName.toLowerCase()}${cls}${text ? ` “${text}”` : ''}`;
    };
    const results: Contrast[] = [];
    const dash = document.querySelector('.st-dashboard')!;
    const shown = (el: Element) => {
      if (el.closest('.st-sr-only, [hidden]')) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    // Text: each element with text of its own.
    const notices = [...document.querySelectorAll('.st-notice:not([hidden])')];
    for (const el of [...dash.querySelectorAll('*'), ...notices]) {
      if (!shown(el) || el.closest('canvas, svg')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim().length > 0);
      if (!own) continue;
      const cs = getComputedStyle(el);
      let opacity = 1;
      for (let n: Element | null = el; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
      const bg = behind(el, true);
      const fg = over(rgba(cs.color), bg);
      const painted: RGBA = [fg[0] * opacity + bg[0] * (1 - opacity), fg[1] * opacity + bg[1] * (1 - opacity), fg[2] * opacity + bg[2] * (1 - opacity), 1];
      const size = parseFloat(cs.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(cs.fontWeight) >= 700);
      results.push({ what: `text ${name(el)}`, ratio: ratio(painted, bg), need: large ? 3 : 4.5, fg: hex(painted), bg: hex(bg) });
    }
    // Marks that carry meaning: calendar cells and their legend, bars, trend lines, swatches.
    const mark = (el: Element, color: string, what: string) => {
      const bg = behind(el, false);
      const c = over(rgba(color), bg);
      results.push({ what: `${what} ${name(el)}`, ratio: ratio(c, bg), need: 3, fg: hex(c), bg: hex(bg) });
    };
    const shadowColor = (s: string) => /^(rgba?\([^)]*\)|#[0-9a-f]+|[a-z]+\([^)]*\))/i.exec(s)?.[1] ?? 'transparent';
    for (const el of dash.querySelectorAll('.st-heat, .st-swatch[class*="st-heat-"]')) {
      if (!shown(el)) continue;
      const state = /st-heat-(kept|rest|missed|pending|future|paused|done)/.exec(el.className)?.[1];
      const cs = getComputedStyle(el);
      if (state === 'kept' || state === 'rest') mark(el, cs.backgroundColor, `${state} fill`);
      else if (state === 'missed' || state === 'pending') mark(el, shadowColor(cs.boxShadow), `${state} ring`);
      else if (state === 'future') mark(el, cs.outlineColor, 'future outline');
      else if (state === 'paused' || state === 'done') mark(el, shadowColor(cs.boxShadow), `${state} ring`);
    }
    for (const el of dash.querySelectorAll('.st-bar-fill')) if (shown(el)) mark(el, getComputedStyle(el).backgroundColor, 'bar');
    for (const el of dash.querySelectorAll('.st-sparkline-line')) if (shown(el)) mark(el.closest('svg')!, getComputedStyle(el).stroke, 'trend line');
    for (const el of dash.querySelectorAll('.st-sparkline-dot')) if (shown(el)) mark(el.closest('svg')!, getComputedStyle(el).fill, 'trend dot');
    for (const el of dash.querySelectorAll('.st-swatch-latest')) if (shown(el)) mark(el, getComputedStyle(el).backgroundColor, 'swatch');
    for (const el of dash.querySelectorAll('.st-swatch-previous')) if (shown(el)) mark(el, getComputedStyle(el).borderTopColor, 'swatch');
    for (const el of dash.querySelectorAll('.st-section, .st-card')) if (shown(el)) {
      // A card's edge only where the card is the same colour as what it sits on: then the border is all that shows it.
      const own = behind(el, true);
      const under = behind(el, false);
      if (ratio(own, under) < 1.1 && document.body.className.includes('high-contrast')) mark(el, getComputedStyle(el).borderTopColor, 'edge');
    }
    // The charts' colours (chart.js reads them from these variables).
    for (const v of ['--st-chart-line', '--st-chart-previous', '--st-chart-text', '--st-chart-muted']) {
      const probe = document.createElement('span');
      probe.style.color = `var(${v})`;
      dash.querySelector('.st-chart')?.appendChild(probe) ?? dash.appendChild(probe);
      const bg = behind(probe, false);
      const c = over(rgba(getComputedStyle(probe).color), bg);
      results.push({ what: `chart colour ${v}`, ratio: ratio(c, bg), need: v === '--st-chart-text' || v === '--st-chart-muted' ? 4.5 : 3, fg: hex(c), bg: hex(bg) });
      probe.remove();
    }
    const failures = results.filter((r) => r.ratio < r.need - 0.005);
    const seen = new Set<string>();
    const lowest = [...results].sort((a, b) => a.ratio / a.need - b.ratio / b.need).filter((r) => {
      const k = r.what.replace(/ “.*$/, '');
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }).slice(0, 6);
    return { failures, checked: results.length, lowest };
  });
}

describe('the dashboard in every theme', () => {
  for (const host of HOSTS) {
    it(`${host}: text 4.5:1 (3:1 large), calendar marks, bars and lines 3:1 against their card`, async () => {
      const o = await open(host, 360);
      await o.page.screenshot({ path: path.join(out, `theme-${host}.png`), fullPage: true });
      if (KEEP && host === 'vscode-hc-dark') {
        await o.page.screenshot({ path: path.join(shots, `high-contrast-${KEEP}.png`) });
        await o.page.screenshot({ path: path.join(shots, `high-contrast-${KEEP}-full.png`), fullPage: true });
      }
      // A banner, as after a click in the report, is part of what a person reads.
      await o.page.locator('[data-st-action="log-kept"]:not([disabled])').first().click().catch(() => undefined);
      const c = await contrastProblems(o.page);
      console.info(`${host}: ${c.checked} colour pairs, ${c.failures.length} below the mark; lowest: ${c.lowest.map((l) => `${l.what.replace(/ “.*$/, '')} ${l.ratio.toFixed(2)}`).join(', ')}`);
      expect(c.failures.map((f) => `${f.what}: ${f.ratio.toFixed(2)} < ${f.need} (${f.fg} on ${f.bg})`).slice(0, 15)).toEqual([]);
      expect(o.problems).toEqual([]);
      await o.close();
    });
  }
});

