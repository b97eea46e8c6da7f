import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter, parseNote } from '../../../src/core/parse/parse-note';
import { fixtureNotes } from './fixture-notes';

/**
 * parseFrontmatter takes what a host already parsed (Obsidian's metadataCache) and must read a note
 * exactly as parseNote reads its text. A host only has frontmatter data when its parser succeeded
 * and the file is text, so these fixtures have no data to hand in:
 */
const NO_FRONTMATTER_DATA = new Set([
  'broken-yaml.md', // YAML error: the host has no data
  'duplicate-keys.md', // idem
  'not-a-map.md', // the data is a string, not a map: a host sees no properties
  'unclosed-frontmatter.md', // no frontmatter block at all for the host
  'js-frontmatter.md', // gray-matter would evaluate it; never feed it to a parser that runs code
  'utf16-note.md', // binary files: a host reads no frontmatter from them
  'image-saved-as-note.md',
  '2026-11-21 Mindfulness.md',
  'nul-in-body.md', // a host may read this frontmatter; parseNote refuses the damaged file as a whole
  '2026-11-20 Emotional journal.md', // empty: only parseNote sees the file at all
]);

/**
 * js-yaml's default turns an impossible `2026-02-30` into March 2nd and a timestamp with an offset
 * into another UTC day; data that went through it cannot say what the user wrote (parseNote can).
 */
const DATES_ALREADY_LOST = new Set(['promise-bad-dates.md', 'impossible-date.md', 'promise-timestamps.md']);

/** Frontmatter as Obsidian's metadataCache gives it: YAML 1.2 core types, timestamps left as strings. */
function obsidianLikeData(text: string): unknown {
  return matter(text, { engines: { yaml: (s: string) => yaml.safeLoad(s, { schema: yaml.CORE_SCHEMA }) as object } }).data;
}

/** gray-matter's default data, with its Dates handed on as they are or turned into `YYYY-MM-DD` strings. */
function grayMatterData(text: string, dates: 'as-dates' | 'as-strings'): unknown {
  const data = matter(text, {}).data;
  if (dates === 'as-dates') return data;
  return JSON.parse(JSON.stringify(data, (_key, value: unknown) => value), (_key, value: unknown) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(value) ? value.slice(0, 10) : value,
  );
}

describe('parseFrontmatter equals parseNote', () => {
  const fixtures = fixtureNotes().filter((f) => !NO_FRONTMATTER_DATA.has(f.name));

  for (const fixture of fixtures) {
    it(`for ${fixture.name}, from Obsidian-like data`, () => {
      expect(parseFrontmatter(fixture.name, obsidianLikeData(fixture.text))).toEqual(parseNote(fixture.name, fixture.text));
    });
  }

  for (const fixture of fixtures.filter((f) => !DATES_ALREADY_LOST.has(f.name))) {
    it(`for ${fixture.name}, from gray-matter data with dates turned to strings`, () => {
      const data = grayMatterData(fixture.text, 'as-strings');
      expect(parseFrontmatter(fixture.name, data)).toEqual(parseNote(fixture.name, fixture.text));
    });
    it(`for ${fixture.name}, from gray-matter data with Dates`, () => {
      const data = grayMatterData(fixture.text, 'as-dates');
      expect(parseFrontmatter(fixture.name, data)).toEqual(parseNote(fixture.name, fixture.text));
    });
  }

  it('gives nothing for a note without frontmatter or without selftrust', () => {
    expect(parseFrontmatter('a.md', undefined)).toEqual({ path: 'a.md', entry: null, problems: [] });
    expect(parseFrontmatter('a.md', null)).toEqual({ path: 'a.md', entry: null, problems: [] });
    expect(parseFrontmatter('a.md', { tags: ['x'] })).toEqual({ path: 'a.md', entry: null, problems: [] });
    expect(parseFrontmatter('a.md', ['selftrust'])).toEqual({ path: 'a.md', entry: null, problems: [] });
  });

  it('never throws on exotic host data', () => {
    const hostile = {
      selftrust: 'small-promise',
      date: '2026-11-26',
      get promise(): string {
        throw new Error('getter');
      },
    };
    const parsed = parseFrontmatter('odd.md', hostile);
    expect(parsed.entry).toBeNull();
    expect(parsed.problems).toEqual([{ path: 'odd.md', message: 'Something in this note could not be read, so it was not counted.' }]);
  });
});
