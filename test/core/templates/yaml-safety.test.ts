import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matter from 'gray-matter';
import { dayOf, isDay, utcDayOf } from '../../../src/core/day';
import { EXERCISE_IDS, type ExerciseId } from '../../../src/core/entry';
import { EXERCISE_FIELDS, type FieldType } from '../../../src/core/catalog/fields';
import { bundledTemplate, renderExercise, renderTemplate } from '../../../src/core/templates/render';
import { quoteYaml, yamlScalar } from '../../../src/core/templates/yaml-scalar';

const values = { date: dayOf(2026, 11, 26), weekStart: 'monday' as const };

function frontmatterOf(note: string): Record<string, unknown> {
  return matter(note, {}).data as Record<string, unknown>;
}

/** Text a user might type: anything at all, plus the characters and words YAML gives meaning to. */
const userText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(':', ': ', '#', ' #', '-', '- ', ' ', '\n', '\r\n', '"', "'", '\\', '\t', 'a', 'Z', '1', '0', '.',
      '[', ']', '{', '}', '*', '&', '!', '%', '@', '|', '>', '?', '`', ',', '🙂', 'é', '\u2028', '\u0085', '\uFEFF', '\u0000', '---'),
  }),
  fc.constantFrom('yes', 'No', 'null', 'NULL', '~', 'true', 'False', 'on', 'y', '012', '0x1F', '1e3', '.inf', '-.5', '-0', '-.0', '1_000',
    '2026-11-26', '2026-02-30', '2026-11-26T10:00:00Z', '- item', '[a, b]', '{a: 1}', '*anchor', '&anchor x', '!!int 3',
    '%YAML', '@home', '---', '...', '', ' ', 'a: b', 'a #b', 'Walk 15 min', "don't", 'Honesty 8/10'),
);

const allFields = EXERCISE_IDS.flatMap((id) => EXERCISE_FIELDS[id].map((f) => ({ id, key: f.key, type: f.type })));
const field = fc.constantFrom(...allFields);

/** What a field written from `text` must read back as. */
function expected(type: FieldType, text: string): unknown {
  const t = text.trim();
  switch (type) {
    case 'number':
      if (t === '') return null;
      // `-0` is written as 0: a count of minutes or a rating has no negative zero (+ 0 turns -0 into 0).
      return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) + 0 : text;
    case 'checkbox':
      if (t === '') return null;
      return /^(true|false)$/i.test(t) ? t.toLowerCase() === 'true' : text;
    case 'date':
      if (t === '') return null;
      return isDay(t) ? t : text;
    case 'list':
      return text === '' ? [] : [text];
    default:
      return text;
  }
}

function readBack(value: unknown): unknown {
  return value instanceof Date ? utcDayOf(value) : value;
}

describe('setting fields to whatever the user typed', () => {
  it('text and choice fields, and keys of the user\'s own, read back as exactly the text', () => {
    const textual = allFields.filter((f) => f.type === 'text' || f.type === 'choice');
    fc.assert(
      fc.property(fc.constantFrom(...textual), userText, ({ id, key }, text) => {
        const data = frontmatterOf(renderTemplate(bundledTemplate(id), { ...values, fields: { [key]: text } }));
        expect(data[key]).toBe(text);
        expect(data.selftrust).toBe(id);
      }),
      { numRuns: 500 },
    );
  });

  it('every field of every exercise gives valid YAML and its value back, typed as the field is', () => {
    fc.assert(
      fc.property(field, userText, ({ id, key, type }, text) => {
        const data = frontmatterOf(renderTemplate(bundledTemplate(id), { ...values, fields: { [key]: text } }));
        expect(readBack(data[key])).toEqual(expected(type, text));
      }),
      { numRuns: 500 },
    );
  });

  it('several fields at once leave every other key as the template had it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EXERCISE_IDS), fc.array(fc.tuple(field, userText), { maxLength: 4 }), (id: ExerciseId, sets) => {
        const own = sets.filter(([f]) => f.id === id);
        const fields = Object.fromEntries(own.map(([f, text]) => [f.key, text]));
        const plain = frontmatterOf(renderTemplate(bundledTemplate(id), values));
        const data = frontmatterOf(renderTemplate(bundledTemplate(id), { ...values, fields }));
        for (const key of Object.keys(plain)) {
          if (!(key in fields)) expect(readBack(data[key])).toEqual(readBack(plain[key]));
        }
        for (const [f] of own) expect(readBack(data[f.key])).toEqual(expected(f.type, fields[f.key] as string));
      }),
      { numRuns: 200 },
    );
  });

  it('an unknown key with an odd name still reads back', () => {
    fc.assert(
      // `__proto__` is left out: js-yaml 3 makes it the object's prototype rather than a key.
      fc.property(userText.filter((k) => k !== '__proto__'), userText, (key, text) => {
        const data = frontmatterOf(renderExercise('trust-model', { ...values, fields: { [key]: text } }));
        expect(data[key]).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the written form', () => {
  it('keeps ordinary words plain, so notes stay pleasant to edit by hand', () => {
    const note = renderExercise('small-promise', { ...values, fields: { promise: 'Walk for 15 minutes', times: '2', per: 'week' } });
    expect(note).toContain('\npromise: Walk for 15 minutes\ntimes: 2\nper: week\n');
  });

  it('quotes and escapes what YAML would misread', () => {
    expect(yamlScalar('yes')).toBe('"yes"');
    expect(yamlScalar('- walk')).toBe('"- walk"');
    expect(yamlScalar('Note: "hard" day #2')).toBe('"Note: \\"hard\\" day #2"');
    expect(quoteYaml('line one\nline two\tC:\\temp')).toBe('"line one\\nline two\\tC:\\\\temp"');
    expect(quoteYaml('\uD83D')).toBe('"\\uD83D"');
    expect(quoteYaml('🙂')).toBe('"🙂"');
  });

  it('writes numbers canonically (a leading zero would be octal to a YAML 1.1 parser)', () => {
    const data = frontmatterOf(renderExercise('mindfulness', { ...values, fields: { minutes: '010' } }));
    expect(data.minutes).toBe(10);
  });

  it('replaces a list the user\'s template already filled, lines under the key included', () => {
    const override = '---\nselftrust: weekly-reflection\ndate: {{date}}\nwins:\n  - one\n\n  - two\nadjust: []\n---\n';
    const note = renderExercise('weekly-reflection', { ...values, fields: { wins: 'Slept well' } }, override);
    expect(note).toBe('---\nselftrust: weekly-reflection\ndate: 2026-11-26\nwins:\n  - Slept well\nadjust: []\n---\n');
  });

  it('a day given for a date field is written as a date, like Obsidian writes one', () => {
    const note = renderExercise('achievable-goal', { ...values, fields: { reached: '2026-11-20', status: 'reached' } });
    expect(note).toContain('\nstatus: reached\nobstacles: []\nreached: 2026-11-20\n');
  });
});
