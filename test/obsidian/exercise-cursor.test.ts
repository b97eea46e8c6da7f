// @vitest-environment happy-dom
/**
 * Issue 15, point 5: starting an exercise opens its note with the cursor on the first field to fill
 * (an achievable goal's `goal:` line), ready to type into, not at line 1. A small promise is asked
 * first in a form (issue 12), so its note opens with the promise already written.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeMarkdownView, pinClock, run, startPlugin, TODAY } from './harness';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

describe('Start exercise: where the cursor goes', () => {
  it('puts the cursor after `goal: ` in a new achievable goal, and what is typed there is the goal', async () => {
    const { app } = await startPlugin();
    await run(app, 'start-achievable-goal');
    const view = activeMarkdownView(app);
    expect(view.file?.path).toBe(`Self-trust/${TODAY} Achievable goal.md`);
    const lines = view.editor.getValue().split('\n');
    const goalLine = lines.findIndex((l) => l.startsWith('goal:'));
    expect(lines[goalLine]).toBe('goal: ');
    expect(view.editor.getCursor()).toEqual({ line: goalLine, ch: 'goal: '.length });
    view.editor.replaceSelection('Walk 2 days a week');
    expect(view.editor.getLine(goalLine)).toBe('goal: Walk 2 days a week');
  });
});
