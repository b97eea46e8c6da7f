/** Real note text, as a person writes it by hand: comments, quotes, a body. */
export const WALK = [
  '---',
  'selftrust: small-promise',
  'schema: 1',
  'date: 2026-11-20',
  'promise: "Walk 15 minutes"   # after lunch, not before',
  'times: 1',
  'per: day',
  'status: active',
  'kept:',
  '  - 2026-11-24   # rainy, still went',
  "  - '2026-11-25'",
  'skipped: []',
  '---',
  '# Walk after lunch',
  '',
  "Why: I think more clearly after a walk. I'll keep it small.",
  '',
].join('\n');

export const COOK = [
  '---',
  'selftrust: small-promise',
  'date: 2026-11-02',
  'promise: Cook at home',
  'times: 3',
  'per: week',
  'status: active',
  'kept: [2026-11-23]',
  '---',
  'Three evenings a week.',
  '',
].join('\n');

export const PAUSED = [
  '---',
  'selftrust: small-promise',
  'date: 2026-10-01',
  'promise: Read before bed',
  'status: paused',
  'kept: []',
  '---',
  '',
].join('\n');

export function letter(date: string, words: string): string {
  return ['---', 'selftrust: self-compassion-letter', `date: ${date}`, '---', `Dear me, ${words}`, ''].join('\n');
}

export const SHOPPING = ['---', 'tags: [errands]', '---', '- milk', ''].join('\n');
