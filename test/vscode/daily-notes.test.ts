// @vitest-environment happy-dom
/**
 * Issue 12, point 4 in VS Code: checked tasks in daily notes that link a promise count on the
 * dashboard. The daily-note folder and format come from the workspace's `.obsidian` settings (or
 * `YYYY-MM-DD` at the top without them); only daily notes are read, never written; the watchers keep
 * them current, a folder deleted outside VS Code included (one coalesced event for the folder).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import type { DashboardModel } from '../../src/core/dashboard/model';
import type { HostToWebview } from '../../src/ui/protocol';
import { renderDashboard } from '../../src/ui/render-dashboard';
import { VIEW_ID } from '../../src/vscode/commands';
import { activate } from '../../src/vscode/extension';
import { fake } from '../fakes/vscode';
import { VAULT, disk, pinToday, start, stop, type Started } from './harness';

let s: Started | undefined;
const storages: string[] = [];
afterEach(() => {
  document.body.innerHTML = '';
  stop(s);
  s = undefined;
  vi.restoreAllMocks();
  for (const dir of storages.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const WALK = ['---', 'selftrust: small-promise', 'date: 2026-11-16', 'promise: Walk 15 minutes', 'aliases: [Walk]', 'kept: [2026-11-23, 2026-11-24]', '---', ''].join('\n');
const COFFEE = ['---', 'selftrust: small-promise', 'date: 2026-11-16', 'promise: No coffee after four', 'aim: at-most', 'times: 0', 'slipped: []', '---', ''].join('\n');
const STRETCH = ['---', 'selftrust: small-promise', 'date: 2026-11-16', 'promise: Stretch', 'kept: []', '---', ''].join('\n');
const PROMISES = { 'Self-trust/Walk 15 minutes.md': WALK, 'Self-trust/No coffee after four.md': COFFEE, 'Self-trust/Stretch.md': STRETCH };
const DAILY = {
  'Daily/2026-11-24.md': '# Tuesday\n- [x] Walked after lunch [[Walk 15 minutes]]\n- [ ] stretch [[Stretch]]\n- [-] cancelled [[Stretch]]\n',
  'Daily/2026-11-25.md': '- [x] Walked by the river [[Walk]]\n- [x] Coffee at five [[No coffee after four]]\n- [x] Day off [[Stretch]] #rest\n',
  'Daily/2026-11-26.md': '- [X] walked [[Self-trust/Walk 15 minutes#Why|a walk]]\n```\n- [x] in code [[Stretch]]\n```\n',
};
const SETTINGS = { '.obsidian/daily-notes.json': JSON.stringify({ folder: 'Daily', format: 'YYYY-MM-DD' }) };
const W = 'Self-trust/Walk 15 minutes.md';

/** Starts the extension and waits for its daily notes. */
async function open(files: Record<string, string>): Promise<Started> {
  s = await start(files);
  await s.vault.daily.ready;
  return s;
}

/** Lets the watchers' events be applied, then the new model be posted. */
async function settle(): Promise<void> {
  await s?.vault.daily.flush();
  await s?.vault.live.flush();
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

/** The dashboard as the webview draws the newest model the extension posted. */
async function page(): Promise<HTMLElement> {
  const view = await fake.resolveView(VIEW_ID);
  view.webview.send({ type: 'ready' });
  await settle();
  const model: DashboardModel | undefined = (view.webview.posted as HostToWebview[]).flatMap((m) => (m.type === 'model' ? [m.model] : [])).at(-1);
  if (!model) throw new Error('no model posted');
  document.body.innerHTML = '';
  const root = document.body.appendChild(document.createElement('main'));
  renderDashboard(root, model, {} as never, { loadCharts: () => Promise.resolve({ create: () => null }), whenVisible: (_e, on) => (on(), () => undefined) });
  return root;
}

async function card(path: string): Promise<{ text: string; cell(day: string): string }> {
  const el = (await page()).querySelector<HTMLElement>(`article.st-promise[data-path="${path}"]`);
  if (!el) throw new Error(`no card for ${path}`);
  return { text: el.textContent ?? '', cell: (day) => el.querySelector(`td[data-date="${day}"]`)?.getAttribute('aria-label') ?? '' };
}

describe('check-ins from daily notes', () => {
  it('counts checked tasks linking a promise by name, alias and path, a day in both places once, rest days and slips; writes nothing', async () => {
    const files = { ...PROMISES, ...DAILY, ...SETTINGS, 'Projects/2026-11-21.md': '- [x] walked [[Walk]]\n' };
    await open(files);
    const walk = await card(W);
    expect(walk.text).toContain('4 days kept in all');
    expect(walk.cell('2026-11-24')).toBe('24 Nov: kept (from the daily note 2026-11-24)');
    expect(walk.cell('2026-11-25')).toBe('25 Nov: kept (from the daily note 2026-11-25)');
    expect(walk.cell('2026-11-26')).toBe('26 Nov: kept (from the daily note 2026-11-26)');
    expect(walk.cell('2026-11-21')).toBe('21 Nov: not kept'); // not in the daily folder
    expect((await card('Self-trust/No coffee after four.md')).cell('2026-11-25')).toBe('25 Nov: over the limit, 1 slip (from the daily note 2026-11-25)');
    const stretch = await card('Self-trust/Stretch.md');
    expect(stretch.cell('2026-11-25')).toBe('25 Nov: rest day (from the daily note 2026-11-25)');
    expect(stretch.text).toContain('0 days kept in all');
    for (const [path, text] of Object.entries(files)) expect(disk(path)).toBe(text);
  });

  it('without Obsidian settings reads `YYYY-MM-DD` names from the top of the folder; reads daily notes only', async () => {
    await open({ ...PROMISES, '2026-11-20.md': '- [x] walk [[Walk]]\n', 'Notes/Plan.md': '- [x] walk [[Walk]]\n' });
    expect((await card(W)).cell('2026-11-20')).toBe('20 Nov: kept (from the daily note 2026-11-20)');
    // A note that is not a daily note, changed, is not read for check-ins.
    const read = vi.spyOn(s!.vault.store, 'read');
    fake.outside.writeFile(`${VAULT}/Notes/Plan.md`, '- [x] walk again [[Walk]]\n');
    fake.outside.writeFile(`${VAULT}/2026-11-21.md`, '- [x] walk [[Walk]]\n');
    await settle();
    expect(read.mock.calls.map((c) => c[0])).toEqual(['2026-11-21.md']);
    expect((await card(W)).cell('2026-11-21')).toBe('21 Nov: kept (from the daily note 2026-11-21)');
  });

  it('follows daily notes edited, deleted and added outside VS Code', async () => {
    await open({ ...PROMISES, ...DAILY, ...SETTINGS });
    fake.outside.writeFile(`${VAULT}/Daily/2026-11-25.md`, DAILY['Daily/2026-11-25.md'].replace('- [x] Walked', '- [ ] Walked'));
    await settle();
    expect((await card(W)).cell('2026-11-25')).toBe('25 Nov: not kept');
    fake.outside.deleteFile(`${VAULT}/Daily/2026-11-24.md`);
    fake.outside.writeFile(`${VAULT}/Daily/2026-11-22.md`, '- [x] walked [[Walk]]\n');
    await settle();
    const walk = await card(W);
    expect(walk.cell('2026-11-24')).toBe('24 Nov: kept'); // the promise note's own day stays
    expect(walk.cell('2026-11-22')).toBe('22 Nov: kept (from the daily note 2026-11-22)');
    expect(walk.text).toContain('4 days kept in all');
  });

  it('drops every day of a daily folder deleted outside VS Code (one event, for the folder) or in the explorer, and reads a folder moved in', async () => {
    await open({ ...PROMISES, ...DAILY, ...SETTINGS });
    const batch = fake.outside.deleteFolder(`${VAULT}/Daily`);
    expect(batch.map((e) => `${e.type} ${e.uri.path}`)).toEqual([`deleted ${VAULT}/Daily`]);
    await settle();
    expect((await card(W)).text).toContain('2 days kept in all');
    expect((await card('Self-trust/Stretch.md')).cell('2026-11-25')).toBe('25 Nov: not kept');

    // Moved back in (a sync, a checkout): one create event for the folder; its daily notes are read.
    for (const [path, text] of Object.entries(DAILY)) fake.writeFile(`${VAULT}/Archive/${path}`, text);
    fake.outside.renameFolder(`${VAULT}/Archive/Daily`, `${VAULT}/Daily`);
    await settle();
    expect((await card(W)).text).toContain('4 days kept in all');

    fake.deleteFolderInExplorer(`${VAULT}/Daily`);
    await settle();
    expect((await card(W)).text).toContain('2 days kept in all');
  });

  it('reads the daily notes again when the settings change: Periodic Notes’ format over the core plugin’s', async () => {
    await open({ ...PROMISES, ...DAILY, ...SETTINGS, 'Log/22.11.2026.md': '- [x] walk [[Walk]]\n' });
    fake.outside.writeFile(`${VAULT}/.obsidian/plugins/periodic-notes/data.json`, JSON.stringify({ daily: { enabled: true, folder: 'Log', format: 'DD.MM.YYYY' } }));
    await settle();
    const walk = await card(W);
    expect(walk.cell('2026-11-22')).toBe('22 Nov: kept (from the daily note 22.11.2026)');
    expect(walk.cell('2026-11-25')).toBe('25 Nov: not kept');
    expect(walk.text).toContain('3 days kept in all');
  });
});

const STAND_UP = '---\ndate: 2026-11-17\ntags: [work]\n---\n# Stand-up\n- [x] walked [[Walk]]\n- [ ] stretch [[Stretch]]\n';
const S = 'Work/Stand-up.md';

/** The note paths read through workspace.fs from now on (the in-memory vault is not on this disk: every read goes there). */
function countReads(): string[] {
  const reads: string[] = [];
  const readFile = vscode.workspace.fs.readFile.bind(vscode.workspace.fs);
  vi.spyOn(vscode.workspace.fs, 'readFile').mockImplementation((uri) => {
    if (uri.path.endsWith('.md')) reads.push(uri.path.slice(VAULT.length + 1));
    return readFile(uri);
  });
  return reads;
}

describe('daily notes by their `date` property, anywhere in the vault', () => {
  it('counts a note outside the daily folder with a `date` property; not one without, nor an unchecked task; a daily note named as a day counts by its name, once', async () => {
    await open({
      ...PROMISES,
      ...SETTINGS,
      [S]: STAND_UP,
      'Work/Plan.md': '- [x] walked [[Walk]]\n', // no date, not in the daily folder
      'Work/Retro.md': '---\ndate: 2026-11-18\n---\n- [ ] walked [[Walk]]\n',
      'Daily/2026-11-25.md': '---\ndate: 2026-11-20\n---\n- [x] walked [[Walk]]\n', // its name decides
      'Daily/Week plan.md': '---\ndate: 2026-11-19\n---\n- [x] walked [[Walk]]\n', // in the folder, not named as a day
    });
    const walk = await card(W);
    expect(walk.cell('2026-11-17')).toBe('17 Nov: kept (from the daily note Stand-up)');
    expect(walk.cell('2026-11-18')).toBe('18 Nov: not kept');
    expect(walk.cell('2026-11-19')).toBe('19 Nov: kept (from the daily note Week plan)');
    expect(walk.cell('2026-11-20')).toBe('20 Nov: not kept');
    expect(walk.cell('2026-11-25')).toBe('25 Nov: kept (from the daily note 2026-11-25)');
    expect(walk.text).toContain('5 days kept in all'); // 23 and 24 in the promise note, 17, 19 and 25
    expect((await card('Self-trust/Stretch.md')).text).toContain('0 days kept in all');
    expect(s!.vault.daily.view.dailyNoteCount).toBe(3);
  });

  it('follows the note as it is edited, unchecked, given a date, and deleted, reading it once per change', async () => {
    await open({ ...PROMISES, ...SETTINGS, [S]: STAND_UP, 'Work/Plan.md': '- [x] walked [[Walk]]\n' });
    const reads = countReads();
    fake.outside.writeFile(`${VAULT}/${S}`, STAND_UP.replace('- [x] walked', '- [ ] walked'));
    await settle();
    expect(reads).toEqual([S]); // by the live index only
    let walk = await card(W);
    expect(walk.cell('2026-11-17')).toBe('17 Nov: not kept');
    expect(walk.text).toContain('2 days kept in all');

    fake.outside.writeFile(`${VAULT}/${S}`, STAND_UP.replace('2026-11-17', '2026-11-18'));
    fake.outside.writeFile(`${VAULT}/Work/Plan.md`, '---\ndate: 2026-11-21\n---\n- [x] walked [[Walk]]\n');
    await settle();
    walk = await card(W);
    expect(walk.cell('2026-11-18')).toBe('18 Nov: kept (from the daily note Stand-up)');
    expect(walk.cell('2026-11-21')).toBe('21 Nov: kept (from the daily note Plan)');
    expect(walk.text).toContain('4 days kept in all');

    fake.outside.deleteFile(`${VAULT}/${S}`);
    await settle();
    walk = await card(W);
    expect(walk.cell('2026-11-18')).toBe('18 Nov: not kept');
    expect(walk.text).toContain('3 days kept in all');

    // A folder deleted outside VS Code is one event, for the folder: its dated notes go with it.
    fake.outside.deleteFolder(`${VAULT}/Work`);
    await settle();
    walk = await card(W);
    expect(walk.cell('2026-11-21')).toBe('21 Nov: not kept');
    expect(walk.text).toContain('2 days kept in all');
    expect(s!.vault.daily.view.dailyNoteCount).toBe(0);
  });

  it('a note that becomes named as a day when the settings change counts by its name, not twice; and by its `date` again when it is no longer', async () => {
    await open({ ...PROMISES, ...SETTINGS, 'Log/2026-11-21.md': '---\ndate: 2026-11-19\n---\n- [x] walked [[Walk]]\n' });
    expect((await card(W)).cell('2026-11-19')).toBe('19 Nov: kept (from the daily note 2026-11-21)');
    fake.outside.writeFile(`${VAULT}/.obsidian/daily-notes.json`, JSON.stringify({ folder: 'Log', format: 'YYYY-MM-DD' }));
    await settle();
    let walk = await card(W);
    expect(walk.cell('2026-11-21')).toBe('21 Nov: kept (from the daily note 2026-11-21)');
    expect(walk.cell('2026-11-19')).toBe('19 Nov: not kept');
    expect(walk.text).toContain('3 days kept in all');
    fake.outside.writeFile(`${VAULT}/.obsidian/daily-notes.json`, JSON.stringify({ folder: 'Daily', format: 'YYYY-MM-DD' }));
    await settle();
    walk = await card(W);
    expect(walk.cell('2026-11-19')).toBe('19 Nov: kept (from the daily note 2026-11-21)');
    expect(walk.cell('2026-11-21')).toBe('21 Nov: not kept');
  });

  it('a warm start from the cache of parsed notes shows the day without reading the note', async () => {
    const storage = mkdtempSync(join(tmpdir(), 'selftrust-dated-'));
    storages.push(storage);
    const files = { ...PROMISES, ...SETTINGS, ...DAILY, [S]: STAND_UP, 'Work/Plan.md': '- [x] walked [[Walk]]\n' };
    /** Activates over the vault as it is on the fake's disk, with workspace storage for the cache. */
    const activateOver = async (): Promise<Started> => {
      pinToday();
      fake.setWorkspaceFolders([VAULT]);
      const context = fake.context('/ext', storage);
      const api = activate(context as unknown as vscode.ExtensionContext);
      const vault = await api.vault();
      if (!vault) throw new Error('no vault');
      await vault.live.ready;
      await vault.daily.ready;
      return { api, context, vault };
    };
    fake.reset();
    for (const [path, text] of Object.entries(files)) fake.writeFile(`${VAULT}/${path}`, text);
    s = await activateOver(); // cold: no cache yet
    expect((await card(W)).cell('2026-11-17')).toBe('17 Nov: kept (from the daily note Stand-up)');
    stop(s); // the cache is written as the vault closes
    s = undefined;
    await vi.waitFor(() => expect(fake.state.outputChannels[0]?.lines.join('\n')).toMatch(/Saved the cache of parsed notes/));

    fake.restart();
    const reads = countReads();
    s = await activateOver();
    const walk = await card(W);
    expect(walk.cell('2026-11-17')).toBe('17 Nov: kept (from the daily note Stand-up)');
    expect(walk.cell('2026-11-24')).toBe('24 Nov: kept (from the daily note 2026-11-24)');
    expect(walk.text).toContain('5 days kept in all');
    // Only the daily-note folder is read (as before); no other note is.
    expect(reads.sort()).toEqual(Object.keys(DAILY).sort());
  });
});
