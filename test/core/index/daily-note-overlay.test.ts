import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { DailyNoteOverlay } from '../../../src/core/index/daily-note-overlay';
import { NoteIndex } from '../../../src/core/index/note-index';
import { readDailyNote } from '../../../src/core/parse/daily-note';
import { DEFAULT_SETTINGS } from '../../../src/core/ports';
import { withDailyNotes } from '../../../src/core/stats/daily-note-days';

/*
 * Issue 12, point 4 in a live host: the dashboard of a NoteIndex seen through a DailyNoteOverlay, after
 * any batch of changes to promise notes and daily notes, equals the one-pass reading the CLI makes
 * (withDailyNotes over a fresh index and the daily notes on disk); and a change follows what changed.
 */

const TODAY = '2026-11-26' as Day;
const model = (index: Parameters<typeof buildDashboard>[0]) => ({ ...buildDashboard(index, TODAY, DEFAULT_SETTINGS), revision: 0 });

const NOTE_PATHS = ['Self-trust/Walk.md', 'Self-trust/Coffee.md', 'Self-trust/Stretch.md', 'Self-trust/2026-11-24 Journal.md'];
const NOTE_TEXTS = [
  '---\nselftrust: small-promise\ndate: 2026-11-01\npromise: Walk\nkept: [2026-11-20, 2026-11-23]\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-11-01\npromise: Walk 15 minutes\naliases: [Walk]\nkept:\n  - 2026-11-21 with Sam\n---\n',
  '---\nselftrust: small-promise\ndate: 2026-11-01\npromise: No coffee after four\naim: at-most\ntimes: 0\nslipped: [2026-11-22]\n---\n',
  '---\nselftrust: emotional-journal\ndate: 2026-11-24\nemotions: [calm]\nintensity: 4\n---\n',
  '# not ours\n',
]; // prettier-ignore
const DAILY_PATHS = ['Daily/2026-11-20.md', 'Daily/2026-11-24.md', 'Daily/2026-11-25.md', 'Daily/2026-11-26.md'];
const DAILY_TEXTS = [
  '- [x] walked [[Walk]]\n',
  '- [x] walked [[Self-trust/Walk]]\n- [x] coffee at five [[Coffee]]\n',
  '- [x] stretched [[Stretch]] #rest\n- [ ] walk [[Walk]]\n',
  '- [x] walked twice [[Walk]] and [[Walk]]\n- [x] again [[Stretch]]\n',
  'nothing checked today\n',
]; // prettier-ignore

type Op =
  | { op: 'note'; path: number; text: number }
  | { op: 'delete-note'; path: number }
  | { op: 'daily'; path: number; text: number }
  | { op: 'delete-daily'; path: number };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('note' as const), path: fc.nat(NOTE_PATHS.length - 1), text: fc.nat(NOTE_TEXTS.length - 1) }),
  fc.record({ op: fc.constant('delete-note' as const), path: fc.nat(NOTE_PATHS.length - 1) }),
  fc.record({ op: fc.constant('daily' as const), path: fc.nat(DAILY_PATHS.length - 1), text: fc.nat(DAILY_TEXTS.length - 1) }),
  fc.record({ op: fc.constant('delete-daily' as const), path: fc.nat(DAILY_PATHS.length - 1) }),
);

function dailyOf(path: string, text: string) {
  return readDailyNote(path, text);
}

describe('a live index with daily notes', () => {
  it('equals the one-pass reading after any batch of changes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(opArb, { minLength: 1, maxLength: 4 }), { maxLength: 12 }), (steps) => {
        const notes = new Map<string, string>();
        const daily = new Map<string, string>();
        const index = new NoteIndex();
        const live = new DailyNoteOverlay(index);
        for (const ops of steps) {
          for (const o of ops) {
            if (o.op === 'note') {
              notes.set(NOTE_PATHS[o.path]!, NOTE_TEXTS[o.text]!);
              index.upsert(NOTE_PATHS[o.path]!, NOTE_TEXTS[o.text]!);
            } else if (o.op === 'delete-note') {
              notes.delete(NOTE_PATHS[o.path]!);
              index.delete(NOTE_PATHS[o.path]!);
            } else if (o.op === 'daily') {
              daily.set(DAILY_PATHS[o.path]!, DAILY_TEXTS[o.text]!);
              live.setDailyNote(DAILY_PATHS[o.path]!, dailyOf(DAILY_PATHS[o.path]!, DAILY_TEXTS[o.text]!));
            } else {
              daily.delete(DAILY_PATHS[o.path]!);
              live.setDailyNote(DAILY_PATHS[o.path]!, null);
            }
          }
          const fresh = new NoteIndex({ journal: false });
          for (const [path, text] of notes) fresh.upsert(path, text);
          const dailyNotes = [...daily].flatMap(([path, text]) => dailyOf(path, text) ?? []).sort((a, b) => (a.path < b.path ? -1 : 1));
          expect(model(live)).toEqual(model(withDailyNotes(fresh, dailyNotes)));
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('shows a check-in from a daily note on the promise card, and a day in both places once', () => {
    const index = new NoteIndex();
    index.upsert(NOTE_PATHS[0]!, NOTE_TEXTS[0]!);
    const live = new DailyNoteOverlay(index);
    const before = buildDashboard(live, TODAY, DEFAULT_SETTINGS).promises[0]!;
    live.setDailyNote('Daily/2026-11-20.md', dailyOf('Daily/2026-11-20.md', DAILY_TEXTS[0]!)); // already in the note
    const same = buildDashboard(live, TODAY, DEFAULT_SETTINGS).promises[0]!;
    expect(same.keptDays).toBe(before.keptDays);
    live.setDailyNote('Daily/2026-11-26.md', dailyOf('Daily/2026-11-26.md', DAILY_TEXTS[3]!));
    const after = buildDashboard(live, TODAY, DEFAULT_SETTINGS).promises[0]!;
    expect(after.keptDays).toBe(before.keptDays + 1);
    expect(after.keptThisPeriod).toBe(1);
    expect(after.keptToday).toBe(true);
  });

  it('journals the promise a daily note changes, not the daily note, and keeps other notes the same objects', () => {
    const index = new NoteIndex();
    index.upsert(NOTE_PATHS[0]!, NOTE_TEXTS[0]!);
    index.upsert(NOTE_PATHS[2]!, NOTE_TEXTS[2]!);
    index.upsert(NOTE_PATHS[3]!, NOTE_TEXTS[3]!);
    const live = new DailyNoteOverlay(index);
    const rev = live.revision;
    const journal = live.get(NOTE_PATHS[3]!);
    live.setDailyNote('Daily/2026-11-24.md', dailyOf('Daily/2026-11-24.md', '- [x] walked [[Walk]]\n'));
    expect(live.changedSince(rev)).toEqual([NOTE_PATHS[0]]);
    expect(live.get(NOTE_PATHS[3]!)).toBe(journal);
    const walk = live.get(NOTE_PATHS[0]!);
    expect(live.get(NOTE_PATHS[0]!)).toBe(walk); // the same merged entry while nothing changed
    const rev2 = live.revision;
    live.setDailyNote('Daily/2026-11-24.md', dailyOf('Daily/2026-11-24.md', '- [x] walked [[Walk]]\n'));
    expect(live.revision).toBe(rev2); // the same daily note again is no change
  });

  it('adds nothing without daily notes: every note is the index’s own object', () => {
    const index = new NoteIndex();
    index.upsert(NOTE_PATHS[0]!, NOTE_TEXTS[0]!);
    const live = new DailyNoteOverlay(index);
    expect([...live.notes()][0]).toBe(index.get(NOTE_PATHS[0]!));
  });
});

describe('what a change costs with daily notes', () => {
  it('keeps every other promise’s merged entry, the same object, when one promise or one daily note changes', () => {
    const index = new NoteIndex();
    for (let i = 0; i < 5; i++) index.upsert(`Self-trust/P${i}.md`, `---\nselftrust: small-promise\ndate: 2026-11-01\npromise: P${i}\nkept: [2026-11-20]\n---\n`);
    const live = new DailyNoteOverlay(index);
    for (let i = 0; i < 5; i++) live.setDailyNote(`Daily/2026-11-2${i}.md`, readDailyNote(`Daily/2026-11-2${i}.md`, `- [x] did it [[P${i}]]\n`));
    const before = new Map([...live.notes()].map((n) => [n.path, n]));
    index.upsert('Self-trust/P0.md', '---\nselftrust: small-promise\ndate: 2026-11-01\npromise: P0\nkept: [2026-11-20, 2026-11-21]\n---\n');
    live.setDailyNote('Daily/2026-11-21.md', readDailyNote('Daily/2026-11-21.md', '- [x] did it [[P1]] and again [[P1]]\n- [x] [[P2]]\n'));
    const after = new Map([...live.notes()].map((n) => [n.path, n]));
    expect(after.get('Self-trust/P0.md')).not.toBe(before.get('Self-trust/P0.md'));
    expect(after.get('Self-trust/P2.md')).not.toBe(before.get('Self-trust/P2.md'));
    for (const kept of ['Self-trust/P1.md', 'Self-trust/P3.md', 'Self-trust/P4.md']) expect(after.get(kept)).toBe(before.get(kept));
  });
});
