import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { NoteIndex } from '../../../src/core/index/note-index';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/ports';

/*
 * buildDashboard remembers parts of earlier builds of the same index (sorted entries, promise cards,
 * week roll-ups). Here the model is built after EVERY change, as a live host does, and must equal the
 * model of a fresh index holding the same notes, for any sequence of changes and days.
 */

const PATHS = ['Self-trust/a.md', 'Self-trust/b.md', 'Self-trust/c.md', 'Self-trust/d.md', 'Other/e.md', 'f.md'];

const TEXTS = [
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: Walk\nkept: [2026-11-20, 2026-11-21, 2026-11-23]\nskipped: [2026-11-22]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-10-01\npromise: Walk\nkept: [2026-11-20, 2026-11-21, 2026-11-23, 2026-11-24, 2026-11-25]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-09-01\npromise: Cook\ntimes: 3\nper: week\nkept: [2026-11-02, 2026-11-04, 2026-11-06, 2026-11-24]\n---\n',
  '---\nselftrust: emotional-journal\ndate: 2026-11-25\nemotions: [calm 4/10, tired]\nintensity: 6\n---\n',
  '---\nselftrust: emotional-journal\ndate: 2026-10-03\nemotions: [anxious 7/10]\n---\n',
  '---\nselftrust: weekly-reflection\ndate: 2026-11-22\nrating: 7\nwins: [walked]\nadjust: [sleep]\n---\n',
  '---\nselftrust: value-mapping\ndate: 2026-11-15\nvalues: [Family 3/10, Honesty 8/10, Rest 5/10]\n---\n',
  '---\nselftrust: mistake-ledger\ndate: 2026-11-18\nmistake: Said yes\nlesson: Pause first\napplied: true\n---\n',
  '---\nselftrust: self-trust-check-in\ndate: 2026-11-10\nconfidence: 3\nreliability: 4\n---\n',
  '---\nselftrust: mindfulness\ndate: 2026-11-24\nminutes: 10\n---\n',
  '---\nselftrust: boundary-log\ndate: 2026-11-24\nboundary: No late calls\nheld: true\n---\n',
  '---\nselftrust: small-promise\ndate: [broken\n---\n',
  '# not ours\n',
];

const DAYS = ['2026-11-24', '2026-11-26', '2026-12-03'] as Day[];

type Op = { op: 'upsert'; path: number; text: number } | { op: 'delete'; path: number } | { op: 'rename'; from: number; to: number };

const at = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('upsert' as const), path: fc.nat(PATHS.length - 1), text: fc.nat(TEXTS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), path: fc.nat(PATHS.length - 1) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('rename' as const), from: fc.nat(PATHS.length - 1), to: fc.nat(PATHS.length - 1) }) },
);

const withoutRevision = (index: NoteIndex, today: Day, settings: Settings) => ({ ...buildDashboard(index, today, settings), revision: 0 });

describe('a dashboard rebuilt after every change equals one built from scratch', () => {
  it('for any sequence of changes, days and week starts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(opArb, fc.nat(DAYS.length - 1), fc.boolean()), { maxLength: 25 }), (steps) => {
        const disk = new Map<string, string>();
        const live = new NoteIndex();
        for (const [o, dayIndex, sunday] of steps) {
          if (o.op === 'upsert') {
            disk.set(at(PATHS, o.path), at(TEXTS, o.text));
            live.upsert(at(PATHS, o.path), at(TEXTS, o.text));
          } else if (o.op === 'delete') {
            disk.delete(at(PATHS, o.path));
            live.delete(at(PATHS, o.path));
          } else {
            const text = disk.get(at(PATHS, o.from));
            if (text === undefined) continue;
            disk.delete(at(PATHS, o.from));
            disk.set(at(PATHS, o.to), text);
            live.rename(at(PATHS, o.from), at(PATHS, o.to));
          }
          const settings: Settings = { ...DEFAULT_SETTINGS, weekStart: sunday ? 'sunday' : 'monday' };
          const today = at(DAYS, dayIndex);
          const fresh = new NoteIndex();
          for (const [path, text] of disk) fresh.upsert(path, text);
          expect(withoutRevision(live, today, settings)).toEqual(withoutRevision(fresh, today, settings));
        }
      }),
      { numRuns: 150 },
    );
    // 150 random histories take a few seconds; on a shared, loaded machine more. A property, not a timing.
  }, 60_000);
});
