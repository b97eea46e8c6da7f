import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseNote } from '../../../src/core/parse/parse-note';

/**
 * Run under TZ=UTC, TZ=America/Los_Angeles (UTC-8: a UTC midnight is the previous evening) and
 * TZ=Pacific/Kiritimati (UTC+14: 23:30 UTC is already the next day). The day a note names must be
 * the day written, whatever zone the machine is in.
 */
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const note = `---
selftrust: small-promise
date: 2026-11-26
promise: Walk
kept:
  - 2026-11-01
  - 2026-12-31
  - 2026-11-25T23:30:00
start: 2026-01-01
---
`;

describe(`days as written, in ${zone}`, () => {
  it('parseNote keeps unquoted YAML dates on the day written', () => {
    const entry = parseNote('walk.md', note).entry;
    expect(entry).toMatchObject({ date: '2026-11-26', start: '2026-01-01', kept: ['2026-11-01', '2026-11-25', '2026-12-31'] });
  });

  it('parseFrontmatter reads the Dates js-yaml makes by their UTC day', () => {
    const data = matter(note, {}).data as Record<string, unknown>;
    // js-yaml made real Dates at UTC midnight (and 23:30 UTC); a local reading would shift them in this zone.
    expect(data.date).toBeInstanceOf(Date);
    const entry = parseFrontmatter('walk.md', data).entry;
    expect(entry).toMatchObject({ date: '2026-11-26', start: '2026-01-01', kept: ['2026-11-01', '2026-11-25', '2026-12-31'] });
  });

  it('a time after the date never moves the day', () => {
    const late = parseNote('x.md', '---\nselftrust: mindfulness\ndate: 2026-11-26T23:30\n---\n').entry;
    const early = parseNote('x.md', '---\nselftrust: mindfulness\ndate: 2026-11-26 00:15:00 +14:00\n---\n').entry;
    expect(late?.date).toBe('2026-11-26');
    expect(early?.date).toBe('2026-11-26');
  });

  it('the year boundary stays put', () => {
    const entry = parseNote('x.md', '---\nselftrust: mindfulness\ndate: 2027-01-01\n---\n').entry;
    expect(entry?.date).toBe('2027-01-01');
    const fromDate = parseFrontmatter('x.md', { selftrust: 'mindfulness', date: new Date(Date.UTC(2026, 11, 31)) }).entry;
    expect(fromDate?.date).toBe('2026-12-31');
  });
});
