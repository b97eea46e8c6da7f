/**
 * Issue 15, point 5: starting an exercise opens its note with the cursor on the first field to fill
 * (an achievable goal's `goal:` line, written as `goal: ` so what is typed there is the value), not
 * at line 1. VS Code places it from showTextDocument's `selection`. A small promise is asked first
 * in input boxes (issue 12), so its note opens with the promise already written.
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
  it('opens a new achievable goal with the cursor after `goal: `', async () => {
    s = await start();
    const show = vi.spyOn(vscode.window, 'showTextDocument');
    await vscode.commands.executeCommand(COMMANDS.startExercise('achievable-goal'));
    const text = disk(`Self-trust/${TODAY} Achievable goal.md`)!;
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.startsWith('goal:'));
    expect(lines[line]).toBe('goal: ');
    const options = show.mock.calls.at(-1)?.[1] as vscode.TextDocumentShowOptions | undefined;
    const selection = options?.selection;
    expect(selection?.start.line).toBe(line);
    expect(selection?.start.character).toBe('goal: '.length);
    expect(selection?.isEmpty ?? (selection?.start.line === selection?.end.line && selection?.start.character === selection?.end.character)).toBe(true);
  });
});
