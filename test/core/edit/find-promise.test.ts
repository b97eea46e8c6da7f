import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPromises, findPromise, type PromiseMatch } from '../../../src/core/edit/find-promise';
import { NoteIndex } from '../../../src/core/index/note-index';
import { foldText, looseText, matchTier, rankByMatch } from '../../../src/core/text-match';

const promiseNote = (text: string, status = 'active', kept = '2026-11-24') =>
  `---\nselftrust: small-promise\ndate: 2026-11-01\npromise: ${JSON.stringify(text)}\nkept: [${kept}]\nstatus: ${status}\n---\n`;

function indexOf(notes: Record<string, string>): NoteIndex {
  const index = new NoteIndex();
  for (const [path, text] of Object.entries(notes)) index.upsert(path, text);
  return index;
}

const foundPath = (m: PromiseMatch) => (m.kind === 'found' ? m.promise.path : m.kind);

describe('text-match: what looks the same matches', () => {
  it('folds composed and decomposed forms alike, case without a locale, and the dot of İ', () => {
    expect(foldText('Cre\u0300me bru\u0302le\u0301e')).toBe(foldText('Crème brûlée'));
    expect(foldText('  Crème\tBrûlée ')).toBe('crème brûlée');
    expect(foldText('İngilizce çalış')).toBe('ingilizce çalış');
    expect(looseText('İngilizce çalış')).toBe('ingilizce calis');
    expect(looseText('Crème brûlée')).toBe('creme brulee');
    expect(looseText('Straße, Ærø')).toBe('strasse, aero');
  });

  it('ranks exact, partial, exact without accents, partial without accents', () => {
    expect(matchTier('crème brûlée', ['Crème brûlée'])).toBe(0);
    expect(matchTier('crème', ['Crème brûlée'])).toBe(1);
    expect(matchTier('creme brulee', ['Crème brûlée'])).toBe(2);
    expect(matchTier('creme', ['Crème brûlée'])).toBe(3);
    expect(matchTier('tea', ['Crème brûlée'])).toBeNull();
    expect(matchTier('   ', ['Crème brûlée'])).toBeNull();
  });

  it('orders picker items best first and keeps every item for an empty query', () => {
    const items = ['Crème brûlée', 'Creme fraiche', 'Walk'];
    const names = (s: string) => ({ exact: [s] });
    expect(rankByMatch('creme', items, names)).toEqual(['Creme fraiche', 'Crème brûlée']);
    expect(rankByMatch('', items, names)).toEqual(items);
  });
});

describe('findPromise: names that look the same match (issue 9, fault 7)', () => {
  it('finds a note macOS saved with a decomposed (NFD) name and text when "crème" is typed', () => {
    const nfd = 'Cre\u0300me bru\u0302le\u0301e';
    const index = indexOf({ [`Self-trust/${nfd}.md`]: promiseNote(nfd), 'Self-trust/Walk.md': promiseNote('Walk 15 minutes') });
    expect(foundPath(findPromise(index, 'crème'))).toBe(`Self-trust/${nfd}.md`);
    expect(foundPath(findPromise(index, 'Crème brûlée'))).toBe(`Self-trust/${nfd}.md`);
    expect(foundPath(findPromise(index, 'creme'))).toBe(`Self-trust/${nfd}.md`);
  });

  it('finds "İngilizce çalış" when "ingilizce" or "ingilizce calis" is typed', () => {
    const index = indexOf({ 'Self-trust/2026-11-01 Small promise.md': promiseNote('İngilizce çalış') });
    for (const q of ['ingilizce', 'İNGİLİZCE', 'ingilizce çalış', 'ingilizce calis', 'Ingilizce calis']) {
      expect(foundPath(findPromise(index, q)), q).toBe('Self-trust/2026-11-01 Small promise.md');
    }
  });

  it('prefers an exact match to a partial one, and a match with accents to one without', () => {
    const index = indexOf({
      'a.md': promiseNote('Crème'),
      'b.md': promiseNote('Crème brûlée'),
      'c.md': promiseNote('Creme'),
    });
    expect(foundPath(findPromise(index, 'crème'))).toBe('a.md');
    expect(foundPath(findPromise(index, 'creme'))).toBe('c.md');
    expect(foundPath(findPromise(index, 'brûlée'))).toBe('b.md');
    expect(foundPath(findPromise(index, 'brulee'))).toBe('b.md');
  });

  it('still finds by file name and path, and says which promises it knows', () => {
    const index = indexOf({ 'Self-trust/walk-daily.md': promiseNote('Walk 15 minutes') });
    expect(foundPath(findPromise(index, 'walk-daily'))).toBe('Self-trust/walk-daily.md');
    expect(foundPath(findPromise(index, 'Self-trust/walk-daily'))).toBe('Self-trust/walk-daily.md');
    const none = findPromise(index, 'swim');
    expect(none.kind).toBe('none');
    expect(none.kind === 'none' && none.known.map((p) => p.promise)).toEqual(['Walk 15 minutes']);
  });

  it('lets one active promise win over paused ones, and calls several active ones ambiguous', () => {
    const index = indexOf({ 'a.md': promiseNote('Walk', 'paused'), 'b.md': promiseNote('Walk', 'active', '2026-11-25') });
    expect(foundPath(findPromise(index, 'walk'))).toBe('b.md');
    index.upsert('c.md', promiseNote('Walk', 'active', '2026-11-20'));
    expect(findPromise(index, 'walk').kind).toBe('ambiguous');
  });
});

describe('findPromise: copies and templates never make a name ambiguous (faults 3 and 4)', () => {
  it("does not fail with \"matches more than one promise\" for OneDrive's identical copy", () => {
    const note = promiseNote('Walk 15 minutes');
    const index = indexOf({ 'Self-trust/Walk.md': note, 'Self-trust/Walk-DESKTOP-AB12CD3.md': note });
    expect(foundPath(findPromise(index, 'walk'))).toBe('Self-trust/Walk.md');
    expect(allPromises(index).map((p) => p.path)).toEqual(['Self-trust/Walk.md']);
  });

  it('skips identical copies named `(1)` and iCloud `2`', () => {
    const note = promiseNote('Walk 15 minutes');
    const index = indexOf({ 'Walk.md': note, 'Walk (1).md': note, 'Walk 2.md': note });
    expect(foundPath(findPromise(index, 'walk 15'))).toBe('Walk.md');
  });

  it('keeps two promises with the same text but their own logs and names: they are two notes', () => {
    const index = indexOf({ 'Walk.md': promiseNote('Walk', 'active', '2026-11-24'), 'Morning walk.md': promiseNote('Walk', 'active', '2026-11-25') });
    expect(findPromise(index, 'walk').kind).toBe('ambiguous');
  });

  it('finds the original when a OneDrive copy (`Walk (1).md`) differs from it', () => {
    const index = indexOf({ 'Walk.md': promiseNote('Walk', 'active', '2026-11-24'), 'Walk (1).md': promiseNote('Walk', 'active', '2026-11-25') });
    expect(foundPath(findPromise(index, 'walk'))).toBe('Walk.md');
  });

  it('ignores a promise in the template folder (a template with an example filled in), in any letter case', () => {
    const template = readFileSync(new URL('../../../templates/small-promise.md', import.meta.url), 'utf8')
      .replace('{{date}}', '2026-01-01')
      .replace('{{week}}', '2026-W01')
      .replace('promise:\n', 'promise: Walk 15 minutes\n');
    const index = indexOf({ 'templates/self-trust/small-promise.md': template, 'Self-trust/Walk.md': promiseNote('Walk 15 minutes') });
    expect(foundPath(findPromise(index, 'walk 15'))).toBe('Self-trust/Walk.md');
    expect(foundPath(findPromise(index, 'walk 15', { templateFolder: 'Templates/Self-trust' }))).toBe('Self-trust/Walk.md');
    // Another template folder: the default one holds notes like any folder.
    expect(findPromise(index, 'walk 15', { templateFolder: 'My templates' }).kind).toBe('ambiguous');
  });
});
