import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOf } from '../../../src/core/day';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/ports';
import { nextFreePath, notePathFor } from '../../../src/core/templates/render';

const day = dayOf(2026, 11, 26);
const withPattern = (fileNamePattern: string, notesFolder = 'Self-trust'): Settings => ({ ...DEFAULT_SETTINGS, fileNamePattern, notesFolder });

describe('notePathFor', () => {
  it('names a note by date and title in the notes folder by default', () => {
    expect(notePathFor(DEFAULT_SETTINGS, 'emotional-journal', day)).toBe('Self-trust/2026-11-26 Emotional journal.md');
    expect(notePathFor(DEFAULT_SETTINGS, 'trust-model', day)).toBe('Self-trust/2026-11-26 TRUST model.md');
  });

  it('fills {id} and {week}, with the week start from settings', () => {
    expect(notePathFor(withPattern('{week} {id}'), 'mindfulness', day)).toBe('Self-trust/2026-W48 mindfulness.md');
    const sunday = dayOf(2026, 11, 29);
    expect(notePathFor({ ...withPattern('{week}'), weekStart: 'sunday' }, 'weekly-reflection', sunday)).toBe('Self-trust/2026-W49.md');
  });

  it('drops characters no phone or desktop allows in a file name, and keeps the folder', () => {
    const path = notePathFor(withPattern('{date}: a/b\\c*d?"e"<f>|g#h^[i] {title}', 'Journal/Self trust/'), 'small-promise', day);
    expect(path).toBe('Journal/Self trust/2026-11-26 abcdefghi Small promise.md');
  });

  it('never leaves trailing dots or spaces, and falls back to the id when nothing is left', () => {
    expect(notePathFor(withPattern('{title}...  '), 'boundary-log', day)).toBe('Self-trust/Boundary log.md');
    expect(notePathFor(withPattern('???'), 'boundary-log', day)).toBe('Self-trust/boundary-log.md');
  });

  it('never starts a name with a dot, which would hide the note from Obsidian, file managers and the CLI', () => {
    expect(notePathFor(withPattern('.NET kata {date}'), 'small-promise', day)).toBe('Self-trust/NET kata 2026-11-26.md');
    expect(notePathFor(withPattern('../../etc/passwd'), 'small-promise', day)).toBe('Self-trust/etcpasswd.md');
  });

  it('writes to the vault root when the folder is empty, and never climbs out of the vault', () => {
    expect(notePathFor(withPattern('{date} {title}', ''), 'mindfulness', day)).toBe('2026-11-26 Mindfulness for self-trust.md');
    expect(notePathFor(withPattern('{date}', '../../etc/./notes'), 'mindfulness', day)).toBe('etc/notes/2026-11-26.md');
  });

  it('never gives a file name with an illegal character, whatever the pattern', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (pattern) => {
        const path = notePathFor(withPattern(pattern), 'value-mapping', day);
        const name = path.slice('Self-trust/'.length);
        expect(name.endsWith('.md')).toBe(true);
        expect(name.slice(0, -3)).not.toMatch(/[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]|^$|[. ]$|^[. ]/);
        expect(encodeURIComponent(name)).toBeTruthy(); // throws on a lone surrogate
      }),
    );
  });
});

describe('nextFreePath', () => {
  it('keeps a free path as it is', () => {
    expect(nextFreePath('Self-trust/2026-11-26 Mindfulness for self-trust.md', () => false)).toBe('Self-trust/2026-11-26 Mindfulness for self-trust.md');
  });

  it('numbers the second and third note of the day', () => {
    const taken = new Set(['Self-trust/2026-11-26 Emotional journal.md', 'Self-trust/2026-11-26 Emotional journal 2.md']);
    expect(nextFreePath('Self-trust/2026-11-26 Emotional journal.md', (p) => taken.has(p))).toBe('Self-trust/2026-11-26 Emotional journal 3.md');
  });

  it('puts the number before the extension, not into a dotted folder', () => {
    expect(nextFreePath('v1.2/note', (p) => p === 'v1.2/note')).toBe('v1.2/note 2');
    expect(nextFreePath('a/.hidden', (p) => p === 'a/.hidden')).toBe('a/.hidden 2');
  });

  it('never returns a taken path', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 })), (numbers) => {
        const base = 'Self-trust/x.md';
        const taken = new Set(numbers.map((n) => (n === 1 ? base : `Self-trust/x ${n}.md`)));
        const free = nextFreePath(base, (p) => taken.has(p));
        expect(taken.has(free)).toBe(false);
        expect(free).toMatch(/^Self-trust\/x( \d+)?\.md$/);
      }),
    );
  });
});
