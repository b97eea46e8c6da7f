/**
 * The format of the cache of parsed notes (src/core/index/note-cache.ts): what a parser makes comes
 * back exactly, and nothing odd is ever taken in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { benchNotes } from '../../scripts/bench-vault';
import { isParsedNote, NOTE_CACHE_FORMAT, RACY_MS, readNoteCache, writeNoteCache, type CachedNote } from '../../src/core/index/note-cache';
import { readDailyNoteNamed, type DailyNote } from '../../src/core/parse/daily-note';
import { parseNote } from '../../src/core/parse/parse-note';
import type { ParsedNote } from '../../src/core/entry';

const KEY = { build: 'selftrust@0.1.0+1:2', root: 'file:///vault' };
const SAVED = Date.UTC(2026, 10, 26);
const OLD = SAVED - 60_000;

function demoVault(): [string, string][] {
  const root = new URL('../../examples/vault', import.meta.url).pathname;
  const out: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else if (d.name.endsWith('.md')) out.push([relative(root, p), readFileSync(p, 'utf8')]);
    }
  };
  walk(root);
  return out;
}

/** Notes as parsers make them: the demo vault, a slice of the bench vault, and notes with problems of every kind. */
function sampleNotes(): [string, CachedNote][] {
  const texts: [string, string][] = [
    ...demoVault(),
    // Under a folder of their own: the demo vault has daily notes with the same names.
    ...[...benchNotes(400)].map(([p, t]): [string, string] => [`Bench/${p}`, t]),
    ['Self-trust/empty Small promise.md', ''],
    ['Self-trust/broken.md', '---\nselftrust: small-promise\ndate: [\n---\n'],
    ['Self-trust/draft.md', '---\nselftrust: small-promise\ndate: 2026-11-20\npromise:\n---\n'],
    ['Self-trust/walk (conflicted copy).md', '---\nselftrust: mindfulness\ndate: 2026-11-20\nminutes: 5\n---\n'],
    ['Self-trust/late.md', '\n---\nselftrust: mindfulness\ndate: 2026-11-20\n---\n'],
  ];
  return texts.map(([path, text], i) => [path, { size: text.length, mtime: OLD - i, note: parseNote(path, text) }]);
}

const matters = (n: ParsedNote): boolean => n.entry !== null || n.problems.length > 0 || n.draft !== undefined;

describe('the cache of parsed notes, written and read back', () => {
  it('gives back every note a parser makes, exactly, with its stamp', () => {
    const notes = sampleNotes();
    // Every kind of note is in the sample: entries of many kinds, problems, a draft, and notes that are not ours.
    expect(new Set(notes.map(([, c]) => c.note?.entry?.kind).filter(Boolean)).size).toBeGreaterThanOrEqual(10);
    expect(notes.some(([, c]) => c.note?.draft)).toBe(true);
    expect(notes.some(([, c]) => c.note && !matters(c.note))).toBe(true);
    const read = readNoteCache(writeNoteCache(KEY, SAVED, notes), KEY);
    if (!read.ok) throw new Error(read.why);
    expect(read.dropped).toBe(0);
    expect([...read.notes]).toEqual(notes);
  });

  it('refuses a whole cache that is not JSON, not a cache, of another format, another build or another vault', () => {
    const text = writeNoteCache(KEY, SAVED, sampleNotes().slice(0, 3));
    const data = JSON.parse(text) as Record<string, unknown>;
    const why = (t: string): string | undefined => {
      const r = readNoteCache(t, KEY);
      return r.ok ? undefined : r.why;
    };
    expect(why(text.slice(0, text.length / 2))).toBe('not JSON');
    expect(why('')).toBe('not JSON');
    expect(why('null')).toBe('not a cache');
    expect(why('[1,2]')).toBe('not a cache');
    expect(why(JSON.stringify({ ...data, notes: {} }))).toBe('not a cache');
    expect(why(JSON.stringify({ ...data, format: NOTE_CACHE_FORMAT + 1 }))).toBe('another format');
    expect(why(JSON.stringify({ ...data, format: String(NOTE_CACHE_FORMAT) }))).toBe('another format');
    expect(why(JSON.stringify({ ...data, build: 'selftrust@0.0.9+1:2' }))).toBe('another build');
    expect(why(JSON.stringify({ ...data, root: 'file:///other' }))).toBe('another vault');
    expect(why(text)).toBeUndefined();
  });

  it('leaves out a row with any field of the wrong type, and keeps the others', () => {
    const promise = parseNote('Self-trust/walk.md', benchNotes(200).next().value?.[1] ?? '');
    expect(promise.entry?.kind).toBe('small-promise');
    const good: [string, number, number, unknown] = ['Self-trust/walk.md', 100, OLD, promise];
    const entry = promise.entry as unknown as Record<string, unknown>;
    const withEntry = (change: Record<string, unknown>): unknown => ({ ...promise, entry: { ...entry, ...change } });
    const bad: unknown[] = [
      ['Self-trust/walk.md', -1, OLD, promise],
      ['Self-trust/walk.md', 1.5, OLD, promise],
      ['Self-trust/walk.md', '100', OLD, promise],
      ['Self-trust/walk.md', 100, 'yesterday', promise],
      ['Self-trust/walk.md', 100, null, promise],
      ['', 100, OLD, null],
      [7, 100, OLD, null],
      ['Self-trust/walk.md', 100, OLD],
      ['Self-trust/walk.md', 100, OLD, promise, 'more'],
      { path: 'Self-trust/walk.md' },
      ['Self-trust/walk.md', 100, OLD, { ...promise, path: 'Self-trust/other.md' }],
      ['Self-trust/walk.md', 100, OLD, withEntry({ path: 'other.md' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ kind: 'small-promises' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ times: '1' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ times: 0 })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ per: 'month' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ kept: ['2026-02-30'] })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ kept: '2026-11-20' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ date: 20261120 })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ aim: 'sometimes' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ words: [{ day: '2026-11-20', list: 'kept' }] })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ daily: [] })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ colour: 'blue' })],
      ['Self-trust/walk.md', 100, OLD, withEntry({ promise: undefined, status: 'active' })],
      ['Self-trust/walk.md', 100, OLD, { ...promise, problems: 'none' }],
      ['Self-trust/walk.md', 100, OLD, { ...promise, problems: [{ path: 'Self-trust/walk.md' }] }],
      ['Self-trust/walk.md', 100, OLD, { ...promise, draft: { kind: 'nap' } }],
      ['Self-trust/walk.md', 100, OLD, { ...promise, extra: 1 }],
      ['Self-trust/walk.md', 100, OLD, 'note'],
      ['Self-trust/walk.md', 100, OLD, []],
    ];
    // As the cache keeps a note: without its path, nor its entry's (a path that differs stays, and is refused).
    const stored = (row: unknown): unknown => {
      if (!Array.isArray(row) || typeof row[3] !== 'object' || row[3] === null) return row;
      const { path, entry, ...rest } = row[3] as { path?: string; entry?: unknown };
      const keep = (p: unknown): object => (p === 'Self-trust/walk.md' ? {} : { path: p });
      const e = typeof entry === 'object' && entry !== null ? (({ path: p, ...f }: { path?: unknown }) => ({ ...f, ...keep(p) }))(entry) : entry;
      return [...row.slice(0, 3), { ...keep(path), entry: e, ...rest }, ...row.slice(4)];
    };
    for (const row of bad.map(stored)) {
      const text = JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, savedAt: SAVED, notes: [row, ['Notes/a.md', 3, OLD, null]] });
      const read = readNoteCache(text, KEY);
      if (!read.ok) throw new Error(read.why);
      expect([[...read.notes.keys()], read.dropped], JSON.stringify(row).slice(0, 160)).toEqual([['Notes/a.md'], 1]);
    }
    const read = readNoteCache(JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, savedAt: SAVED, notes: [stored(good)] }), KEY);
    expect(read.ok && read.notes.get('Self-trust/walk.md')?.note).toEqual(promise);
  });

  it('gives back a daily note by its `date` property with its row, and leaves out a row whose daily note fails any check', () => {
    const text = '---\nselftrust: small-promise\ndate: 2026-11-17\npromise: Walk\n---\n- [x] walked [[Walk]]\n- [X] rest [[Stretch]] [x](<Self-trust/Cook.md>) #rest\n';
    const note = parseNote('Work/Stand-up.md', text);
    const daily = readDailyNoteNamed('Work/Stand-up.md', text, null) as DailyNote;
    expect(daily.tasks).toHaveLength(2);
    const notes: [string, CachedNote][] = [
      ['Work/Stand-up.md', { size: text.length, mtime: OLD, note, daily }],
      ['Work/Plan.md', { size: 9, mtime: OLD, note: null, daily: { ...daily, path: 'Work/Plan.md' } }],
      ['Notes/a.md', { size: 3, mtime: OLD, note: null }],
    ];
    const written = writeNoteCache(KEY, SAVED, notes);
    // Kept without its path, as the note is.
    expect((JSON.parse(written) as { notes: unknown[][] }).notes[1]).toEqual(['Work/Plan.md', 9, OLD, null, { day: daily.day, tasks: daily.tasks }]);
    const read = readNoteCache(written, KEY);
    if (!read.ok) throw new Error(read.why);
    expect([...read.notes]).toEqual(notes);
    // A daily note naming another path, or that JSON would change, is never written: the note is read again.
    const odd = writeNoteCache(KEY, SAVED, [
      ['a.md', { size: 1, mtime: OLD, note: null, daily: { ...daily, path: 'b.md' } }],
      ['c.md', { size: 1, mtime: OLD, note: null, daily: { ...daily, path: 'c.md', tasks: [{ line: Number.NaN, links: ['Walk'], rest: false }] } }],
    ]);
    expect(readNoteCache(odd, KEY)).toEqual({ ok: true, notes: new Map(), dropped: 0 });

    const task = daily.tasks[0] as DailyNote['tasks'][number];
    const stored = { day: daily.day, tasks: daily.tasks };
    const bad: unknown[] = [
      null,
      'Walk',
      [],
      { ...stored, path: 'Work/Plan.md' },
      { ...stored, extra: 1 },
      { tasks: stored.tasks },
      { day: stored.day },
      { ...stored, day: '2026-02-30' },
      { ...stored, day: 20261117 },
      { ...stored, tasks: [] },
      { ...stored, tasks: 'walked' },
      { ...stored, tasks: [null] },
      { ...stored, tasks: [{ ...task, line: -1 }] },
      { ...stored, tasks: [{ ...task, line: 1.5 }] },
      { ...stored, tasks: [{ ...task, line: '5' }] },
      { ...stored, tasks: [task, task] },
      { ...stored, tasks: [...stored.tasks].reverse() },
      { ...stored, tasks: [{ ...task, links: [] }] },
      { ...stored, tasks: [{ ...task, links: 'Walk' }] },
      { ...stored, tasks: [{ ...task, links: [7] }] },
      { ...stored, tasks: [{ ...task, rest: 'no' }] },
      { ...stored, tasks: [{ line: task.line, links: task.links }] },
      { ...stored, tasks: [{ ...task, done: true }] },
    ];
    for (const value of bad) {
      const rows = [['Work/Plan.md', 9, OLD, null, value], ['Notes/a.md', 3, OLD, null]];
      const r = readNoteCache(JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, savedAt: SAVED, notes: rows }), KEY);
      if (!r.ok) throw new Error(r.why);
      expect([[...r.notes.keys()], r.dropped], JSON.stringify(value)).toEqual([['Notes/a.md'], 1]);
    }
    // Nor is a sixth element taken, nor a daily note on a row whose note fails.
    for (const row of [['Work/Plan.md', 9, OLD, null, stored, null], ['Work/Plan.md', 9, OLD, 'note', stored]]) {
      const r = readNoteCache(JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, savedAt: SAVED, notes: [row] }), KEY);
      expect(r.ok && r.dropped).toBe(1);
    }
  });

  it('keeps an "I won\u2019t…" promise of never (times 0), and refuses times 0 on any other promise', () => {
    const never = parseNote('Self-trust/coffee.md', '---\nselftrust: small-promise\ndate: 2026-11-16\npromise: No coffee after four\naim: at-most\ntimes: 0\n---\n');
    expect(never.entry).toMatchObject({ times: 0, aim: 'at-most' });
    const read = readNoteCache(writeNoteCache(KEY, SAVED, [['Self-trust/coffee.md', { size: 1, mtime: OLD, note: never }]]), KEY);
    expect(read.ok && read.notes.get('Self-trust/coffee.md')?.note).toEqual(never);
    const { aim: _aim, ...atLeast } = never.entry as unknown as Record<string, unknown>;
    const wrong = writeNoteCache(KEY, SAVED, [['Self-trust/coffee.md', { size: 1, mtime: OLD, note: { ...never, entry: atLeast } as unknown as ParsedNote }]]);
    expect(readNoteCache(wrong, KEY)).toMatchObject({ ok: true, dropped: 1 });
  });

  it('a path listed twice keeps neither row: which one is right cannot be told', () => {
    const text = JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, savedAt: SAVED, notes: [['a.md', 1, OLD, null], ['a.md', 2, OLD, null], ['b.md', 1, OLD, null]] });
    const read = readNoteCache(text, KEY);
    expect(read.ok && [...read.notes.keys()]).toEqual(['b.md']);
  });

  it('never keeps a note touched within RACY_MS of the save (or after it), nor one JSON would change', () => {
    const note = (path: string): ParsedNote => parseNote(path, '---\nselftrust: mindfulness\ndate: 2026-11-20\nminutes: 5\n---\n');
    const odd = { ...note('c.md'), entry: { ...(note('c.md').entry as object), minutes: Number.NaN } } as ParsedNote;
    const text = writeNoteCache(KEY, SAVED, [
      ['a.md', { size: 1, mtime: SAVED - RACY_MS - 1, note: note('a.md') }],
      ['b.md', { size: 1, mtime: SAVED - RACY_MS, note: note('b.md') }],
      ['future.md', { size: 1, mtime: SAVED + 10_000, note: null }],
      ['c.md', { size: 1, mtime: OLD, note: odd }],
      ['d.md', { size: 1, mtime: OLD, note: { ...note('d.md'), draft: undefined } }],
    ]);
    const read = readNoteCache(text, KEY);
    expect(read.ok && [...read.notes.keys()]).toEqual(['a.md']);
  });

  it('whatever a cache file holds, reading it never throws', () => {
    const valid = writeNoteCache(KEY, SAVED, sampleNotes().slice(0, 20));
    fc.assert(
      fc.property(fc.nat(valid.length), fc.string({ maxLength: 8 }), fc.nat(8), (at, insert, cut) => {
        const text = valid.slice(0, at) + insert + valid.slice(at + cut);
        const read = readNoteCache(text, KEY);
        if (read.ok) for (const [path, c] of read.notes) expect(c.note === null || isParsedNote(c.note, path)).toBe(true);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        readNoteCache(JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, notes: [['a.md', 1, OLD, value]] }), KEY);
        readNoteCache(JSON.stringify({ format: NOTE_CACHE_FORMAT, ...KEY, notes: [['a.md', 1, OLD, null, value]] }), KEY);
      }),
      { numRuns: 300 },
    );
  });
});
