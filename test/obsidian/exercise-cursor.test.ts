// @vitest-environment happy-dom
/**
 * Issue 15, point 5: starting an exercise opens its note with the cursor on the first field to fill
 * (a small promise's `promise:` line), ready to type into, not at line 1.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { activeMarkdownView, pinClock, run, startPlugin, TODAY } from './harness';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

describe('Start exercise: where the cursor goes', () => {
  it('puts the cursor after `promise: ` in a new small promise, and what is typed there is the promise', async () => {
    const { app } = await startPlugin();
    await run(app, 'start-small-promise');
    const view = activeMarkdownView(app);
    expect(view.file?.path).toBe(`Self-trust/${TODAY} Small promise.md`);
    const lines = view.editor.getValue().split('\n');
    const promiseLine = lines.findIndex((l) => l.startsWith('promise:'));
    expect(lines[promiseLine]).toBe('promise: ');
    expect(view.editor.getCursor()).toEqual({ line: promiseLine, ch: 'promise: '.length });
    view.editor.replaceSelection('Walk for 15 minutes');
    expect(view.editor.getLine(promiseLine)).toBe('promise: Walk for 15 minutes');
  });
});
