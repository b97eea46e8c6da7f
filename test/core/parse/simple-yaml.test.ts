import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { benchNotes } from '../../../scripts/bench-vault';
import { EXERCISES } from '../../../src/core/catalog/exercises';
import { parseFrontmatter, parseNote } from '../../../src/core/parse/parse-note';
import { readSimpleFrontmatter, resolveCorePlain } from '../../../src/core/parse/simple-yaml';
import { parseYamlFrontmatter, parseYamlFrontmatterWithLibrary } from '../../../src/core/parse/yaml-frontmatter';
import { renderExercise } from '../../../src/core/templates/render';
import type { Day } from '../../../src/core/day';

/**
 * The fast reading of simple frontmatter (simple-yaml.ts) must give exactly what the library gives
 * (gray-matter + the `yaml` package, YAML 1.2 core schema), or step aside. Compared on generated
 * frontmatter full of the things that tell YAML readers apart: numbers in every notation, null and
 * boolean spellings, indicators, comments, quotes, colons, flow brackets, odd indents, tabs, CRs.
 */

/** Deep equality that tells -0 from 0, NaN from a string, and checks key order and prototypes. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return Object.is(a, b);
}

const SCALARS = [
  // numbers, nulls and booleans in the spellings the core schema reads, and near misses
  '1', '0', '-0', '+12', '007', '0o17', '0o8', '0x1F', '0X1F', '0xg', '1e3', '1E-3', '-1.5e+2', '.5', '1.', '1.50', '-.5', '+.5e1',
  '.inf', '-.Inf', '+.INF', '.NaN', '.nan', '.NAN', '.Nan', '0b101', '1_000', '12:30', '1:2:3', '99999999999999999999', '1e400',
  '~', 'null', 'Null', 'NULL', 'nUll', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'yes', 'No', 'on', 'OFF', 'y', 'n',
  '2026-11-26', '2026-1-2', '2026-11-26T10:00:00Z', '2026-11-26 10:00', '-2026-11-26', '2026-11-26e5', '1-2', '1e-2-3',
  // text, and text that is something else to YAML
  'Walk', 'Walk 10 minutes', 'a b', 'a  b', 'a, b', 'a: b', 'a:b', 'a:', 'a :b', 'C#', 'a #b', 'a#b', "it's", 'say "hi"', 'é', 'Ünïcödé',
  '😀', '\ud800', '\u00a0x', 'a\u00a0', '\u3000x', 'x\u2003', 'a #', 'a\u0085b', 'a\u2028b', 'x]', '[a]', '[a, b]', '[]', '[ ]', '[a,]', '[a, [b]]', '[a: b]', "['a']", '[1, 2.5, true, null, ~]', '{a}', '{}',
  '-a', '- a', '-', '--', '---', '...', '?a', '? a', ':a', '&a', '*a', '!a', '!!str 1', '|', '>', '%a', '@a', '`a', '=', '<<',
  '"a"', "'a'", '"a\\"b"', '"a\\nb"', "'a''b'", '"a', "'a", '"a" b', '""', "''", '" a "', "'#x'", '"a: b"', "'\\n'",
]; // prettier-ignore

const KEYS = [
  'date', 'kept', 'skipped', 'tags', 'selftrust', 'promise', 'a-b', '_x', 'Kept', 'KEPT', 'x1', 'constructor', 'toString',
  'true', 'Null', 'FALSE', 'yes', '__proto__', 'key with space', 'ключ', '1a', '-x', '"q"', "'q'", '? x', 'a:b', '<<', '',
]; // prettier-ignore

/** Usually `common`, sometimes one of `rare`: one odd piece anywhere sends a whole block to the library. */
const mostly = <T>(common: T, ...rare: T[]): fc.Arbitrary<T> =>
  fc.oneof({ weight: 6, arbitrary: fc.constant(common) }, { weight: 1, arbitrary: fc.constantFrom(...rare) });

const scalar = fc.constantFrom(...SCALARS);
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KEYS.slice(0, 12)) }, { weight: 1, arbitrary: fc.constantFrom(...KEYS) });
const pad = mostly('', ' ', '  ', '\t', ' # note', '#x');
const sep = mostly(': ', ':', ':  ', ':\t', ' : ', '::');

const keyLine = fc.tuple(key, sep, scalar, pad).map(([k, s, v, p]) => `${k}${s}${v}${p}`);
const listBlock = fc
  .tuple(key, mostly(':', ': ', ':  '), mostly('  ', '', '    ', ' ', '\t'), fc.array(fc.tuple(mostly('', ' ', '  ', '\t'), mostly('- ', '-', '-  ', '-x'), fc.oneof(scalar, fc.constant('')), pad), { minLength: 0, maxLength: 6 }))
  .map(([k, s, indent, items]) => [`${k}${s}`, ...items.map(([odd, dash, v, p]) => `${indent}${odd}${dash}${v}${p}`)].join('\n'));
const oddLine = fc.constantFrom('', '   ', '# a comment', '  # indented comment', '  continued', '...', '%YAML 1.2', '- a', 'plain', '\t', '  - stray');

const frontmatter = fc
  .tuple(
    mostly('---\n', '---yaml\n', '--- \n', '----\n', '---\r\n'),
    fc.array(fc.oneof({ weight: 10, arbitrary: keyLine }, { weight: 6, arbitrary: listBlock }, { weight: 1, arbitrary: oddLine }), { minLength: 0, maxLength: 6 }),
    fc.constantFrom('\n---', '\n---\n# Body\n', '\n---\r\n', '\n----'),
    mostly(false, true),
  )
  .map(([open, lines, close, crlf]) => {
    const text = open + lines.join('\n') + close;
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** Generated frontmatter in the shape notes really have: mostly simple, so the fast path is taken often. */
const simpleish = fc
  .array(
    fc.oneof(
      fc.tuple(fc.constantFrom('date', 'promise', 'times', 'per', 'status', 'start', 'schema', 'trigger', 'mood'), fc.constantFrom(...SCALARS.slice(0, 60))).map(([k, v]) => `${k}: ${v}`),
      fc
        .tuple(fc.constantFrom('kept', 'skipped', 'tags', 'emotions', 'wins'), fc.constantFrom('  ', ''), fc.array(fc.constantFrom(...SCALARS.slice(0, 70)), { maxLength: 5 }))
        .map(([k, indent, items]) => [`${k}:`, ...items.map((v) => `${indent}- ${v}`)].join('\n')),
      fc.tuple(fc.constantFrom('tags', 'aliases'), fc.array(fc.constantFrom('a', 'b c', '1', 'true', '~', 'x/y', '2026-11-26'), { maxLength: 4 })).map(([k, items]) => `${k}: [${items.join(', ')}]`),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((lines) => `---\nselftrust: small-promise\n${lines.join('\n')}\n---\nbody`);

function checkAgrees(text: string): boolean {
  const fast = readSimpleFrontmatter(text);
  const library = parseYamlFrontmatterWithLibrary(text);
  if (fast !== undefined) {
    expect(library.ok, `the library refused what the fast path read: ${JSON.stringify(text)}`).toBe(true);
    if (library.ok) expect(same(fast, library.data), `${JSON.stringify(text)}\nfast:    ${JSON.stringify(fast)}\nlibrary: ${JSON.stringify(library.data)}`).toBe(true);
  }
  const both = parseYamlFrontmatter(text);
  expect(both.ok).toBe(library.ok);
  if (both.ok && library.ok) expect(same(both.data, library.data), JSON.stringify(text)).toBe(true);
  else if (!both.ok && !library.ok) expect(both.message).toBe(library.message);
  return fast !== undefined;
}

describe('simple frontmatter read fast, exactly as the library reads it', () => {
  // The library warns on stderr about map keys that are collections ({ x: 1 }: 2), which the generator makes on purpose.
  beforeAll(() => {
    vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  });

  it('resolves every plain scalar as the core schema does', () => {
    for (const s of SCALARS) {
      if (/^[?:,[\]{}#&*!|>'"%@`]|^-(?![0-9.])/.test(s)) continue; // not a plain scalar
      const library = parseYamlFrontmatterWithLibrary(`---\nk: ${s}\n---`);
      if (!library.ok || typeof library.data !== 'object' || library.data === null) continue;
      const value = (library.data as { k?: unknown }).k;
      if (typeof value === 'string' && value !== s) continue; // quoted or otherwise not a plain scalar
      if (typeof value === 'object' && value !== null) continue;
      expect(same(resolveCorePlain(s), value), s).toBe(true);
    }
  });

  it('agrees with the library on generated frontmatter of every kind (or steps aside)', () => {
    let fast = 0;
    fc.assert(
      fc.property(frontmatter, (text) => {
        if (checkAgrees(text)) fast++;
      }),
      { numRuns: Number(process.env.SELFTRUST_FUZZ_RUNS ?? 8000) },
    );
    expect(fast).toBeGreaterThan(400); // the comparison means something only if the fast path was taken
  }, 60_000);

  it('agrees with the library on generated frontmatter shaped like real notes, and reads most of it', () => {
    let fast = 0;
    fc.assert(
      fc.property(simpleish, (text) => {
        if (checkAgrees(text)) fast++;
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(1000);
  }, 60_000);

  it('gives the same ParsedNote as the library on the benchmark vault and on every template as rendered', () => {
    const notes: [string, string][] = [...benchNotes(1200)].filter(([, text], i) => i % 10 === 1 || text.includes('selftrust'));
    for (const e of EXERCISES) {
      notes.push([`Self-trust/2026-11-26 ${e.title}.md`, renderExercise(e.id, { date: '2026-11-26' as Day, weekStart: 'monday', fields: {} })]);
    }
    let fast = 0;
    for (const [path, text] of notes) {
      if (!text.startsWith('---\n')) continue;
      const end = text.indexOf('\n---', 3) + 4;
      const block = text.slice(0, end);
      if (checkAgrees(block)) fast++;
      const library = parseYamlFrontmatterWithLibrary(block);
      expect(library.ok).toBe(true);
      if (!library.ok) continue;
      // parseFrontmatter over the library's data is what parseNote gave before the fast path existed.
      const reference = parseFrontmatter(path, library.data);
      const actual = parseNote(path, text);
      expect(JSON.stringify(actual), path).toBe(JSON.stringify(reference));
    }
    expect(fast).toBe(notes.filter(([, t]) => t.startsWith('---\n')).length);
  }, 60_000);
});
