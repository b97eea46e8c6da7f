import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_FIELDS, EXERCISE_FIELDS, OPTIONAL_FIELDS } from '../../../src/core/catalog/fields';
import { parseNote } from '../../../src/core/parse/parse-note';

/*
 * docs/schema.md's small-promise section: the optional fields (aim, slipped, missed) are documented
 * and each of their example notes (```md, so the page's every-field examples stay exactly the
 * template's fields) reads back with no problem, holding only fields of the schema.
 */
const doc = readFileSync(new URL('../../../docs/schema.md', import.meta.url), 'utf8');
const start = doc.indexOf('## Small promise (`small-promise`)');
const section = doc.slice(start, doc.indexOf('\n## Value mapping', start));

describe('docs/schema.md: words on days and "I won\'t…" promises', () => {
  it('documents every optional field of a small promise', () => {
    for (const f of OPTIONAL_FIELDS['small-promise']) expect(section, f.key).toContain(`| \`${f.key}\` |`);
    expect(section).toContain('### A word on the day');
    expect(section).toContain('### "I won\'t…" promises (at most)');
    expect(section).toMatch(/A missed day with a reason is still a missed day/);
    expect(section).toMatch(/A slip is information, not a verdict/);
  });

  const examples = [...section.matchAll(/```md\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

  it('gives an example note for words on days, for at most a day and at most a week', () => {
    expect(examples.length).toBe(3);
    expect(examples.some((e) => /\nmissed:\n {2}- 2026-\d\d-\d\d \w/.test(e))).toBe(true);
    expect(examples.filter((e) => /\naim: at-most\n/.test(e)).map((e) => /\nper: (\w+)/.exec(e)?.[1])).toEqual(['day', 'week']);
  });

  for (const [i, example] of examples.entries()) {
    it(`example ${i + 1} reads back with no problem and only schema fields`, () => {
      const parsed = parseNote(`Self-trust/example-${i}.md`, example);
      expect(parsed.problems).toEqual([]);
      expect(parsed.entry?.kind).toBe('small-promise');
      const keys = [...example.slice(4, example.indexOf('\n---', 4)).matchAll(/^([a-z_]+):/gm)].map((m) => m[1]);
      const known = new Set([...COMMON_FIELDS, ...EXERCISE_FIELDS['small-promise'], ...OPTIONAL_FIELDS['small-promise']].map((f) => f.key));
      for (const key of keys) expect(known.has(key ?? ''), key).toBe(true);
      for (const f of [...COMMON_FIELDS, ...EXERCISE_FIELDS['small-promise']]) expect(keys, f.key).toContain(f.key);
    });
  }
});
