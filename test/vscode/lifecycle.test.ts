import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS, VIEW_ID } from '../../src/vscode/commands';
import { deactivate } from '../../src/vscode/extension';
import { fake } from '../fakes/vscode';
import { PROMISE_NOTE, VAULT, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

describe('activation and deactivation', () => {
  it('activates with every command, the view and three watchers over the vault (notes; folders; daily notes), and reads the notes', async () => {
    s = await start({
      'walk.md': PROMISE_NOTE,
      'deep/folder/swim.md': PROMISE_NOTE.replace('Walk for 15 minutes', 'Swim'),
      '.obsidian/x.md': PROMISE_NOTE,
      'node_modules/y.md': PROMISE_NOTE,
    });
    expect(fake.state.commands.has(COMMANDS.logPromise)).toBe(true);
    expect(fake.state.viewProviders.has(VIEW_ID)).toBe(true);
    expect(fake.state.watchers.map((w) => [(w.pattern as { pattern: string }).pattern, w.ignoreChangeEvents])).toEqual([
      ['**/*.md', false],
      ['**/*', true],
      ['**/*', false],
    ]);
    expect([...s.vault.live.index.notes()].map((n) => n.path).sort()).toEqual(['deep/folder/swim.md', 'walk.md']);
    expect(fake.state.outputChannels[0]?.lines.some((l) => /^\[\+\d+ ms\] Activated in \d+ ms \(\d{4}-\d\d-\d\dT[\d:.]+Z\)\.$/.test(l))).toBe(true);
  });

  it('disposes everything it made when VS Code disposes its subscriptions', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await fake.resolveView(VIEW_ID);
    for (const d of s.context.subscriptions) d.dispose();
    deactivate();
    await Promise.resolve();
    expect(fake.state.commands.size).toBe(0);
    expect(fake.state.viewProviders.size).toBe(0);
    expect(fake.state.watchers.every((w) => w.disposed)).toBe(true);
    expect(fake.state.outputChannels.every((c) => c.disposed)).toBe(true);
    // A change after deactivation reaches nobody.
    const posted = view.webview.posted.length;
    fake.state.watchers[0]?.fireCreate(fake.writeFile(`${VAULT}/late.md`, PROMISE_NOTE));
    await new Promise((r) => setTimeout(r, 250));
    expect(view.webview.posted.length).toBe(posted);
    s = undefined;
  });

  it('picks the workspace folder that holds the notes folder in a multi-root workspace, or the one named in the settings', async () => {
    fake.reset();
    fake.writeFile('/code/src/index.md', '# code\n');
    fake.writeFile('/notes/Self-trust/walk.md', PROMISE_NOTE);
    fake.writeFile('/third/Self-trust/x.md', PROMISE_NOTE);
    const { findVaultFolder } = await import('../../src/vscode/vault-settings');
    fake.setWorkspaceFolders(['/code', '/notes', '/third']);
    expect((await findVaultFolder())?.name).toBe('notes');
    fake.setSetting('selftrust.vaultFolder', 'third');
    expect((await findVaultFolder())?.name).toBe('third');
    fake.setSetting('selftrust.vaultFolder', '');
    fake.setWorkspaceFolders(['/code', '/elsewhere']);
    expect((await findVaultFolder())?.name).toBe('code');
  });

  it('reads the other vault when the vault folder setting changes', async () => {
    const started = await start({ '/a/Self-trust/walk.md': PROMISE_NOTE, '/b/swim.md': PROMISE_NOTE.replace('Walk for 15 minutes', 'Swim') }, ['/a', '/b']);
    s = started;
    expect([...started.vault.live.index.notes()].map((n) => n.path)).toEqual(['Self-trust/walk.md']);
    fake.setSetting('selftrust.vaultFolder', 'b');
    const next = await started.api.vault();
    await next?.live.ready;
    expect([...(next?.live.index.notes() ?? [])].map((n) => n.path)).toEqual(['swim.md']);
    expect(fake.state.watchers[0]?.disposed).toBe(true);
  });
});
