/**
 * Captures the colour and font variables a real VS Code (code-server 4.100.3 = VS Code 1.100.3)
 * gives its workbench and webviews, for each of the themes the layout and colour tests use, into
 * test/e2e/fixtures/vscode-theme-vars.json. Run it again only to refresh that file:
 *   npx esbuild test/e2e/capture-vscode-theme-vars.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=test-results/capture/vscode-theme-vars.mjs && node test-results/capture/vscode-theme-vars.mjs
 * VS Code writes every registered colour as `--vscode-<id with . as ->` on the workbench, from the
 * same colour registry its webviews get theirs from (src/vs/workbench/contrib/webview/browser/themeing.ts).
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO, ensureChromium, installCodeServer, openBrowser, until, type Browsing } from './vscode-host';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const THEMES = [
  { key: 'vscode-light', theme: 'Default Light Modern', file: 'light_modern', kind: 'vscode-light' },
  { key: 'vscode-dark', theme: 'Default Dark Modern', file: 'dark_modern', kind: 'vscode-dark' },
  { key: 'vscode-hc-dark', theme: 'Default High Contrast', file: 'hc_black', kind: 'vscode-high-contrast' },
  { key: 'vscode-hc-light', theme: 'Default High Contrast Light', file: 'hc_light', kind: 'vscode-high-contrast vscode-high-contrast-light' },
  { key: 'vscode-solarized-light', theme: 'Solarized Light', file: 'solarized-light', kind: 'vscode-light' },
] as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      server.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function main(): Promise<void> {
  ensureChromium();
  const bin = installCodeServer();
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'selftrust-theme-capture-'));
  const userData = path.join(scratch, 'user-data');
  const settingsFile = path.join(userData, 'User', 'settings.json');
  await fs.mkdir(path.dirname(settingsFile), { recursive: true });
  const workspace = path.join(scratch, 'workspace');
  await fs.mkdir(workspace);
  const baseSettings = {
    'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none', 'extensions.autoUpdate': false, 'extensions.autoCheckUpdates': false,
    'git.enabled': false, 'npm.fetchOnlinePackageInfo': false, 'security.workspace.trust.enabled': false,
    'window.autoDetectColorScheme': false, 'window.autoDetectHighContrast': false,
  };
  const writeSettings = (theme: string) => fs.writeFile(settingsFile, JSON.stringify({ ...baseSettings, 'workbench.colorTheme': theme }, null, 2));
  await writeSettings(THEMES[0].theme);
  const port = await freePort();
  const xdg = (n: string) => path.join(scratch, n);
  for (const d of ['xdg-config', 'xdg-data', 'xdg-cache', 'tmp', 'extensions']) await fs.mkdir(xdg(d), { recursive: true });
  const child = spawn(bin, [
    '--user-data-dir', userData, '--extensions-dir', xdg('extensions'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', '--ignore-last-opened',
  ], {
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_CONFIG_HOME: xdg('xdg-config'), XDG_DATA_HOME: xdg('xdg-data'), XDG_CACHE_HOME: xdg('xdg-cache'), TMPDIR: xdg('tmp') },
    stdio: 'ignore', detached: true,
  });
  let browsing: Browsing | undefined;
  try {
    const url = `http://127.0.0.1:${port}`;
    await until('code-server /healthz', async () => (await fetch(`${url}/healthz`)).ok, (ok) => ok, 60_000);
    browsing = await openBrowser();
    const { page } = browsing;
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const read = () => page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('.monaco-workbench')!);
      const out: Record<string, string> = {};
      for (let i = 0; i < style.length; i++) {
        const name = style.item(i);
        if (name.startsWith('--vscode-') && !name.startsWith('--vscode-icon-')) out[name] = style.getPropertyValue(name).trim();
      }
      return { vars: out, classes: document.querySelector('.monaco-workbench')!.className };
    });
    const result: Record<string, unknown> = {};
    for (const t of THEMES) {
      await writeSettings(t.theme);
      // The browser reads the user's settings when the workbench loads.
      await page.reload();
      await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
      const got = await until(`the ${t.theme} colours`, read, (r) => Object.keys(r.vars).length > 100 && r.classes.includes(t.file), 30_000);
      // Let the whole theme land (the registry is written in one go, but give it a beat).
      await page.waitForTimeout(1500);
      const settled = await read();
      result[t.key] = { theme: t.theme, bodyClass: t.kind, workbenchClass: settled.classes.split(' ').filter((c) => /^(vs|vs-dark|hc-black|hc-light)$/.test(c)).join(' '), vars: settled.vars };
      console.log(`${t.theme}: ${Object.keys(got.vars).length} variables, editor background ${settled.vars['--vscode-editor-background']}`);
    }
    const file = path.join(REPO, 'test', 'e2e', 'fixtures', 'vscode-theme-vars.json');
    await fs.writeFile(file, `${JSON.stringify({ source: 'code-server 4.100.3 (VS Code 1.100.3), computed style of .monaco-workbench, captured by test/e2e/capture-vscode-theme-vars.ts', themes: result }, null, 1)}\n`);
    console.log(`wrote ${file}`);
  } finally {
    await browsing?.browser.close();
    if (child.pid) try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
    await fs.rm(scratch, { recursive: true, force: true, maxRetries: 3 });
  }
}

await main();
