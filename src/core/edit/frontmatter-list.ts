import { isAlias, isMap, isScalar, isSeq, Scalar, type Document, type Node, type Pair, type YAMLSeq } from 'yaml';
import { isDay, type Day } from '../day';
import { loggedDayOf } from '../parse/field-readers';
import { MAX_ALIAS_COUNT, parseYamlDocument } from '../parse/yaml-frontmatter';
import { quoteYaml } from '../templates/yaml-scalar';

/**
 * Targeted edits of one list of days (`kept`, `skipped`, `missed`, `slipped`) in a note's frontmatter.
 * A listed day may carry a few words (`- 2026-11-20 walked with Sam`): they are written after the
 * day on the item's own line, plain when YAML would read them back unchanged and double-quoted
 * otherwise, so the Properties panel still edits the list as text.
 *
 * The `yaml` package (eemeli/yaml) parses the block and gives every node its source range; the edit
 * inserts or removes the text of one item at that place, so every other byte (keys, comments,
 * quotes, blank lines, each line's own ending, the body) stays as the user wrote it. The edited
 * text is parsed again before anyone writes it: the list must hold exactly the days intended (read
 * by `loggedDayOf`, the parser's own day reading, words included) and every other key the same value; otherwise the edit
 * is refused with a reason. Shapes that cannot be edited safely are refused up front: an anchored
 * list or item (`&k`, which another key may repeat as `*k`), an alias (`*d`), a block of text.
 * Aliases elsewhere are expanded for the check with a cap (MAX_ALIAS_COUNT): bounded time and memory.
 */

export type ListKey = 'kept' | 'skipped' | 'missed' | 'slipped';

/**
 * The outcome of an edit. `ok: true` with `changed: false` means the note already was as asked
 * (nothing to write); `count` is how many times the day is listed after the edit. `wordsBefore` is
 * set by a change of words (setWordsOnDay) that changed the note: the words the listing carried
 * before, null when it had none. Words are never replaced without the caller knowing which.
 */
export type ListEdit =
  | { ok: true; text: string; changed: boolean; count: number; wordsBefore?: string | null }
  | { ok: false; reason: string };

interface Block {
  /** Offset where the YAML starts: just after the opening `---` line's line break. */
  start: number;
  /** Offset of the closing `---` line. */
  end: number;
}

/** Finds the frontmatter block as the parser does (after an optional BOM; closed by the first line starting with `---`). */
export function findFrontmatterBlock(text: string): Block | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const open = /^---[ \t]*\r?\n/.exec(text.slice(bom, bom + 64));
  if (!open) return undefined;
  const start = bom + open[0].length;
  let pos = start;
  while (pos < text.length) {
    if (text.startsWith('---', pos)) return { start, end: pos };
    const nl = text.indexOf('\n', pos);
    if (nl === -1) break;
    pos = nl + 1;
  }
  return undefined;
}

/** A parsed block and the pair of the edited key (absent when the note has no such key yet). */
interface Located {
  block: Block;
  yaml: string;
  doc: Document.Parsed;
  pair: Pair<unknown, unknown> | undefined;
}

type Locate = { ok: true; at: Located } | { ok: false; reason: string };

function keyName(pair: Pair<unknown, unknown>): string | undefined {
  const k = pair.key;
  if (isScalar(k) && (typeof k.value === 'string' || typeof k.value === 'number')) return String(k.value).trim().toLowerCase();
  return undefined;
}

function locate(text: string, key: ListKey): Locate {
  const block = findFrontmatterBlock(text);
  if (!block) return { ok: false, reason: 'This note has no frontmatter (the block between --- lines at the top).' };
  const yaml = text.slice(block.start, block.end);
  const doc = parseYamlDocument(yaml);
  if (doc.errors.length > 0) return { ok: false, reason: 'The frontmatter of this note could not be read as YAML, so it was left as it is.' };
  if (doc.contents !== null && !isMap(doc.contents)) {
    return { ok: false, reason: 'The frontmatter is not a list of "key: value" lines, so it was left as it is.' };
  }
  const pairs = (doc.contents?.items ?? []).filter((p) => keyName(p) === key);
  if (pairs.length > 1) {
    const names = pairs.map((p) => `"${String((p.key as Scalar).value)}"`).join(' and ');
    return { ok: false, reason: `The field "${key}" is written twice (${names}); keep one of them and try again.` };
  }
  return { ok: true, at: { block, yaml, doc, pair: pairs[0] } };
}

/** One listed day and the words after it (null when none), as the parser reads it. */
interface Listing {
  day: Day;
  words: string | null;
}

/** What a list holds, as the parser reads it (unreadable items are left out, as the parser does). */
function listingsIn(doc: Document.Parsed, node: unknown): Listing[] {
  if (node === null || node === undefined) return [];
  const value: unknown = isScalar(node) || isSeq(node) ? (node as Node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) : undefined;
  const items = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
  const out: Listing[] = [];
  for (const item of items) {
    const read = loggedDayOf(item);
    if ('day' in read) out.push(read);
  }
  return out;
}

function daysIn(doc: Document.Parsed, node: unknown): Day[] {
  return listingsIn(doc, node).map((l) => l.day);
}

/**
 * Words as they go after a day: on one line, spaces collapsed, control characters dropped, and
 * without a leading dash, colon or bar (the reader takes those as the separator). Null when nothing
 * is left. At most 200 characters: a few words, not a journal (that is what the note's body is for).
 */
export function cleanWords(words: string | null | undefined): string | null {
  if (words === null || words === undefined) return null;
  let out = '';
  for (const ch of words) {
    const c = ch.codePointAt(0) ?? 0;
    // Control and line-separator characters would end the item's line or need escapes, and a lone
    // surrogate or a non-character cannot be stored as UTF-8: a space instead.
    const odd = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029 || (c >= 0xd800 && c <= 0xdfff) || c === 0xfeff || c === 0xfffe || c === 0xffff;
    out += odd ? ' ' : ch;
  }
  out = out.replace(/\s+/g, ' ').trim();
  out = out.replace(/^[-–—:,;|\s]+/, '').trim();
  if (out.length > 200) out = out.slice(0, 200).replace(/\s+\S*$/, '').trim() || out.slice(0, 200);
  return out === '' ? null : out;
}

/** Characters that would give a plain scalar a YAML meaning in a block list, or in a flow list too. */
const NOT_PLAIN_IN_BLOCK = /[:#"'`\\&*!%@|>]/;
const NOT_PLAIN_IN_FLOW = /[:#"'`\\&*!%@|>,[\]{}]/;

/** The YAML text of one item: the day, then its words if any, quoted as the list's last item is or when YAML needs it. */
function itemText(day: Day, words: string | null, quote: string, flow: boolean): string {
  if (words === null) return `${quote}${day}${quote}`;
  const text = `${day} ${words}`;
  // Words come through cleanWords: one line, no control characters, so single quotes need only '' for '.
  if (quote === "'") return `'${text.replace(/'/g, "''")}'`;
  if (quote === '' && !(flow ? NOT_PLAIN_IN_FLOW : NOT_PLAIN_IN_BLOCK).test(words)) return text;
  return quoteYaml(text);
}

/** Why a list cannot be edited safely, or undefined when it can. */
function unsafeShape(key: ListKey, node: unknown): string | undefined {
  if (isAlias(node)) return `"${key}" is written as an alias (*${node.source}) of another value, so it was left as it is. Write its days out to log here.`;
  if (isMap(node)) return `"${key}" holds a group of fields instead of a list of days, so it was left as it is.`;
  if (isScalar(node) || isSeq(node)) {
    if (node.anchor) return `"${key}" carries an anchor (&${node.anchor}) that other fields may repeat, so it was left as it is. Remove the anchor to log here.`;
    if (node.tag) return `"${key}" carries a YAML tag (${node.tag}), so it was left as it is.`;
  }
  if (isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)) {
    return `"${key}" is written as a block of text, not a list of days, so it was left as it is.`;
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      if (isAlias(item)) return `An item in "${key}" is an alias (*${item.source}), so the list was left as it is.`;
      if ((isScalar(item) || isSeq(item) || isMap(item)) && item.anchor) {
        return `An item in "${key}" carries an anchor (&${item.anchor}) that other fields may repeat, so the list was left as it is.`;
      }
    }
  }
  return undefined;
}

const lineStartAt = (text: string, pos: number): number => text.lastIndexOf('\n', pos - 1) + 1;

/** Where the line holding `pos` ends (before its line break), and that break (`\n`, `\r\n`, or '' at the end). */
function lineEndAt(text: string, pos: number): { end: number; eol: string } {
  const nl = text.indexOf('\n', pos);
  if (nl === -1) return { end: text.length, eol: '' };
  return text[nl - 1] === '\r' ? { end: nl - 1, eol: '\r\n' } : { end: nl, eol: '\n' };
}

/** The offset just after the last character of a node's own content (trailing blank lines and spaces left out). */
function contentEnd(yaml: string, node: Node): number {
  let end = node.range?.[1] ?? 0;
  while (end > 0 && /[\s]/.test(yaml[end - 1] ?? '')) end--;
  return end;
}

function quoteOf(node: unknown): string {
  if (isScalar(node) && node.type === Scalar.QUOTE_DOUBLE) return '"';
  if (isScalar(node) && node.type === Scalar.QUOTE_SINGLE) return "'";
  return '';
}

/** The line break a new line in the block should use: the block's last line's own. */
function blockEol(text: string, block: Block): string {
  if (block.end >= 2 && text[block.end - 2] === '\r') return '\r\n';
  return '\n';
}

/** The text with the day added once more to the list; no checks. Offsets in `yaml` are block-relative. */
function insertDay(text: string, at: Located, key: ListKey, day: Day, words: string | null): string | { reason: string } {
  const { block, yaml, pair } = at;
  const splice = (from: number, to: number, insert: string): string =>
    text.slice(0, block.start + from) + insert + text.slice(block.start + to);
  if (!pair) {
    const eol = blockEol(text, block);
    return text.slice(0, block.end) + `${key}:${eol}  - ${itemText(day, words, '', false)}${eol}` + text.slice(block.end);
  }
  const node = pair.value;
  const keyEnd = (pair.key as Node).range?.[1] ?? 0;
  if (node === null || (isScalar(node) && node.value === null)) {
    // `kept:` or `kept: ~` / `kept: null`: becomes a one-item flow list in place of the null, or a block item under the key.
    if (isScalar(node) && node.range && node.range[1] > node.range[0]) return splice(node.range[0], node.range[1], `[${itemText(day, words, '', true)}]`);
    const { end, eol } = lineEndAt(yaml, keyEnd);
    return splice(end, end, `${eol || blockEol(text, block)}  - ${itemText(day, words, '', false)}`);
  }
  if (isScalar(node)) {
    const [from, to] = node.range ?? [0, 0];
    const source = yaml.slice(from, to);
    return splice(from, to, `[${source}, ${itemText(day, words, quoteOf(node), true)}]`);
  }
  if (isSeq(node)) return insertIntoSeq(yaml, node, day, words, splice);
  return { reason: `"${key}" is not written as a list of days, so it was left as it is.` };
}

function insertIntoSeq(
  yaml: string,
  seq: YAMLSeq,
  day: Day,
  words: string | null,
  splice: (from: number, to: number, insert: string) => string,
): string | { reason: string } {
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  const item = itemText(day, words, quoteOf(last), seq.flow === true);
  const [seqStart, seqEnd] = seq.range ?? [0, 0];
  if (seq.flow) {
    if (!last) {
      const close = yaml.lastIndexOf(']', seqEnd);
      if (close < seqStart) return { reason: 'The list could not be found in the frontmatter, so it was left as it is.' };
      return splice(seqStart, close + 1, `[${item}]`);
    }
    // After the last item; a trailing comma (`[a, b, ]`) stays after the new one.
    const after = contentEnd(yaml, last);
    return splice(after, after, `, ${item}`);
  }
  if (!last) return { reason: 'The list could not be found in the frontmatter, so it was left as it is.' };
  // A new `- day` line after the last item's last line, at the list's own indent, ending as that line ends.
  const dashLine = lineStartAt(yaml, seqStart);
  const indent = yaml.slice(dashLine, seqStart);
  if (!/^[ \t]*$/.test(indent)) return { reason: 'The list does not start on a line of its own, so it was left as it is.' };
  const { end, eol } = lineEndAt(yaml, contentEnd(yaml, last));
  return splice(end, end, `${eol || '\n'}${indent}- ${item}`);
}

/** The text with the last listing of `day` taken out; no checks. */
function removeDay(text: string, at: Located, key: ListKey, day: Day): string | { reason: string } {
  const { block, yaml, pair, doc } = at;
  const splice = (from: number, to: number, insert: string): string =>
    text.slice(0, block.start + from) + insert + text.slice(block.start + to);
  const node = pair?.value;
  if (isScalar(node)) {
    const [from, to] = node.range ?? [0, 0];
    return splice(from, to, '[]');
  }
  if (!isSeq(node)) return { reason: `"${key}" is not written as a list of days, so it was left as it is.` };
  const index = lastItemOf(doc, node, day);
  const item = node.items[index] as Node | undefined;
  if (!item?.range) return { reason: `${day} is not in "${key}", so there was nothing to take back.` };
  if (node.flow) {
    const prev = node.items[index - 1] as Node | undefined;
    const next = node.items[index + 1] as Node | undefined;
    if (prev) return splice(contentEnd(yaml, prev), contentEnd(yaml, item), '');
    if (next?.range) return splice(item.range[0], next.range[0], '');
    return splice(item.range[0], contentEnd(yaml, item), '');
  }
  // The item's whole lines, from its dash line to the end of its last line with that line's break.
  const from = lineStartAt(yaml, item.range[0]);
  const { end, eol } = lineEndAt(yaml, contentEnd(yaml, item));
  if (node.items.length === 1) {
    // The list becomes empty: `kept: []`, the key's line otherwise as it was (a comment stays after the []).
    const colon = yaml.indexOf(':', (pair?.key as Node | undefined)?.range?.[1] ?? 0);
    if (colon < 0 || colon >= from) return { reason: `"${key}" could not be found in the frontmatter, so it was left as it is.` };
    const rest = yaml.slice(0, from) + yaml.slice(end + eol.length);
    return text.slice(0, block.start) + rest.slice(0, colon + 1) + ' []' + rest.slice(colon + 1) + text.slice(block.end);
  }
  return splice(from, end + eol.length, '');
}

/** The index of the last item of a list that reads as `day` (with or without words), or -1. */
function lastItemOf(doc: Document.Parsed, seq: YAMLSeq, day: Day): number {
  for (let i = seq.items.length - 1; i >= 0; i--) {
    const read = listingsIn(doc, seq.items[i]);
    if (read.length === 1 && read[0]?.day === day) return i;
  }
  return -1;
}

/** The text with the last listing of `day` rewritten to carry `words` (null: the day alone); no checks. */
function rewriteWords(text: string, at: Located, key: ListKey, day: Day, words: string | null): string | { reason: string } {
  const { block, yaml, pair, doc } = at;
  const splice = (from: number, to: number, insert: string): string =>
    text.slice(0, block.start + from) + insert + text.slice(block.start + to);
  const node = pair?.value;
  if (isScalar(node) && node.range) {
    // `kept: 2026-11-20`: one day on the key's line becomes that day with its words.
    return splice(node.range[0], node.range[1], itemText(day, words, quoteOf(node), false));
  }
  if (!isSeq(node)) return { reason: `"${key}" is not written as a list of days, so it was left as it is.` };
  const item = node.items[lastItemOf(doc, node, day)] as Node | undefined;
  if (!item?.range) return { reason: `${day} is not in "${key}", so there are no words to change.` };
  if (!isScalar(item)) return { reason: `${day} in "${key}" is written as a group of fields, so its words were left as they are.` };
  return splice(item.range[0], contentEnd(yaml, item), itemText(day, words, quoteOf(item), node.flow === true));
}

function sameOtherFields(before: Document.Parsed, after: Document.Parsed, key: ListKey): string | undefined {
  const plain = (doc: Document.Parsed): Map<string, string> => {
    const out = new Map<string, string>();
    if (!isMap(doc.contents)) return out;
    for (const pair of doc.contents.items) {
      const name = keyName(pair) ?? JSON.stringify((pair.key as Node | null)?.toJSON?.() ?? null);
      if (name === key) continue;
      const value: unknown = isAlias(pair.value) || isScalar(pair.value) || isSeq(pair.value) || isMap(pair.value)
        ? (pair.value as Node).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT }) as unknown
        : null;
      out.set(name, JSON.stringify(value ?? null));
    }
    return out;
  };
  const a = plain(before);
  const b = plain(after);
  for (const [name, value] of a) if (b.get(name) !== value) return name;
  for (const name of b.keys()) if (!a.has(name)) return name;
  return undefined;
}

function sortedEqual(a: readonly Listing[], b: readonly Listing[]): boolean {
  if (a.length !== b.length) return false;
  const text = (l: Listing): string => `${l.day} ${l.words ?? ''}`;
  const x = a.map(text).sort();
  const y = b.map(text).sort();
  return x.every((d, i) => d === y[i]);
}

type Change =
  | { kind: 'add'; words: string | null; skipIfPresent: boolean }
  | { kind: 'remove' }
  | { kind: 'words'; words: string | null; ifNow?: string | null };

function applyChange(text: string, key: ListKey, day: Day, change: Change): ListEdit {
  if (!isDay(day)) return { ok: false, reason: `"${String(day)}" is not a calendar day (YYYY-MM-DD).` };
  const found = locate(text, key);
  if (!found.ok) return found;
  const at = found.at;
  const node = at.pair?.value;
  const unsafe = at.pair ? unsafeShape(key, node) : undefined;
  let before: Listing[];
  try {
    before = listingsIn(at.doc, node);
  } catch {
    return { ok: false, reason: 'The frontmatter repeats its aliases (*name) too many times to be checked, so it was left as it is.' };
  }
  const count = before.filter((l) => l.day === day).length;
  if (change.kind === 'add' && change.skipIfPresent && count > 0) return { ok: true, text, changed: false, count };
  if (change.kind !== 'add' && count === 0) return { ok: true, text, changed: false, count };
  const lastWords = before.filter((l) => l.day === day).pop()?.words ?? null;
  if (change.kind === 'words' && lastWords === change.words) return { ok: true, text, changed: false, count };
  if (change.kind === 'words' && change.ifNow !== undefined && lastWords !== change.ifNow) {
    return { ok: false, reason: `The words on ${day} in "${key}" have changed since, so they were left as they are.` };
  }
  if (unsafe) return { ok: false, reason: unsafe };
  const edited =
    change.kind === 'add'
      ? insertDay(text, at, key, day, change.words)
      : change.kind === 'remove'
        ? removeDay(text, at, key, day)
        : rewriteWords(text, at, key, day, change.words);
  if (typeof edited !== 'string') return { ok: false, reason: edited.reason };

  // Check the edit did exactly what it should before anyone writes it.
  const again = locate(edited, key);
  const refused = { ok: false as const, reason: `The list "${key}" is written in a way this edit does not understand, so the note was left as it is.` };
  if (!again.ok || !again.at.pair) return refused;
  try {
    const after = listingsIn(again.at.doc, again.at.pair.value);
    const expected =
      change.kind === 'add'
        ? [...before, { day, words: change.words }]
        : change.kind === 'remove'
          ? removeOne(before, day)
          : withLastWords(before, day, change.words);
    if (!sortedEqual(after, expected)) return refused;
    const changedField = sameOtherFields(at.doc, again.at.doc, key);
    if (changedField !== undefined) {
      return { ok: false, reason: `Changing "${key}" would also have changed "${changedField}", so the note was left as it is.` };
    }
  } catch {
    return { ok: false, reason: 'The frontmatter repeats its aliases (*name) too many times to be checked, so it was left as it is.' };
  }
  if (change.kind === 'words') return { ok: true, text: edited, changed: true, count, wordsBefore: lastWords };
  return { ok: true, text: edited, changed: true, count: change.kind === 'add' ? count + 1 : count - 1 };
}

function lastIndexOfDay(listings: readonly Listing[], day: Day): number {
  for (let i = listings.length - 1; i >= 0; i--) if (listings[i]?.day === day) return i;
  return -1;
}

function removeOne(listings: readonly Listing[], day: Day): Listing[] {
  const out = [...listings];
  const i = lastIndexOfDay(out, day);
  if (i >= 0) out.splice(i, 1);
  return out;
}

function withLastWords(listings: readonly Listing[], day: Day, words: string | null): Listing[] {
  const out = [...listings];
  const i = lastIndexOfDay(out, day);
  if (i >= 0) out[i] = { day, words };
  return out;
}

/**
 * Adds `day` to a list of days (`kept`, `skipped`, `missed`, `slipped`) with one targeted text edit,
 * followed by `words` when given (`- 2026-11-20 walked with Sam`; see cleanWords for what is kept of
 * them). Without `again`, a day already listed leaves the note unchanged (`changed: false`): logging
 * twice by accident changes nothing. With `again`, the day is listed once more (a second keep, a
 * second slip). Refuses (`ok: false`, with a reason for the user) rather than guess; never throws.
 */
export function addDayToList(text: string, key: ListKey, day: Day, options: { again?: boolean; words?: string | null } = {}): ListEdit {
  try {
    return applyChange(text, key, day, { kind: 'add', words: cleanWords(options.words), skipIfPresent: !options.again });
  } catch {
    return { ok: false, reason: 'The frontmatter could not be edited safely, so the note was left as it is.' };
  }
}

/**
 * Takes one listing of `day` out of the list (the last one): undoes one keep, or one rest day.
 * A day not listed leaves the note unchanged (`changed: false`). Never throws.
 */
export function removeDayFromList(text: string, key: ListKey, day: Day): ListEdit {
  try {
    return applyChange(text, key, day, { kind: 'remove' });
  } catch {
    return { ok: false, reason: 'The frontmatter could not be edited safely, so the note was left as it is.' };
  }
}

/**
 * Gives the last listing of `day` these words (`- 2026-11-20` becomes `- 2026-11-20 walked with Sam`);
 * null takes its words off (`- 2026-11-20` again). Words it had are replaced, and said in
 * `wordsBefore` so the caller can tell the user and give them back. A day not listed, or already with
 * exactly these words, leaves the note unchanged (`changed: false`). Words that clean to nothing are
 * refused (null is the way to take words off). With `ifNow`, the listing must carry exactly those
 * words (null: none) or the edit is refused: an Undo never overwrites words written since. Never throws.
 */
export function setWordsOnDay(text: string, key: ListKey, day: Day, words: string | null, options: { ifNow?: string | null } = {}): ListEdit {
  const clean = words === null ? null : cleanWords(words);
  if (words !== null && clean === null) return { ok: false, reason: 'There were no words to write.' };
  try {
    return applyChange(text, key, day, { kind: 'words', words: clean, ifNow: options.ifNow });
  } catch {
    return { ok: false, reason: 'The frontmatter could not be edited safely, so the note was left as it is.' };
  }
}

/** How many times the list names `day`, read as the parser reads it; undefined when the note cannot be read. */
export function countDayInList(text: string, key: ListKey, day: Day): number | undefined {
  try {
    const found = locate(text, key);
    if (!found.ok) return undefined;
    return daysIn(found.at.doc, found.at.pair?.value).filter((d) => d === day).length;
  } catch {
    return undefined;
  }
}
