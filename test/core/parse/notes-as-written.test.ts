/**
 * Notes as people really write them (issue 9, faults 1 and 2): YAML 1.1 habits and keys in another
 * case. Each note is either read the way its writer meant, or listed with the reason.
 */
import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import { NoteIndex } from '../../../src/core/index/note-index';
import { parseNote } from '../../../src/core/parse/parse-note';
import { parseFrontmatter } from '../../../src/core/parse/parse-note';
import { DEFAULT_SETTINGS } from '../../../src/core/ports';

const TODAY = '2026-11-26' as Day;

function model(notes: Record<string, string>) {
  const index = new NoteIndex();
  for (const [path, text] of Object.entries(notes)) index.upsert(path, text);
  return buildDashboard(index, TODAY, DEFAULT_SETTINGS);
}

const mindful = (minutes: string) => `---\nselftrust: mindfulness\ndate: 2026-11-20\nminutes: ${minutes}\n---\nBreathing.\n`;

describe('YAML 1.2 core rules, as the Properties panel shows them (fault 1)', () => {
  it('a time is not 750 minutes and 010 is ten: the vault shows 2 sessions and 10 minutes, and lists the time', () => {
    const m = model({ 'a.md': mindful('12:30'), 'b.md': mindful('010') });
    expect(m.practice.mindfulness).toEqual({ sessions: 2, minutes: 10 });
    expect(m.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'a.md: "minutes" should be a number of 0 or more, but it is "12:30", which reads as a time of day, not a number, so it was left out.',
    ]);
  });

  it('reads 10:00, "10:00" and 0:45 alike: each a time, listed, none counted as minutes', () => {
    for (const written of ['10:00', '"10:00"', '0:45']) {
      const parsed = parseNote('m.md', mindful(written));
      expect(parsed.entry).toMatchObject({ kind: 'mindfulness', minutes: null });
      expect(parsed.problems[0]?.message).toMatch(/reads as a time of day/);
    }
  });

  it('keeps yes/no and dates as the words written', () => {
    const parsed = parseNote('b.md', '---\nselftrust: boundary-log\ndate: 2026-11-20\nheld: yes\nboundary: "No calls after 9"\n---\n');
    expect(parsed.entry).toMatchObject({ held: true, date: '2026-11-20' });
  });
});

describe('field names in any case (fault 2)', () => {
  const promise = (lines: string[]) => ['---', 'selftrust: small-promise', ...lines, '---', ''].join('\n');

  it('reads Times, Per, Kept, Status and Date as times, per, kept, status and date', () => {
    const text = promise(['Date: 2026-11-01', 'Promise: Swim', 'Times: 2', 'Per: week', 'Kept: [2026-11-02, 2026-11-04]', 'Status: paused']);
    expect(parseNote('Swim.md', text)).toEqual({
      path: 'Swim.md',
      problems: [],
      entry: {
        kind: 'small-promise',
        path: 'Swim.md',
        date: '2026-11-01',
        promise: 'Swim',
        times: 2,
        per: 'week',
        kept: ['2026-11-02', '2026-11-04'],
        skipped: [],
        status: 'paused',
        start: '2026-11-01',
      },
    });
    const card = model({ 'Swim.md': text }).promises[0];
    expect(card).toMatchObject({ times: 2, per: 'week', status: 'paused', keptDays: 2 });
  });

  it('reads SelfTrust: and DATE: too, in the metadataCache path as in the file path', () => {
    const data = { SelfTrust: 'mistake-ledger', DATE: '2026-11-20', Mistake: 'Snapped at Sam', Lesson: 'Eat lunch' };
    const viaCache = parseFrontmatter('m.md', data);
    expect(viaCache.entry).toMatchObject({ kind: 'mistake-ledger', date: '2026-11-20', mistake: 'Snapped at Sam', lesson: 'Eat lunch' });
    const viaFile = parseNote('m.md', '---\nSelfTrust: mistake-ledger\nDATE: 2026-11-20\nMistake: Snapped at Sam\nLesson: Eat lunch\n---\n');
    expect(viaFile).toEqual(viaCache);
  });

  it('lists a note with two spellings of one key instead of guessing', () => {
    const parsed = parseNote('Walk.md', promise(['date: 2026-11-01', 'promise: Walk', 'Kept: [2026-11-02]', 'kept: [2026-11-03]']));
    expect(parsed.entry).toBeNull();
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'The field "kept" is written twice, as "Kept" and "kept", so this note was not counted. Field names are read in any case, so keep one of them (a sync or another tool can cause this).',
    ]);
  });
});

describe('a promise fresh from the template is a draft, not a problem (fault 9)', () => {
  it('has no problem and a draft marker', () => {
    const parsed = parseNote('2026-11-26 Small promise.md', '---\nselftrust: small-promise\nschema: 1\ndate: 2026-11-26\npromise: ""\ntimes: 1\nper: day\nkept: []\nskipped: []\nstatus: active\nstart:\n---\n');
    expect(parsed).toEqual({ path: '2026-11-26 Small promise.md', entry: null, problems: [], draft: { kind: 'small-promise' } });
  });
});

describe('found by trying it as a user (issue 8 and 9 verification)', () => {
  it('reads a Windows (CRLF) note whose last frontmatter line is a bracket list, by the library too', async () => {
    const { parseYamlFrontmatter } = await import('../../../src/core/parse/yaml-frontmatter');
    const crlf = '---\r\nselftrust: small-promise\r\ndate: 2026-11-01\r\npromise: Walk\r\nkept: [2026-11-02, 2026-11-03]\r\n---\r\nbody\r\n';
    expect(parseYamlFrontmatter(crlf)).toEqual({
      ok: true,
      data: { selftrust: 'small-promise', date: '2026-11-01', promise: 'Walk', kept: ['2026-11-02', '2026-11-03'] },
    });
    expect(parseNote('Walk.md', crlf).entry).toMatchObject({ kind: 'small-promise', kept: ['2026-11-02', '2026-11-03'] });
  });

  it('names an alias with no anchor for what it is, not as an alias bomb', () => {
    const parsed = parseNote('w.md', '---\nselftrust: small-promise\ndate: 2026-11-01\npromise: Walk\nkept: [*nothing]\n---\n');
    expect(parsed.problems.map((p) => p.message)).toEqual([
      'The frontmatter uses an alias (*nothing) that names no anchor (&name) before it, so this note was not counted. Write the value out instead.',
    ]);
  });

  it('prints no library warning for an unfilled template key such as {{date}}', async () => {
    const { parseYamlFrontmatter } = await import('../../../src/core/parse/yaml-frontmatter');
    const warnings: unknown[] = [];
    const listener = (w: unknown) => warnings.push(w);
    process.on('warning', listener);
    parseYamlFrontmatter('---\nselftrust: small-promise\ndate: {{date}}\n---\n');
    await new Promise((r) => setTimeout(r, 10));
    process.off('warning', listener);
    expect(warnings).toEqual([]);
  });
});
