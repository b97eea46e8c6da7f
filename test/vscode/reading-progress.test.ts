/**
 * Issue 15, point 4: never blank. While the first read of a large vault runs, the live index says how
 * far it is, and the dashboard the extension posts carries it (model.loading) along with the promises
 * read so far; once every note is read, `loading` is gone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { fake } from '../fakes/vscode';
import type { DashboardModel } from '../../src/core/dashboard/model';
import { activate } from '../../src/vscode/extension';
import { LiveIndex } from '../../src/vscode/live-index';
import { WorkspaceStore } from '../../src/vscode/workspace-store';
import { PROMISE_NOTE, VAULT, pinToday } from './harness';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

function vaultWith(others: number): void {
  fake.reset();
  fake.setWorkspaceFolders([VAULT]);
  fake.writeFile(`${VAULT}/Self-trust/walk.md`, PROMISE_NOTE);
  fake.writeFile(`${VAULT}/Archive/old walk.md`, PROMISE_NOTE.replace('Walk for 15 minutes', 'Old walk'));
  for (let i = 0; i < others; i++) fake.writeFile(`${VAULT}/Notes/n${String(i).padStart(3, '0')}.md`, `# Note ${i}\n`);
}

/** Holds every read outside the notes folder until `open()`. */
function gateReads(): { open: () => void } {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const read = WorkspaceStore.prototype.read;
  vi.spyOn(WorkspaceStore.prototype, 'read').mockImplementation(async function (this: WorkspaceStore, path: string) {
    if (!path.startsWith('Self-trust/')) await gate;
    return read.call(this, path);
  });
  return { open };
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 30; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('reading progress', () => {
  it('the live index counts the notes read of those listed, and tells it while the rest of the vault is read', async () => {
    vaultWith(300);
    const gate = gateReads();
    const live = new LiveIndex(new WorkspaceStore(vscode.Uri.file(VAULT)), { readFirst: 'Self-trust' });
    let told = 0;
    live.onDidProgress(() => (told += 1));
    await live.firstPass;
    expect(live.progress).toEqual({ read: 1, total: 302 });
    gate.open();
    await live.ready;
    expect(told).toBeGreaterThan(0);
    expect(live.progress).toBeNull();
    live.dispose();
  });

  it('the dashboard says “still reading”, with the count and the promises found so far, then the whole vault', async () => {
    vaultWith(300);
    const gate = gateReads();
    pinToday();
    const context = fake.context();
    const api = activate(context as unknown as vscode.ExtensionContext);
    const view = await fake.resolveView('selftrust.dashboard');
    view.webview.send({ type: 'ready' });
    const models = (): DashboardModel[] => view.webview.posted.filter((m): m is { type: 'model'; model: DashboardModel } => (m as { type?: string }).type === 'model').map((m) => m.model);
    for (let i = 0; i < 50 && models().length === 0; i++) await settle();
    const first = models()[0]!;
    expect(first.loading).toEqual({ read: 1, total: 302 });
    expect(first.promises.map((p) => p.promise)).toEqual(['Walk for 15 minutes']);

    gate.open();
    const vault = await api.vault();
    await vault!.live.ready;
    for (let i = 0; i < 50 && models().at(-1)?.loading; i++) await settle();
    const last = models().at(-1)!;
    expect(last.loading ?? null).toBeNull();
    expect(last.promises.map((p) => p.promise).sort()).toEqual(['Old walk', 'Walk for 15 minutes']);
    for (const d of context.subscriptions) d.dispose();
  });
});
