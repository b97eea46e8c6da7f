import { describe, expect, it } from 'vitest';
import { NoteIndex } from '../../../src/core/index/note-index';
import { parseFrontmatter } from '../../../src/core/parse/parse-note';
import { expectSameIndex, indexContent } from './index-equivalence';

const walk = `---
selftrust: small-promise
date: 2026-11-01
promise: Walk for 15 minutes
kept: [2026-11-24, 2026-11-25]
---
How it felt: good.
`;
const recipe = '---\ntags: [recipe]\n---\n# Soup\n';

function built(files: Record<string, string>): NoteIndex {
  const index = new NoteIndex();
  for (const [path, text] of Object.entries(files)) index.upsert(path, text);
  return index;
}

describe('NoteIndex', () => {
  it('holds the notes of ours and nothing of the others', () => {
    const index = built({ 'Self-trust/walk.md': walk, 'Kitchen/soup.md': recipe, 'empty.md': '' });
    expect(index.size).toBe(1);
    expect(index.get('Self-trust/walk.md')?.entry).toMatchObject({ promise: 'Walk for 15 minutes', kept: ['2026-11-24', '2026-11-25'] });
    expect(index.get('Kitchen/soup.md')).toBeUndefined();
  });

  it('grows its revision on a real change and keeps it when nothing changed', () => {
    const index = built({ 'walk.md': walk });
    const r1 = index.revision;
    index.upsert('walk.md', walk);
    expect(index.revision).toBe(r1);
    index.upsert('walk.md', walk + '\nAnother line in the body.\n');
    expect(index.revision).toBe(r1);
    index.upsert('soup.md', recipe);
    expect(index.revision).toBe(r1);
    index.upsert('walk.md', walk.replace('2026-11-25]', '2026-11-25, 2026-11-26]'));
    expect(index.revision).toBe(r1 + 1);
    expect(index.get('walk.md')?.entry).toMatchObject({ kept: ['2026-11-24', '2026-11-25', '2026-11-26'] });
    index.delete('soup.md');
    expect(index.revision).toBe(r1 + 1);
    index.delete('walk.md');
    expect(index.revision).toBe(r1 + 2);
    expect(index.size).toBe(0);
  });

  it('counts a sync-conflict copy once, and counts it again when renamed back', () => {
    const index = built({ 'walk.sync-conflict-20261014-203311-ABCDEFG.md': walk });
    expect(index.get('walk.sync-conflict-20261014-203311-ABCDEFG.md')).toEqual({
      path: 'walk.sync-conflict-20261014-203311-ABCDEFG.md',
      entry: null,
      problems: [
        {
          path: 'walk.sync-conflict-20261014-203311-ABCDEFG.md',
          message:
            'This looks like a copy made by a sync conflict of "walk.md", so it was not counted twice. ' +
            'Compare the two, keep what you need in the original, then delete this copy.',
        },
      ],
    });
    index.rename('walk.sync-conflict-20261014-203311-ABCDEFG.md', 'walk.md');
    expectSameIndex(index, built({ 'walk.md': walk }));
    expect(index.get('walk.md')?.entry?.path).toBe('walk.md');
  });

  it('renaming onto a note replaces it, as on disk', () => {
    const index = built({ 'a.md': walk, 'b.md': walk.replace('Walk for 15 minutes', 'Stretch') });
    index.rename('a.md', 'b.md');
    expectSameIndex(index, built({ 'b.md': walk }));
    index.upsert('c.md', recipe);
    index.rename('c.md', 'b.md');
    expect(index.size).toBe(0);
  });

  it('keeps its revision when a rename replaces a note with one that reads the same', () => {
    // A damaged file named like ours gives a problem; moving another one onto it changes nothing shown.
    const damaged = '\u0000\u0001binary\u0000';
    const index = built({ 'Self-trust/2026-11-20 Small promise.md': damaged, 'x (Conflict 2026-10-14).md': damaged });
    const revision = index.revision;
    expect(index.size).toBe(1);
    index.rename('x (Conflict 2026-10-14).md', 'Self-trust/2026-11-20 Small promise.md');
    expect(index.revision).toBe(revision);
    expect(index.get('Self-trust/2026-11-20 Small promise.md')?.problems[0]?.message).toMatch(/^This note holds binary data/);
  });

  it('moves a broken note with its problem under the new name', () => {
    const broken = '---\nselftrust: small-promise\ndate: [2026-11-26\n---\n';
    const index = built({ "walk (Sam's conflicted copy 2026-10-14).md": broken });
    index.rename("walk (Sam's conflicted copy 2026-10-14).md", 'walk.md');
    expectSameIndex(index, built({ 'walk.md': broken }));
    expect(index.get('walk.md')?.problems[0]?.message).toMatch(/^The frontmatter is not valid YAML on line 3 \(a list opened with "\[" is not closed with "\]"\)/);
  });

  it('re-reads a note given as frontmatter data when it is renamed', () => {
    const data = { selftrust: 'small-promise', date: '2026-11-01', promise: 'Walk for 15 minutes', kept: ['2026-11-24', '2026-11-25'] };
    const index = new NoteIndex();
    const conflictPath = 'walk (Conflict 2026-10-14).md';
    index.upsertParsed(parseFrontmatter(conflictPath, data), data);
    expect(index.get(conflictPath)?.entry).toBeNull();
    index.rename(conflictPath, 'walk.md');
    expectSameIndex(index, built({ 'walk.md': walk }));
  });

  it('moves a note given without its data, and still catches a rename into a conflict name', () => {
    const index = new NoteIndex();
    index.upsertParsed(parseFrontmatter('a.md', { selftrust: 'mindfulness', date: '2026-11-26', minutes: 5 }));
    index.rename('a.md', 'b.md');
    expect(index.get('b.md')?.entry).toEqual({ kind: 'mindfulness', path: 'b.md', date: '2026-11-26', minutes: 5 });
    index.rename('b.md', 'b (Conflict 2026-11-26).md');
    expect(index.get('b (Conflict 2026-11-26).md')?.entry).toBeNull();
    index.rename('b (Conflict 2026-11-26).md', 'c.md');
    expect(index.get('c.md')?.entry).toEqual({ kind: 'mindfulness', path: 'c.md', date: '2026-11-26', minutes: 5 });
  });

  it('forgets a note that stops being ours', () => {
    const index = built({ 'walk.md': walk });
    index.upsert('walk.md', '# Just a note now\n');
    expect(indexContent(index)).toEqual([]);
  });
});
