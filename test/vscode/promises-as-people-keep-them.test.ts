/** Issue 12 in VS Code, through the fake: the promise asked first in input boxes, and slips from the dashboard. */
import { afterEach, describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import { VIEW_ID } from '../../src/vscode/commands';
import { askPromise, type PromiseQuestions } from '../../src/vscode/promise-questions';
import { fake } from '../fakes/vscode';
import { TODAY, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

/**
 * Input boxes and quick picks answered in turn, as a person would type and choose: each input box
 * answer is checked by its own validateInput first (a problem is kept, as VS Code keeps the box open).
 */
function answering(answers: (string | undefined)[]): PromiseQuestions & { problems: string[]; titles: string[] } {
  const queue = [...answers];
  const problems: string[] = [];
  const titles: string[] = [];
  return {
    problems,
    titles,
    async showInputBox(options: vscode.InputBoxOptions) {
      titles.push(options.title ?? '');
      for (;;) {
        const answer = queue.shift();
        if (answer === undefined) return undefined;
        const problem = await options.validateInput?.(answer);
        if (!problem) return answer;
        problems.push(typeof problem === 'string' ? problem : problem.message);
      }
    },
    async showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions) {
      titles.push(options.title ?? '');
      const label = queue.shift();
      return items.find((i) => i.label === label);
    },
  };
}

describe('VS Code: the promise first, then the note', () => {
  it('asks in four steps, checks each answer where it was typed, and gives the note\'s fields', async () => {
    const ui = answering(['  ', 'Walk 15 minutes', 'I will do it', 'A week', 'lots', '3', 'soon', '2026-12-01']);
    expect(await askPromise(ui)).toEqual({ promise: 'Walk 15 minutes', times: '3', per: 'week', start: '2026-12-01' });
    expect(ui.problems).toEqual([
      'Write the promise in a few words of your own, such as "Walk for 15 minutes".',
      'How many times? A whole number, 1 or more.',
      'From when? A day written YYYY-MM-DD, such as 2026-11-30, or leave it empty for today.',
    ]);
    expect(ui.titles[0]).toBe('Make a small promise (1 of 4)');
  });

  it('an "I won\'t…" promise may be never (0); Escape at any step makes nothing', async () => {
    expect(await askPromise(answering(['Look at my phone in bed', "I won't do it", 'A day', '0', '']))).toEqual({
      promise: 'Look at my phone in bed',
      times: '0',
      per: 'day',
      aim: 'at-most',
      slipped: [],
    });
    expect(await askPromise(answering(['Walk', 'I will do it', undefined]))).toBeUndefined();
  });

  it('makePromise writes the note named after the promise, and never over one with that name', async () => {
    s = await start({ 'Self-trust/Walk 15 minutes.md': 'my own words\n' });
    const path = await s.api.commands.makePromise(answering(['Walk 15 minutes', 'I will do it', 'A day', '1', '']));
    expect(path).toBe(`Self-trust/Walk 15 minutes (${TODAY}).md`);
    expect(disk('Self-trust/Walk 15 minutes.md')).toBe('my own words\n');
    expect(disk(path!)).toContain('promise: Walk 15 minutes\n');
    expect(fake.state.shown.at(-1)).toContain(`Walk 15 minutes (${TODAY}).md`);
  });
});

const PHONE = ['---', 'selftrust: small-promise', 'schema: 1', 'date: 2026-11-16', 'promise: Phone in bed', 'aim: at-most', 'times: 0', 'per: day', 'kept: []', 'skipped: []', 'slipped: []', 'status: active', '---', ''].join('\n');

describe('VS Code: a slip from the dashboard', () => {
  it('logs it in `slipped` and says so kindly, offering Undo', async () => {
    s = await start({ 'phone.md': PHONE });
    const view = await fake.resolveView(VIEW_ID);
    view.webview.send({ type: 'logPromise', path: 'phone.md', action: 'slip' });
    await s.vault.live.flush();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(disk('phone.md')).toContain(`slipped: [${TODAY}]`);
    const said = fake.state.messages.at(-1);
    expect(said?.text).toContain('Slip logged for “Phone in bed”: 1 today, at most 0 a day. A slip is information, not a verdict.');
    expect(said?.items).toEqual(['Undo']);
  });
});
