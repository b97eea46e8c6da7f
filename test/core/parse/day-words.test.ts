import { describe, expect, it } from 'vitest';
import { dayOf, loggedDayOf } from '../../../src/core/parse/field-readers';
import { parseNote } from '../../../src/core/parse/parse-note';

describe('loggedDayOf: a listed day and its words, read with the one day reading', () => {
  it.each([
    ['2026-11-20', '2026-11-20', null],
    ['2026-11-20 walked with Sam', '2026-11-20', 'walked with Sam'],
    ['2026-11-20: dentist', '2026-11-20', 'dentist'],
    ['2026-11-20 - too tired', '2026-11-20', 'too tired'],
    ['2026-11-20 — short one', '2026-11-20', 'short one'],
    ['2026-11-20, rain', '2026-11-20', 'rain'],
    ['2026-11-20T13:05 windy', '2026-11-20', 'windy'],
    ['2026-11-16T20:00:00-05:00', '2026-11-16', null],
    ['2026-11-26 00:15:00 +14:00 late walk', '2026-11-26', 'late walk'],
    ['2026-11-20 10:00 Zumba class', '2026-11-20', 'Zumba class'],
    ['2026-11-20 10:00Z', '2026-11-20', null],
    ['2026-1-5   two   spaces\n and a line', '2026-01-05', 'two spaces and a line'],
    ['2026-11-20 -', '2026-11-20', null],
  ])('%j is %s with %j', (text, day, words) => {
    expect(loggedDayOf(text)).toEqual({ day, words });
  });

  it('refuses what is glued to the day, an impossible day, and text that is not a day', () => {
    expect(loggedDayOf('2026-11-205')).toEqual({ reason: 'unreadable' });
    expect(loggedDayOf('2026-11-20walked')).toEqual({ reason: 'unreadable' });
    expect(loggedDayOf('2026-02-30 walked')).toEqual({ reason: 'impossible' });
    expect(loggedDayOf('walked 2026-11-20')).toEqual({ reason: 'unreadable' });
  });

  it('reads a list item YAML made a one-key map (`- 2026-11-20: walked`) as the day and its words', () => {
    expect(loggedDayOf({ '2026-11-20': 'walked with Sam' })).toEqual({ day: '2026-11-20', words: 'walked with Sam' });
    expect(loggedDayOf({ '2026-11-20': null })).toEqual({ day: '2026-11-20', words: null });
    expect(loggedDayOf({ a: 1, b: 2 })).toEqual({ reason: 'unreadable' });
  });

  it('leaves dayOf (date, start) as strict as it was: words after a day are not a day', () => {
    expect(dayOf('2026-11-20 walked')).toEqual({ reason: 'unreadable' });
    expect(dayOf({ '2026-11-20': 'x' })).toEqual({ reason: 'unreadable' });
    expect(dayOf('2026-11-16T20:00:00-05:00')).toEqual({ day: '2026-11-16' });
  });
});

describe('a promise note with words on its days', () => {
  it('reads the map form in a list, and a one-line list whose words hold commas', () => {
    const text = [
      '---',
      'selftrust: small-promise',
      'date: 2026-11-16',
      'promise: Walk',
      'kept:',
      '  - 2026-11-17: walked with Sam',
      '  - 2026-11-18 walked: 3 km',
      'skipped: "2026-11-19 dentist, then rest, 2026-11-20"',
      '---',
      '',
    ].join('\n');
    const parsed = parseNote('walk.md', text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entry).toMatchObject({
      kept: ['2026-11-17', '2026-11-18'],
      skipped: ['2026-11-19', '2026-11-20'],
      words: [
        { day: '2026-11-17', list: 'kept', words: 'walked with Sam' },
        { day: '2026-11-18', list: 'kept', words: 'walked: 3 km' },
        { day: '2026-11-19', list: 'skipped', words: 'dentist, then rest' },
      ],
    });
  });

  it('keeps the note order of one day\'s listings (two keeps, two words)', () => {
    const text = ['---', 'selftrust: small-promise', 'date: 2026-11-16', 'promise: Walk', 'times: 2', 'kept: [2026-11-18 evening, 2026-11-17, 2026-11-18 morning]', '---', ''].join('\n');
    const entry = parseNote('walk.md', text).entry;
    expect(entry).toMatchObject({
      kept: ['2026-11-17', '2026-11-18', '2026-11-18'],
      words: [
        { day: '2026-11-18', list: 'kept', words: 'evening' },
        { day: '2026-11-18', list: 'kept', words: 'morning' },
      ],
    });
  });
});
