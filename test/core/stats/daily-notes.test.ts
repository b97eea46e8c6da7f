import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { PromiseCard } from '../../../src/core/dashboard/model';
import type { Day } from '../../../src/core/day';
import type { PromiseEntry } from '../../../src/core/entry';
import { NoteIndex } from '../../../src/core/index/note-index';
import { checkedTasks, dayFromDailyName, holdsCheckedBox, readDailyNote } from '../../../src/core/parse/daily-note';
import { parseNote } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS } from '../../../src/core/ports';
import { dailyNoteDays, promiseForLink, withDailyNotes } from '../../../src/core/stats/daily-note-days';

/* Issue 12, point 4: check-ins from daily notes. */

const TODAY = '2026-11-26' as Day;

describe('which notes are daily notes', () => {
  it.each([
    ['2026-11-20.md', 'YYYY-MM-DD', '2026-11-20'],
    ['Journal/2026-11-20.md', 'YYYY-MM-DD', '2026-11-20'],
    ['Journal/2026/11/2026-11-20.md', 'YYYY/MM/YYYY-MM-DD', '2026-11-20'],
    ['20 November 2026.md', 'D MMMM YYYY', '2026-11-20'],
    ['Fri, Nov 20th 2026.md', 'ddd, MMM Do YYYY', '2026-11-20'],
    ['Daily 20.11.26.md', '[Daily] DD.MM.YY', '2026-11-20'],
    ['2026-11-20 Emotional journal.md', 'YYYY-MM-DD', null],
    ['2026-02-30.md', 'YYYY-MM-DD', null],
    ['Walk.md', 'YYYY-MM-DD', null],
    ['2026-11-20.md', 'gggg-[W]ww', null],
  ])('%s in %s is %s', (path, format, day) => {
    expect(dayFromDailyName(path, format)).toBe(day);
  });

  it('a note with a date property is a daily note too, whatever its name', () => {
    const note = readDailyNote('Journal/Friday.md', '---\ndate: 2026-11-20\n---\n- [x] walked [[Walk]]\n');
    expect(note).toEqual({ path: 'Journal/Friday.md', day: '2026-11-20', tasks: [{ line: 3, links: ['Walk'], rest: false }] });
    expect(readDailyNote('Journal/Friday.md', '- [x] walked [[Walk]]\n')).toBeNull();
  });
});

describe('the task lines of a daily note', () => {
  const text = [
    '---',
    'tags: [daily]',
    '- [x] not a task: frontmatter [[Walk]]',
    '---',
    '# Friday',
    '- [x] Walked after lunch [[Walk 15 minutes]]',
    '- [X] Swim [[Self-trust/Swim.md|the pool]] and [[Walk 15 minutes#How]]',
    '- [ ] Stretch [[Stretch]]',
    '- [-] Cook [[Cook at home]]',
    '- [>] Read [[Read]]',
    '  * [x] Rest today [[Walk 15 minutes]] #rest',
    '1. [x] [coffee](Self-trust/Coffee%20after%20four.md) #restaurant',
    '- [x] no link at all',
    '- [x] a web page [x](https://example.com)',
    '```',
    '- [x] in a code block [[Walk 15 minutes]]',
    '```',
    '- [x] ![[Walk 15 minutes]] an embed only',
  ].join('\n');

  it('reads checked tasks only, their links by file name, path and markdown link, and #rest', () => {
    expect(checkedTasks(text)).toEqual([
      { line: 5, links: ['Walk 15 minutes'], rest: false },
      { line: 6, links: ['Self-trust/Swim.md', 'Walk 15 minutes'], rest: false },
      { line: 10, links: ['Walk 15 minutes'], rest: true },
      { line: 11, links: ['Self-trust/Coffee after four'], rest: false },
    ]);
  });
});

const note = (path: string, lines: string[]): PromiseEntry => {
  const entry = parseNote(path, ['---', 'selftrust: small-promise', 'date: 2026-11-16', ...lines, '---', ''].join('\n')).entry;
  if (entry?.kind !== 'small-promise') throw new Error('not a promise');
  return entry;
};

describe('which promise a link names', () => {
  const walk = note('Self-trust/Walk 15 minutes.md', ['promise: Walk', 'aliases: [Walking, Daily walk]']);
  const swim = note('Self-trust/Swim.md', ['promise: Swim']);
  const swimToo = note('Archive/Swim.md', ['promise: Swim (old)']);
  const resolve = promiseForLink([walk, swim, swimToo]);

  it('by path, by file name when only one note has it, by alias; in any case and accents composed', () => {
    expect(resolve('Self-trust/Walk 15 minutes')?.path).toBe(walk.path);
    expect(resolve('walk 15 MINUTES')?.path).toBe(walk.path);
    expect(resolve('Daily walk')?.path).toBe(walk.path);
    expect(resolve('Self-trust/Swim.md')?.path).toBe(swim.path);
    expect(resolve('Swim')).toBeUndefined(); // two notes are named Swim: Obsidian would ask
    expect(resolve('Shopping')).toBeUndefined();
  });
});

describe('daily-note days in the statistics', () => {
  const promiseText = (lines: string[]) => ['---', 'selftrust: small-promise', 'date: 2026-11-16', ...lines, '---', ''].join('\n');
  const walkText = promiseText(['promise: Walk 15 minutes', 'kept: [2026-11-16, 2026-11-17]']);
  const phoneText = promiseText(['promise: Phone in bed', 'aim: at-most', 'times: 0', 'slipped: []']);
  const daily = (day: string, body: string) => readDailyNote(`Daily/${day}.md`, body)!;
  const dailies = [
    daily('2026-11-17', '- [x] walked [[Walk 15 minutes]]\n'), // also in the note: counted once
    daily('2026-11-18', '- [x] walked [[Walk 15 minutes]]\n- [x] phone in bed again [[Phone in bed]]\n'),
    daily('2026-11-19', '- [x] day off [[Walk 15 minutes]] #rest\n'),
    daily('2026-11-20', '- [x] walked [[Walk 15 minutes]]\n- [ ] walked twice? [[Walk 15 minutes]]\n- [-] cancelled [[Walk 15 minutes]]\n'),
  ];

  function cards(withDaily: boolean): Record<string, PromiseCard> {
    const index = new NoteIndex();
    index.upsert('Self-trust/Walk 15 minutes.md', walkText);
    index.upsert('Self-trust/Phone in bed.md', phoneText);
    const model = buildDashboard(withDaily ? withDailyNotes(index, dailies) : index, TODAY, DEFAULT_SETTINGS);
    return Object.fromEntries(model.promises.map((p) => [p.promise, p]));
  }

  it('counts a day once when the note and a daily note both have it, and says where each day came from', () => {
    const walk = cards(true)['Walk 15 minutes']!;
    const heat = (day: string) => walk.heatmap.find((h) => h.date === day);
    expect(heat('2026-11-16')).toEqual({ date: '2026-11-16', state: 'kept', count: 1 });
    expect(heat('2026-11-17')).toEqual({ date: '2026-11-17', state: 'kept', count: 1, from: ['Daily/2026-11-17.md'] });
    expect(heat('2026-11-18')).toMatchObject({ state: 'kept', count: 1, from: ['Daily/2026-11-18.md'] });
    expect(heat('2026-11-19')).toMatchObject({ state: 'rest', from: ['Daily/2026-11-19.md'] });
    expect(heat('2026-11-20')).toMatchObject({ state: 'kept', count: 1 });
    expect(walk.keptDays).toBe(4);
    expect(walk.bestStreak).toBe(4); // 16, 17, 18, (19 rest), 20
  });

  it('a checked task linking an "I won\'t…" promise is a slip', () => {
    const phone = cards(true)['Phone in bed']!;
    expect(phone.heatmap.find((h) => h.date === '2026-11-18')).toMatchObject({ state: 'missed', slips: 1, from: ['Daily/2026-11-18.md'] });
    expect(cards(false)['Phone in bed']!.heatmap.find((h) => h.date === '2026-11-18')?.state).toBe('kept');
  });

  it('leaves promises no daily note names as they are (the same entry object)', () => {
    const walk = note('Self-trust/Walk.md', ['promise: Walk']);
    expect(dailyNoteDays([], [walk]).size).toBe(0);
  });
});

describe('the byte check before a note is decoded for its tasks', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it('finds [x] and [X] anywhere, and nothing else', () => {
    expect(holdsCheckedBox(bytes('- [x] walked [[Walk]]'))).toBe(true);
    expect(holdsCheckedBox(bytes('ünïcode first\n  * [X] done'))).toBe(true);
    expect(holdsCheckedBox(bytes('- [ ] walk\n- [-] cook\n[x'))).toBe(false);
    expect(holdsCheckedBox(bytes(''))).toBe(false);
  });

  it('never says no of a note whose tasks would count (property)', () => {
    const line = fc.constantFrom('- [x] a [[Walk]]', '* [X] b [[P]]', '1. [x] [c](P.md)', '- [ ] d [[Walk]]', 'text [', '[x', '```', '- [>] e [[Walk]]', '');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        if (checkedTasks(text).length > 0) expect(holdsCheckedBox(bytes(text))).toBe(true);
      }),
    );
  });
});
