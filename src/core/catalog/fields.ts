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
  /** One plain sentence on what the field holds, for users. */
  description: string;
}

/** Keys every note of ours has, before its exercise's own fields. */
export const COMMON_FIELDS: readonly FieldSpec[] = [
  { key: 'selftrust', type: 'text', description: 'Which exercise the note is: the exercise id. Notes without it are never read or counted.' },
  { key: 'schema', type: 'number', description: 'The version of this schema the note was written with (now 1).' },
  { key: 'date', type: 'date', description: 'The day the note is about, as YYYY-MM-DD.' },
  { key: 'week', type: 'text', description: 'The week the note belongs to, such as 2026-W48 (filled in for you).' },
];

const RATING_1_5 = (what: string): FieldSpec['description'] => `${what} Rate it 1 (hardly) to 5 (fully).`;

export const EXERCISE_FIELDS: Readonly<Record<ExerciseId, readonly FieldSpec[]>> = {
  'small-promise': [
    { key: 'promise', type: 'text', description: 'The promise in your own words, such as "Walk for 15 minutes".' },
    { key: 'times', type: 'number', description: 'How many times per day or per week you mean to keep it; at least 1.' },
    { key: 'per', type: 'choice', choices: ['day', 'week'], description: 'Whether `times` counts per day or per calendar week.' },
    { key: 'kept', type: 'list', description: 'Each day you kept it, as YYYY-MM-DD. Write a day twice when you kept it twice that day.' },
    { key: 'skipped', type: 'list', description: 'Planned rest days, as YYYY-MM-DD: they neither break nor extend a streak.' },
    { key: 'status', type: 'choice', choices: ['active', 'paused', 'done'], description: 'active while you keep it; paused for a while; done when it has become part of you.' },
    { key: 'start', type: 'date', description: 'Optional: the first day the promise counts from. Left empty, it is the note\'s date.' },
  ],
  'value-mapping': [
    {
      key: 'values',
      type: 'list',
      description:
        'Your values, most important first, each with how closely your life follows it now, 1-10: "Honesty 8/10". "Honesty: 8", "Honesty (8)" and a bare "Honesty" (not rated yet) are read too.',
    },
  ],
  'emotional-journal': [
    { key: 'emotions', type: 'list', description: 'The emotions you notice, each optionally with its intensity 1-10: "anxious 6/10".' },
    { key: 'intensity', type: 'number', description: 'Optional: how strong the feelings are overall, 1-10; used for emotions without their own.' },
    { key: 'trigger', type: 'text', description: 'What stirred the feelings, in a few words.' },
  ],
  'mistake-ledger': [
    { key: 'mistake', type: 'text', description: 'The mistake, in a sentence, as plainly and kindly as you can.' },
    { key: 'lesson', type: 'text', description: 'What you learned from it.' },
    { key: 'applied', type: 'checkbox', description: 'Tick it once you have used the lesson in a similar situation.' },
  ],
  'self-compassion-letter': [],
  'trust-model': [{ key: 'situation', type: 'text', description: 'The decision or situation you are talking through.' }],
  'strengths-weaknesses': [
    { key: 'strengths', type: 'list', description: 'What you have always been good at.' },
    { key: 'weaknesses', type: 'list', description: 'What you find hard, written without judgement.' },
  ],
  'achievable-goal': [
    { key: 'goal', type: 'text', description: 'The goal, written as a positive, small step: "I will walk 2 days a week".' },
    {
      key: 'status',
      type: 'choice',
      choices: ['active', 'reached', 'paused', 'released'],
      description: 'active while you work on it; reached when done; paused for a while; released when you chose to let it go.',
    },
    { key: 'obstacles', type: 'list', description: 'What might get in the way, and your plan around it.' },
    { key: 'reached', type: 'date', description: 'The day you reached it; empty until then.' },
  ],
  mindfulness: [{ key: 'minutes', type: 'number', description: 'How many minutes you sat.' }],
  'boundary-log': [
    { key: 'boundary', type: 'text', description: 'What you said no (or yes) to.' },
    { key: 'held', type: 'checkbox', description: 'Ticked when you held the boundary.' },
  ],
  'weekly-reflection': [
    { key: 'rating', type: 'number', description: 'How much you trusted yourself this week, 1-10.' },
    { key: 'wins', type: 'list', description: 'What went well, however small.' },
    { key: 'adjust', type: 'list', description: 'What you want to change or try next week.' },
  ],
  'self-care-check-in': [
    { key: 'energy', type: 'number', description: 'How full your tank feels, 1-10.' },
    { key: 'needs', type: 'list', description: 'What you need right now.' },
    { key: 'plan', type: 'list', description: 'The time for yourself you plan, and when.' },
  ],
  'self-trust-check-in': [
    { key: 'confidence', type: 'number', description: RATING_1_5('Confidence in abilities: you can handle what comes, new things too.') },
    { key: 'reliability', type: 'number', description: RATING_1_5('Reliability: you keep commitments to yourself and to others.') },
    { key: 'resilience', type: 'number', description: RATING_1_5('Emotional resilience: you can feel the whole range of emotions and be okay.') },
    { key: 'intuition', type: 'number', description: RATING_1_5('Intuitive decision-making: you trust your own insight.') },
    { key: 'limits', type: 'number', description: RATING_1_5('Understanding your limits: you notice when you need help or a step back.') },
    { key: 'alignment', type: 'number', description: RATING_1_5('Alignment with values: your choices match what matters to you.') },
    { key: 'accountability', type: 'number', description: RATING_1_5('Accountability: you own your actions and are honest with yourself.') },
  ],
  'getting-support': [],
};

/** The spec of one key of an exercise (common keys included), or undefined when the exercise has no such key. */
export function fieldSpec(id: ExerciseId, key: string): FieldSpec | undefined {
  return COMMON_FIELDS.find((f) => f.key === key) ?? EXERCISE_FIELDS[id].find((f) => f.key === key);
}
