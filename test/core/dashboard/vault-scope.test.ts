import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { NoteIndex } from '../../../src/core/index/note-index';
import { inFolder, likelyCopies, notesInScope } from '../../../src/core/index/vault-scope';
import { parseNote } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/ports';
import { fixtureNotes } from '../parse/fixture-notes';

const TODAY = '2026-11-26' as Day;
const settings = (templateFolder = DEFAULT_SETTINGS.templateFolder): Settings => ({ ...DEFAULT_SETTINGS, templateFolder });

const promise = (text: string, kept = '2026-11-24, 2026-11-25') =>
  `---\nselftrust: small-promise\ndate: 2026-11-01\npromise: ${text}\nkept: [${kept}]\n---\nSome words of my own.\n`;
const mindfulness = (minutes: number, body = 'Sat by the window.\n') =>
  `---\nselftrust: mindfulness\ndate: 2026-11-21\nminutes: ${minutes}\n---\n${body}`;

function indexOf(notes: Record<string, string>): NoteIndex {
  const index = new NoteIndex();
  for (const [path, text] of Object.entries(notes)) index.upsert(path, text);
  return index;
}

const model = (notes: Record<string, string>, s: Settings = settings()) => buildDashboard(indexOf(notes), TODAY, s);
const copyMessage = (original: string) =>
  `This looks like a copy of "${original}" (the same frontmatter), so it was not counted twice. ` +
  'Compare the two, keep what you need in the original, then delete this copy.';

describe('the template folder holds templates, not notes (issue 9, fault 3)', () => {
  const template = readFileSync(new URL('../../../templates/small-promise.md', import.meta.url), 'utf8');

  it('neither counts nor lists a bundled template copied there to override it', () => {
    // Before: listed under "Notes to check" because `date: {{date}}` is a group of fields in YAML.
    expect(parseNote('Templates/Self-trust/small-promise.md', template).problems).not.toEqual([]);
    const m = model({ 'Templates/Self-trust/small-promise.md': template, 'Self-trust/Walk.md': promise('Walk') });
    expect(m.problems).toEqual([]);
    expect(m.counts).toEqual({ notes: 1, entries: 1, problems: 0 });
    expect(m.promises.map((p) => p.path)).toEqual(['Self-trust/Walk.md']);
  });

  it('matches the folder without letter case, at any depth, and only that folder', () => {
    const m = model({
      'templates/self-trust/small-promise.md': template,
      'Templates/Self-trust/old/mindfulness.md': mindfulness(5),
      'Templates/Self-trust-notes/Walk.md': promise('Walk'),
      'Templates/Self-trust.md': promise('Swim'),
    });
    expect(m.promises.map((p) => p.path).sort()).toEqual(['Templates/Self-trust-notes/Walk.md', 'Templates/Self-trust.md']);
    expect(m.counts).toEqual({ notes: 2, entries: 2, problems: 0 });
  });

  it('follows the setting: another template folder, and none', () => {
    const notes = { 'My templates/small-promise.md': template, 'Templates/Self-trust/Walk.md': promise('Walk') };
    expect(model(notes, settings('My templates')).promises.map((p) => p.path)).toEqual(['Templates/Self-trust/Walk.md']);
    expect(model(notes, settings('')).counts).toEqual({ notes: 2, entries: 1, problems: 1 });
  });

  it('inFolder: folder paths as the settings and the vault write them', () => {
    expect(inFolder('Templates/Self-trust/a.md', 'Templates/Self-trust')).toBe(true);
    expect(inFolder('Templates/Self-trust/a.md', '/Templates/Self-trust/')).toBe(true);
    expect(inFolder('Templates/Self-trust/a.md', 'Templates\\Self-trust')).toBe(true);
    expect(inFolder('Te\u0301mplates/a.md', 'T\u00e9mplates')).toBe(true);
    expect(inFolder('Templates/Self-trust', 'Templates/Self-trust')).toBe(false);
    expect(inFolder('a.md', '')).toBe(false);
  });
});

describe('identical notes are one note, the copy listed (issue 9, fault 4)', () => {
  const walk = promise('Walk 15 minutes');

  it("lists OneDrive's `name-<computer>` copy and counts one promise card", () => {
    const m = model({ 'Self-trust/Walk.md': walk, 'Self-trust/Walk-DESKTOP-AB12CD3.md': walk });
    expect(m.promises.map((p) => p.path)).toEqual(['Self-trust/Walk.md']);
    expect(m.problems).toEqual([{ path: 'Self-trust/Walk-DESKTOP-AB12CD3.md', message: copyMessage('Self-trust/Walk.md') }]);
    expect(m.counts).toEqual({ notes: 2, entries: 1, problems: 1 });
  });

  it('counts the Walk fixture notes (the original, sync-conflict copies, OneDrive and iCloud copies) as one promise', () => {
    const walks = fixtureNotes().filter((f) => /^Walk\b/.test(f.name));
    expect(walks.map((f) => f.name)).toEqual(expect.arrayContaining(['Walk.md', 'Walk-DESKTOP-AB12CD3.md', 'Walk (1).md', 'Walk 2.md', 'Walk.Conflict.md']));
    const m = model(Object.fromEntries(walks.map((f) => [f.name, f.text])));
    expect(m.promises.map((p) => p.path)).toEqual(['Walk.md']);
    expect(m.problems.map((p) => p.path)).toEqual(walks.map((f) => f.name).filter((n) => n !== 'Walk.md').sort());
    for (const name of ['Walk-DESKTOP-AB12CD3.md', 'Walk (1).md', 'Walk 2.md']) {
      expect(m.problems.find((p) => p.path === name)?.message).toBe(copyMessage('Walk.md'));
    }
  });

  it('does the same for `(1)`, iCloud ` 2`, a copy in another folder, and our own free name', () => {
    const m = model({
      'Self-trust/Walk.md': walk,
      'Self-trust/Walk (1).md': walk,
      'Self-trust/Walk 2.md': walk,
      'Archive/Walk.md': walk,
      'Self-trust/2026-11-30 Small promise.md': promise('Swim'),
      'Self-trust/2026-11-30 Small promise 2.md': promise('Swim'),
    });
    // The original: the shortest file name, then the one in the notes folder (where `log` writes).
    expect(m.promises.map((p) => p.path).sort()).toEqual(['Self-trust/2026-11-30 Small promise.md', 'Self-trust/Walk.md']);
    expect(m.problems.map((p) => [p.path, p.message])).toEqual([
      ['Archive/Walk.md', copyMessage('Self-trust/Walk.md')],
      ['Self-trust/2026-11-30 Small promise 2.md', copyMessage('Self-trust/2026-11-30 Small promise.md')],
      ['Self-trust/Walk (1).md', copyMessage('Self-trust/Walk.md')],
      ['Self-trust/Walk 2.md', copyMessage('Self-trust/Walk.md')],
    ]);
    // Outside the notes folder, the shorter path.
    const elsewhere = model({ 'B/Notes/Walk.md': walk, 'A/Walk.md': walk }, { ...settings(), notesFolder: 'Journal' });
    expect(elsewhere.promises.map((p) => p.path)).toEqual(['A/Walk.md']);
  });

  it('keeps notes whose own words differ, whatever their names; a copy-named note of the same promise is a sync copy', () => {
    const m = model({
      'Self-trust/Walk.md': walk,
      'Self-trust/Walk-DESKTOP-AB12CD3.md': promise('Walk 15 minutes', '2026-11-24'),
      'Self-trust/walk-daily.md': promise('Walk daily'),
      'Self-trust/2026-11-30 Small promise 2.md': promise('Swim'),
    });
    expect(m.promises).toHaveLength(3);
    expect(m.problems.map((p) => p.path)).toEqual(['Self-trust/Walk-DESKTOP-AB12CD3.md']);
    expect(m.problems[0]?.message).toMatch(/^This looks like a copy of "Self-trust\/Walk.md" made by a sync/);
  });

  it('counts two 10-minute sessions on one day as two, unless the name says copy (`-<computer>`, `(1)`)', () => {
    const sessions = model({
      'Self-trust/2026-11-21 Mindfulness.md': mindfulness(10),
      'Self-trust/2026-11-21 Mindfulness 2.md': mindfulness(10, 'Evening, in the park.\n'),
    });
    expect(sessions.counts).toEqual({ notes: 2, entries: 2, problems: 0 });
    const copies = model({
      'Self-trust/2026-11-21 Mindfulness.md': mindfulness(10),
      'Self-trust/2026-11-21 Mindfulness-MacBook Pro de Charlyne.md': mindfulness(10),
      'Self-trust/2026-11-21 Mindfulness (1).md': mindfulness(10),
    });
    expect(copies.counts).toEqual({ notes: 3, entries: 1, problems: 2 });
    expect(copies.problems.map((p) => p.message)).toEqual([
      copyMessage('Self-trust/2026-11-21 Mindfulness.md'),
      copyMessage('Self-trust/2026-11-21 Mindfulness.md'),
    ]);
  });

  it('needs entries: two broken notes with the same problem are both listed as they are', () => {
    const broken = '---\nselftrust: small-promise\ndate: [2026-11-26\n---\n';
    const notes = [parseNote('a.md', broken), parseNote('a (1).md', broken)];
    expect(likelyCopies(notes).size).toBe(0);
    expect(notesInScope(notes)).toEqual(notes);
  });

  it('gives the same model whatever order the notes arrive in and after any changes (incremental equals rebuilt)', () => {
    const PATHS = ['Walk.md', 'Walk (1).md', 'Walk 2.md', 'Walk-LAPTOP.md', 'Templates/Self-trust/Walk.md', 'A/Walk.md'];
    const TEXTS = [walk, promise('Walk 15 minutes', '2026-11-25'), mindfulness(10), '---\ntags: [x]\n---\n'];
    const op = fc.record({ path: fc.nat(PATHS.length - 1), text: fc.integer({ min: -1, max: TEXTS.length - 1 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const disk = new Map<string, string>();
        const live = new NoteIndex();
        for (const o of ops) {
          const path = PATHS[o.path] as string;
          if (o.text === -1) {
            disk.delete(path);
            live.delete(path);
          } else {
            disk.set(path, TEXTS[o.text] as string);
            live.upsert(path, TEXTS[o.text] as string);
          }
          buildDashboard(live, TODAY, settings()); // builds along the way fill the caches
        }
        const rebuilt = indexOf(Object.fromEntries([...disk].reverse()));
        const a = { ...buildDashboard(live, TODAY, settings()), revision: 0 };
        const b = { ...buildDashboard(rebuilt, TODAY, settings()), revision: 0 };
        expect(a).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });
});

describe('which of two identical notes is the original (found by a user trial)', () => {
  it('the note in the notes folder, not a backup elsewhere with a shorter name', async () => {
    const { likelyCopies } = await import('../../../src/core/index/vault-scope');
    const { parseNote } = await import('../../../src/core/parse/parse-note');
    const text = '---\nselftrust: small-promise\ndate: 2026-11-01\npromise: Walk\nkept: [2026-11-02]\n---\n';
    const notes = [parseNote('Self-trust/Morning walk.md', text), parseNote('Other/Walk backup.md', text)];
    expect([...likelyCopies(notes, 'Self-trust')]).toEqual([['Other/Walk backup.md', 'Self-trust/Morning walk.md']]);
  });
});

describe('a OneDrive copy that differs from its original (both sides logged before the sync)', () => {
  const walk = (kept: string) => `---\nselftrust: small-promise\ndate: 2026-11-01\npromise: Walk\nkept: [${kept}]\n---\n`;
  it('is listed as a copy, the original counts once, and log finds one promise', async () => {
    const { notesInScope } = await import('../../../src/core/index/vault-scope');
    const { findPromise } = await import('../../../src/core/edit/find-promise');
    const { NoteIndex } = await import('../../../src/core/index/note-index');
    const index = new NoteIndex();
    index.upsert('Self-trust/Walk.md', walk('2026-11-02'));
    index.upsert('Self-trust/Walk-DESKTOP-AB12CD.md', walk('2026-11-02, 2026-11-03'));
    index.upsert('Self-trust/Walk (1).md', walk('2026-11-04'));
    index.upsert('Self-trust/Walk-in-the-park.md', walk('2026-11-05').replace('promise: Walk', 'promise: Walk in the park'));
    const scoped = notesInScope(index.notes(), { templateFolder: 'Templates/Self-trust', notesFolder: 'Self-trust' });
    const copies = scoped.filter((n) => n.problems.some((p) => p.message.includes('made by a sync'))).map((n) => n.path).sort();
    expect(copies).toEqual(['Self-trust/Walk (1).md', 'Self-trust/Walk-DESKTOP-AB12CD.md']);
    expect(scoped.filter((n) => n.entry?.kind === 'small-promise').map((n) => n.path).sort()).toEqual(['Self-trust/Walk-in-the-park.md', 'Self-trust/Walk.md']);
    const found = findPromise(index, 'Walk', { templateFolder: 'Templates/Self-trust' });
    expect(found.kind === 'found' && found.promise.path).toBe('Self-trust/Walk.md');
  });
});
