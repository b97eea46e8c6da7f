/**
 * A real VS Code for the end-to-end tests: code-server 4.100.3 from npm (the last release that
 * runs on Node 20), started offline and private on 127.0.0.1 with fresh profile folders, and driven
 * with playwright-core and Debian's chromium. ../../../shared/REAL-HOSTS.md has the facts.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, promises as fs } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Frame, type Locator, type Page, type Request } from 'playwright-core';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs code-server into the cache (or reuses it) and returns its binary. */
export function installCodeServer(): string {
  const out = execFileSync('bash', [path.join(REPO, 'scripts', 'code-server-install.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    timeout: 15 * 60_000,
  });
  const bin = out.trim().split('\n').pop() ?? '';
  if (!existsSync(bin)) throw new Error(`code-server was not installed: ${out}`);
  return bin;
}

export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  execFileSync('bash', ['-c', 'apt-get -o DPkg::Lock::Timeout=600 update -qq && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium'], {
    stdio: 'inherit',
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Every setting that would make VS Code reach out: telemetry, updates, experiments, git, npm. */
const OFFLINE_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'workbench.enableExperiments': false,
  'workbench.settings.enableNaturalLanguageSearch': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autofetch': false,
  'npm.fetchOnlinePackageInfo': false,
  'security.workspace.trust.enabled': false,
  'files.autoSave': 'off',
  'chat.commandCenter.enabled': false,
};

export interface CodeServer {
  url: string;
  scratch: string;
  userDataDir: string;
  stop(): Promise<void>;
}

/** Installs the .vsix into a fresh extensions folder and starts code-server on a free port. */
export async function startCodeServer(bin: string, vsix: string, options: { settings?: Record<string, unknown> } = {}): Promise<CodeServer> {
  const scratch = await fs.mkdtemp(path.join(os.tmpdir(), 'selftrust-code-server-'));
  const dirs = {
    userData: path.join(scratch, 'user-data'),
    extensions: path.join(scratch, 'extensions'),
    xdgConfig: path.join(scratch, 'xdg-config'),
    xdgData: path.join(scratch, 'xdg-data'),
    xdgCache: path.join(scratch, 'xdg-cache'),
    tmp: path.join(scratch, 'tmp'),
  };
  await Promise.all(Object.values(dirs).map((d) => fs.mkdir(d, { recursive: true })));
  await fs.mkdir(path.join(dirs.userData, 'User'), { recursive: true });
  await fs.writeFile(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...OFFLINE_SETTINGS, ...options.settings }, null, 2));
  const port = await freePort();
  const config = path.join(scratch, 'config.yaml');
  await fs.writeFile(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    TMPDIR: dirs.tmp,
  };
  const common = ['--config', config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  execFileSync(bin, [...common, '--install-extension', vsix], { env, stdio: 'pipe', timeout: 120_000 });

  const child: ChildProcess = spawn(
    bin,
    [
      ...common,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`code-server exited early:\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`code-server did not answer /healthz within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    scratch,
    userDataDir: dirs.userData,
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        const exited = new Promise((r) => child.once('exit', r));
        try {
          process.kill(-child.pid, 'SIGTERM'); // Its own process group: the server and its helpers.
        } catch {
          // Already gone.
        }
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      }
      await fs.rm(scratch, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

export interface Browsing {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  requests: string[];
  /** Requests the page's service worker answered: they never reached the network. */
  answeredInPage: Set<string>;
}

export async function openBrowser(): Promise<Browsing> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const requests: string[] = [];
  const answeredInPage = new Set<string>();
  context.on('request', (r: Request) => requests.push(r.url()));
  context.on('response', (r) => {
    if (r.fromServiceWorker()) answeredInPage.add(r.url());
  });
  const page = await context.newPage();
  return { browser, context, page, requests, answeredInPage };
}

/**
 * Requests that went anywhere but this machine. Webview resources carry VS Code's
 * `*.vscode-resource.vscode-cdn.net` names, and pass only when VS Code's service worker answered
 * them inside the page (from the local server); `data:`/`blob:` are in-page too.
 */
export function requestsLeaving({ requests, answeredInPage }: Pick<Browsing, 'requests' | 'answeredInPage'>): string[] {
  return requests.filter((u) => {
    if (u.startsWith('data:') || u.startsWith('blob:')) return false;
    let host: string;
    try {
      host = new URL(u).hostname;
    } catch {
      return true;
    }
    if (host === '127.0.0.1') return false;
    if (/\.vscode-resource\.vscode-cdn\.net$/.test(host) && answeredInPage.has(u)) return false;
    return true;
  });
}

export async function waitForWorkbench(page: Page, url: string, folder: string): Promise<void> {
  await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  // The explorer shows once the workspace is read: the extension host is up by then.
  await page.waitForSelector('.explorer-folders-view, .explorer-viewlet', { timeout: 60_000 });
}

/** The quick input's row whose label is exactly `label` (not one that merely contains it, nor whichever is highlighted). */
export function quickPickRow(page: Page, label: string): Locator {
  const exact = new RegExp(`^\\s*${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
  return page.locator('.quick-input-list .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: exact }) }).first();
}

/** Clicks the quick input's row labelled `label`, once it is listed. */
export async function pickRow(page: Page, label: string, timeoutMs = 15_000): Promise<void> {
  const row = quickPickRow(page, label);
  await row.waitFor({ timeout: timeoutMs });
  await row.click();
}

/**
 * F1, type the command's title, wait for the row with exactly that label and click it (Enter would
 * run whichever row is highlighted, which need not be ours). Right after start-up the palette may not
 * list an extension's commands yet (the extension host is still reading extensions): close it and
 * ask again until `timeoutMs`.
 */
export async function runCommand(page: Page, title: string, expectRow = title, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  const row = quickPickRow(page, expectRow);
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(`>${title}`);
    const found = await row
      .waitFor({ timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (found) break;
    if (Date.now() > deadline) {
      const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
      await page.screenshot({ path: path.join(REPO, 'test-results', 'vscode-palette-failure.png') }).catch(() => undefined);
      throw new Error(`No palette row "${expectRow}" after ${timeoutMs} ms; rows: ${JSON.stringify(rows)}`);
    }
    await page.keyboard.press('Escape');
  }
  await row.click();
}

/** Polls until `read` gives a value `ok` accepts; the last value is in the error. */
export async function until<T>(what: string, read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (ok(last)) return last;
    } catch {
      // Not there yet.
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The frame (nested inside the webview's outer iframe) that holds `selector`. */
export async function frameWith(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  return until(
    `a frame holding ${selector}`,
    async () => {
      for (const frame of page.frames()) {
        if ((await frame.$(selector).catch(() => null)) !== null) return frame;
      }
      return undefined;
    },
    (f): f is Frame => f !== undefined,
    timeoutMs,
  ) as Promise<Frame>;
}

/** Lines our extension wrote to its "Self-Trust" output channel (VS Code keeps them in its logs folder). */
export async function extensionLog(userDataDir: string): Promise<string> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await fs.readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) await walk(full);
      else if (/Self-Trust\.log$/.test(e.name)) found.push(full);
    }
  };
  await walk(path.join(userDataDir, 'logs'));
  const texts = await Promise.all(found.map((f) => fs.readFile(f, 'utf8')));
  return texts.join('\n');
}
