// @vitest-environment happy-dom
/**
 * Several keeps a day, and Undo, through what a person touches in VS Code: the dashboard's
 * "Kept it today" button (the shared renderer drawing the model the extension posted, its clicks
 * posted back as the webview page does), the message after each log and its Undo button.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import type { DashboardModel } from '../../src/core/dashboard/model';
import type { DashboardHandle } from '../../src/ui/actions';
import { actionsPostingTo, type HostToWebview } from '../../src/ui/protocol';
import { renderDashboard } from '../../src/ui/render-dashboard';
import { COMMANDS, UNDO_ITEM, VIEW_ID } from '../../src/vscode/commands';
import { fake, Uri, type FakeWebviewView } from '../fakes/vscode';
import { TODAY, VAULT, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
let page: Page | undefined;
afterEach(() => {
  page?.close();
  page = undefined;
  stop(s);
  s = undefined;
});

/** Twice a day, in a flow list; a comment and a body that must survive every edit. */
const STRETCH = [
  '---',
  'selftrust: small-promise',
  'date: 2026-11-20',
  'promise: Stretch   # morning and evening',
  'times: 2',
  'per: day',
  'kept: [2026-11-24, 2026-11-24, 2026-11-25]',
  '---',
  'Ten slow minutes.',
  '',
].join('\n');

const WATER = ['---', 'selftrust: small-promise', 'date: 2026-11-20', 'promise: Drink water', 'kept: [2026-11-25]', '---', ''].join('\n');

const COOK = ['---', 'selftrust: small-promise', 'date: 2026-11-02', 'promise: Cook at home', 'times: 3', 'per: week', 'kept: [2026-11-23]', '---', ''].join('\n');

/** The dashboard page: draws each model the extension posts, and posts each click back, as webview-entry.ts does. */
interface Page {
  /** The main button of a promise's card, as drawn from the newest model. */
  keepButton(path: string): HTMLButtonElement;
  close(): void;
}

async function openPage(): Promise<Page> {
  const view: FakeWebviewView = await fake.resolveView(VIEW_ID);
  const root = document.createElement('main');
  document.body.appendChild(root);
  const actions = actionsPostingTo((m) => view.webview.send(m));
  let handle: DashboardHandle | undefined;
  let drawn = 0;
  const draw = (): void => {
    const models = (view.webview.posted as HostToWebview[]).flatMap((m) => (m.type === 'model' ? [m.model] : []));
    const newest: DashboardModel | undefined = models.at(-1);
    if (!newest || models.length === drawn) return;
    drawn = models.length;
    if (handle) handle.update(newest);
    else handle = renderDashboard(root, newest, actions, { loadCharts: () => Promise.resolve({ create: () => null }), whenVisible: (_e, on) => (on(), () => undefined) });
  };
  view.webview.send({ type: 'ready' });
  await settle();
  return {
    keepButton(path) {
      draw();
      const button = root.querySelector<HTMLButtonElement>(`[data-path="${path}"] [data-st-action="log-kept"]`);
      if (!button) throw new Error(`no keep button for ${path}`);
      return button;
    },
    close() {
      handle?.destroy();
      root.remove();
    },
  };
}

/** Lets the host's answer run: the write, the index refresh and the new model posted. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
  await s?.vault.live.flush();
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

const todayCount = (path: string): number => (disk(path) ?? '').split(TODAY).length - 1;
const lastMessage = () => fake.state.messages.at(-1);

describe('a promise kept twice a day, from the dashboard', () => {
  it('counts each press, says "1 of 2" then "2 of 2", disables the button when the day is complete, and Undo takes one back', async () => {
    s = await start({ 'stretch.md': STRETCH });
    page = await openPage();
    expect(page.keepButton('stretch.md').textContent).toBe('Kept it today · 0 of 2');

    page.keepButton('stretch.md').click();
    await settle();
    expect(todayCount('stretch.md')).toBe(1);
    expect(disk('stretch.md')).toBe(STRETCH.replace('2026-11-25]', `2026-11-25, ${TODAY}]`));
    expect(lastMessage()).toEqual({ level: 'info', text: 'Well done: “Stretch” kept today (1 of 2).', items: [UNDO_ITEM] });
    expect(page.keepButton('stretch.md').textContent).toBe('Kept it today · 1 of 2');
    expect(page.keepButton('stretch.md').disabled).toBe(false);

    // This time the person chooses Undo on the message.
    fake.state.messageAnswer = (_text, items) => (items.includes(UNDO_ITEM) ? UNDO_ITEM : undefined);
    page.keepButton('stretch.md').click();
    await settle();
    expect(fake.state.messages.at(-2)?.text).toMatch(/^Well done: “Stretch” kept today \(2 of 2\)\./);
    await vi.waitFor(() => expect(lastMessage()?.text).toBe('Took back one keep of “Stretch” today (1 of 2).'));
    await settle();
    expect(todayCount('stretch.md')).toBe(1);
    expect(disk('stretch.md')).toBe(STRETCH.replace('2026-11-25]', `2026-11-25, ${TODAY}]`));
    // An undo is not offered an undo of its own.
    expect(lastMessage()?.items).toEqual([]);
    expect(page.keepButton('stretch.md').textContent).toBe('Kept it today · 1 of 2');

    fake.state.messageAnswer = () => undefined;
    page.keepButton('stretch.md').click();
    await settle();
    expect(todayCount('stretch.md')).toBe(2);
    expect(page.keepButton('stretch.md').textContent).toBe('Kept today ✓ · 2 of 2');
    expect(page.keepButton('stretch.md').disabled).toBe(true);
  });
});

describe('two quick presses on a promise kept twice a day', () => {
  it('record two keeps: the second edit reads what the first wrote', async () => {
    s = await start({ 'stretch.md': STRETCH });
    page = await openPage();
    const button = page.keepButton('stretch.md');
    button.click();
    button.click();
    await settle();
    expect(todayCount('stretch.md')).toBe(2);
    expect(fake.state.messages.map((m) => m.text)).toEqual(['Well done: “Stretch” kept today (1 of 2).', expect.stringMatching(/^Well done: “Stretch” kept today \(2 of 2\)\./)]);
  });
});

describe('a once-a-day promise pressed twice by accident', () => {
  it('is listed once, and the second press says it is already logged', async () => {
    s = await start({ 'water.md': WATER });
    page = await openPage();
    const button = page.keepButton('water.md');
    expect(button.textContent).toBe('Kept it today');
    // A double click lands before the new model arrives.
    button.click();
    button.click();
    await settle();
    expect(todayCount('water.md')).toBe(1);
    expect(fake.state.messages.map((m) => m.text).sort()).toEqual([
      'Well done: “Drink water” kept today. 2-day streak.',
      '“Drink water” is already logged as kept today; nothing changed.',
    ]);
    expect(page.keepButton('water.md').textContent).toBe('Kept today ✓');
    expect(page.keepButton('water.md').disabled).toBe(true);
  });

  it('the same from the palette: one entry', async () => {
    s = await start({ 'water.md': WATER });
    await vscode.commands.executeCommand(COMMANDS.logPromise, 'water.md');
    await vscode.commands.executeCommand(COMMANDS.logPromise, 'water.md');
    expect(todayCount('water.md')).toBe(1);
    expect(lastMessage()?.text).toContain('already logged');
  });
});

describe('a weekly promise', () => {
  it('offers "Kept again today" after today\'s keep, and it adds a second entry the same day', async () => {
    s = await start({ 'cook.md': COOK });
    page = await openPage();
    page.keepButton('cook.md').click();
    await settle();
    expect(todayCount('cook.md')).toBe(1);
    expect(page.keepButton('cook.md').textContent).toBe('Kept again today');

    page.keepButton('cook.md').click();
    await settle();
    expect(disk('cook.md')).toBe(COOK.replace('kept: [2026-11-23]', `kept: [2026-11-23, ${TODAY}, ${TODAY}]`));
    expect(lastMessage()?.text).toMatch(/^Well done: “Cook at home” kept again today \(2 times today\)\./);
    expect(lastMessage()?.items).toEqual([UNDO_ITEM]);
    // 3 of 3 this week: the week is met.
    expect(page.keepButton('cook.md').textContent).toBe('Kept today ✓');
    expect(page.keepButton('cook.md').disabled).toBe(true);
  });
});

describe('a rest day', () => {
  it('offers Undo, which takes the rest day back', async () => {
    s = await start({ 'water.md': WATER });
    fake.state.messageAnswer = (text, items) => (text.startsWith('Rest day') && items.includes(UNDO_ITEM) ? UNDO_ITEM : undefined);
    await vscode.commands.executeCommand(COMMANDS.markRestDay, 'water.md');
    await vi.waitFor(() => expect(lastMessage()?.text).toBe('Today is no longer a rest day for “Drink water”.'));
    expect(todayCount('water.md')).toBe(0);
  });
});

describe('a note whose bytes are not UTF-8', () => {
  /** WATER with a Latin-1 "é" (the single byte E9) in its body. */
  function latin1Note(): Uint8Array {
    const bytes = new TextEncoder().encode(`${WATER}Caf?.\n`);
    bytes[bytes.length - 3] = 0xe9;
    return bytes;
  }

  it('is refused for a log, unchanged to the byte, with a warning naming it', async () => {
    const bytes = latin1Note();
    s = await start();
    await vscode.workspace.fs.writeFile(Uri.file(`${VAULT}/cafe.md`), bytes);
    await s.vault.live.refresh('cafe.md');
    fake.state.fsWrites.length = 0;
    page = await openPage();
    page.keepButton('cafe.md').click();
    await settle();
    expect(await vscode.workspace.fs.readFile(Uri.file(`${VAULT}/cafe.md`))).toEqual(bytes);
    expect(fake.state.fsWrites).toEqual([]);
    expect(lastMessage()).toEqual({
      level: 'warning',
      text:
        `Self-Trust: cafe.md holds bytes that are not UTF-8 text (for example byte E9 on line 7, at byte ${bytes.length - 3} of the file), so it was not changed. ` +
        'Save it as UTF-8 (most editors offer "Save with encoding") and try again.',
      items: [],
    });
  });

  it('is refused even when it is open in an editor', async () => {
    const bytes = latin1Note();
    s = await start();
    await vscode.workspace.fs.writeFile(Uri.file(`${VAULT}/cafe.md`), bytes);
    await s.vault.live.refresh('cafe.md');
    const doc = await fake.openDocument(`${VAULT}/cafe.md`);
    await vscode.commands.executeCommand(COMMANDS.logPromise, 'cafe.md');
    expect(await vscode.workspace.fs.readFile(Uri.file(`${VAULT}/cafe.md`))).toEqual(bytes);
    expect(doc.saves).toBe(0);
    expect(fake.state.appliedEdits).toEqual([]);
    expect(lastMessage()?.level).toBe('warning');
  });

  it('is listed under "Notes to check", its days still counted, from the first read and after a change', async () => {
    s = await start({ 'water.md': WATER });
    await vscode.workspace.fs.writeFile(Uri.file(`${VAULT}/cafe.md`), latin1Note());
    await s.vault.live.refresh('cafe.md');
    const problem = s.vault.live.index.get('cafe.md')?.problems.at(-1)?.message;
    expect(problem).toBe(
      'This note holds bytes that are not UTF-8 text (for example byte E9 on line 7, at byte ' +
        `${latin1Note().length - 3} of the file), so Self-Trust will not change it. Save it as UTF-8 (most editors offer "Save with encoding") and try again.`,
    );
    expect(s.vault.live.index.get('cafe.md')?.entry?.kind).toBe('small-promise');

    // The first full read of the vault says the same.
    stop(s);
    const again = await restartKeepingFiles();
    expect(again.vault.live.index.get('cafe.md')?.problems.at(-1)?.message).toBe(problem);
  });

  it('a text file that is not UTF-8 and not ours stays out of the index', async () => {
    s = await start();
    const bytes = new TextEncoder().encode('Shopping: caf?\n');
    bytes[bytes.length - 2] = 0xe9;
    await vscode.workspace.fs.writeFile(Uri.file(`${VAULT}/list.md`), bytes);
    await s.vault.live.refresh('list.md');
    expect(s.vault.live.index.get('list.md')).toBeUndefined();
  });
});

/** Activates the extension again over the files the fake holds now (start() would reset them). */
async function restartKeepingFiles(): Promise<Started> {
  const { activate } = await import('../../src/vscode/extension');
  const context = fake.context();
  fake.setWorkspaceFolders([VAULT]);
  const api = activate(context as unknown as vscode.ExtensionContext);
  const vault = await api.vault();
  if (!vault) throw new Error('no vault');
  await vault.live.ready;
  s = { api, context, vault };
  return s;
}
