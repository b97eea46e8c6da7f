import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { fake } from '../fakes/vscode';
import { LiveIndex } from '../../src/vscode/live-index';
import { WorkspaceStore } from '../../src/vscode/workspace-store';
import { PROMISE_NOTE, VAULT } from './harness';

afterEach(() => vi.useRealTimers());

const paths = (index: LiveIndex): string[] => [...index.index.notes()].map((n) => n.path).sort();

describe('the first read of a vault', () => {
  it('reads the notes folder first, so a first dashboard can show before the rest of the vault is read', async () => {
    fake.reset();
    fake.setWorkspaceFolders([VAULT]);
    fake.writeFile(`${VAULT}/Self-trust/walk.md`, PROMISE_NOTE);
    fake.writeFile(`${VAULT}/Archive/old walk.md`, PROMISE_NOTE.replace('Walk for 15 minutes', 'Old walk'));
    for (let i = 0; i < 300; i++) fake.writeFile(`${VAULT}/Notes/n${i}.md`, `# Note ${i}\n`);

    const live = new LiveIndex(new WorkspaceStore(vscode.Uri.file(VAULT)), { readFirst: 'Self-trust' });
    let changes = 0;
    live.onDidChange(() => (changes += 1));
    await live.firstPass;
    // The notes folder is in; the rest of the vault (300 notes before the archive) is not yet.
    expect(paths(live)).toEqual(['Self-trust/walk.md']);
    expect(changes).toBe(1);
    await live.ready;
    expect(paths(live)).toEqual(['Archive/old walk.md', 'Self-trust/walk.md']);
    expect(changes).toBe(2);
    live.dispose();
  });

  it('without a notes folder, the first pass is the whole read', async () => {
    fake.reset();
    fake.setWorkspaceFolders([VAULT]);
    fake.writeFile(`${VAULT}/walk.md`, PROMISE_NOTE);
    const live = new LiveIndex(new WorkspaceStore(vscode.Uri.file(VAULT)));
    await live.firstPass;
    await live.ready;
    expect(paths(live)).toEqual(['walk.md']);
    live.dispose();
  });
});
