/**
 * The screenshots the README (and so the Obsidian store, the VS Code Marketplace and Open VSX) shows:
 * the demo vault's dashboard in real Chromium, with the real bundle and stylesheets, in Obsidian's
 * default theme and in VS Code's Default Dark Modern and Light Modern themes. Written to
 * docs/screenshots/dashboard-{obsidian,vscode}-{light,dark}.png on every run, so they always show the
 * renderer as it is; commit them when they change.
 *
 * The pages stand in for the hosts as test/e2e/sidebar.e2e.test.ts's do: Obsidian's theme variables
 * from obsidian-theme-vars.ts around `theme-obsidian.css` + `dashboard.css` in a padded view;
 * VS Code's `--vscode-*` variables as code-server 4.100.3 computes them (fixtures/vscode-theme-vars.json)
 * on <html>, the webview's default body styles, and `theme-vscode.css` + `dashboard.css`.
 * The model: the demo vault's, made by the CLI (`report --json --today 2026-11-26`), as
 * `npm start` makes dist/demo/dashboard.html from it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonForScript } from '../../src/cli/html-report';
import type { DashboardModel } from '../../src/core/dashboard/model';
import { buildUiAssets, type UiAssets } from '../../scripts/build-ui.mjs';
import { OBSIDIAN_THEMES } from './obsidian-theme-vars';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const out = path.join(repo, 'test-results', 'store');
const shots = path.join(repo, 'docs', 'screenshots');
const TODAY = '2026-11-26';
/** A store screenshot: wide enough for two columns, tall enough for the promises and values. */
const SIZE = { width: 1000, height: 760 };

const LAUNCH_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

interface VscodeTheme { theme: string; bodyClass: string; vars: Record<string, string> }
const vscodeThemes = (JSON.parse(readFileSync(path.join(repo, 'test/e2e/fixtures/vscode-theme-vars.json'), 'utf8')) as { themes: Record<string, VscodeTheme> }).themes;

let browser: Browser;
let assets: UiAssets;
let model: DashboardModel;

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  mkdirSync(shots, { recursive: true });
  assets = await buildUiAssets({ minify: true });
  // test:e2e builds first (npm run build), so dist/cli.js is there: the demo vault as the CLI reads it.
  const json = execFileSync(process.execPath, [path.join(repo, 'dist/cli.js'), 'report', '--vault', 'examples/vault', '--json', '--today', TODAY], { cwd: repo, encoding: 'utf8' });
  model = JSON.parse(json) as DashboardModel;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: LAUNCH_ARGS });
});

afterAll(async () => {
  await browser?.close();
});

const script = () => `<script type="application/json" id="st-model">${jsonForScript(model)}</script>
<script>${assets.js.replace(/<\/(script)/gi, '<\\/$1')}</script>`;

function obsidianPage(scheme: 'light' | 'dark'): string {
  const vars = Object.entries(OBSIDIAN_THEMES[scheme]).map(([k, v]) => `${k}: ${v};`).join('\n  ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body.theme-${scheme} {
  ${vars}
}
html, body { margin: 0; }
body { font-family: var(--font-interface); font-size: var(--font-ui-medium); color: var(--text-normal); background: var(--background-primary); }
/* A view in the main area: Obsidian pads .view-content with var(--size-4-3). */
.view-content { padding: 12px 12px 32px; box-sizing: border-box; }
</style>
<style>${assets.obsidianCss}</style></head>
<body class="theme-${scheme}"><div class="view-content"><div id="st-root" class="selftrust-view"></div></div>
${script()}</body></html>`;
}

function vscodePage(key: 'vscode-light' | 'vscode-dark'): string {
  const theme = vscodeThemes[key];
  if (!theme) throw new Error(`no VS Code theme ${key} in fixtures/vscode-theme-vars.json`);
  const vars = Object.entries(theme.vars).map(([k, v]) => `${k}: ${v};`).join(' ');
  // VS Code puts the theme's variables on the webview's <html>; its default styles pad the body 20 px.
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<style>html { ${vars} --vscode-font-family: system-ui, "Ubuntu", "Droid Sans", sans-serif; --vscode-font-weight: normal; --vscode-font-size: 13px; }
html { background: var(--vscode-sideBar-background, var(--vscode-editor-background)); }
body { background-color: transparent; color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family);
  font-weight: var(--vscode-font-weight); font-size: var(--vscode-font-size); margin: 0; padding: 0 20px; }</style>
<style>${assets.webviewCss}</style></head>
<body class="${theme.bodyClass}" data-vscode-theme-name="${theme.theme}"><main id="st-root" class="st-host-vscode"></main>
${script()}</body></html>`;
}

const SHOTS = [
  { name: 'dashboard-obsidian-light', page: () => obsidianPage('light') },
  { name: 'dashboard-obsidian-dark', page: () => obsidianPage('dark') },
  { name: 'dashboard-vscode-light', page: () => vscodePage('vscode-light') },
  { name: 'dashboard-vscode-dark', page: () => vscodePage('vscode-dark') },
] as const;

/** Waits until every chart in view is drawn, so the picture holds no empty chart boxes. */
async function chartsInViewDrawn(page: Page): Promise<void> {
  await page.waitForFunction((height) => [...document.querySelectorAll('.st-chart')]
    .filter((el) => { const r = el.getBoundingClientRect(); return r.height > 0 && r.top < height && r.bottom > 0; })
    .every((el) => el.getAttribute('data-st-drawn') === 'true'), SIZE.height, { timeout: 15_000 });
}

describe('store screenshots (docs/screenshots/)', () => {
  for (const shot of SHOTS) {
    it(`${shot.name}.png: the demo vault's dashboard, drawn, with nothing asked of the network`, async () => {
      const file = path.join(out, `${shot.name}.html`);
      writeFileSync(file, shot.page());
      const context = await browser.newContext({ viewport: SIZE, deviceScaleFactor: 1, colorScheme: shot.name.endsWith('dark') ? 'dark' : 'light' });
      const requests: string[] = [];
      const problems: string[] = [];
      context.on('request', (r) => requests.push(r.url()));
      const page = await context.newPage();
      page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
      page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
      try {
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('.st-dashboard[data-st-charts="ready"]', { timeout: 30_000 });
        await chartsInViewDrawn(page);
        // The demo's first promise is on screen with its numbers, not an empty or error state.
        expect(await page.locator('[data-st-section="promises"]').count()).toBe(1);
        await expect.poll(() => page.locator('[data-st-section="promises"]').innerText()).toContain(model.promises[0]!.promise);

        const target = path.join(shots, `${shot.name}.png`);
        await page.screenshot({ path: target, animations: 'disabled' });
        const png = readFileSync(target);
        expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([SIZE.width, SIZE.height]);
        // A blank page compresses to a few KB; a dashboard with text and charts does not.
        expect(statSync(target).size).toBeGreaterThan(40_000);

        expect(problems).toEqual([]);
        expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
