import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { addDayToList, removeDayFromList } from '../../../src/core/edit/frontmatter-list';
import { logPromiseDay, type LogAction } from '../../../src/core/edit/log-promise';
import { NoteIndex } from '../../../src/core/index/note-index';
import { parseNote } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS } from '../../../src/core/ports';

const d = (s: string) => s as Day;
const TODAY = d('2026-11-20');
const PATH = 'Self-trust/Walk.md';

/** A promise note as a person may have written it; `lines` replace or add frontmatter lines. */
function note(lines: string[], body = 'Why: to feel at home in my body.\n'): string {
  return ['---', 'selftrust: small-promise', 'date: 2026-11-01', 'promise: Walk', ...lines, '---', body].join('\n');
}

function log(text: string, action: LogAction, day: string, today = TODAY) {
  return logPromiseDay(PATH, text, action, d(day), today);
}

/** The days the parser (and so the dashboard) reads in the note's `kept`. */
const keptDays = (text: string): string[] => {
  const e = parseNote(PATH, text).entry;
  return e?.kind === 'small-promise' ? e.kept : [];
};

/** What the dashboard's calendar shows for one day. */
function heatOn(text: string, day: string) {
  const index = new NoteIndex();
  index.upsert(PATH, text);
  const card = buildDashboard(index, TODAY, DEFAULT_SETTINGS).promises[0];
  return card?.heatmap.find((h) => h.date === day);
}

describe('log and the dashboard read a day the same way (fault 3)', () => {
  it('a kept time west of Greenwich names the day written: logging the next day adds it, and the calendar shows both', () => {
    const text = note(['kept: [2026-11-16T20:00:00-05:00]']);
    expect(keptDays(text)).toEqual(['2026-11-16']);
    const r = log(text, 'keep', '2026-11-17');
    expect(r).toMatchObject({ ok: true, changed: true });
    if (!r.ok) return;
    expect(r.text).toBe(note(['kept: [2026-11-16T20:00:00-05:00, 2026-11-17]']));
    expect(heatOn(r.text, '2026-11-16')?.state).toBe('kept');
    expect(heatOn(r.text, '2026-11-17')?.state).toBe('kept');
  });

  it('a kept time east of Greenwich is the day written: logging that day again changes nothing and counts it once', () => {
    const text = note(['kept:', '  - 2026-11-17T00:30:00+01:00']);
    const r = log(text, 'keep', '2026-11-17');
    expect(r).toMatchObject({ ok: true, changed: false, count: 1 });
    expect(heatOn(text, '2026-11-17')).toMatchObject({ state: 'kept', count: 1 });
    expect(heatOn(text, '2026-11-16')?.state).toBe('missed');
  });

  it('an impossible day (2026-02-30) is not 2 March: logging 2026-03-02 adds it', () => {
    const text = note(['start: 2026-02-01', 'kept: [2026-02-30]']);
    const r = log(text, 'keep', '2026-03-02');
    expect(r).toMatchObject({ ok: true, changed: true, count: 1 });
    if (r.ok) expect(keptDays(r.text)).toEqual(['2026-03-02']);
  });
});

describe('shapes the edit must get right or refuse (fault 4)', () => {
  const refusedUnchanged = (text: string, reason: RegExp) => {
    const r = addDayToList(text, 'kept', d('2026-11-20'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  };

  it('refuses a list that is an alias, holds one, or is anchored for another key', () => {
    refusedUnchanged(note(['start: &d 2026-11-01', 'kept: *d']), /alias \(\*d\)/);
    refusedUnchanged(note(['start: &d 2026-11-01', 'kept: [*d, 2026-11-02]']), /alias \(\*d\)/);
    refusedUnchanged(note(['kept: &k [2026-11-01, 2026-11-02]', 'skipped: *k']), /anchor \(&k\)/);
  });

  it('adds to a flow list with a trailing comma without doubling the comma', () => {
    const r = addDayToList(note(['kept: [2026-11-01, 2026-11-02, ]']), 'kept', d('2026-11-20'));
    expect(r).toMatchObject({ ok: true, text: note(['kept: [2026-11-01, 2026-11-02, 2026-11-20, ]']) });
  });

  it('adds after an item continued on the next line, and after a block-text item', () => {
    const continued = note(['kept:', '  - 2026-11-01', '  - 2026-11-02', '    (dentist)', 'status: active']);
    const r = addDayToList(continued, 'kept', d('2026-11-20'));
    expect(r).toMatchObject({ ok: true, text: note(['kept:', '  - 2026-11-01', '  - 2026-11-02', '    (dentist)', '  - 2026-11-20', 'status: active']) });
    const literal = note(['kept:', '  - 2026-11-01', '  - |', '    2026-11-02', 'status: active']);
    const r2 = addDayToList(literal, 'kept', d('2026-11-20'));
    expect(r2).toMatchObject({ ok: true, text: note(['kept:', '  - 2026-11-01', '  - |', '    2026-11-02', '  - 2026-11-20', 'status: active']) });
  });

  it('keeps each line its own ending in a note mixing LF and CRLF', () => {
    const text = '---\nselftrust: small-promise\r\ndate: 2026-11-01\npromise: Walk\r\nkept:\n  - 2026-11-01\r\nstatus: active\n---\nbody\r\n';
    const r = addDayToList(text, 'kept', d('2026-11-20'));
    expect(r).toMatchObject({ ok: true, text: text.replace('  - 2026-11-01\r\n', '  - 2026-11-01\r\n  - 2026-11-20\r\n') });
  });

  it('refuses an alias bomb quickly and without expanding it (fault 5)', () => {
    const bomb = [
      '---',
      'selftrust: small-promise',
      'date: 2026-11-01',
      'promise: Walk',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'e: &e [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
      'g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]',
      'h: [*g, *g, *g, *g, *g, *g, *g, *g, *g]',
      'kept: []',
      '---',
      '',
    ].join('\n');
    expect(bomb.length).toBeLessThan(500);
    expect(addDayToList(bomb, 'kept', d('2026-11-20'))).toMatchObject({ ok: false, reason: expect.stringMatching(/aliases/) });
    expect(log(bomb, 'keep', '2026-11-20')).toMatchObject({ ok: false, why: 'not-a-promise' });
  });
});

describe('several keeps a day, and taking one back (fault 6)', () => {
  it('times: 2 per day: two logs make "2 of 2"; a third changes nothing', () => {
    let text = note(['times: 2', 'per: day', 'kept: []']);
    const first = log(text, 'keep', '2026-11-20');
    expect(first).toMatchObject({ ok: true, changed: true, count: 1, target: 2 });
    if (first.ok) text = first.text;
    const second = log(text, 'keep', '2026-11-20');
    expect(second).toMatchObject({ ok: true, changed: true, count: 2, target: 2 });
    if (second.ok) text = second.text;
    expect(keptDays(text)).toEqual(['2026-11-20', '2026-11-20']);
    expect(log(text, 'keep', '2026-11-20')).toMatchObject({ ok: true, changed: false, count: 2 });
  });

  it('once a day: logging twice by accident changes nothing', () => {
    const text = note(['kept: [2026-11-20]']);
    expect(log(text, 'keep', '2026-11-20')).toMatchObject({ ok: true, changed: false, text });
  });

  it('a weekly promise takes a second walk on the same day with keep-again', () => {
    const text = note(['times: 3', 'per: week', 'kept:', '  - 2026-11-20']);
    expect(log(text, 'keep', '2026-11-20')).toMatchObject({ ok: true, changed: false });
    const again = log(text, 'keep-again', '2026-11-20');
    expect(again).toMatchObject({ ok: true, changed: true, count: 2 });
    if (again.ok) expect(keptDays(again.text)).toEqual(['2026-11-20', '2026-11-20']);
  });

  it('undo takes back the last keep of the day and leaves the rest', () => {
    const text = note(['kept:', '  - 2026-11-19', '  - 2026-11-20   # morning', '  - 2026-11-20', 'status: active']);
    const r = log(text, 'undo-keep', '2026-11-20');
    expect(r).toMatchObject({ ok: true, changed: true, count: 1 });
    if (r.ok) expect(r.text).toBe(note(['kept:', '  - 2026-11-19', '  - 2026-11-20   # morning', 'status: active']));
    const only = note(['kept:', '  - 2026-11-20 # the only one', 'status: active']);
    const r2 = log(only, 'undo-keep', '2026-11-20');
    if (r2.ok) expect(r2.text).toBe(note(['kept: []', 'status: active']));
    expect(removeDayFromList(note(['kept: [2026-11-19, 2026-11-20]']), 'kept', d('2026-11-20'))).toMatchObject({ text: note(['kept: [2026-11-19]']) });
    expect(removeDayFromList(note(['kept: [2026-11-20, 2026-11-19]']), 'kept', d('2026-11-20'))).toMatchObject({ text: note(['kept: [2026-11-19]']) });
    expect(log(note(['kept: []']), 'undo-keep', '2026-11-20')).toMatchObject({ ok: true, changed: false, count: 0 });
  });
});

describe('keys in another case (fault 7)', () => {
  it('logs into `Kept:` and adds no second key', () => {
    const text = note(['Kept:', '  - 2026-11-19']);
    const r = log(text, 'keep', '2026-11-20');
    expect(r).toMatchObject({ ok: true, changed: true, text: note(['Kept:', '  - 2026-11-19', '  - 2026-11-20']) });
  });

  it('refuses when two spellings of the key are present', () => {
    const text = note(['Kept: [2026-11-18]', 'kept: [2026-11-19]']);
    expect(addDayToList(text, 'kept', d('2026-11-20'))).toMatchObject({ ok: false, reason: expect.stringMatching(/"Kept" and "kept"/) });
    expect(log(text, 'keep', '2026-11-20')).toMatchObject({ ok: false, why: 'not-a-promise' });
  });
});

describe('days that cannot count (fault 8)', () => {
  it('refuses a day after today', () => {
    expect(log(note(['kept: []']), 'keep', '2031-01-01')).toMatchObject({ ok: false, why: 'future', reason: expect.stringContaining('has not come yet') });
  });

  it('refuses a day before the start and says how to move `start`', () => {
    const r = log(note(['start: 2026-11-10', 'kept: []']), 'keep', '2026-11-05');
    expect(r).toMatchObject({ ok: false, why: 'before-start' });
    if (!r.ok) expect(r.reason).toMatch(/change "start:" in the note to 2026-11-05 or earlier/);
  });
});

describe('property: after a log the note parses, the day counts as intended, and only the list lines changed', () => {
  const item = fc.constantFrom('2026-11-01', '2026-11-02', '"2026-11-03"', "'2026-11-04'", '2026-11-05T08:00:00+02:00', '2026-02-30', 'not a day');
  const comment = fc.constantFrom('', '  # note', ' #x');
  const eol = fc.constantFrom('\n', '\r\n');
  const style = fc.constantFrom('block', 'flow', 'flow-trailing', 'scalar', 'empty', 'null', 'absent', 'capital');
  const other = fc.string({ maxLength: 20 }).map((s) => JSON.stringify(s));

  it('holds for generated notes', () => {
    fc.assert(
      fc.property(style, fc.array(item, { maxLength: 4 }), comment, eol, other, fc.string({ maxLength: 80 }), fc.constantFrom<LogAction>('keep', 'keep-again', 'undo-keep'), (st, items, cmt, nl, why, body, action) => {
        const key = st === 'capital' ? 'Kept' : 'kept';
        let list: string[];
        if (st === 'absent') list = [];
        else if (st === 'empty') list = [`${key}:${cmt}`];
        else if (st === 'null') list = [`${key}: null${cmt}`];
        else if (st === 'scalar') list = [`${key}: ${items[0] ?? '2026-11-01'}${cmt}`];
        else if (st === 'flow' || st === 'flow-trailing') list = [`${key}: [${items.join(', ')}${st === 'flow-trailing' && items.length ? ', ' : ''}]${cmt}`];
        else list = [`${key}:${cmt}`, ...items.map((x) => `  - ${x}`)];
        const before = ['---', 'selftrust: small-promise', 'date: 2026-11-01', '# my words', `why: ${why}`, 'promise: Walk', ...list, 'status: active', '---'];
        const text = before.join(nl) + nl + body;
        const parsedBefore = parseNote(PATH, text).entry;
        const r = log(text, action, '2026-11-01');
        if (!r.ok) return; // a refusal writes nothing: the caller only writes r.text
        const parsed = parseNote(PATH, r.text);
        expect(parsed.entry?.kind).toBe('small-promise');
        if (parsed.entry?.kind !== 'small-promise' || parsedBefore?.kind !== 'small-promise') return;
        const n = (ds: string[]) => ds.filter((x) => x === '2026-11-01').length;
        const delta = !r.changed ? 0 : action === 'undo-keep' ? -1 : 1;
        expect(n(parsed.entry.kept)).toBe(n(parsedBefore.kept) + delta);
        expect({ ...parsed.entry, kept: [] }).toEqual({ ...parsedBefore, kept: [] });
        // Every line outside the list is byte for byte the same, in the same order.
        const strip = (t: string) => {
          const lines = t.split('\n');
          const start = lines.findIndex((l) => /^kept:/i.test(l));
          if (start < 0) return lines.filter((l) => !/^\s+- /.test(l)).join('\n');
          let end = start + 1;
          while (end < lines.length && /^\s+(- |\S)/.test(lines[end] ?? '')) end++;
          return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
        };
        expect(strip(r.text)).toBe(strip(text));
      }),
      { numRuns: 400 },
    );
  });
});
