import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedNote } from '../../../src/core/entry';
import { NoteIndex } from '../../../src/core/index/note-index';
import { ScopeTracker } from '../../../src/core/index/scope-tracker';
import { notesInScope, type VaultScope } from '../../../src/core/index/vault-scope';

/*
 * The ScopeTracker follows the index one change at a time; after any sequence of changes its notes
 * must be exactly notesInScope's over the whole index: templates left out, identical notes and
 * promises named as sync copies listed as copies, every other note as it is.
 */

const PATHS = [
  'Self-trust/Walk.md', 'Self-trust/Walk (1).md', 'Self-trust/Walk-DESKTOP-AB12.md', 'Self-trust/Walk 2.md', 'Backup/Walk.md',
  'Self-trust/2026-11-24 Mindfulness.md', 'Self-trust/2026-11-24 Mindfulness 2.md', 'Self-trust/2026-11-24 Mindfulness (1).md',
  'Templates/Self-trust/small-promise.md', 'templates/self-trust/Walk.md', 'Other/e.md',
]; // prettier-ignore

const TEXTS = [
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: Walk\nkept: [2026-11-20, 2026-11-21]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: Walk\nkept: [2026-11-20, 2026-11-21, 2026-11-23]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: walk \nkept: [2026-11-22]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-09-01\npromise: Cook\n---\n',
  '---\nselftrust: mindfulness\ndate: 2026-11-24\nminutes: 10\n---\n',
  '---\nselftrust: mindfulness\ndate: 2026-11-24\nminutes: 12\n---\n',
  '---\nselftrust: emotional-journal\ndate: 2026-11-25\nemotions: [calm 4/10]\n---\n',
  '---\nselftrust: small-promise\ndate: [broken\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-11-01\n---\n',
  '# not ours\n',
]; // prettier-ignore

const SCOPES: VaultScope[] = [
  { templateFolder: 'Templates/Self-trust', notesFolder: 'Self-trust' },
  { templateFolder: 'Templates/Self-trust' },
  { templateFolder: '', notesFolder: 'Backup' },
];

type Op = { op: 'upsert'; path: number; text: number } | { op: 'delete'; path: number } | { op: 'rename'; from: number; to: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: fc.nat(PATHS.length - 1), text: fc.nat(TEXTS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat(PATHS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }) },
);

const byPath = (notes: Iterable<ParsedNote>): Record<string, string> =>
  Object.fromEntries([...notes].map((n) => [n.path, JSON.stringify(n)]).sort(([a], [b]) => (a! < b! ? -1 : 1)));

describe('ScopeTracker', () => {
  it('always holds what notesInScope gives for the whole index', () => {
    fc.assert(
      fc.property(fc.nat(SCOPES.length - 1), fc.array(fc.array(opArb, { minLength: 1, maxLength: 4 }), { maxLength: 20 }), (s, batches) => {
        const scope = SCOPES[s] as VaultScope;
        const index = new NoteIndex();
        const tracker = new ScopeTracker(scope);
        let seen = index.revision;
        for (const batch of batches) {
          for (const o of batch) {
            if (o.op === 'upsert') index.upsert(PATHS[o.path] as string, TEXTS[o.text] as string);
            else if (o.op === 'delete') index.delete(PATHS[o.path] as string);
            else index.rename(PATHS[o.from] as string, PATHS[o.to] as string);
          }
          const changed = index.changedSince(seen);
          expect(changed).toBeDefined();
          const changes = tracker.update(changed ?? [], (p) => index.get(p));
          seen = index.revision;
          for (const c of changes) expect(c.before).not.toBe(c.after);
          expect(byPath(tracker.notes())).toEqual(byPath(notesInScope(index.notes(), scope)));
          expect(tracker.size).toBe(notesInScope(index.notes(), scope).length);
        }
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('a note that moves from one group of identical notes to another, a copy in both, stays a copy (found by the live model test)', () => {
    const walk = TEXTS[0] as string;
    const cook = '---\nselftrust: small-promise\ndate: 2026-09-01\npromise: Cook\n---\n';
    const index = new NoteIndex();
    const scope = SCOPES[0] as VaultScope;
    const tracker = new ScopeTracker(scope);
    let seen = 0;
    const step = (): void => {
      tracker.update(index.changedSince(seen) ?? [], (p) => index.get(p));
      seen = index.revision;
    };
    index.upsert('Other/e.md', cook);
    index.upsert('Self-trust/Walk.md', walk);
    index.upsert('Self-trust/Walk (1).md', cook);
    step();
    index.rename('Self-trust/Walk.md', 'Other/e.md'); // e.md leaves Cook's group (a copy there) for Walk's
    index.upsert('Self-trust/Walk.md', walk); // where it is a copy again
    step();
    expect(byPath(tracker.notes())).toEqual(byPath(notesInScope(index.notes(), scope)));
  });

  it('keeps a copy note the same object while nothing about it changes', () => {
    const index = new NoteIndex();
    const text = TEXTS[4] as string;
    index.upsert('Self-trust/2026-11-24 Mindfulness.md', text);
    index.upsert('Self-trust/2026-11-24 Mindfulness (1).md', text);
    const tracker = new ScopeTracker(SCOPES[0] as VaultScope);
    tracker.update(['Self-trust/2026-11-24 Mindfulness.md', 'Self-trust/2026-11-24 Mindfulness (1).md'], (p) => index.get(p));
    const copy = [...tracker.notes()].find((n) => n.path.endsWith('(1).md'));
    expect(copy?.problems[0]?.message).toContain('looks like a copy');
    index.upsert('Other/e.md', TEXTS[6] as string);
    expect(tracker.update(['Other/e.md'], (p) => index.get(p)).map((c) => c.path)).toEqual(['Other/e.md']);
    expect([...tracker.notes()].find((n) => n.path.endsWith('(1).md'))).toBe(copy);
  });

  it('changedSince lists each changed path once, and nothing for changes that change nothing', () => {
    const index = new NoteIndex();
    const r0 = index.revision;
    index.upsert('a.md', TEXTS[0] as string);
    index.upsert('a.md', TEXTS[0] as string); // the same text: no change
    index.upsert('b.md', '# not ours\n');
    index.upsert('c.md', TEXTS[4] as string);
    index.rename('c.md', 'd.md');
    expect(index.changedSince(r0)?.sort()).toEqual(['a.md', 'c.md', 'd.md']);
    expect(index.changedSince(index.revision)).toEqual([]);
    expect(index.changedSince(index.revision + 1)).toBeUndefined();
  });

  it('changedSince says when its journal no longer reaches back', () => {
    const index = new NoteIndex();
    for (let i = 0; i < 5000; i++) index.upsert(`n${i}.md`, TEXTS[4] as string);
    expect(index.changedSince(0)).toBeUndefined();
    const recent = index.revision - 10;
    expect(index.changedSince(recent)).toHaveLength(10);
  });
});
