import { describe, expect, it, vi } from 'vitest';
import { actionsPostingTo, assertNever, isHostToWebview, isWebviewToHost, type WebviewToHost } from '../../src/ui/protocol';
import { realisticModel } from './dashboard-model-builder';

describe('webview protocol', () => {
  it('turns each dashboard action into its message', () => {
    const post = vi.fn<(m: WebviewToHost) => void>();
    const actions = actionsPostingTo(post);
    actions.openNote('Self-trust/a.md');
    actions.startExercise('mindfulness');
    actions.logPromise('Self-trust/walk.md', 'rest');
    actions.logPromise('Self-trust/stretch.md', 'keep-again');
    actions.logPromise('Self-trust/stretch.md', 'undo-keep');
    actions.rereadLetter();
    expect(post.mock.calls.map((c) => c[0])).toEqual([
      { type: 'openNote', path: 'Self-trust/a.md' },
      { type: 'startExercise', id: 'mindfulness' },
      { type: 'logPromise', path: 'Self-trust/walk.md', action: 'rest' },
      { type: 'logPromise', path: 'Self-trust/stretch.md', action: 'keep-again' },
      { type: 'logPromise', path: 'Self-trust/stretch.md', action: 'undo-keep' },
      { type: 'rereadLetter' },
    ]);
    for (const [m] of post.mock.calls) expect(isWebviewToHost(m)).toBe(true);
  });

  it('refuses malformed or unknown messages from the webview', () => {
    const bad: unknown[] = [
      null, 'ready', [], {}, { type: 'nope' },
      { type: 'openNote' }, { type: 'openNote', path: '' }, { type: 'openNote', path: 3 },
      { type: 'openNote', path: '../../etc/passwd' }, { type: 'openNote', path: '/etc/passwd' }, { type: 'openNote', path: 'C:\\x.md' },
      { type: 'startExercise', id: 'rm -rf' }, { type: 'startExercise' },
      { type: 'logPromise', path: 'a.md', mark: 'deleted' }, { type: 'logPromise', mark: 'kept' },
      // The old `mark` field is no longer understood; `action` is one of the five, as an own string.
      { type: 'logPromise', path: 'a.md', mark: 'kept' }, { type: 'logPromise', path: 'a.md', action: 'kept' },
      { type: 'logPromise', path: 'a.md', action: 'undo' }, { type: 'logPromise', path: 'a.md', action: 'toString' },
      { type: 'logPromise', path: 'a.md', action: '__proto__' }, { type: 'logPromise', path: 'a.md', action: ['keep'] },
      { type: 'logPromise', path: 'a.md', action: 'KEEP' }, { type: 'logPromise', action: 'keep' },
      { type: 'logPromise', path: '../a.md', action: 'keep' },
    ];
    for (const m of bad) expect(isWebviewToHost(m), JSON.stringify(m)).toBe(false);
    expect(isWebviewToHost({ type: 'ready' })).toBe(true);
    expect(isWebviewToHost({ type: 'openNote', path: 'Notes/with space.md' })).toBe(true);
    for (const action of ['keep', 'keep-again', 'rest', 'undo-keep', 'undo-rest']) {
      expect(isWebviewToHost({ type: 'logPromise', path: 'a.md', action }), action).toBe(true);
    }
  });

  it('checks what the host sends', () => {
    expect(isHostToWebview({ type: 'model', model: realisticModel() })).toBe(true);
    expect(isHostToWebview({ type: 'model', model: { schemaVersion: 2 } })).toBe(false);
    expect(isHostToWebview({ type: 'error', message: 'Could not read the vault' })).toBe(true);
    expect(isHostToWebview({ type: 'error' })).toBe(false);
  });

  it('assertNever throws on a value the types said could not exist', () => {
    expect(() => assertNever({ type: 'surprise' } as never)).toThrow(/Unexpected message/);
  });
});
