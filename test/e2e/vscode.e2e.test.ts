/**
 * The extension in a real VS Code (code-server 4.100.3 = VS Code 1.100.3), installed from the
 * .vsix as a user would: start a small promise from the command palette, write the promise, log it
 * kept, and read it with its streak in the dashboard's webview. Nothing may leave 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localDayOf } from '../../src/core/day';
import { packageVscode } from '../../scripts/package-vscode.mjs';
import {
  REPO,
  ensureChromium,
  frameWith,
  installCodeServer,
  openBrowser,
  pickRow,
  requestsLeaving,
  runCommand,
  startCodeServer,
  until,
  waitForWorkbench,
  type Browsing,
  type CodeServer,
} from './vscode-host';

const RESULTS = path.join(REPO, 'test-results');

let server: CodeServer | undefined;
let browsing: Browsing | undefined;
let workspace = '';

beforeAll(async () => {
  ensureChromium();
  const bin = installCodeServer();
  const vsix = await packageVscode({ out: path.join(os.tmpdir(), `selftrust-e2e-${process.pid}.vsix`) });
  server = await startCodeServer(bin, vsix);
  workspace = await fs.mkdtemp(path.join(os.tmpdir(), 'selftrust-workspace-'));
  await fs.writeFile(path.join(workspace, 'README.md'), '# My notes\n\nNot a note of ours: the dashboard must not count it.\n');
  browsing = await openBrowser();
  await fs.mkdir(RESULTS, { recursive: true });
}, 15 * 60_000);

afterAll(async () => {
  await browsing?.browser.close();
  await server?.stop();
  if (workspace) await fs.rm(workspace, { recursive: true, force: true });
});

/** Answers VS Code's input box whose title holds `titlePart`: its text replaces what the box offers, then Enter. */
async function answerInputBox(page: import('playwright-core').Page, titlePart: string, text: string): Promise<void> {
  await page.locator('.quick-input-widget .quick-input-title', { hasText: titlePart }).waitFor({ timeout: 15_000 });
  const input = page.locator('.quick-input-widget input').first();
  await input.fill(text);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget .quick-input-title', { hasText: titlePart }).waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
}

describe('Self-Trust in a real VS Code', () => {
  it('starts a promise from the palette by answering its questions, logs it kept, and shows it with its streak in the dashboard', async () => {
    if (!server || !browsing) throw new Error('not started');
    const { page, requests } = browsing;
    const today = localDayOf(new Date());
    const notePath = path.join(workspace, 'Self-trust', 'Walk for 15 minutes.md');

    await waitForWorkbench(page, server.url, workspace);

    // 1. From the command palette, as a user would type it: the promise first, then the note (issue 12).
    await runCommand(page, 'Self-Trust: Start exercise: Small promise');
    await answerInputBox(page, '1 of 4', 'Walk for 15 minutes');
    await pickRow(page, 'I will do it');
    await pickRow(page, 'A day');
    await answerInputBox(page, '3 of 4', '1');
    await answerInputBox(page, '4 of 4', '');
    const created = await until('the new note on disk', () => fs.readFile(notePath, 'utf8'), (t) => t.length > 0);
    expect(created).toMatch(/^---\nselftrust: small-promise\n/);
    expect(created).toContain(`date: ${today}`);
    // 2. The note is named after the promise, holds its words, and opened in an editor.
    expect(created).toMatch(/^promise: Walk for 15 minutes$/m);
    await page.locator('.tab', { hasText: 'Walk for 15 minutes.md' }).first().waitFor({ timeout: 15_000 });
    const withPromise = created;

    // 3. Log it kept: the QuickPick lists it once the watcher has fed the index.
    await until(
      'the promise in the QuickPick',
      async () => {
        await runCommand(page, 'Self-Trust: Log a kept promise');
        const found = await pickRow(page, 'Walk for 15 minutes', 2_000)
          .then(() => true)
          .catch(() => false);
        if (!found) await page.keyboard.press('Escape');
        return found;
      },
      (found) => found,
      30_000,
    );
    // A few words for the day may follow; left empty, the day is logged without words.
    await answerInputBox(page, 'Kept today', '');
    const logged = await until('kept to hold today', () => fs.readFile(notePath, 'utf8'), (t) => t.includes(`kept: [${today}]`));
    // One targeted edit: everything else is byte for byte what the user wrote.
    expect(logged).toBe(withPromise.replace('kept: []', `kept: [${today}]`));

    // 4. The dashboard in the activity bar, drawn in the webview's nested frame.
    await page.locator('.part.activitybar [aria-label^="Self-Trust"]').first().click();
    const frame = await frameWith(page, 'article.st-promise');
    const card = frame.locator('article.st-promise', { hasText: 'Walk for 15 minutes' });
    await card.waitFor({ timeout: 20_000 });
    const cardText = (await card.innerText()).replace(/\s+/g, ' ');
    expect(cardText).toContain('Walk for 15 minutes');
    const streak = card.locator('.st-figure', { hasText: 'Current streak' }).locator('.st-figure-value');
    expect(await streak.innerText()).toBe('1 day');
    await page.screenshot({ path: path.join(RESULTS, 'vscode-dashboard.png') });

    // The sidebar at its default width (issue 15): today's promise whole on the first screen, nothing
    // to scroll sideways to.
    const sidebar = page.locator('.part.sidebar');
    const sidebarBox = await sidebar.boundingBox();
    await sidebar.screenshot({ path: path.join(RESULTS, 'vscode-sidebar.png') });
    const fit = await frame.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      const row = document.querySelector('[data-st-section="today"] .st-today-row');
      const r = row?.getBoundingClientRect();
      return {
        width: root.clientWidth,
        scrollWidth: root.scrollWidth,
        height: window.innerHeight,
        todayRow: r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right } : null,
        todayText: row?.textContent?.replace(/\s+/g, ' ') ?? '',
      };
    });
    console.log(`sidebar ${Math.round(sidebarBox?.width ?? 0)} px wide, webview ${fit.width} px; today's row ${JSON.stringify(fit.todayRow)}`);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.width);
    expect(fit.todayText).toContain('Walk for 15 minutes');
    expect(fit.todayText).toContain('1 of 1 today');
    expect(fit.todayRow!.bottom).toBeLessThanOrEqual(fit.height);
    expect(fit.todayRow!.right).toBeLessThanOrEqual(fit.width);

    // 5. Unsaved typing is never clobbered: with words typed but not saved, mark a rest day. The
    // edit lands in the editor beside the typing, and the disk keeps the last saved text.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('It rained and I walked anyway.');
    await page.locator('.tab.dirty', { hasText: 'Walk for 15 minutes.md' }).waitFor({ timeout: 10_000 });
    await runCommand(page, 'Self-Trust: Mark a rest day');
    await pickRow(page, 'Walk for 15 minutes');
    await answerInputBox(page, 'Rest day for', '');
    const editorText = async (): Promise<string> => (await page.locator('.monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
    await until('the rest day in the editor', editorText, (t) => t.includes(`skipped: [${today}]`), 15_000);
    await page.keyboard.press('Control+End');
    expect(await editorText()).toContain('It rained and I walked anyway.');
    expect(await page.locator('.tab.dirty', { hasText: 'Walk for 15 minutes.md' }).count()).toBe(1);
    expect(await fs.readFile(notePath, 'utf8')).toBe(logged);

    // 6. Private: nothing left the machine (VS Code's two `vsda` 404s are local requests too).
    const hosts = [...new Set(requests.map((u) => (/^[a-z]+:\/\/([^/]+)/.exec(u)?.[1] ?? u.slice(0, 30))))];
    console.log(`${requests.length} requests, to: ${hosts.join(', ')}`);
    expect(requests.length).toBeGreaterThan(10);
    expect(requestsLeaving(browsing)).toEqual([]);
  });
});
