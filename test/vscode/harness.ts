/**
 * Starts the extension against the in-memory `vscode` fake with a small vault, on a pinned day.
 * The day is pinned at local noon, so `localDayOf(new Date())` names the same day in every zone.
 */
import { vi } from 'vitest';
import * as vscode from 'vscode';
import { fake, type FakeExtensionContext } from '../fakes/vscode';
import { activate, type SelfTrustApi } from '../../src/vscode/extension';
import type { Vault } from '../../src/vscode/commands';

export const VAULT = '/vault';
export const TODAY = '2026-11-26';

export const PROMISE_NOTE = [
  '---',
  'selftrust: small-promise   # written by hand',
  'schema: 1',
  'date: 2026-11-20',
  'promise: "Walk for 15 minutes"',
  'times: 1',
  'per: day',
  'kept:',
  '  - 2026-11-24',
  '  - 2026-11-25',
  'skipped: []',
  'status: active',
  '---',
  '# Small promise',
  '',
  'Walking clears my head.',
  '',
].join('\n');

export const PAUSED_PROMISE_NOTE = PROMISE_NOTE.replace('Walk for 15 minutes', 'Cook at home').replace('status: active', 'status: paused');

export interface Started {
  api: SelfTrustApi;
  context: FakeExtensionContext;
  vault: Vault;
}

export function pinToday(): void {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 26, 12, 0, 0));
}

/** Resets the fake, writes the notes (vault-relative path → text) and activates the extension. */
export async function start(notes: Record<string, string> = {}, folders: string[] = [VAULT]): Promise<Started> {
  fake.reset();
  pinToday();
  fake.setWorkspaceFolders(folders);
  // Keys are vault-relative, or absolute (starting with `/`) for multi-root workspaces.
  for (const [path, text] of Object.entries(notes)) fake.writeFile(path.startsWith('/') ? path : `${VAULT}/${path}`, text);
  const context = fake.context();
  const api = activate(context as unknown as vscode.ExtensionContext);
  const vault = await api.vault();
  if (!vault) throw new Error('no vault');
  await vault.live.ready;
  return { api, context, vault };
}

export function stop(started: Started | undefined): void {
  for (const d of started?.context.subscriptions ?? []) d.dispose();
  vi.useRealTimers();
}

export function disk(path: string): string | undefined {
  return fake.readFile(`${VAULT}/${path}`);
}

/** The one region where two texts differ, as [before, after] substrings. */
export function difference(before: string, after: string): [string, string] {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  return [before.slice(start, endB), after.slice(start, endA)];
}

/**
 * Answers the small promise's questions as a person would, in order: each input box takes the next
 * answer (one refused by validateInput is retyped with the next), each quick pick the item whose
 * label is the next answer. Undefined is Escape.
 */
export function answerPromiseQuestions(answers: (string | undefined)[]): void {
  const queue = [...answers];
  fake.state.inputBoxAnswer = () => queue.shift();
  fake.state.quickPickAnswer = (items) => {
    const label = queue.shift();
    return items.find((i) => i.label === label);
  };
}

/** Once a day, from today: the answers for a promise with these words. */
export function aDailyPromise(words: string): string[] {
  return [words, 'I will do it', 'A day', '1', ''];
}
