/**
 * Promise notes for the slip and missed-day tests of both hosts (test/obsidian and test/vscode
 * slips-and-missed-days.test.ts), so the two hosts are held to the same notes and the same bytes.
 */

/** Once a day since Saturday 21 November, kept on Monday; a comment and a body that must survive. */
export const WALK = [
  '---',
  'selftrust: small-promise',
  'schema: 1',
  'date: 2026-11-21',
  'promise: "Walk 15 minutes"   # after lunch',
  'times: 1',
  'per: day',
  'status: active',
  'kept:',
  '  - 2026-11-23',
  'skipped: [2026-11-22]',
  '---',
  '# Walk after lunch',
  '',
].join('\n');

/** "I won't…": no phone in bed, never. */
export const PHONE = [
  '---',
  'selftrust: small-promise',
  'date: 2026-11-16',
  'promise: Phone in bed',
  'aim: at-most',
  'times: 0',
  'per: day',
  'status: active',
  'kept: []',
  'slipped: []   # each slip, once',
  '---',
  'The phone charges in the kitchen.',
  '',
].join('\n');
