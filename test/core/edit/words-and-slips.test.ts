import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/core/day';
import { addDayToList, cleanWords, removeDayFromList, setWordsOnDay } from '../../../src/core/edit/frontmatter-list';
import { logPromiseDay, type PromiseLogAction } from '../../../src/core/edit/log-promise';
import type { PromiseEntry } from '../../../src/core/entry';
import { parseNote } from '../../../src/core/parse/parse-note';

const d = (s: string) => s as Day;
const TODAY = d('2026-11-20');
const PATH = 'Self-trust/Walk.md';

function note(lines: string[], body = 'Why: to feel at home in my body.\n'): string {
  return ['---', 'selftrust: small-promise', 'date: 2026-11-01', 'promise: Walk', ...lines, '---', body].join('\n');
}

function entry(text: string): PromiseEntry {
  const parsed = parseNote(PATH, text);
  expect(parsed.problems).toEqual([]);
  if (parsed.entry?.kind !== 'small-promise') throw new Error('not a promise');
  return parsed.entry;
}

function log(text: string, action: PromiseLogAction, day: string, words?: string) {
  return logPromiseDay(PATH, text, action, d(day), TODAY, { words });
}

function textOf(outcome: ReturnType<typeof log>): string {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.text;
}

describe('a word on the day: the edit', () => {
  it('appends "- <day> <words>" to a block list and reads back the day and the words', () => {
    const after = textOf(log(note(['kept:', '  - 2026-11-18']), 'keep', '2026-11-19', 'walked with Sam'));
    expect(after).toContain('kept:\n  - 2026-11-18\n  - 2026-11-19 walked with Sam\n');
    const e = entry(after);
    expect(e.kept).toEqual(['2026-11-18', '2026-11-19']);
    expect(e.words).toEqual([{ day: '2026-11-19', list: 'kept', words: 'walked with Sam' }]);
  });

  it('quotes words YAML would read otherwise (a colon, a hash, quotes), and they read back exactly', () => {
    for (const words of ['walked: 3 km', 'with Sam #rest', '"quoted" and \'single\'', 'a, b [c] {d}', 'ends with colon:', 'tab\there', '*star &amp !bang %pc @at']) {
      for (const list of [['kept:', '  - 2026-11-18'], ['kept: [2026-11-18]'], ['kept: 2026-11-18'], ['kept:'], []]) {
        const out = log(note(list), 'keep', '2026-11-19', words);
        expect(out.ok, `${words} in ${list.join(' ')}`).toBe(true);
        const e = entry(textOf(out));
        expect(e.words?.find((w) => w.day === '2026-11-19')?.words).toBe(cleanWords(words));
      }
    }
  });

  it('gives words to a day already kept instead of listing it twice, and replaces them on a second note', () => {
    const once = textOf(log(note(['kept:', '  - 2026-11-19']), 'keep', '2026-11-19', 'slow walk'));
    expect(once).toContain('  - 2026-11-19 slow walk\n');
    expect(entry(once).kept).toEqual(['2026-11-19']);
    const twice = textOf(log(once, 'keep', '2026-11-19', 'walked with Sam'));
    expect(twice).toContain('  - 2026-11-19 walked with Sam\n');
    const same = log(twice, 'keep', '2026-11-19', 'walked with Sam');
    expect(same.ok && same.changed).toBe(false);
  });

  it('undo takes out the day with its words, and nothing else', () => {
    const text = note(['kept:', '  - 2026-11-18 rain', '  - 2026-11-19 walked with Sam  # a comment', 'skipped: []']);
    const after = textOf(log(text, 'undo-keep', '2026-11-19'));
    expect(after).toBe(note(['kept:', '  - 2026-11-18 rain', 'skipped: []']));
  });

  it('a rest day carries its reason', () => {
    const after = textOf(log(note(['skipped: []']), 'rest', '2026-11-18', 'dentist'));
    expect(after).toContain('skipped: [2026-11-18 dentist]');
    expect(entry(after).words).toEqual([{ day: '2026-11-18', list: 'skipped', words: 'dentist' }]);
  });

  it('a missed day gets its own list, needs words, and is refused for a day kept in full', () => {
    const after = textOf(log(note(['kept: []']), 'missed', '2026-11-17', 'too tired after the late shift'));
    expect(after).toContain('missed:\n  - 2026-11-17 too tired after the late shift\n---');
    const e = entry(after);
    expect(e.missed).toEqual(['2026-11-17']);
    expect(e.kept).toEqual([]);
    const noWords = log(note([]), 'missed', '2026-11-17');
    expect(noWords).toMatchObject({ ok: false, why: 'no-words' });
    const kept = log(note(['kept: [2026-11-17]']), 'missed', '2026-11-17', 'rain');
    expect(kept).toMatchObject({ ok: false, why: 'kept' });
    expect(textOf(log(after, 'undo-missed', '2026-11-17'))).toContain('missed: []');
  });

  it('keeps every other byte: comments, quotes, CRLF line ends and the body', () => {
    const text = note(['# my walks', 'kept:   # every day', '  - "2026-11-18"', 'times: 1 # once'], 'Body\r\n').replace(/\n/g, '\r\n');
    const after = textOf(log(text, 'keep', '2026-11-19', 'windy'));
    expect(after).toBe(text.replace('  - "2026-11-18"\r\n', '  - "2026-11-18"\r\n  - "2026-11-19 windy"\r\n'));
  });

  it('reads back whatever words were written, on any list shape (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('kept: []', 'kept:', 'kept: [2026-11-02, ]', "kept:\n  - '2026-11-02'", 'kept: 2026-11-02'), (words, list) => {
        const out = log(note([list]), 'keep-again', '2026-11-19', words);
        if (!out.ok) return; // a refusal is allowed; a wrong write is not
        const e = parseNote(PATH, out.text).entry as PromiseEntry;
        const clean = cleanWords(words);
        expect(e.kept).toContain('2026-11-19');
        expect(e.words?.find((w) => w.day === '2026-11-19')?.words ?? null).toBe(clean);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the list edit with words, directly', () => {
  it('sets words on the last listing of a day, and leaves a day not listed alone', () => {
    const text = note(['kept: [2026-11-18, 2026-11-18]']);
    const set = setWordsOnDay(text, 'kept', d('2026-11-18'), 'twice today');
    expect(set).toMatchObject({ ok: true, changed: true, count: 2 });
    if (set.ok) expect(set.text).toContain('kept: [2026-11-18, 2026-11-18 twice today]');
    expect(setWordsOnDay(text, 'kept', d('2026-11-19'), 'x')).toMatchObject({ ok: true, changed: false, count: 0 });
  });

  it('refuses an anchored list with words as without', () => {
    const text = note(['kept: &k [2026-11-18]', 'skipped: *k']);
    expect(addDayToList(text, 'kept', d('2026-11-19'), { words: 'x' }).ok).toBe(false);
    expect(removeDayFromList(text, 'kept', d('2026-11-18')).ok).toBe(false);
  });

  it('cleans words: one line, no leading separator, at most 200 characters', () => {
    expect(cleanWords('  - walked\nwith   Sam ')).toBe('walked with Sam');
    expect(cleanWords(': ')).toBeNull();
    expect(cleanWords('word '.repeat(100))!.length).toBeLessThanOrEqual(200);
  });
});

describe('"I won\'t…" promises: slips', () => {
  const atMost = (lines: string[]) => note(['aim: at-most', 'times: 2', ...lines]);

  it('each slip is one more listing, with its words; undo takes the last back', () => {
    let text = atMost(['slipped: []']);
    text = textOf(log(text, 'slip', '2026-11-19', 'third coffee'));
    const again = log(text, 'slip', '2026-11-19');
    expect(again).toMatchObject({ ok: true, changed: true, count: 2, target: 2 });
    text = textOf(again);
    expect(entry(text).slipped).toEqual(['2026-11-19', '2026-11-19']);
    text = textOf(log(text, 'undo-slip', '2026-11-19'));
    expect(text).toContain('slipped: [2026-11-19 third coffee]');
  });

  it('a slip on a promise to do something, and a keep on an "I won\'t…" one, are refused kindly', () => {
    expect(log(note([]), 'slip', '2026-11-19')).toMatchObject({ ok: false, why: 'aim' });
    const keep = log(atMost([]), 'keep', '2026-11-19');
    expect(keep).toMatchObject({ ok: false, why: 'aim' });
    if (!keep.ok) expect(keep.reason).toMatch(/information, not a verdict/);
  });

  it('a slip in the future or before start is refused as a keep is', () => {
    expect(log(atMost([]), 'slip', '2026-11-21')).toMatchObject({ ok: false, why: 'future' });
    expect(log(atMost([]), 'slip', '2026-10-01')).toMatchObject({ ok: false, why: 'before-start' });
  });
});
