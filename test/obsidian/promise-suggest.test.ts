// @vitest-environment happy-dom
import { App } from 'obsidian';
import { describe, expect, it } from 'vitest';
import type { PromiseCard } from '../../src/core/dashboard/model';
import { PromiseSuggestModal } from '../../src/obsidian/suggest-modals';

const card = (promise: string, path: string) => ({ promise, path }) as PromiseCard;

describe('PromiseSuggestModal matches as `selftrust log` does (issue 9, fault 7)', () => {
  const nfd = 'Cre\u0300me bru\u0302le\u0301e';
  const cards = [card(nfd, `Self-trust/${nfd}.md`), card('İngilizce çalış', 'Self-trust/2026-11-01 Small promise.md'), card('Walk', 'Self-trust/Walk.md')];
  const modal = new PromiseSuggestModal(new App() as never, cards, 'Which promise?', () => undefined);

  it('finds a decomposed name by what is typed, with or without accents, and İ by i', () => {
    expect(modal.getSuggestions('crème').map((c) => c.promise)).toEqual([nfd]);
    expect(modal.getSuggestions('creme').map((c) => c.promise)).toEqual([nfd]);
    expect(modal.getSuggestions('ingilizce').map((c) => c.promise)).toEqual(['İngilizce çalış']);
    expect(modal.getSuggestions('small promise').map((c) => c.promise)).toEqual(['İngilizce çalış']);
  });

  it('shows every promise for an empty query, in the order given', () => {
    expect(modal.getSuggestions('  ')).toEqual(cards);
  });
});
