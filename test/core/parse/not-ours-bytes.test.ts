import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mightBeOurs, notOursBytes, parseNote } from '../../../src/core/parse/parse-note';

/**
 * notOursBytes lets the CLI drop a note before decoding it. It may say "not ours" only when parseNote
 * of the decoded text would give nothing to keep (no entry, no problem, no draft), whatever the bytes.
 */
const FRAGMENTS = [
  '---\n', '---\r\n', ' ---\n', '----\n', '--- \n', '---js\n', '\n---\n', '\n', '\r\n', ' ', 'selftrust: small-promise\n', 'SelfTrust: mindfulness\n', '"selftrust": x\n', 'selftrus',
  't: y\n', 'self trust', 'self-trust', 'SELFTRUST', 'date: 2026-11-26\n', 'title: x\n', '\uFEFF', 'é', '😀', '# Heading\n', 'promise: Walk\n',
]; // prettier-ignore
const NAMES = ['Notes/a.md', 'Notes/Small promise.md', 'x/2026-11-26 mindfulness.md', 'Self-trust/note.md', 'b/Boundary log 2.md', 'c/random.md'];

const utf8 = new TextEncoder();
const lossy = new TextDecoder('utf-8', { ignoreBOM: true });

const bytes = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => utf8.encode(parts.join(''))),
  // Not UTF-8: Latin-1 bytes, and UTF-16 (NULs between the letters).
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => Uint8Array.from([...parts.join('')].map((c) => c.charCodeAt(0) & 0xff))),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => {
    const text = parts.join('');
    const out = new Uint8Array(text.length * 2 + 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    return out;
  }),
  fc.uint8Array({ maxLength: 64 }),
);

describe('notOursBytes', () => {
  it('says "not ours" only of notes parseNote keeps nothing of', () => {
    let skipped = 0;
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), bytes, (path, raw) => {
        if (!notOursBytes(path, raw)) return;
        skipped++;
        const text = lossy.decode(raw);
        const note = parseNote(path, text);
        expect(note.entry).toBeNull();
        expect(note.problems).toEqual([]);
        expect(note.draft).toBeUndefined();
        expect(mightBeOurs(text)).toBe(false);
      }),
      { numRuns: 20000 },
    );
    expect(skipped).toBeGreaterThan(500);
  });

  it('keeps notes with the marker in any case, named like ours, or holding NUL bytes', () => {
    expect(notOursBytes('Notes/a.md', utf8.encode('---\nSelfTrust: mindfulness\n---\n'))).toBe(false);
    expect(notOursBytes('Notes/a.md', utf8.encode('# about selftrust'))).toBe(false);
    expect(notOursBytes('Notes/2026-11-26 Small promise.md', utf8.encode(''))).toBe(false);
    expect(notOursBytes('Notes/a.md', Uint8Array.from([0x73, 0, 0x65]))).toBe(false);
    expect(notOursBytes('Notes/a.md', utf8.encode('---\ntags: [a]\n---\n# self-trust, not ours'))).toBe(true);
  });
});
