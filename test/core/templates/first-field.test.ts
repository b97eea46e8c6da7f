import { describe, expect, it } from 'vitest';
import { firstFieldToFill } from '../../../src/core/templates/first-field';
import { renderExercise } from '../../../src/core/templates/render';
import { EXERCISES } from '../../../src/core/catalog/exercises';
import type { Day } from '../../../src/core/day';

/** Issue 15, point 5: starting an exercise puts the cursor on the first field to fill. */
describe('firstFieldToFill', () => {
  it('finds a small promise’s empty `promise:` and makes it ready to type into', () => {
    const text = renderExercise('small-promise', { date: '2026-11-26' as Day, weekStart: 'monday' });
    const first = firstFieldToFill(text)!;
    expect(first.field).toBe('promise');
    const lines = first.text.split('\n');
    expect(lines[first.line]).toBe('promise: ');
    expect(first.ch).toBe('promise: '.length);
    // Only that line changed.
    expect(first.text.replace('promise: \n', 'promise:\n')).toBe(text);
    // What a person types there is the field's value.
    const typed = `${lines.slice(0, first.line).join('\n')}\n${lines[first.line]!.slice(0, first.ch)}Walk for 15 minutes${lines[first.line]!.slice(first.ch)}\n${lines.slice(first.line + 1).join('\n')}`;
    expect(typed).toMatch(/^promise: Walk for 15 minutes$/m);
  });

  it('skips fields with a value or a block under them, and stops at the end of the frontmatter', () => {
    expect(firstFieldToFill('---\na: 1\nlist:\n  - x\nb:\n---\nbody:\n')?.field).toBe('b');
    expect(firstFieldToFill('---\nlist:\n- x\n---\nfield:\n')).toBeNull();
    expect(firstFieldToFill('no frontmatter:\n')).toBeNull();
    expect(firstFieldToFill('---\nx: ""\n---\n')).toBeNull();
    expect(firstFieldToFill('---\r\na: 1\r\nb:\r\n---\r\n')).toEqual({ text: '---\r\na: 1\r\nb: \r\n---\r\n', line: 2, ch: 3, field: 'b' });
  });

  it('finds a field to fill in every bundled exercise that asks for words in its frontmatter', () => {
    for (const e of EXERCISES) {
      const first = firstFieldToFill(renderExercise(e.id, { date: '2026-11-26' as Day, weekStart: 'monday' }));
      if (first) expect(first.text.split('\n')[first.line]).toMatch(/^[\w-]+: $/);
    }
  });
});
