/**
 * `selftrust new … --set key=value`: the values are checked against the exercise's fields before a
 * note is written, so a typo is a usage error and never a note that reads back wrong.
 */
import { EXERCISE_FIELDS, fieldSpec, type FieldType } from '../core/catalog/fields';
import type { ExerciseId } from '../core/entry';
import { UsageError } from './args';
import { readUserDay } from './user-day';

/**
 * The numbers each number field accepts, as src/core/parse/read-entry.ts reads them (a test checks the
 * two agree). Kept here until FieldSpec carries its range, so the CLI refuses what the reader would drop.
 */
export const NUMBER_RULES: Readonly<Record<string, { min: number; max?: number; integer?: boolean }>> = {
  times: { min: 1, integer: true },
  intensity: { min: 1, max: 10 },
  minutes: { min: 0 },
  rating: { min: 1, max: 10 },
  energy: { min: 1, max: 10 },
  confidence: { min: 1, max: 5 },
  reliability: { min: 1, max: 5 },
  resilience: { min: 1, max: 5 },
  intuition: { min: 1, max: 5 },
  limits: { min: 1, max: 5 },
  alignment: { min: 1, max: 5 },
  accountability: { min: 1, max: 5 },
};

/** A small promise's lists of days (`kept`, `skipped`, and the days a note may give reasons or slips for). */
const DAY_LISTS = new Set(['kept', 'skipped', 'missed', 'slipped']);

/** Keys every note has, written by the template (and --date), never by --set. */
const WRITTEN_BY_TEMPLATE = new Set(['selftrust', 'schema', 'date', 'week']);

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The top-level keys of a template's frontmatter (a user's own template may add keys of its own). */
function templateKeys(template: string): string[] {
  const lines = template.split(/\r?\n/);
  if (lines[0]?.trimEnd() !== '---') return [];
  const keys: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.trimEnd() === '---' || line.trimEnd() === '...') break;
    const m = /^([a-z][a-z0-9_]*)\s*:(\s|$)/.exec(line);
    if (m?.[1]) keys.push(m[1]);
  }
  return keys;
}

function numberWords(key: string): string {
  const rule = NUMBER_RULES[key] ?? { min: -Infinity };
  const whole = rule.integer ? 'a whole number' : 'a number';
  if (rule.min === -Infinity) return whole;
  return rule.max === undefined ? `${whole} of ${rule.min} or more` : `${whole} from ${rule.min} to ${rule.max}`;
}

function checkNumber(key: string, text: string): boolean {
  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return false;
  const n = Number(trimmed);
  const rule = NUMBER_RULES[key];
  if (!rule) return Number.isFinite(n);
  return Number.isFinite(n) && n >= rule.min && (rule.max === undefined || n <= rule.max) && (!rule.integer || Number.isInteger(n));
}

/** Checks one value against its field's type; throws a UsageError that says what the field takes. */
function checkValue(key: string, type: FieldType, text: string, choices: readonly string[] | undefined): string {
  const refuse = (takes: string): never => {
    throw new UsageError(`--set ${key}=${text}: "${key}" takes ${takes}.`);
  };
  switch (type) {
    case 'number':
      if (!checkNumber(key, text)) refuse(numberWords(key));
      return text.trim();
    case 'choice': {
      const choice = choices?.find((c) => c === text.trim().toLowerCase());
      if (!choice) refuse(choices ? choices.join(' or ').replace(/ or (?=.* or )/g, ', ') : 'one of its words');
      return choice as string;
    }
    case 'checkbox':
      if (!/^(true|false)$/i.test(text.trim())) refuse('true or false');
      return text.trim().toLowerCase();
    case 'date': {
      if (text.trim() === '') return '';
      const read = readUserDay(text.trim());
      if (!read.ok) refuse(read.why);
      return text.trim();
    }
    case 'text':
    case 'list':
      return text;
  }
}

/**
 * The fields given by `--set key=value` flags for a new note of `id`, checked against the exercise's
 * fields (and the keys of the template in use): an unknown key, a value its field cannot hold, or a
 * repeated key that is not a list is a UsageError. A list field takes every repeated value as an item.
 */
export function readSetFields(id: ExerciseId, pairs: readonly string[], template: string): Record<string, string | string[]> {
  const own = EXERCISE_FIELDS[id].map((f) => f.key);
  const known = [...new Set([...own, ...templateKeys(template).filter((k) => !WRITTEN_BY_TEMPLATE.has(k))])];
  const given = new Map<string, string[]>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new UsageError(`--set takes key=value with a lowercase key, not "${pair}".`);
    if (key === 'date') throw new UsageError('--set date: the note\'s day is given with --date YYYY-MM-DD.');
    if (WRITTEN_BY_TEMPLATE.has(key)) throw new UsageError(`--set ${key}: "${key}" is written by the template, not set by hand.`);
    if (!known.includes(key)) {
      throw new UsageError(
        known.length === 0
          ? `${id} has no fields to set with --set.`
          : `${id} has no field "${key}"; its fields are ${known.join(', ')}.`,
      );
    }
    given.set(key, [...(given.get(key) ?? []), pair.slice(eq + 1)]);
  }
  const fields: Record<string, string | string[]> = {};
  for (const [key, texts] of given) {
    const spec = fieldSpec(id, key);
    const type = spec?.type ?? 'text';
    if (type === 'list') {
      const items = texts.filter((t) => t.trim() !== '');
      // A promise's day lists hold days (a few words may follow one): each must be a real calendar day.
      if (id === 'small-promise' && DAY_LISTS.has(key)) {
        for (const item of items) {
          const read = readUserDay(item.trim().slice(0, 10));
          if (!read.ok) throw new UsageError(`--set ${key}=${item}: each item of "${key}" starts with ${read.why.replace(/, not ".*"$/, '')}.`);
        }
      }
      fields[key] = items;
      continue;
    }
    if (texts.length > 1) {
      const lists = EXERCISE_FIELDS[id].filter((f) => f.type === 'list').map((f) => f.key);
      throw new UsageError(
        `--set ${key} was given ${texts.length} times; only a list field takes several values${lists.length ? ` (${id}: ${lists.join(', ')})` : ''}.`,
      );
    }
    fields[key] = checkValue(key, type, texts[0] as string, spec?.choices);
  }
  return fields;
}
