/**
 * The session summary (issue 13, point 3): the demo vault's text for the last 4 weeks against a
 * checked-in expected file, and the rules behind it on small vaults.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { NoteIndex } from '../../../src/core/index/note-index';
import { parseNote } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS } from '../../../src/core/ports';
import { firstNoteDay, sessionSummary, summaryNotePath } from '../../../src/core/summary/session-summary';
import { defaultSummaryPeriod, readSummarySections, summaryPeriods } from '../../../src/core/summary/summary-options';
import { d, noteText, promiseNote } from '../stats/note-builders';

const TODAY = d('2026-11-26');
const DEMO = path.resolve(__dirname, '../../../examples/vault');
/** The demo vault's summary of the last 4 weeks on Thursday 26 November 2026, as `selftrust summary` writes it. */
const DEMO_SUMMARY = path.resolve(__dirname, '../../fixtures/summary/Session summary 2026-11-02 to 2026-11-26.md');

function demoIndex(): NoteIndex {
  const index = new NoteIndex();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === '.obsidian') continue;
      if (statSync(full).isDirectory()) walk(full);
      else index.upsert(path.relative(DEMO, full).split(path.sep).join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(DEMO);
  return index;
}

function indexOf(files: Record<string, string>): NoteIndex {
  const index = new NoteIndex();
  for (const [p, text] of Object.entries(files)) index.upsert(p, text);
  return index;
}

const summaryOf = (files: Record<string, string>, from: string, to: string, sections?: Parameters<typeof sessionSummary>[2]['sections']): string =>
  sessionSummary(indexOf(files).notes(), DEFAULT_SETTINGS, { from: d(from), to: d(to), today: TODAY, sections });

describe('the demo vault', () => {
  it("reads as the checked-in summary of the last 4 weeks (test/fixtures/summary)", () => {
    const { from, to } = defaultSummaryPeriod(TODAY, 'monday');
    expect([from, to]).toEqual(['2026-11-02', '2026-11-26']);
    const text = sessionSummary(demoIndex().notes(), DEFAULT_SETTINGS, { from, to, today: TODAY });
    if (process.env['UPDATE_EXPECTED'] === '1') writeFileSync(DEMO_SUMMARY, text);
    expect(text).toBe(readFileSync(DEMO_SUMMARY, 'utf8'));
  });

  it('is plain markdown that is never read as a note of ours', () => {
    const text = readFileSync(DEMO_SUMMARY, 'utf8');
    const parsed = parseNote('Self-trust/Session summary 2026-11-02 to 2026-11-26.md', text);
    expect(parsed).toMatchObject({ entry: null, problems: [] });
    expect(text.startsWith('# ')).toBe(true);
    expect(text).not.toMatch(/<[a-z]/i); // no HTML
  });

  it('starts its "since the start" from the first note', () => {
    expect(firstNoteDay(demoIndex().notes(), DEFAULT_SETTINGS)).toBe('2026-08-24');
  });
});

describe('sections and period', () => {
  const files = {
    'st/walk.md': promiseNote({ date: '2026-11-01', kept: ['2026-11-02', '2026-11-03'] }),
    'st/j.md': noteText('selftrust: emotional-journal\ndate: 2026-11-03\nemotions:\n  - calm 3/10'),
  };

  it('holds only the sections chosen, in the note order', () => {
    const text = summaryOf(files, '2026-11-02', '2026-11-08', ['feelings', 'promises']);
    expect(text.match(/^## .*/gm)).toEqual(['## Promises', '## Feelings']);
    expect(text).toContain('It holds only what I chose to bring: promises, feelings.');
  });

  it('says kindly when a section has nothing in the period', () => {
    const text = summaryOf(files, '2026-09-01', '2026-09-30');
    expect(text).toContain('No promises in this period.');
    expect(text).toContain('No feelings named in this period.');
    expect(text).toContain('No value map yet.');
    expect(text).toContain('No self-trust check-in yet.');
    expect(text).toContain('No weekly reflections in this period.');
  });

  it('counts nothing after today, even when the period runs on', () => {
    const text = summaryOf(files, '2026-11-23', '2026-12-20', ['promises']);
    expect(text).toContain('| 23–29 Nov | 0 of 3 so far |');
    expect(text).not.toContain('30 Nov');
  });
});

describe('promises', () => {
  it("shows each week, the words on days not kept, and never a rest week as '0 of 0'", () => {
    const walk = [
      '---',
      'selftrust: small-promise',
      'date: 2026-11-02',
      'promise: "Walk | after lunch"',
      'times: 1',
      'per: day',
      'kept: [2026-11-02, 2026-11-03, 2026-11-05]',
      'skipped:',
      '  - 2026-11-09 dentist',
      '  - 2026-11-10',
      '  - 2026-11-11',
      '  - 2026-11-12',
      '  - 2026-11-13',
      '  - 2026-11-14',
      '  - 2026-11-15',
      'missed:',
      '  - 2026-11-04 too tired after the late shift',
      'status: active',
      '---',
      '',
    ].join('\n');
    const text = summaryOf({ 'st/walk.md': walk }, '2026-11-02', '2026-11-15', ['promises']);
    expect(text).toContain('- **Walk | after lunch** (every day, since 2 Nov 2026): kept 3 of the 7 asked; 0 of 1 whole week in full.');
    expect(text).toContain('| Week | Walk \\| after lunch |');
    expect(text).toContain('| 2–8 Nov | 3 of 7 |');
    expect(text).toContain('| 9–15 Nov | – |');
    expect(text).toContain('- Wed 4 Nov, Walk | after lunch: too tired after the late shift');
    // A rest day's words are not something in the way.
    expect(text).not.toContain('dentist');
  });
});

describe('values and the 7 elements', () => {
  const files = {
    'a.md': noteText('selftrust: value-mapping\ndate: 2026-10-01\nvalues:\n  - Family 3/10\n  - Health 6/10\n  - Rest 5/10'),
    'b.md': noteText('selftrust: value-mapping\ndate: 2026-11-10\nvalues:\n  - Family 4/10\n  - Health 6/10\n  - Rest\n  - Play 7/10'),
    'c.md': noteText('selftrust: self-trust-check-in\ndate: 2026-10-20\nconfidence: 2\nreliability: 3\nresilience: 3\nintuition: 2\nlimits: 2\nalignment: 3\naccountability: 3'),
    'd.md': noteText('selftrust: self-trust-check-in\ndate: 2026-11-12\nconfidence: 3\nreliability: 3\nresilience:\nintuition: 3\nlimits: 2\nalignment: 4\naccountability: 4'),
  };

  it('compares the newest value map with the last one before the period', () => {
    const text = summaryOf(files, '2026-11-02', '2026-11-26', ['values']);
    expect(text).toContain('From my value map of 10 Nov 2026, beside the one of 1 Oct 2026.');
    expect(text).toContain('| 1 | Family | 3 | 4 | +1 |');
    expect(text).toContain('| 2 | Health | 6 | 6 | same |');
    expect(text).toContain('| 3 | Rest | 5 | – | – |');
    expect(text).toContain('| 4 | Play | – | 7 | – |');
    expect(text).toContain('Ranked high and lived little just now: Family.');
  });

  it('puts the last check-in before the period beside those in it', () => {
    const text = summaryOf(files, '2026-11-02', '2026-11-26', ['check-ins']);
    expect(text).toContain('| Element | Tue 20 Oct (before) | Thu 12 Nov |');
    expect(text).toContain('| Emotional resilience | 3 | – |');
    expect(text).toContain('| Accountability | 3 | 4 |');
  });
});

describe('the summary note', () => {
  it('goes in the notes folder and never over another note', () => {
    const from = d('2026-11-02');
    const to = d('2026-11-26');
    expect(summaryNotePath(DEFAULT_SETTINGS, from, to)).toBe('Self-trust/Session summary 2026-11-02 to 2026-11-26.md');
    const taken = new Set(['Self-trust/Session summary 2026-11-02 to 2026-11-26.md']);
    expect(summaryNotePath(DEFAULT_SETTINGS, from, to, (p) => taken.has(p))).toBe('Self-trust/Session summary 2026-11-02 to 2026-11-26 2.md');
    expect(summaryNotePath({ notesFolder: '' }, from, to)).toBe('Session summary 2026-11-02 to 2026-11-26.md');
  });
});

describe('choosing', () => {
  it('reads sections as people type them', () => {
    expect(readSummarySections(['Feelings, promises', 'checkins'])).toEqual({ sections: ['promises', 'feelings', 'check-ins'], unknown: [] });
    expect(readSummarySections(['promises,diary'])).toEqual({ sections: ['promises'], unknown: ['diary'] });
  });

  it('offers periods of whole weeks, the months and since the first note', () => {
    expect(summaryPeriods(TODAY, 'monday', d('2026-08-24')).map((p) => [p.id, p.from, p.to])).toEqual([
      ['last-2-weeks', '2026-11-16', '2026-11-26'],
      ['last-4-weeks', '2026-11-02', '2026-11-26'],
      ['last-3-months', '2026-08-31', '2026-11-26'],
      ['this-month', '2026-11-01', '2026-11-26'],
      ['last-month', '2026-10-01', '2026-10-31'],
      ['since-start', '2026-08-24', '2026-11-26'],
    ]);
    expect(summaryPeriods(d('2026-01-05'), 'sunday', null).find((p) => p.id === 'last-month')).toMatchObject({ from: '2025-12-01', to: '2025-12-31' });
  });
});
