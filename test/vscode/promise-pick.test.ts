import { afterEach, describe, expect, it } from 'vitest';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commands';
import { fake } from '../fakes/vscode';
import { PROMISE_NOTE, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

describe('the "which promise" quick pick (issue 9, faults 3, 4, 7)', () => {
  it('offers one item per promise: no identical copy, no template, names in NFC', async () => {
    const nfd = 'Cre\u0300me bru\u0302le\u0301e';
    const creme = PROMISE_NOTE.replace('Walk for 15 minutes', nfd);
    s = await start({
      [`Self-trust/${nfd}.md`]: creme,
      'Self-trust/walk.md': PROMISE_NOTE,
      'Self-trust/walk-DESKTOP-AB12CD3.md': PROMISE_NOTE,
      'Templates/Self-trust/walk.md': PROMISE_NOTE.replace('Walk for 15 minutes', 'Template walk'),
    });
    fake.state.quickPickAnswer = () => undefined;
    await vscode.commands.executeCommand(COMMANDS.logPromise);
    const offered = fake.state.quickPicks[0]?.items ?? [];
    expect(offered.map((i) => [i.label, i.detail]).sort()).toEqual([
      ['Crème brûlée', 'Self-trust/Crème brûlée.md'],
      ['Walk for 15 minutes', 'Self-trust/walk.md'],
    ]);
  });
});
