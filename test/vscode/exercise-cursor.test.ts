/**
 * Issue 15, point 5: starting an exercise opens its note with the cursor on the first field to fill
 * (a small promise's `promise:` line, written as `promise: ` so what is typed there is the value),
 * not at line 1. VS Code places it from showTextDocument's `selection`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commands';
import { disk, start, stop, TODAY, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
  vi.restoreAllMocks();
});

describe('Start exercise: where the cursor goes', () => {
  it('opens a new small promise with the cursor after `promise: `', async () => {
    s = await start();
    const show = vi.spyOn(vscode.window, 'showTextDocument');
    await vscode.commands.executeCommand(COMMANDS.startExercise('small-promise'));
    const text = disk(`Self-trust/${TODAY} Small promise.md`)!;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('promise:'));
    expect(lines[line]).toBe('promise: ');
    const options = show.mock.calls.at(-1)?.[1] as vscode.TextDocumentShowOptions | undefined;
    const selection = options?.selection;
    expect(selection?.start.line).toBe(line);
    expect(selection?.start.character).toBe('promise: '.length);
    expect(selection?.isEmpty ?? (selection?.start.line === selection?.end.line && selection?.start.character === selection?.end.character)).toBe(true);
  });
});
