import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { EXERCISE_IDS } from '../../../src/core/entry';
import { getExercise } from '../../../src/core/catalog/exercises';
import { COMMON_FIELDS, EXERCISE_FIELDS } from '../../../src/core/catalog/fields';
import { utcDayOf, weekLabel, type Day } from '../../../src/core/day';

const doc = readFileSync(new URL('../../../docs/schema.md', import.meta.url), 'utf8');

/** The text of the `## <Title> (`id`)` section. */
function section(id: string): string {
  const title = getExercise(id)?.title ?? id;
  const start = doc.indexOf(`## ${title} (\`${id}\`)`);
  expect(start, `docs/schema.md has a section for ${id}`).toBeGreaterThanOrEqual(0);
  // The next section heading; `## T: ...` lines inside an example note are not headings of this page.
  const rest = doc.slice(start + 3);
  const next = rest.search(/\n## [^\n]*\(`[a-z-]+`\)\n|\n## Notes the dashboard/);
  return doc.slice(start, next < 0 ? undefined : start + 3 + next);
}

describe('docs/schema.md', () => {
  it('documents the common fields', () => {
    for (const f of COMMON_FIELDS) expect(doc).toContain(`| \`${f.key}\` |`);
  });

  for (const id of EXERCISE_IDS) {
    it(`documents every field of ${id} and gives an example note that reads back`, () => {
      const text = section(id);
      for (const f of EXERCISE_FIELDS[id]) expect(text, `${id}.${f.key}`).toContain(`| \`${f.key}\` |`);
      const examples = [...text.matchAll(/```markdown\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        const data = matter(example, {}).data as Record<string, unknown>;
        expect(data.selftrust).toBe(id);
        expect(data.schema).toBe(1);
        const date = utcDayOf(data.date as Date);
        expect(data.week).toBe(weekLabel(date as Day, 'monday'));
        expect(Object.keys(data).sort()).toEqual([...COMMON_FIELDS.map((f) => f.key), ...EXERCISE_FIELDS[id].map((f) => f.key)].sort());
      }
    });
  }

  it('pins the promise fields and says what counts for streaks', () => {
    const text = section('small-promise');
    for (const key of ['promise', 'times', 'per', 'kept', 'skipped', 'status']) expect(text).toContain(`| \`${key}\` |`);
    expect(text).toMatch(/Rest days.*neither break nor extend a streak/);
    expect(text).toMatch(/Today never breaks a streak/);
    expect(text).toMatch(/calendar weeks/);
  });
});
