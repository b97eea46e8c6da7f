import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { NoteIndex } from '../../../src/core/index/note-index';
import { DEFAULT_SETTINGS, type IndexView, type Settings } from '../../../src/core/ports';

/*
 * buildDashboard follows a NoteIndex one change at a time (its journal, the ScopeTracker, the sorted
 * lists patched in place). Built after any batch of changes, with templates, identical notes and
 * promises named as sync copies about, the model must equal the one of a fresh index, and the one
 * built in a single pass over an index that keeps no journal.
 */

const PATHS = [
  'Self-trust/Walk.md', 'Self-trust/Walk (1).md', 'Self-trust/Walk-DESKTOP-AB12.md', 'Backup/Walk.md', 'Self-trust/b.md',
  'Self-trust/2026-11-24 Mindfulness.md', 'Self-trust/2026-11-24 Mindfulness (1).md', 'Templates/Self-trust/x.md', 'Notes/e.md',
]; // prettier-ignore

const TEXTS = [
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: Walk\nkept: [2026-11-20, 2026-11-21, 2026-11-23]\nskipped: [2026-11-22]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: Walk\nkept: [2026-11-20, 2026-11-21, 2026-11-23, 2026-11-25]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-09-01\npromise: Cook\ntimes: 3\nper: week\nkept: [2026-11-02, 2026-11-04, 2026-11-24]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-11-01\n---\n',
  '---\nselftrust: mindfulness\ndate: 2026-11-24\nminutes: 10\n---\n',
  '---\nselftrust: emotional-journal\ndate: 2026-11-25\nemotions: [calm 4/10, tired]\nintensity: 6\n---\n',
  '---\nselftrust: weekly-reflection\ndate: 2026-11-22\nrating: 7\nwins: [walked]\n---\n',
  '---\nselftrust: weekly-reflection\ndate: 2026-11-12\nweek: 2026-W45\nrating: 5\n---\n',
  '---\nselftrust: value-mapping\ndate: 2026-11-15\nvalues: [Family 3/10, Honesty 8/10]\n---\n',
  '---\nselftrust: self-trust-check-in\ndate: 2026-11-10\nconfidence: 3\n---\n',
  '---\nselftrust: small-promise\ndate: [broken\n---\n',
  '# not ours\n',
]; // prettier-ignore

const DAYS = ['2026-11-24', '2026-11-26', '2026-12-03'] as Day[];
const SETTINGS: Settings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, weekStart: 'sunday' },
  { ...DEFAULT_SETTINGS, notesFolder: 'Backup', templateFolder: 'Notes' },
];

type Op = { op: 'upsert'; path: number; text: number } | { op: 'delete'; path: number } | { op: 'rename'; from: number; to: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: fc.nat(PATHS.length - 1), text: fc.nat(TEXTS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat(PATHS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }) },
);

/** The same notes, seen through an index that says nothing about what changed. */
const plain = (index: NoteIndex): IndexView => ({ revision: index.revision, notes: () => index.notes() });
const model = (index: IndexView, today: Day, settings: Settings) => ({ ...buildDashboard(index, today, settings), revision: 0 });

describe('the live dashboard of a NoteIndex', () => {
  it('equals a fresh build after any batch of changes, settings and days', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.array(opArb, { minLength: 1, maxLength: 4 }), fc.nat(DAYS.length - 1), fc.nat(SETTINGS.length - 1)), { maxLength: 15 }),
        (steps) => {
          const disk = new Map<string, string>();
          const live = new NoteIndex();
          for (const [ops, d, s] of steps) {
            for (const o of ops) {
              if (o.op === 'upsert') {
                disk.set(PATHS[o.path] as string, TEXTS[o.text] as string);
                live.upsert(PATHS[o.path] as string, TEXTS[o.text] as string);
              } else if (o.op === 'delete') {
                disk.delete(PATHS[o.path] as string);
                live.delete(PATHS[o.path] as string);
              } else {
                const text = disk.get(PATHS[o.from] as string);
                if (text === undefined) continue;
                disk.delete(PATHS[o.from] as string);
                disk.set(PATHS[o.to] as string, text);
                live.rename(PATHS[o.from] as string, PATHS[o.to] as string);
              }
            }
            const today = DAYS[d] as Day;
            const settings = SETTINGS[s] as Settings;
            const fresh = new NoteIndex();
            for (const [path, text] of disk) fresh.upsert(path, text);
            const expected = model(fresh, today, settings);
            expect(model(live, today, settings)).toEqual(expected);
            expect(model(plain(live), today, settings)).toEqual(expected);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('takes many changes at once (sorted afresh) and then one at a time again', () => {
    const live = new NoteIndex();
    const today = '2026-11-26' as Day;
    buildDashboard(live, today, DEFAULT_SETTINGS);
    for (let i = 0; i < 300; i++) live.upsert(`Self-trust/m${i}.md`, `---\nselftrust: mindfulness\ndate: 2026-11-${String(1 + (i % 25)).padStart(2, '0')}\nminutes: ${i}\n---\n`);
    const fresh = () => {
      const f = new NoteIndex();
      for (const n of live.notes()) f.upsertParsed(n);
      return model(f, today, DEFAULT_SETTINGS);
    };
    expect(model(live, today, DEFAULT_SETTINGS)).toEqual(fresh());
    live.delete('Self-trust/m7.md');
    live.upsert('Self-trust/m8.md', '---\nselftrust: mindfulness\ndate: 2026-11-26\nminutes: 99\n---\n');
    expect(model(live, today, DEFAULT_SETTINGS)).toEqual(fresh());
    for (let i = 0; i < 5000; i++) live.upsert(`Self-trust/m${i % 300}.md`, `---\nselftrust: mindfulness\ndate: 2026-11-20\nminutes: ${i}\n---\n`);
    expect(model(live, today, DEFAULT_SETTINGS)).toEqual(fresh()); // the journal no longer reaches back
  });
});
