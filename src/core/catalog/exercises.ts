import type { ElementId, ExerciseId } from '../entry';

/** One exercise of the guide: what a command starts and a template holds. */
export interface Exercise {
  id: ExerciseId;
  /** Sentence case, as shown in commands: "Start exercise: <title>". */
  title: string;
  /** The practice of the guide it belongs to. */
  practice: string;
  /** One kind sentence on what it is for. */
  summary: string;
}

/** In the order a new user meets them: the first small step first. */
export const EXERCISES: readonly Exercise[] = [
  {
    id: 'small-promise',
    title: 'Small promise',
    practice: 'Build consistency: say what you will do, do what you say',
    summary: 'Make one small promise to yourself and log each time you keep it.',
  },
  {
    id: 'value-mapping',
    title: 'Value mapping',
    practice: 'Understand your values and goals',
    summary: 'Name what matters most, rank it, and see how closely your days follow it.',
  },
  {
    id: 'emotional-journal',
    title: 'Emotional journal',
    practice: 'Listen to your inner voice',
    summary: 'Notice what you feel, what stirred it, and what it tells you about your needs.',
  },
  {
    id: 'mistake-ledger',
    title: 'Mistake ledger',
    practice: 'Learn from mistakes',
    summary: 'Write down a recent mistake and what it taught you, without judging yourself.',
  },
  {
    id: 'self-compassion-letter',
    title: 'Self-compassion letter',
    practice: 'Treat yourself like a friend',
    summary: 'Write to yourself as a caring friend would, and reread it when you are hard on yourself.',
  },
  {
    id: 'trust-model',
    title: 'TRUST model',
    practice: 'Use the TRUST model',
    summary: 'Talk a hard decision through: transparency, relationship, understanding, shared success, testing assumptions.',
  },
  {
    id: 'strengths-weaknesses',
    title: 'Strengths and weaknesses',
    practice: 'Know your strengths and weaknesses',
    summary: 'Two columns: what you have always been good at, and what you find hard.',
  },
  {
    id: 'achievable-goal',
    title: 'Achievable goal',
    practice: 'Set achievable goals',
    summary: 'Write one small, positive goal and plan around what might get in the way.',
  },
  {
    id: 'mindfulness',
    title: 'Mindfulness for self-trust',
    practice: 'Practise mindfulness',
    summary: 'A few quiet minutes with your breath and a promise you once kept.',
  },
  {
    id: 'boundary-log',
    title: 'Boundary log',
    practice: 'Keep healthy boundaries',
    summary: 'Note what you said no (or yes) to, and how it felt.',
  },
  {
    id: 'weekly-reflection',
    title: 'Weekly reflection',
    practice: 'Evaluate and adjust',
    summary: 'Look back on the week: celebrate the wins and choose what to adjust.',
  },
  {
    id: 'self-care-check-in',
    title: 'Self-care check-in',
    practice: 'Practise self-care',
    summary: 'Check in with your energy and needs, and plan some time for yourself.',
  },
  {
    id: 'self-trust-check-in',
    title: 'Self-trust check-in',
    practice: 'The 7 elements of self-trust',
    summary: 'Rate the 7 elements of self-trust, 1 to 5, and watch them change over time.',
  },
  {
    id: 'getting-support',
    title: 'Getting support',
    practice: 'Seek professional help',
    summary: 'When self-trust stays hard, a therapist can help: where to find one, and what to bring.',
  },
];

export function getExercise(id: string): Exercise | undefined {
  return EXERCISES.find((e) => e.id === id);
}

export function isExerciseId(id: unknown): id is ExerciseId {
  return typeof id === 'string' && EXERCISES.some((e) => e.id === id);
}

/** The 7 elements of self-trust; `id` is the frontmatter key of the check-in. */
export const ELEMENTS: readonly { id: ElementId; label: string; description: string }[] = [
  { id: 'confidence', label: 'Confidence in abilities', description: 'You can handle what comes, new things too.' },
  { id: 'reliability', label: 'Reliability', description: 'You keep commitments to yourself and to others.' },
  { id: 'resilience', label: 'Emotional resilience', description: 'You can feel the whole range of emotions and be okay.' },
  { id: 'intuition', label: 'Intuitive decision-making', description: 'You trust your own insight, even when others would choose otherwise.' },
  { id: 'limits', label: 'Understanding your limits', description: 'You notice when you need help or a step back.' },
  { id: 'alignment', label: 'Alignment with values', description: 'Your choices match what matters to you.' },
  { id: 'accountability', label: 'Accountability', description: 'You own your actions, learn from mistakes and are honest with yourself.' },
];
