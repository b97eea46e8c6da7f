/**
 * The HTML report in real Chromium (Debian's /usr/bin/chromium, driven by playwright-core), opened
 * from disk as a user would. No fakes: the real bundle, the real chart.js, the real CSP.
 *
 * The model: when the CLI has been built (dist/cli.js), the demo vault's, made by the CLI itself
 * (`report --vault examples/vault --json/--html --today 2026-11-26`); otherwise the test builder's
 * realistic model. dist/demo/dashboard.html, when present, is opened and checked as well.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportHtml } from '../../src/cli/html-report';
import type { DashboardModel } from '../../src/core/dashboard/model';
import { buildUiAssets, type UiAssets } from '../../scripts/build-ui.mjs';
import { HOSTILE, HOSTILE_SCRIPT, hostileModel, realisticModel } from '../ui/dashboard-model-builder';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(repo, 'test-results');
const TODAY = '2026-11-26';
const cli = path.join(repo, 'dist/cli.js');
const demoHtml = path.join(repo, 'dist/demo/dashboard.html');

const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

let browser: Browser;
let assets: UiAssets;
let model: DashboardModel;
let modelSource: string;
let reportFile: string;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  assets = await buildUiAssets({ minify: true });
  reportFile = path.join(out, 'dashboard-e2e.html');
  if (existsSync(cli)) {
    const json = execFileSync(process.execPath, [cli, 'report', '--vault', 'examples/vault', '--json', '--today', TODAY], { cwd: repo, encoding: 'utf8' });
    model = JSON.parse(json) as DashboardModel;
    execFileSync(process.execPath, [cli, 'report', '--vault', 'examples/vault', '--html', reportFile, '--today', TODAY], { cwd: repo });
    modelSource = 'the demo vault, through dist/cli.js';
  } else {
    model = realisticModel({ today: TODAY, years: 0.3 });
    writeFileSync(reportFile, buildReportHtml(model, assets));
    modelSource = 'the test builder (dist/cli.js not built)';
  }
  console.info(`dashboard e2e: model from ${modelSource}`);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  problems: string[];
  dialogs: string[];
}

async function open(file: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Opened> {
  const context = await browser.newContext({ colorScheme, viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('.st-dashboard[data-st-charts="ready"]', { timeout: 30_000 });
  return { context, page, requests, problems, dialogs };
}

/** Share of a canvas's pixels that are not transparent: a drawn chart has some. */
/** Scrolls to every chart (they are made as they come near the screen) and waits until each is drawn. */
async function showEveryChart(page: Page): Promise<void> {
  const boxes = page.locator('.st-chart');
  for (let i = 0; i < (await boxes.count()); i++) {
    const box = boxes.nth(i);
    await box.scrollIntoViewIfNeeded();
    await page.waitForFunction((el) => el?.getAttribute('data-st-drawn') === 'true', await box.elementHandle(), { timeout: 15_000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

async function inkPerCanvas(page: Page): Promise<Record<string, number>> {
  await showEveryChart(page);
  return page.evaluate(() => {
    const result: Record<string, number> = {};
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas')) {
      const ctx = canvas.getContext('2d');
      const key = canvas.closest('[data-st-chart]')?.getAttribute('data-st-chart') ?? '?';
      if (!ctx || canvas.width === 0 || canvas.height === 0) { result[key] = 0; continue; }
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) ink += 1;
      result[key] = ink / (canvas.width * canvas.height);
    }
    return result;
  });
}

const squash = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the HTML report in Chromium', () => {
  it('shows every section with the model’s numbers, draws its charts, and asks nothing of the network', async () => {
    const o = await open(reportFile);
    const { page } = o;

    for (const id of ['promises', 'values', 'weeks', 'emotions', 'checkIn', 'lessons', 'goals', 'practice', 'exercises']) {
      expect(await page.locator(`[data-st-section="${id}"]`).count(), id).toBe(model.sections[id as keyof DashboardModel['sections']] === false ? 0 : 1);
    }

    // Promises: each card with its own figures.
    for (const p of model.promises) {
      if (p.status === 'done') {
        // Finished promises are a short record, without a calendar.
        const row = squash(await page.locator(`.st-finished-item[data-path="${p.path.replace(/"/g, '\\"')}"]`).textContent());
        expect(row).toContain(p.promise);
        expect(row).toContain(`${p.keptDays} day`);
        continue;
      }
      const card = page.locator(`article.st-promise[data-path="${p.path.replace(/"/g, '\\"')}"]`);
      const t = squash(await card.textContent());
      expect(t).toContain(p.promise);
      expect(t).toContain(`${Math.round(p.strength * 100)}%`);
      // A paused promise asks nothing while it rests; an active one shows this period's progress.
      expect(t).toContain(p.status === 'paused' ? 'Nothing asked' : `${p.keptThisPeriod} of ${p.target}`);
      if (p.currentStreak > 0) expect(t).toContain(`${p.currentStreak} ${p.streakUnit}${p.currentStreak === 1 ? '' : 's'}`);
      else expect(t).toContain(p.status === 'paused' ? 'Resting for now' : 'Fresh start');
      expect(await card.locator('td.st-heat').count()).toBe(p.heatmap.length);
      expect(await card.locator('td[data-state="kept"]').count()).toBe(p.heatmap.filter((d) => d.state === 'kept').length);
    }
    expect(model.promises.length).toBeGreaterThan(0);

    // Values, in rank order, with the latest alignment.
    const names = await page.locator('.st-value-name').allTextContents();
    expect(names).toEqual([...model.values.values].sort((a, b) => a.rank - b.rank).map((v) => v.name));
    for (const v of model.values.values) {
      if (v.alignment !== null) expect(squash(await page.locator(`.st-value[data-value="${v.name}"]`).textContent())).toContain(`${v.alignment}/10`);
    }

    // Weeks: the chart and its table hold every rated week of the last year (53 weeks).
    const byStart = [...model.weeks].sort((a, b) => (a.start < b.start ? -1 : 1));
    const rated = byStart.slice(-53).filter((w) => w.reflection?.rating != null);
    // The section's own tables, not those of its history over the months (.st-history).
    const ratingRows = await page.locator('[data-st-section="weeks"] .st-chart-block tbody tr:not(.st-history tr)').allTextContents();
    expect(ratingRows.map(squash)).toEqual(
      rated.map((w) => `${w.label}${w.reflection!.rating}`),
    );

    // Emotions and the 7 elements: the tables beside the charts.
    const emotionRows = (await page.locator('[data-st-section="emotions"] tbody tr:not(.st-history tr)').allTextContents()).map(squash);
    expect(emotionRows.length).toBe(model.emotions.items.length);
    const top = [...model.emotions.items].sort((a, b) => b.count - a.count)[0];
    if (top) expect(emotionRows[0]).toContain(`${top.name}${top.count}`);
    if (model.checkIn.latest) {
      const rows = (await page.locator('[data-st-section="checkIn"] tbody tr:not(.st-history tr)').allTextContents()).map(squash);
      expect(rows.length).toBe(7);
      const first = model.checkIn.elements[0]!;
      expect(rows[0]).toContain(`${first.label}${model.checkIn.latest.scores[first.id] ?? '–'}`);
    }

    expect(await page.locator('[data-st-section="exercises"] .st-exercises button').count()).toBe(model.exercises.length);
    expect(await page.locator('.st-problem').count()).toBe(model.problems.length);
    expect(squash(await page.locator('.st-footer').textContent())).toContain(model.help.disclaimer);

    // Charts: one per card that has data, each with ink on it.
    const ink = await inkPerCanvas(page);
    // The sections' own charts (the history over the months adds its small multiples beside them).
    const main = ['check-in', 'emotions', 'self-trust'].filter((k) =>
      (k === 'check-in' && model.checkIn.latest) || (k === 'emotions' && model.emotions.items.length > 0) || (k === 'self-trust' && rated.length > 0));
    expect(Object.keys(ink).filter((k) => ['check-in', 'emotions', 'self-trust'].includes(k)).sort()).toEqual(main.sort());
    for (const [key, share] of Object.entries(ink)) expect(share, key).toBeGreaterThan(0.01);

    // A report action is a real button, reachable and usable from the keyboard.
    const log = page.locator('[data-st-action="log-kept"]:not([disabled])').first();
    if (await log.count()) {
      await log.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.st-notice').textContent()).toContain('selftrust log');
    }

    expect(o.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(o.problems).toEqual([]);
    expect(o.dialogs).toEqual([]);
    await o.context.close();
  });

  it('looks right in light and dark, and the charts follow the scheme', async () => {
    const shots: Record<string, { bg: string; ink: Record<string, number> }> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const o = await open(reportFile, scheme);
      // What a reader sees first, then the whole page. Sections below the fold skip layout until
      // scrolled to (content-visibility), so for the full-page picture they are laid out at once.
      await o.page.screenshot({ path: path.join(out, `dashboard-${scheme}-top.png`) });
      await showEveryChart(o.page);
      const layOutAll = () =>
        o.page.evaluate(() => document.querySelectorAll<HTMLElement>('.st-section').forEach((s) => s.style.setProperty('content-visibility', 'visible')));
      await layOutAll();
      await o.page.screenshot({ path: path.join(out, `dashboard-${scheme}.png`), fullPage: true });
      shots[scheme] = {
        bg: await o.page.evaluate(() => getComputedStyle(document.body).backgroundColor),
        ink: await inkPerCanvas(o.page),
      };
      // Narrow, as in a sidebar.
      await o.page.setViewportSize({ width: 360, height: 900 });
      await layOutAll();
      await o.page.screenshot({ path: path.join(out, `dashboard-${scheme}-narrow.png`), fullPage: true });
      expect(o.problems).toEqual([]);
      await o.context.close();
    }
    expect(shots.light!.bg).not.toBe(shots.dark!.bg);
    for (const share of Object.values(shots.dark!.ink)) expect(share).toBeGreaterThan(0.01);

    // Switching the scheme while open redraws the charts in the new colours.
    const o = await open(reportFile, 'light');
    const accentBefore = await o.page.evaluate(() => getComputedStyle(document.querySelector('.st-dashboard')!).getPropertyValue('--st-accent').trim());
    await o.page.emulateMedia({ colorScheme: 'dark' });
    const accentAfter = await o.page.evaluate(() => getComputedStyle(document.querySelector('.st-dashboard')!).getPropertyValue('--st-accent').trim());
    expect(accentAfter).not.toBe(accentBefore);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('shows a hostile note as literal text and runs nothing from it', async () => {
    const file = path.join(out, 'dashboard-hostile.html');
    const hostile = hostileModel(realisticModel({ today: TODAY }));
    writeFileSync(file, buildReportHtml(hostile, assets));
    const o = await open(file);
    const title = o.page.locator(`article.st-promise[data-path="${hostile.promises[0]!.path}"] .st-promise-title`);
    expect(await title.textContent()).toBe(HOSTILE);
    const body = squash(await o.page.locator('.st-dashboard').textContent());
    expect(body).toContain(HOSTILE_SCRIPT);
    expect(body).toContain('<svg onload=alert(3)>');
    expect(await o.page.locator('.st-dashboard img, .st-dashboard script, .st-dashboard iframe').count()).toBe(0);
    expect(await o.page.locator('script').count()).toBe(2);
    expect(o.dialogs).toEqual([]);
    expect(o.problems).toEqual([]);
    expect(o.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await o.context.close();
  });

  it.skipIf(!existsSync(demoHtml))('opens the demo dashboard that `npm start` wrote (dist/demo/dashboard.html)', async () => {
    const embedded = /<script type="application\/json" id="st-model">([\s\S]*?)<\/script>/.exec(readFileSync(demoHtml, 'utf8'))?.[1];
    const demo = JSON.parse(embedded ?? 'null') as DashboardModel;
    const o = await open(demoHtml);
    const shown = (await o.page.locator('article.st-promise').count()) + (await o.page.locator('.st-finished-item').count());
    expect(shown).toBe(demo.sections.promises === false ? 0 : demo.promises.length);
    for (const p of demo.promises) expect(squash(await o.page.locator('[data-st-section="promises"]').textContent())).toContain(p.promise);
    for (const share of Object.values(await inkPerCanvas(o.page))) expect(share).toBeGreaterThan(0.01);
    expect(o.problems).toEqual([]);
    expect(o.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    await o.context.close();
  });
});
