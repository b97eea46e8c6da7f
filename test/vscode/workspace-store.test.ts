import { describe, expect, it } from 'vitest';
import { changedSpan, isNotePath } from '../../src/vscode/workspace-store';

/** Applies a span the way an editor would, to prove it reproduces the new text. */
function apply(before: string, after: string): { replaced: string; inserted: string; result: string } {
  const { start, oldEnd, newEnd } = changedSpan(before, after);
  return {
    replaced: before.slice(start, oldEnd),
    inserted: after.slice(start, newEnd),
    result: before.slice(0, start) + after.slice(start, newEnd) + before.slice(oldEnd),
  };
}

describe('changedSpan: the one range a WorkspaceEdit replaces', () => {
  it('covers only the added day', () => {
    const before = 'kept:\n  - 2026-11-24\nstatus: active\n';
    const after = 'kept:\n  - 2026-11-24\n  - 2026-11-26\nstatus: active\n';
    expect(apply(before, after)).toEqual({ replaced: '', inserted: '  - 2026-11-26\n', result: after });
  });

  it('never starts or ends between the \\r and \\n of a CRLF', () => {
    const before = 'a\r\nb\r\n';
    const after = 'a\r\n\r\nb\r\n';
    const { replaced, inserted, result } = apply(before, after);
    expect(result).toBe(after);
    for (const t of [replaced, inserted]) expect(t.startsWith('\n') || t.endsWith('\r')).toBe(false);
  });

  it('never cuts an emoji (a surrogate pair) in two', () => {
    const before = 'promise: 😀 walk\n';
    const after = 'promise: 😃 walk\n';
    const { replaced, inserted, result } = apply(before, after);
    expect(result).toBe(after);
    expect([replaced, inserted]).toEqual(['😀', '😃']);
  });

  it('is empty when nothing changed', () => {
    expect(apply('same', 'same')).toEqual({ replaced: '', inserted: '', result: 'same' });
  });
});

describe('isNotePath', () => {
  it.each([
    ['Self-trust/2026-11-26 Small promise.md', true],
    ['Walk.MD', true],
    ['.obsidian/plugins/x.md', false],
    ['notes/.trash/old.md', false],
    ['node_modules/pkg/README.md', false],
    ['picture.png', false],
  ])('%s → %s', (path, expected) => {
    expect(isNotePath(path)).toBe(expected);
  });
});
