import type { ExerciseId } from '../entry';

/**
 * The frontmatter fields of each exercise, as users see them in docs/schema.md and as Obsidian's
 * Properties panel edits them: text, number, checkbox, date and list of text. A `choice` is text
 * limited to a few words.
 */
export type FieldType = 'text' | 'number' | 'list' | 'date' | 'checkbox' | 'choice';

export interface FieldSpec {
  /** The frontmatter key: lowercase snake_case. */
  key: string;
  type: FieldType;
  /** The words a `choice` accepts; the first is the default. */
  choices?: readonly string[];
}

/** Keys every note of ours has, before its exercise's own fields. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { key: 'selftrust', type: 'text' },
  { key: 'schema', type: 'number' },
  { key: 'date', type: 'date' },
  { key: 'week', type: 'text' },
];

/** What each field means is written once, for people, in docs/schema.md (a test keeps the two in step). */
export const EXERCISE_FIELDS: Readonly<Record<ExerciseId, readonly FieldSpec[]>> = {
  'small-promise': [
    { key: 'promise', type: 'text' },
    { key: 'times', type: 'number' },
    { key: 'per', type: 'choice', choices: ['day', 'week'] },
    { key: 'kept', type: 'list' },
    { key: 'skipped', type: 'list' },
    { key: 'status', type: 'choice', choices: ['active', 'paused', 'done'] },
    { key: 'start', type: 'date' },
  ],
  'value-mapping': [
    {
      key: 'values',
      type: 'list',
    },
  ],
  'emotional-journal': [
    { key: 'emotions', type: 'list' },
    { key: 'intensity', type: 'number' },
    { key: 'trigger', type: 'text' },
  ],
  'mistake-ledger': [
    { key: 'mistake', type: 'text' },
    { key: 'lesson', type: 'text' },
    { key: 'applied', type: 'checkbox' },
  ],
  'self-compassion-letter': [],
  'trust-model': [{ key: 'situation', type: 'text' }],
  'strengths-weaknesses': [
    { key: 'strengths', type: 'list' },
    { key: 'weaknesses', type: 'list' },
  ],
  'achievable-goal': [
    { key: 'goal', type: 'text' },
    {
      key: 'status',
      type: 'choice',
      choices: ['active', 'reached', 'paused', 'released'],
    },
    { key: 'obstacles', type: 'list' },
    { key: 'reached', type: 'date' },
  ],
  mindfulness: [{ key: 'minutes', type: 'number' }],
  'boundary-log': [
    { key: 'boundary', type: 'text' },
    { key: 'held', type: 'checkbox' },
  ],
  'weekly-reflection': [
    { key: 'rating', type: 'number' },
    { key: 'wins', type: 'list' },
    { key: 'adjust', type: 'list' },
  ],
  'self-care-check-in': [
    { key: 'energy', type: 'number' },
    { key: 'needs', type: 'list' },
    { key: 'plan', type: 'list' },
  ],
  'self-trust-check-in': [
    { key: 'confidence', type: 'number' },
    { key: 'reliability', type: 'number' },
    { key: 'resilience', type: 'number' },
    { key: 'intuition', type: 'number' },
    { key: 'limits', type: 'number' },
    { key: 'alignment', type: 'number' },
    { key: 'accountability', type: 'number' },
  ],
  'getting-support': [],
};

/**
 * Fields a note may carry that its template leaves out until they are used (docs/schema.md): a note
 * without them reads as it always did. A small promise's `aim` (an "I won't…" promise is `at-most`),
 * `slipped` (its slips) and `missed` (days not kept, with what got in the way). Kept apart from
 * EXERCISE_FIELDS, which lists exactly what every template and example note holds.
 */
export const OPTIONAL_FIELDS: Readonly<Record<ExerciseId, readonly FieldSpec[]>> = {
  'small-promise': [
    { key: 'aim', type: 'choice', choices: ['at-least', 'at-most'] },
    { key: 'slipped', type: 'list' },
    { key: 'missed', type: 'list' },
  ],
  'value-mapping': [],
  'emotional-journal': [],
  'mistake-ledger': [],
  'self-compassion-letter': [],
  'trust-model': [],
  'strengths-weaknesses': [],
  'achievable-goal': [],
  mindfulness: [],
  'boundary-log': [],
  'weekly-reflection': [],
  'self-care-check-in': [],
  'self-trust-check-in': [],
  'getting-support': [],
};

/**
 * The spec of one key of an exercise (common and optional keys included), or undefined when the
 * exercise has no such key.
 */
export function fieldSpec(id: ExerciseId, key: string): FieldSpec | undefined {
  return COMMON_FIELDS.find((f) => f.key === key) ?? EXERCISE_FIELDS[id].find((f) => f.key === key) ?? OPTIONAL_FIELDS[id].find((f) => f.key === key);
}
