import { describe, expect, it } from 'vitest';
import { mightBeOurs, parseNote } from '../../../src/core/parse/parse-note';
import { fixtureNote, fixtureNotes } from './fixture-notes';

describe('parseNote on the fixture notes', () => {
  const fixtures = fixtureNotes();

  it('has a fixture for every case', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  for (const fixture of fixtures) {
    it(`reads ${fixture.name}`, () => {
      const parsed = parseNote(fixture.name, fixture.text);
      expect(parsed.path).toBe(fixture.name);
      const expectedEntry = fixture.expected.entry ? { ...fixture.expected.entry, path: fixture.name } : null;
      expect(parsed.entry).toEqual(expectedEntry);
      expect(parsed.problems.map((p) => p.message)).toEqual(fixture.expected.problems);
      expect(parsed.draft).toEqual(fixture.expected.draft);
      for (const problem of parsed.problems) expect(problem.path).toBe(fixture.name);
    });
  }
});

describe('parseNote on input that must never crash it', () => {
  it('refuses a 5 MB note before reading its YAML, naming its size', () => {
    const head = '---\nselftrust: self-compassion-letter\ndate: 2026-11-26\n---\n';
    const text = head + 'Dear me, '.repeat(5_600_000 / 9);
    const started = performance.now();
    const parsed = parseNote('Letters/long letter.md', text);
    expect(performance.now() - started).toBeLessThan(500);
    expect(parsed.entry).toBeNull();
    expect(parsed.problems).toEqual([
      {
        path: 'Letters/long letter.md',
        message:
          'This note is 5.6 MB, more than the 1 MB a self-trust note may hold, so it was not read. ' +
          'Move long writing into another note and link to it.',
      },
    ]);
  });

  it('says nothing about a large note that is not ours', () => {
    const parsed = parseNote('Books/export.md', '# A long export\n' + 'words '.repeat(1_000_000));
    expect(parsed).toEqual({ path: 'Books/export.md', entry: null, problems: [] });
  });

  it('reads a note of ours just under the limit', () => {
    const head = '---\nselftrust: self-compassion-letter\ndate: 2026-11-26\n---\n';
    const parsed = parseNote('letter.md', head + 'x'.repeat(990_000));
    expect(parsed.entry).toEqual({ kind: 'self-compassion-letter', path: 'letter.md', date: '2026-11-26' });
  });

  it('keeps problems kind and specific for a YAML tag it does not know', () => {
    const parsed = parseNote('x.md', '---\nselftrust: mindfulness\ndate: !weird 2026-11-26\n---\n');
    expect(parsed.entry).toBeNull();
    expect(parsed.problems[0]?.message).toMatch(/^The frontmatter is not valid YAML on line 3 \(unknown tag/);
  });

  it('never evaluates a JavaScript frontmatter block', () => {
    const text = "---js\n{ selftrust: 'mindfulness', date: (() => { globalThis.__evaluated = true; return '2026-11-26' })() }\n---\n";
    expect(parseNote('x.md', text)).toEqual({ path: 'x.md', entry: null, problems: [] });
    expect((globalThis as { __evaluated?: boolean }).__evaluated).toBeUndefined();
  });

  it('survives random bytes and random frontmatter lines without throwing', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pieces = ['---', 'selftrust: small-promise', 'date: 2026-11-26', 'kept: [', '- 2026-02-30', ': :', '"', "'", '\t', '\u0000', '\uFEFF', '&a', '*a', '!!binary', '{', '}', 'promise:', '? x', '|', '>'];
    for (let i = 0; i < 2000; i++) {
      const lines = ['---', 'selftrust: small-promise'];
      const n = Math.floor(random() * 8);
      for (let j = 0; j < n; j++) lines.push(pieces[Math.floor(random() * pieces.length)]!);
      lines.push('---');
      const parsed = parseNote('fuzz.md', lines.join(random() < 0.5 ? '\n' : '\r\n'));
      expect(parsed.path).toBe('fuzz.md');
      for (const problem of parsed.problems) expect(problem.message.length).toBeGreaterThan(10);
    }
  });

  it('lets only the frontmatter decide: two notes differing in their body read the same', () => {
    const walk = fixtureNote('Walk.md');
    const other = walk.text + '\nA new paragraph in the body.\n';
    expect(parseNote('Walk.md', other)).toEqual(parseNote('Walk.md', walk.text));
  });
});

describe('mightBeOurs', () => {
  it('finds a top-level selftrust key in the frontmatter block', () => {
    expect(mightBeOurs('---\ntitle: x\nselftrust: small-promise\n---\nbody')).toBe(true);
    expect(mightBeOurs('\uFEFF---\r\nselftrust: mindfulness\r\n---\r\n')).toBe(true);
    expect(mightBeOurs('---\n"selftrust": mindfulness\n---\n')).toBe(true);
  });

  it('says no to notes without one, without parsing YAML', () => {
    expect(mightBeOurs('')).toBe(false);
    expect(mightBeOurs('# Title\nselftrust: small-promise\n')).toBe(false);
    expect(mightBeOurs('---\ntitle: x\n---\nselftrust: small-promise\n')).toBe(false);
    expect(mightBeOurs('---\nmeta:\n  selftrust: small-promise\n---\n')).toBe(false);
    expect(mightBeOurs('---js\nselftrust: small-promise\n---\n')).toBe(false);
    expect(mightBeOurs('----\nselftrust: small-promise\n---\n')).toBe(false);
  });

  it('skips a 10k-note vault of other notes quickly', () => {
    const note = '---\ntags: [daily]\ncreated: 2026-11-26\n---\n' + 'Some ordinary writing.\n'.repeat(100);
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) expect(parseNote(`n${i}.md`, note).entry).toBeNull();
    // Generous bound for a shared machine; YAML-parsing each note would take several times longer.
    expect(performance.now() - started).toBeLessThan(1500);
  });
});
