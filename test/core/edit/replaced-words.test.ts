/**
 * Words given to a day already listed (a keep, a rest day, a missed day) go on that listing: the edit
 * says which words they replaced, changes nothing else, and can give them back (restoreDayWords).
 * No word the user wrote is lost without being told.
 */
import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/core/day';
import { setWordsOnDay } from '../../../src/core/edit/frontmatter-list';
import {
  logPromiseDay,
  restoreDayWords,
  restoredWordsSentence,
  rewordedSentence,
  todaysSlipOrMissedSentence,
  type LogOutcome,
  type PromiseLogAction,
} from '../../../src/core/edit/log-promise';

const d = (s: string) => s as Day;
const TODAY = d('2026-11-20');
const PATH = 'Self-trust/Walk.md';

/** A note with a comment, quotes, a CRLF-free body and a blank line: every byte but the words must stay. */
function note(lines: string[]): string {
  return ['---', 'selftrust: small-promise', 'date: 2026-11-01', 'promise: "Walk"   # after lunch', ...lines, '---', '', 'Why: to feel at home in my body.', ''].join('\n');
}

function ok(outcome: LogOutcome): Extract<LogOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
}

const log = (text: string, action: PromiseLogAction, day: string, words?: string) => ok(logPromiseDay(PATH, text, action, d(day), TODAY, { words }));

describe('words on a day already listed: the list edit', () => {
  it('reports the words it replaced, and none when the listing had none', () => {
    const text = note(['kept:', '  - 2026-11-16 first day', '  - 2026-11-17']);
    const replaced = setWordsOnDay(text, 'kept', d('2026-11-16'), 'replaced words');
    expect(replaced).toEqual({ ok: true, changed: true, count: 1, wordsBefore: 'first day', text: text.replace('2026-11-16 first day', '2026-11-16 replaced words') });
    const added = setWordsOnDay(text, 'kept', d('2026-11-17'), 'rain');
    expect(added).toMatchObject({ ok: true, changed: true, wordsBefore: null });
  });

  it('the same words again change nothing and report nothing replaced', () => {
    const text = note(['kept:', '  - 2026-11-16 first day']);
    expect(setWordsOnDay(text, 'kept', d('2026-11-16'), '  first   day ')).toEqual({ ok: true, changed: false, count: 1, text });
  });

  it('null takes the words off, and ifNow refuses when the listing says something else by now', () => {
    const text = note(['skipped: [2026-11-16 dentist]']);
    expect(setWordsOnDay(text, 'skipped', d('2026-11-16'), null)).toMatchObject({ ok: true, changed: true, wordsBefore: 'dentist', text: note(['skipped: [2026-11-16]']) });
    expect(setWordsOnDay(text, 'skipped', d('2026-11-16'), 'x', { ifNow: 'dentist' })).toMatchObject({ ok: true, changed: true });
    const refused = setWordsOnDay(text, 'skipped', d('2026-11-16'), 'x', { ifNow: 'flu' });
    expect(refused).toEqual({ ok: false, reason: 'The words on 2026-11-16 in "skipped" have changed since, so they were left as they are.' });
    expect(setWordsOnDay(text, 'skipped', d('2026-11-16'), '   ')).toEqual({ ok: false, reason: 'There were no words to write.' });
  });
});

describe('words on a day already listed: a log', () => {
  it('a keep: the outcome names the words replaced; the note changes only in those words, byte for byte', () => {
    const text = note(['times: 1', 'per: day', 'kept:', '  - 2026-11-16 first day', '  - 2026-11-17   # the rainy one', 'skipped: []']);
    const o = log(text, 'keep', '2026-11-16', 'replaced words');
    expect(o).toMatchObject({ changed: true, count: 1, words: 'replaced words', wordsBefore: 'first day', replaced: 'first day' });
    expect(o.text).toBe(note(['times: 1', 'per: day', 'kept:', '  - 2026-11-16 replaced words', '  - 2026-11-17   # the rainy one', 'skipped: []']));
    expect(rewordedSentence(o, 'keep', '"Walk"', 'on 2026-11-16')).toBe('Your words for "Walk" on 2026-11-16 now read "replaced words" (they were "first day").');
  });

  it('quoted words stay quoted and come back as they were', () => {
    const text = note(['kept:', '  - "2026-11-16 first day: rain"']);
    const o = log(text, 'keep', '2026-11-16', 'sun');
    expect(o.replaced).toBe('first day: rain');
    expect(o.text).toBe(note(['kept:', '  - "2026-11-16 sun"']));
    const back = ok(restoreDayWords(PATH, o.text, 'keep', d('2026-11-16'), 'first day: rain', 'sun'));
    expect(back).toMatchObject({ changed: true, words: 'first day: rain', wordsBefore: 'sun' });
    expect(back.text).toBe(text);
  });

  it('a rest day and a missed day name what they replaced; a missed day through the shared sentence too', () => {
    const rest = log(note(['skipped:', '  - 2026-11-18 dentist']), 'rest', '2026-11-18', 'flu');
    expect(rest).toMatchObject({ replaced: 'dentist', text: note(['skipped:', '  - 2026-11-18 flu']) });
    expect(rewordedSentence(rest, 'rest', '"Walk"', 'today', (t) => `“${t}”`)).toBe('Your words for "Walk" today now read “flu” (they were “dentist”).');

    const missed = log(note(['missed:', '  - 2026-11-19 too tired']), 'missed', '2026-11-19', 'late shift');
    expect(missed).toMatchObject({ replaced: 'too tired', text: note(['missed:', '  - 2026-11-19 late shift']) });
    expect(todaysSlipOrMissedSentence(missed, 'missed', '"Walk"', { day: d('2026-11-19'), today: TODAY })).toBe(
      'Your words for "Walk" yesterday now read "late shift" (they were "too tired").',
    );
  });

  it('words on a listing that had none: nothing replaced, and said as before', () => {
    const text = note(['kept: [2026-11-16]']);
    const o = log(text, 'keep', '2026-11-16', 'rain');
    expect(o).toMatchObject({ changed: true, wordsBefore: null, text: note(['kept: [2026-11-16 rain]']) });
    expect(o.replaced).toBeUndefined();
    expect(rewordedSentence(o, 'keep', '"Walk"', 'today')).toBe('Your words are on the keep of "Walk" today: rain.');
    const back = ok(restoreDayWords(PATH, o.text, 'keep', d('2026-11-16'), null, 'rain'));
    expect(back.text).toBe(text);
    expect(restoredWordsSentence(back, 'keep', '"Walk"', 'today')).toBe('Took your words off the keep of "Walk" today; the keep stays.');
  });

  it('the same words again: nothing changed, nothing replaced', () => {
    const text = note(['kept:', '  - 2026-11-16 first day']);
    const o = log(text, 'keep', '2026-11-16', 'first day');
    expect(o).toMatchObject({ changed: false, text, words: 'first day' });
    expect(o.wordsBefore).toBeUndefined();
    expect(rewordedSentence(o, 'keep', '"Walk"', 'today')).toBe('Your words for "Walk" today already read "first day"; nothing changed.');
  });

  it('a new listing (a keep on a day not kept, a second keep wanted, a slip) replaces nothing and is no rewording', () => {
    const first = log(note(['kept: []']), 'keep', '2026-11-16', 'rain');
    expect(first.wordsBefore).toBeUndefined();
    expect(rewordedSentence(first, 'keep', '"Walk"', 'today')).toBeUndefined();
    const twice = log(note(['times: 2', 'per: day', 'kept: [2026-11-16 first]']), 'keep', '2026-11-16', 'second');
    expect(twice).toMatchObject({ count: 2, text: note(['times: 2', 'per: day', 'kept: [2026-11-16 first, 2026-11-16 second]']) });
    expect(twice.wordsBefore).toBeUndefined();
  });

  it('restoring words refuses to overwrite words written since, and changes nothing when already back', () => {
    const text = note(['kept:', '  - 2026-11-16 rewritten by hand']);
    const refused = restoreDayWords(PATH, text, 'keep', d('2026-11-16'), 'first day', 'replaced words');
    expect(refused).toMatchObject({ ok: false, why: 'edit' });
    const same = ok(restoreDayWords(PATH, note(['kept:', '  - 2026-11-16 first day']), 'keep', d('2026-11-16'), 'first day', 'replaced words'));
    expect(same.changed).toBe(false);
    expect(restoredWordsSentence(same, 'keep', '"Walk"', 'today')).toBe('The keep of "Walk" today already reads as it did; nothing changed.');
  });
});
