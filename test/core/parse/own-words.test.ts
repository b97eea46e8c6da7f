import { describe, expect, it } from 'vitest';
import type { Day } from '../../../src/core/day';
import { hasOwnWords } from '../../../src/core/parse/own-words';
import { renderExercise } from '../../../src/core/templates/render';

const letter = renderExercise('self-compassion-letter', { date: '2026-11-20' as Day, weekStart: 'monday' });

describe('hasOwnWords: a note with words of its own, not only the template', () => {
  it('is false for a letter fresh from the template, also with its line endings changed', () => {
    expect(hasOwnWords(letter)).toBe(false);
    expect(hasOwnWords(letter.replace(/\n/g, '\r\n'))).toBe(false);
  });

  it('is true once the person wrote a line, anywhere in the body', () => {
    expect(hasOwnWords(letter.replace('Dear me,\n', 'Dear me,\nYou did what you could with what you knew.\n'))).toBe(true);
    expect(hasOwnWords(`${letter}\nP.S. Rest is allowed.\n`)).toBe(true);
  });

  it("counts the user's own template's prompts as the template's", () => {
    const own = '---\nselftrust: self-compassion-letter\ndate: {{date}}\n---\nMy own prompt: what went well?\n';
    const fresh = '---\nselftrust: self-compassion-letter\ndate: 2026-11-20\n---\nMy own prompt: what went well?\n';
    expect(hasOwnWords(fresh)).toBe(true);
    expect(hasOwnWords(fresh, own)).toBe(false);
  });
});
