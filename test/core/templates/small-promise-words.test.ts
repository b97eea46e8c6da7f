import { describe, expect, it } from 'vitest';
import { BUNDLED_TEMPLATES } from '../../../src/core/templates/bundled';

/** Issue 15, point 5: the template says in words what each field asks, `start` too. */
describe('the small-promise template', () => {
  const text = BUNDLED_TEMPLATES['small-promise'];
  const body = text.slice(text.indexOf('\n---', 4) + 4);

  it('explains `start` in its own words: from when it counts, what empty means, that it can be moved', () => {
    const line = body.split('\n').find((l) => l.includes('`start`')) ?? '';
    expect(line).toMatch(/first day the promise counts from/);
    expect(body).toMatch(/Leave it empty and it counts from this note's `date`/);
    expect(body).toMatch(/earlier one if you already began/);
  });

  it('leaves `promise:` as the first field to fill, `start:` empty', () => {
    const front = text.slice(0, text.indexOf('\n---', 4));
    expect(front).toMatch(/^promise:$/m);
    expect(front).toMatch(/^start:$/m);
  });
});
