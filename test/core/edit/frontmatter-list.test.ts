import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import matter from 'gray-matter';
import { addDayToList } from '../../../src/core/edit/frontmatter-list';
import type { Day } from '../../../src/core/day';

const day = (s: string) => s as Day;

function edited(text: string, key: 'kept' | 'skipped', d: string): string {
  const r = addDayToList(text, key, day(d));
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

describe('addDayToList: one targeted edit, every other byte kept', () => {
  it('appends to a block list in the same indent and quoting, leaving comments and body alone', () => {
    const text = [
      '---',
      'selftrust: small-promise',
      '# my walk promise, started after the doctor visit',
      'promise: "Walk 15 minutes: around the block"',
      'times: 1   # once a day',
      'kept:',
      '    - "2026-11-24"',
      '    - "2026-11-25"',
      'status: active',
      '---',
      'Body text stays. kept: not this one',
      '',
    ].join('\n');
    expect(edited(text, 'kept', '2026-11-26')).toBe(text.replace('    - "2026-11-25"\n', '    - "2026-11-25"\n    - "2026-11-26"\n'));
  });

  it('adds to a flow list and keeps its trailing comment', () => {
    const text = '---\nselftrust: small-promise\nkept: [2026-11-24, 2026-11-25] # so far\n---\n';
    expect(edited(text, 'kept', '2026-11-26')).toBe('---\nselftrust: small-promise\nkept: [2026-11-24, 2026-11-25, 2026-11-26] # so far\n---\n');
  });

  it('fills an empty flow list and an empty key', () => {
    expect(edited('---\nkept: []\n---\n', 'kept', '2026-11-26')).toBe('---\nkept: [2026-11-26]\n---\n');
    expect(edited('---\nkept:\nstatus: active\n---\n', 'kept', '2026-11-26')).toBe('---\nkept:\n  - 2026-11-26\nstatus: active\n---\n');
  });

  it('turns a single date into a list of both', () => {
    expect(edited("---\nskipped: '2026-11-20'\n---\n", 'skipped', '2026-11-26')).toBe("---\nskipped: ['2026-11-20', '2026-11-26']\n---\n");
  });

  it('adds the key when it is missing, before the closing line', () => {
    expect(edited('---\npromise: Walk\n---\nbody\n', 'skipped', '2026-11-26')).toBe('---\npromise: Walk\nskipped:\n  - 2026-11-26\n---\nbody\n');
  });

  it('keeps CRLF line endings and a BOM', () => {
    const text = '\uFEFF---\r\npromise: Walk\r\nkept:\r\n  - 2026-11-25\r\n---\r\nbody\r\n';
    expect(edited(text, 'kept', '2026-11-26')).toBe('\uFEFF---\r\npromise: Walk\r\nkept:\r\n  - 2026-11-25\r\n  - 2026-11-26\r\n---\r\nbody\r\n');
  });

  it('is idempotent: a day already there leaves the note unchanged', () => {
    const text = '---\nkept:\n  - 2026-11-26\n---\n';
    expect(addDayToList(text, 'kept', day('2026-11-26'))).toEqual({ ok: true, text, changed: false, count: 1 });
  });

  it('replaces `kept: null` by a list in its place', () => {
    expect(edited('---\nkept: null # none yet\n---\n', 'kept', '2026-11-26')).toBe('---\nkept: [2026-11-26] # none yet\n---\n');
  });

  it('refuses with a reason, leaving the note alone, when it cannot be sure', () => {
    expect(addDayToList('no frontmatter here', 'kept', day('2026-11-26'))).toMatchObject({ ok: false });
    expect(addDayToList('---\nkept: [a\n---\n', 'kept', day('2026-11-26'))).toMatchObject({ ok: false });
    expect(addDayToList('---\nkept: |\n  2026-11-01\n---\n', 'kept', day('2026-11-26'))).toMatchObject({ ok: false });
    expect(addDayToList('---\nkept: []\n---\n', 'kept', day('2026-02-30'))).toMatchObject({ ok: false, reason: expect.stringContaining('2026-02-30') });
  });

  it('property: whatever the other keys and body hold, only the list changes', () => {
    const scalar = fc.string({ maxLength: 30 }).map((s) => JSON.stringify(s));
    fc.assert(
      fc.property(scalar, fc.string({ maxLength: 200 }), fc.integer({ min: 0, max: 3 }), (promise, body, existing) => {
        const kept = Array.from({ length: existing }, (_, i) => `  - 2026-11-0${i + 1}`);
        const text = ['---', `promise: ${promise}`, 'kept:', ...kept, 'status: active', '---', body].join('\n');
        const r = addDayToList(text, 'kept', day('2026-11-26'));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const before = matter(text, {}).data as Record<string, unknown>;
        const after = matter(r.text, {}).data as Record<string, unknown>;
        expect(after.promise).toBe(before.promise);
        expect(r.text.endsWith(body)).toBe(true);
        expect((after.kept as unknown[]).length).toBe(existing + 1);
        // Removing the added line gives back the original exactly.
        expect(r.text.replace('\n  - 2026-11-26', '')).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});
