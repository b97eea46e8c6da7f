/**
 * A fast reading of the frontmatter most notes have: top-level `key: value` lines, block lists of
 * plain values (`kept:` then `  - 2026-11-26` lines) and one-line flow lists (`tags: [a, b]`). A
 * promise with two years of days is about 600 such lines, and the `yaml` package takes about a
 * hundred times longer over them than this does (docs/dev/performance.md).
 *
 * It answers only when it is sure to give exactly what yaml-frontmatter.ts's library reading gives
 * (gray-matter, then the `yaml` package with the YAML 1.2 core schema): anything else, however
 * ordinary (a comment, a quote with an escape, a value over two lines, a tab, a duplicate key),
 * gives `undefined` and the library reads the note. Values are resolved with the core schema's own
 * tests and conversions, copied from the `yaml` package (src/schema/core/*.ts) in its order: null,
 * bool, int (octal, decimal, hex), float (.inf/.nan, exponent, plain), else a string.
 * test/core/parse/simple-yaml.test.ts checks on generated frontmatter that both readings agree.
 */

/**
 * What may not start a plain value here: YAML's indicators (c-indicator), and `-`, `?`, `:` unless
 * (for `-`) a digit or a dot follows, as in `-5` or `-.5`: YAML allows more, this reads only those.
 */
const INDICATOR = /^(?:[?:,[\]{}#&*!|>'"%@`]|-(?![0-9.]))/;
/** Characters refused anywhere: controls, tabs, CR, NEL, BOM, the Unicode line separators, non-characters. */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point (the line break \n aside)
const REFUSED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/;
/** Keys read here: a letter or `_`, then letters, digits, `_` and `-`. Others go to the library. */
const KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Keys the core schema reads as null or a boolean, not as text. */
const NOT_TEXT_KEY = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;

const NULL_TEST = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_TEST = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT_TEST = /^0o[0-7]+$/;
const INT_TEST = /^[-+]?[0-9]+$/;
const INT_HEX_TEST = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_TEST = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_TEST = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_TEST = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** YAML's white space in a line is the space (tabs are refused): String.trim would also drop U+00A0 and the like, which YAML keeps. */
function strip(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && text.charCodeAt(a) === 0x20) a++;
  while (b > a && text.charCodeAt(b - 1) === 0x20) b--;
  return a === 0 && b === text.length ? text : text.slice(a, b);
}

/** A plain scalar as the core schema resolves it (yaml's findScalarTagByTest, then the tag's resolve). */
export function resolveCorePlain(text: string): string | number | boolean | null {
  // Most values start with a letter that no number, boolean or null starts with: text at once.
  const c = text.charCodeAt(0);
  const maybe = text === '' || c === 0x7e || c === 0x2b || c === 0x2d || c === 0x2e || (c >= 0x30 && c <= 0x39) || 'nNtTfF'.includes(text[0] as string);
  if (!maybe) return text;
  // A day (2026-11-26) is no number: past the first character, a `-` only follows an exponent's e.
  const dash = text.indexOf('-', 1);
  if (dash !== -1 && text[dash - 1] !== 'e' && text[dash - 1] !== 'E') return text;
  if (NULL_TEST.test(text)) return null;
  if (BOOL_TEST.test(text)) return text[0] === 't' || text[0] === 'T';
  if (INT_OCT_TEST.test(text)) return parseInt(text.substring(2), 8);
  if (INT_TEST.test(text)) return parseInt(text, 10);
  if (INT_HEX_TEST.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN_TEST.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP_TEST.test(text) || FLOAT_TEST.test(text)) return parseFloat(text);
  return text;
}

/**
 * A one-line plain value in block context, resolved; undefined when the line is not that simple.
 * Refused: an indicator first, `: ` or a trailing `:` (a map), ` #` (a comment), flow brackets.
 */
function blockPlain(raw: string): string | number | boolean | null | undefined {
  const text = strip(raw);
  if (text === '') return null;
  if (INDICATOR.test(text) || text.endsWith(':') || text.includes(': ') || text.includes(' #') || /[[\]{}]/.test(text)) return undefined;
  return resolveCorePlain(text);
}

/** True when text[at..at+10) is `dddd-dd-dd`: plain, and text to the core schema (no number has a `-` inside). */
function isDayShaped(text: string, at: number): boolean {
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(at + i);
    if (i === 4 || i === 7 ? c !== 0x2d : c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** A quoted value with nothing to unescape (`"Walk"`, `'Walk'`), as its text; undefined otherwise. */
function quoted(text: string): string | undefined {
  const q = text[0];
  if ((q !== '"' && q !== "'") || text.length < 2 || text[text.length - 1] !== q) return undefined;
  const inner = text.slice(1, -1);
  if (inner.includes(q) || (q === '"' && inner.includes('\\'))) return undefined;
  return inner;
}

/** `[a, b]` on one line, of plain values; undefined when anything in it needs the library. */
function flowList(text: string): unknown[] | undefined {
  if (text[text.length - 1] !== ']') return undefined;
  const inner = text.slice(1, -1);
  if (strip(inner) === '') return [];
  const out: unknown[] = [];
  for (const part of inner.split(',')) {
    const item = strip(part);
    if (item === '' || INDICATOR.test(item) || /[[\]{}:#]/.test(item)) return undefined;
    out.push(resolveCorePlain(item));
  }
  return out;
}

/** A value on the key's line (not empty): plain, quoted or a flow list. */
function inlineValue(text: string): unknown {
  const c = text[0];
  if (c === '[') return flowList(text);
  if (c === '"' || c === "'") return quoted(text);
  return blockPlain(text);
}

/**
 * The frontmatter of `text` (which starts with the `---` line; see parseYamlFrontmatter) read the
 * fast way, or undefined when it is not simple enough to be sure (see the file's comment).
 */
export function readSimpleFrontmatter(text: string): Record<string, unknown> | undefined {
  // gray-matter: `---` then a line break (no language after it), the block ends at the first "\n---".
  if (!text.startsWith('---\n')) return undefined;
  let close = text.indexOf('\n---', 3);
  if (close === -1) close = text.length;
  const block = text.slice(4, close);
  if (REFUSED.test(block)) return undefined;
  // Lines are found by position, not split: a promise's log is hundreds of lines, each read once.
  const end = block.length;
  const data: Record<string, unknown> = {};
  let keys = 0;
  let pos = 0;
  while (pos < end) {
    let eol = block.indexOf('\n', pos);
    if (eol === -1) eol = end;
    const line = block.slice(pos, eol);
    pos = eol + 1;
    if (strip(line) === '') continue;
    const colon = line.indexOf(':');
    if (colon <= 0) return undefined;
    const key = line.slice(0, colon);
    if (!KEY.test(key) || NOT_TEXT_KEY.test(key) || key === '__proto__' || Object.prototype.hasOwnProperty.call(data, key)) return undefined;
    const rest = line.slice(colon + 1);
    if (rest !== '' && rest[0] !== ' ') return undefined; // `key:value` is one plain scalar, not a pair
    const value = strip(rest);
    if (value !== '') {
      const read = inlineValue(value);
      if (read === undefined) return undefined;
      data[key] = read;
      keys++;
      continue;
    }
    // `key:` alone: a block list follows, or the value is null.
    const list = readBlockList(block, pos);
    if (list === undefined) return undefined;
    pos = list.next;
    data[key] = list.items;
    keys++;
  }
  return keys > 0 ? data : undefined;
}

/**
 * The block list that starts at `pos` (the line after `key:`): its items, or null when no item
 * follows, and where the next key's line starts; undefined when a line needs the library.
 */
function readBlockList(block: string, pos: number): { items: unknown[] | null; next: number } | undefined {
  const end = block.length;
  const items: unknown[] = [];
  let indent = -1;
  while (pos < end) {
    let eol = block.indexOf('\n', pos);
    if (eol === -1) eol = end;
    let dash = pos;
    while (dash < eol && block.charCodeAt(dash) === 0x20) dash++;
    if (dash === eol) {
      pos = eol + 1; // blank
      continue;
    }
    if (block.charCodeAt(dash) !== 0x2d) {
      if (dash > pos) return undefined; // an indented line that is not an item: nested, or a value over two lines
      break;
    }
    if (indent === -1) indent = dash - pos;
    else if (dash - pos !== indent) return undefined;
    // `  - 2026-11-26`: a promise's log is hundreds of these, and a day-shaped plain value is its own text.
    if (eol === dash + 12 && block.charCodeAt(dash + 1) === 0x20 && isDayShaped(block, dash + 2)) {
      items.push(block.slice(dash + 2, eol));
      pos = eol + 1;
      continue;
    }
    const after = block.slice(dash + 1, eol);
    if (after !== '' && after[0] !== ' ') {
      if (dash > pos) return undefined;
      break; // `-x` at the margin: not an item; let the key check refuse it
    }
    const item = strip(after);
    const read = item === '' ? null : item[0] === '"' || item[0] === "'" ? quoted(item) : blockPlain(item);
    if (read === undefined) return undefined;
    items.push(read);
    pos = eol + 1;
  }
  return { items: indent === -1 ? null : items, next: pos };
}
