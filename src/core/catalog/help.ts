/** Shown in every host's footer and in the getting-support template. Plain, never alarming. */
export const DISCLAIMER =
  'Self-Trust Practice is a practice tool, not therapy. If self-trust stays hard or your mental health is suffering, a therapist can help.';

export const HELP_RESOURCES: readonly { name: string; detail: string }[] = [
  { name: 'In an emergency', detail: 'Call your local emergency number.' },
  { name: '988 Suicide and Crisis Lifeline (US)', detail: 'Call or text 988, any time.' },
  { name: 'Find a helpline (worldwide)', detail: 'findahelpline.com lists free, confidential helplines by country.' },
  { name: 'Find a therapist', detail: 'Your doctor, your insurer or a national therapist directory can point you to one near you.' },
];
