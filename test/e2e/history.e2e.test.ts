/**
 * The practice over months (issue 13) in real Chromium: the demo vault's HTML report at a sidebar's
 * width and a wide window. Charts drawn, tables behind them, a year of a promise without a horizontal
 * scroll, and the page as it prints (no buttons, a section to a page).
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
  reportFile = path.join(out, 'history-e2e.html');
  writeFileSync(reportFile, buildReportHtml(model, await buildUiAssets({ minify: true })));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

async function open(width: number): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(pathToFileURL(reportFile).href);
  await page.waitForSelector('.st-dashboard[data-st-charts="ready"]', { timeout: 30_000 });
  return { page, problems };
}

/** Scrolls each history chart into view (charts are made near the screen) and waits until it is drawn with some ink. */
async function drawnHistoryCharts(page: Page): Promise<string[]> {
  const boxes = page.locator('.st-history .st-chart, [data-st-chart="emotions"]');
  const drawn: string[] = [];
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-st-drawn') === 'true', await box.elementHandle(), { timeout: 15_000 });
    const ink = await box.evaluate((el) => {
      const canvas = el.querySelector('canvas');
      const ctx = canvas?.getContext('2d');
      if (!canvas || !ctx || canvas.width === 0) return 0;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let k = 3; k < data.length; k += 4) if ((data[k] ?? 0) > 0) n++;
      return n;
    });
    if (ink > 0) drawn.push((await box.getAttribute('data-st-chart')) ?? '?');
  }
  return drawn;
}

describe('history in the HTML report (Chromium)', () => {
  for (const width of [320, 1200]) {
    it(`draws every history chart with its table, and a year without a horizontal scroll, at ${width} px`, async () => {
      const { page, problems } = await open(width);
      const drawn = await drawnHistoryCharts(page);
      expect(drawn).toEqual(expect.arrayContaining(['emotions', 'element-history-confidence', 'element-history-accountability', 'feeling-months-0', 'feeling-months-4']));
      expect(drawn).toHaveLength(1 + 7 + 5);
      expect(await page.locator('[data-st-history="elements"] table.st-table tbody tr').count()).toBe(5);
      expect(await page.locator('[data-st-history="feelings"] table.st-table tbody tr').count()).toBe(4);

      const year = page.locator('details.st-year-details').first();
      await year.locator('summary').click();
      await page.waitForSelector('.st-year-month');
      expect(await year.locator('.st-year-month').count()).toBe(4);
      const overflow = await page.evaluate(() => {
        const doc = document.scrollingElement ?? document.documentElement;
        const months = document.querySelector('.st-year-months') as HTMLElement;
        return { page: doc.scrollWidth - doc.clientWidth, months: months.scrollWidth - months.clientWidth };
      });
      expect(overflow).toEqual({ page: 0, months: 0 });
      // Every day's cell is as tall in a short month (a promise begun mid-month) as in a whole one: a
      // month of two weeks beside one of six is not stretched into tall bars (found by a user's trial).
      const heights = await page.evaluate(() =>
        [...document.querySelectorAll('.st-year-months')[0]!.querySelectorAll('td.st-heat')].map((td) => Math.round(td.getBoundingClientRect().height)),
      );
      expect(new Set(heights).size).toBe(1);
      await page.screenshot({ path: path.join(out, `history-${width}.png`), fullPage: true });
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }

  it('prints without buttons, every section open, a section to a page', async () => {
    const { page } = await open(1200);
    // A folded section prints open.
    await page.locator('[data-st-section="values"] button[data-st-fold]').click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const visible = (el: Element): boolean => getComputedStyle(el).display !== 'none' && (el as HTMLElement).offsetParent !== null;
      const sections = [...document.querySelectorAll('.st-section')];
      return {
        buttons: [...document.querySelectorAll('.st-button')].filter(visible).length,
        foldedShown: visible(document.querySelector('[data-st-section="values"] .st-section-body') as Element),
        breaks: sections.slice(1).every((s) => getComputedStyle(s).breakBefore === 'page'),
        columns: getComputedStyle(document.querySelector('.st-body') as Element).display,
      };
    });
    expect(printed).toEqual({ buttons: 0, foldedShown: true, breaks: true, columns: 'block' });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(path.join(out, 'history-print.pdf'), new Uint8Array(pdf));
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.context().close();
  });
});
