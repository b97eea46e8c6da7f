import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { dayOf, utcDayOf, type Day, type WeekStart } from '../../../src/core/day';
import { EXERCISE_IDS, ELEMENT_IDS, type ExerciseId } from '../../../src/core/entry';
import { getExercise } from '../../../src/core/catalog/exercises';
import { EXERCISE_FIELDS } from '../../../src/core/catalog/fields';
import { DISCLAIMER, HELP_RESOURCES } from '../../../src/core/catalog/help';
import { bundledTemplate, renderExercise, renderTemplate } from '../../../src/core/templates/render';

/** Frontmatter as a host reads it; the options object keeps gray-matter's cache out of it. */
function frontmatterOf(note: string): Record<string, unknown> {
  return matter(note, {}).data as Record<string, unknown>;
}

/** gray-matter turns an unquoted date into a UTC-midnight Date: the calendar day is its UTC day. */
function dayValue(value: unknown): string {
  return value instanceof Date ? utcDayOf(value) : String(value);
}

const CASES: { date: Day; weekStart: WeekStart; week: string }[] = [
  { date: dayOf(2026, 11, 26), weekStart: 'monday', week: '2026-W48' },
  // Sunday: the last day of an ISO week, but the first of a Sunday week (labelled by the ISO week after it).
  { date: dayOf(2026, 11, 29), weekStart: 'monday', week: '2026-W48' },
  { date: dayOf(2026, 11, 29), weekStart: 'sunday', week: '2026-W49' },
  // Year ends: 2026 has 53 ISO weeks; 2027-01-01 still belongs to 2026-W53.
  { date: dayOf(2027, 1, 1), weekStart: 'monday', week: '2026-W53' },
  { date: dayOf(2024, 12, 30), weekStart: 'monday', week: '2025-W01' },
];

describe('every bundled template', () => {
  for (const id of EXERCISE_IDS) {
    describe(id, () => {
      for (const c of CASES) {
        it(`renders a note for ${c.date} (${c.weekStart} weeks) whose frontmatter reads back`, () => {
          const note = renderTemplate(bundledTemplate(id), { date: c.date, weekStart: c.weekStart });
          const data = frontmatterOf(note);
          expect(data.selftrust).toBe(id);
          expect(data.schema).toBe(1);
          expect(dayValue(data.date)).toBe(c.date);
          expect(data.week).toBe(c.week);
          expect(note).not.toMatch(/\{\{/);
          expect(note).toContain(`# ${getExercise(id)?.title}`);
        });
      }

      it('holds every field of the exercise, with an empty or default value of its type', () => {
        const data = frontmatterOf(renderTemplate(bundledTemplate(id), { date: dayOf(2026, 11, 26), weekStart: 'monday' }));
        for (const field of EXERCISE_FIELDS[id]) {
          expect(Object.keys(data), `${id}.${field.key}`).toContain(field.key);
          const value = data[field.key];
          if (field.type === 'list') expect(value).toEqual([]);
          else if (field.type === 'checkbox') expect(value).toBe(false);
          else if (field.type === 'choice') expect(field.choices).toContain(value);
          else if (field.type === 'number' && value !== null) expect(typeof value).toBe('number');
          else expect(value).toBeNull();
        }
        const ours = new Set(['selftrust', 'schema', 'date', 'week', ...EXERCISE_FIELDS[id].map((f) => f.key)]);
        expect(Object.keys(data).filter((k) => !ours.has(k))).toEqual([]);
      });
    });
  }
});

describe('template content', () => {
  const body = (id: ExerciseId) => bundledTemplate(id);

  it('small promise starts once a day, active, with empty logs', () => {
    const data = frontmatterOf(renderTemplate(body('small-promise'), { date: dayOf(2026, 11, 26), weekStart: 'monday' }));
    expect(data).toMatchObject({ times: 1, per: 'day', kept: [], skipped: [], status: 'active', promise: null, start: null });
  });

  it('value mapping offers common values and the rating form', () => {
    expect(body('value-mapping')).toMatch(/Common values: honesty, compassion/);
    expect(body('value-mapping')).toContain('`Honesty 8/10`');
  });

  it('emotional journal offers an emotion vocabulary', () => {
    for (const word of ['anxious', 'calm', 'grateful', 'overwhelmed', 'lonely']) expect(body('emotional-journal')).toContain(word);
  });

  it('self-trust check-in names the 7 elements by their keys and the common reasons for low self-trust', () => {
    for (const key of ELEMENT_IDS) expect(body('self-trust-check-in')).toContain(`\`${key}\``);
    expect(body('self-trust-check-in')).toMatch(/perfectionism, fear of failure/);
  });

  it('getting support says it is not therapy and shows where to find help', () => {
    expect(body('getting-support')).toContain(DISCLAIMER);
    for (const r of HELP_RESOURCES) expect(body('getting-support')).toContain(`**${r.name}**: ${r.detail}`);
  });

  it('the TRUST model walks T, R, U, S, T', () => {
    const headings = body('trust-model').match(/^## [TRUS]: \w+/gm);
    expect(headings).toEqual(['## T: Transparency', '## R: Relationship', '## U: Understanding', '## S: Shared', '## T: Testing']);
  });
});

describe('renderExercise with the user\'s own template', () => {
  const values = { date: dayOf(2026, 11, 26), weekStart: 'monday' as const };

  it('uses the override and fills it', () => {
    const override = '---\nselftrust: mindfulness\ndate: {{date}}\nmood: calm\n---\nSat for a while on {{date}} ({{week}}).\n';
    const note = renderExercise('mindfulness', { ...values, fields: { minutes: '12' } }, override);
    expect(note).toBe('---\nselftrust: mindfulness\ndate: 2026-11-26\nmood: calm\nminutes: 12\n---\nSat for a while on 2026-11-26 (2026-W48).\n');
  });

  it('adds selftrust and date when the user\'s template has no frontmatter', () => {
    const note = renderExercise('boundary-log', values, '# {{title}}\nWhat did I say no to?\n');
    expect(note).toBe('---\nselftrust: boundary-log\ndate: 2026-11-26\n---\n# Boundary log\nWhat did I say no to?\n');
  });

  it('keeps CRLF line endings of a template written on Windows', () => {
    const note = renderExercise('mindfulness', { ...values, fields: { minutes: '5' } }, '---\r\nselftrust: mindfulness\r\ndate: {{date}}\r\nminutes:\r\n---\r\nBreathe.\r\n');
    expect(note).toBe('---\r\nselftrust: mindfulness\r\ndate: 2026-11-26\r\nminutes: 5\r\n---\r\nBreathe.\r\n');
  });

  it('without an override, is the bundled template filled in', () => {
    expect(renderExercise('weekly-reflection', values)).toBe(renderTemplate(bundledTemplate('weekly-reflection'), values));
  });
});
