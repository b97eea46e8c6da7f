import fc from 'fast-check';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { NoteIndex } from '../../../src/core/index/note-index';
import { parseFrontmatter } from '../../../src/core/parse/parse-note';
import { expectSameIndex, indexContent } from './index-equivalence';

const PATHS = [
  'Self-trust/walk.md',
  'Self-trust/walk.sync-conflict-20261014-203311-ABCDEFG.md',
  "Self-trust/walk (Sam's conflicted copy 2026-10-14).md",
  'Self-trust/2026-11-20 Small promise.md',
  'Self-trust/values.md',
  'journal.md',
];

const promise = (kept: string) => `---
selftrust: small-promise
date: 2026-11-01
promise: Walk for 15 minutes
times: 2
per: week
kept: [${kept}]
---
`;

/** Texts a vault really holds: ours, ours with problems, broken, not ours, empty, binary. */
const TEXTS = [
  promise('2026-11-03, 2026-11-05'),
  promise('2026-11-03, 2026-11-05') + '\nA body edit that changes nothing counted.\n',
  promise('2026-11-03, 2026-11-05, 2026-11-24, 2026-02-30'),
  '---\nselftrust: value-mapping\ndate: 2026-11-15\nvalues: [Honesty 8/10, Family 3/10, Rest]\n---\n',
  '---\nselftrust: emotional-journal\ndate: 2026-11-25\nemotions: [calm 4/10]\ntrigger: a walk\n---\n',
  '---\nselftrust: small-promise\ndate: [2026-11-26\n---\n',
  '---\nselftrust: small-promis\ndate: 2026-11-26\n---\n',
  '---\nselftrust: mindfulness\nminutes: 5\n---\n',
  '---\ntags: [daily]\n---\nA note that is not ours.\n',
  '',
  '\u0000\u0001binary\u0000',
];

type Op =
  | { op: 'upsert'; path: number; text: number }
  | { op: 'delete'; path: number }
  | { op: 'rename'; from: number; to: number };

const pathIndex = fc.nat(PATHS.length - 1);
const opArb = (texts: readonly string[]): fc.Arbitrary<Op> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: pathIndex, text: fc.nat(texts.length - 1) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path: pathIndex }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('rename' as const), from: pathIndex, to: pathIndex }) },
  );

/** Applies the ops to a folder (a map) and, one note at a time, to the index; checks the revision on the way. */
function run(ops: Op[], texts: readonly string[], upsert: (index: NoteIndex, path: string, text: string) => void) {
  const disk = new Map<string, string>();
  const index = new NoteIndex();
  for (const o of ops) {
    const before = JSON.stringify(indexContent(index));
    const revision = index.revision;
    if (o.op === 'upsert') {
      const path = PATHS[o.path]!;
      disk.set(path, texts[o.text]!);
      upsert(index, path, texts[o.text]!);
    } else if (o.op === 'delete') {
      disk.delete(PATHS[o.path]!);
      index.delete(PATHS[o.path]!);
    } else {
      const from = PATHS[o.from]!;
      const to = PATHS[o.to]!;
      const text = disk.get(from);
      if (text === undefined) continue; // hosts only report renames of files that exist
      disk.delete(from);
      disk.set(to, text);
      index.rename(from, to);
    }
    // The revision grows exactly when what the index holds changed, so hosts may skip a redraw.
    const changed = JSON.stringify(indexContent(index)) !== before;
    expect(index.revision).toBe(changed ? revision + 1 : revision);
  }
  const rebuilt = new NoteIndex();
  for (const [path, text] of disk) upsert(rebuilt, path, text);
  return { index, rebuilt };
}

describe('incremental index equals one built from scratch', () => {
  it('for any sequence of upserts, deletes and renames of note texts', () => {
    fc.assert(
      fc.property(fc.array(opArb(TEXTS), { maxLength: 30 }), (ops) => {
        const { index, rebuilt } = run(ops, TEXTS, (ix, path, text) => ix.upsert(path, text));
        expectSameIndex(index, rebuilt);
      }),
      { numRuns: 200 },
    );
  });

  it('for notes a host hands in as parsed frontmatter (Obsidian metadataCache)', () => {
    // Only texts a host can give frontmatter for: no YAML error, not empty, not binary.
    const texts = TEXTS.filter((t) => !t.includes('[2026-11-26\n') && t !== '' && !t.includes('\u0000'));
    const frontmatter = (text: string) =>
      matter(text, { engines: { yaml: (s: string) => yaml.safeLoad(s, { schema: yaml.CORE_SCHEMA }) as object } }).data;
    fc.assert(
      fc.property(fc.array(opArb(texts), { maxLength: 30 }), (ops) => {
        const { index } = run(ops, texts, (ix, path, text) => {
          const data = frontmatter(text);
          ix.upsertParsed(parseFrontmatter(path, data), data);
        });
        // Built from the final files by reading their text: the two ways in must agree.
        const { rebuilt } = run(ops, texts, (ix, path, text) => ix.upsert(path, text));
        expectSameIndex(index, rebuilt);
      }),
      { numRuns: 200 },
    );
  });
});
