/**
 * The promise first, then the note (issue 12), as VS Code asks: one input box or quick pick at a
 * time. The answers are checked by the core (promiseFieldsFrom), as Obsidian's form checks them; a
 * problem is shown in the input box it belongs to, so the person fixes it where they typed it.
 */
import type * as vscode from 'vscode';
import { promiseFieldsFrom, type PromiseAnswers } from '../core/edit/new-promise-fields';
import type { PromiseAim, PromisePer } from '../core/entry';

/** What askPromise needs of `vscode.window` (passed in, so a test can answer it). */
export interface PromiseQuestions {
  showInputBox(options: vscode.InputBoxOptions): Thenable<string | undefined>;
  showQuickPick<T extends vscode.QuickPickItem>(items: readonly T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
}

type Choice<V> = vscode.QuickPickItem & { value: V };

/**
 * Asks what the person promises themselves, whether they will do it or won't, how often (times, a day
 * or a week) and from when; returns the new note's fields, or undefined when they pressed Escape.
 */
export async function askPromise(ui: PromiseQuestions): Promise<Record<string, string | string[]> | undefined> {
  const answers: PromiseAnswers = { promise: '', aim: 'at-least', times: '', per: 'day', start: '' };
  const problem = (field: keyof PromiseAnswers) => (value: string): string | undefined => {
    const checked = promiseFieldsFrom({ ...answers, [field]: value });
    return 'problem' in checked && checked.field === field ? checked.problem : undefined;
  };
  const promise = await ui.showInputBox({
    title: 'Make a small promise (1 of 4)',
    prompt: 'What do you promise yourself? In your own words; the note is named after it.',
    placeHolder: 'Walk for 15 minutes after lunch',
    ignoreFocusOut: true,
    validateInput: problem('promise'),
  });
  if (promise === undefined) return undefined;
  answers.promise = promise;
  const aims: Choice<PromiseAim>[] = [
    { label: 'I will do it', description: 'at least a number of times', value: 'at-least' },
    { label: 'I won\'t do it', description: 'at most a number of times, or never', value: 'at-most' },
  ];
  const aim = await ui.showQuickPick(aims, { title: 'Make a small promise (2 of 4)', placeHolder: 'Something you will do, or won\'t?', ignoreFocusOut: true });
  if (!aim) return undefined;
  answers.aim = aim.value;
  const pers: Choice<PromisePer>[] = [
    { label: 'A day', value: 'day' },
    { label: 'A week', description: 'Monday to Sunday, or as your week starts', value: 'week' },
  ];
  const per = await ui.showQuickPick(pers, { title: 'Make a small promise (3 of 4)', placeHolder: aim.value === 'at-most' ? 'At most … a day or a week?' : 'How often: a day or a week?', ignoreFocusOut: true });
  if (!per) return undefined;
  answers.per = per.value;
  const times = await ui.showInputBox({
    title: 'Make a small promise (3 of 4)',
    prompt: aim.value === 'at-most' ? `At most how many times a ${per.value}? 0 means never.` : `How many times a ${per.value}?`,
    value: aim.value === 'at-most' ? '0' : '1',
    ignoreFocusOut: true,
    validateInput: problem('times'),
  });
  if (times === undefined) return undefined;
  answers.times = times;
  const start = await ui.showInputBox({
    title: 'Make a small promise (4 of 4)',
    prompt: 'From when? A day like 2026-11-30; leave it empty for today.',
    ignoreFocusOut: true,
    validateInput: problem('start'),
  });
  if (start === undefined) return undefined;
  answers.start = start;
  const checked = promiseFieldsFrom(answers);
  return 'fields' in checked ? checked.fields : undefined;
}
