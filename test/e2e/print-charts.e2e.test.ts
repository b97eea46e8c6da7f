/**
 * Charts at print size in the HTML report (issue 13, point 3), in real Chromium: when the page
 * switches to print, every chart is fitted to its print box (dashboard.css's @media print) in that
 * same moment, before anything is laid out for paper; chart.js's own ResizeObserver only comes a
 * frame later, too late for print. Charts never scrolled to are drawn too. And back on screen.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../src/cli/html-report';
import { buildDashboard } from '../../src/core/dashboard/build-dashboard';
import type { Day } from '../../src/core/day';
import { NoteIndex } from '../../src/core/index/note-index';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import { buildUiAssets } from '../../scripts/build-ui.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const demo = path.join(repo, 'examples/vault');
const out = path.join(repo, 'test-results');
const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-dev-shm-usage'];

let browser: Browser;
let reportFile: string;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  const index = new NoteIndex();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === '.obsidian') continue;
      if (statSync(full).isDirectory()) walk(full);
      else index.upsert(path.relative(demo, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(demo);
  const model = buildDashboard(index, '2026-11-26' as Day, DEFAULT_SETTINGS);
  reportFile = path.join(out, 'print-charts-e2e.html');
  writeFileSync(reportFile, buildReportHtml(model, await buildUiAssets({ minify: true })));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

interface Fit {
  key: string;
  drawn: boolean;
  box: [number, number];
  canvas: [number, number];
}

/**
 * Listens to the print query from a list made after the renderer's, so it runs right after the
 * renderer's own listener, in the same task: what it records is what print would lay out.
 */
async function recordAtSwitch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { fits?: unknown[][] };
    w.fits = [];
    window.matchMedia('print').addEventListener('change', () => {
      w.fits?.push([...document.querySelectorAll<HTMLElement>('.st-chart')].map((box) => {
        const canvas = box.querySelector('canvas');
        const r = box.getBoundingClientRect();
        return {
          key: box.getAttribute('data-st-chart') ?? '?',
          drawn: box.getAttribute('data-st-drawn') === 'true',
          box: [Math.round(r.width), Math.round(r.height)],
          canvas: [Math.round(parseFloat(canvas?.style.width ?? '0')), Math.round(parseFloat(canvas?.style.height ?? '0'))],
        };
      }));
    });
  });
}

async function fitsAt(page: Page, n: number): Promise<Fit[]> {
  await page.waitForFunction((k) => ((window as unknown as { fits?: unknown[] }).fits?.length ?? 0) >= k, n, { timeout: 10_000 });
  return page.evaluate((k) => (window as unknown as { fits: Fit[][] }).fits[k - 1] ?? [], n);
}

const misfits = (fits: Fit[]): Fit[] => fits.filter((f) => !f.drawn || Math.abs(f.box[0] - f.canvas[0]) > 1 || Math.abs(f.box[1] - f.canvas[1]) > 1);

describe('HTML report: charts at print size', () => {
  it('fits every chart (drawn or not yet) to its print box as the page switches to print, and back', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(reportFile).href);
    await page.waitForSelector('.st-dashboard[data-st-charts="ready"]', { timeout: 30_000 });
    // Open the history folds, so their charts are in the page; most are below the screen, not drawn yet.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll<HTMLDetailsElement>('.st-history details, details.st-history')) d.open = true;
    });
    await page.waitForTimeout(300);
    const screen = await page.evaluate(() => [...document.querySelectorAll('.st-chart')].map((b) => [b.getAttribute('data-st-drawn') === 'true', Math.round(b.getBoundingClientRect().width)] as const));
    expect(screen.length).toBeGreaterThan(3);
    expect(screen.some(([drawn]) => !drawn)).toBe(true);

    await recordAtSwitch(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await fitsAt(page, 1);
    expect(printed).toHaveLength(screen.length);
    // Print gives the boxes another size (one column, 240 px high): the charts follow at once.
    expect(printed.some((f, i) => f.box[0] !== screen[i]?.[1])).toBe(true);
    expect(misfits(printed)).toEqual([]);

    await page.emulateMedia({ media: 'screen' });
    const back = await fitsAt(page, 2);
    expect(misfits(back)).toEqual([]);
    expect(back.map((f) => f.box[0])).toEqual(screen.map(([, width]) => width));
    expect(problems).toEqual([]);
    await context.close();
  });
});
