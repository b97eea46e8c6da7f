import { describe, expect, it } from 'vitest';
import { parseNote } from '../../../src/core/parse/parse-note';
import { copyNameRelation, syncConflictOriginal } from '../../../src/core/parse/sync-conflict';
import { fixtureNote } from './fixture-notes';

describe('syncConflictOriginal: explicit conflict markers', () => {
  it('knows Resilio Sync copies (`.Conflict`, numbered, repeated) and names the original', () => {
    expect(syncConflictOriginal('Self-trust/Walk.Conflict.md')).toBe('Self-trust/Walk.md');
    expect(syncConflictOriginal('Walk.Conflict1.md')).toBe('Walk.md');
    expect(syncConflictOriginal('Walk.Conflict 3.md')).toBe('Walk.md');
    expect(syncConflictOriginal('Walk.Conflict.Conflict.md')).toBe('Walk.md');
    expect(syncConflictOriginal('2026-11-30 Small promise.Conflict.md')).toBe('2026-11-30 Small promise.md');
  });

  it('still knows the others, Obsidian Sync as it names copies today', () => {
    expect(syncConflictOriginal('2026-03-12 (Conflicted copy ThinkPad-T14-G5 202603121129).md')).toBe('2026-03-12.md');
    expect(syncConflictOriginal('Walk.sync-conflict-20261014-203311-ABCDEFG.md')).toBe('Walk.md');
  });

  it('leaves names that merely mention a conflict, and the ambiguous copy names, to the vault-wide rule', () => {
    for (const name of [
      'Conflict resolution.md',
      'Walk.conflict notes.md',
      'Walk-DESKTOP-AB12CD3.md',
      'Walk (1).md',
      'Walk 2.md',
      '2026-11-30 Small promise 2.md',
      'walk-daily.md',
    ]) {
      expect(syncConflictOriginal(name), name).toBeNull();
    }
  });

  it('lists a `.Conflict` fixture note as a copy of its original, not counted', () => {
    const fixture = fixtureNote('Walk.Conflict.md');
    const parsed = parseNote(fixture.name, fixture.text);
    expect(parsed.entry).toBeNull();
    expect(parsed.problems.map((p) => p.message)).toEqual(fixture.expected.problems);
  });
});

describe('copyNameRelation: the ambiguous copy names', () => {
  it("knows OneDrive's `-<computer name>`, with spaces and hyphens in the name and a later `-2`", () => {
    expect(copyNameRelation('Self-trust/Walk-DESKTOP-AB12CD3.md', 'Self-trust/Walk.md')).toBe('onedrive-computer');
    expect(copyNameRelation('Les caractères-MacBook Pro de Charlyne.md', 'Les caractères.md')).toBe('onedrive-computer');
    expect(copyNameRelation('Les caractères-MacBook Pro de Charlyne-2.md', 'Les caractères.md')).toBe('onedrive-computer');
  });

  it("knows `(1)` and iCloud's ` 2`", () => {
    expect(copyNameRelation('Walk (1).md', 'Walk.md')).toBe('numbered');
    expect(copyNameRelation('Walk 2.md', 'Walk.md')).toBe('icloud-number');
    expect(copyNameRelation('2026-11-30 Small promise 2.md', '2026-11-30 Small promise.md')).toBe('icloud-number');
  });

  it('compares names after NFC normalisation: macOS may give one of them decomposed', () => {
    expect(copyNameRelation('Cre\u0300me-LAPTOP.md', 'Cr\u00e8me.md')).toBe('onedrive-computer');
  });

  it('needs the same folder, the same extension and a real suffix', () => {
    expect(copyNameRelation('Archive/Walk (1).md', 'Self-trust/Walk.md')).toBeNull();
    expect(copyNameRelation('Walk (1).txt', 'Walk.md')).toBeNull();
    expect(copyNameRelation('Walk.md', 'Walk.md')).toBeNull();
    expect(copyNameRelation('Walk.md', 'Walk (1).md')).toBeNull();
    expect(copyNameRelation('Walking.md', 'Walk.md')).toBeNull();
    expect(copyNameRelation('Walk-.md', 'Walk.md')).toBeNull();
  });
});
