import matter from 'gray-matter';
import type { Day } from '../day';
import { isDay, utcDayOf } from '../day';

export type ListKey = 'kept' | 'skipped';

export type ListEdit = { ok: true; text: string; changed: boolean } | { ok: false; reason: string };

interface Block {
  /** Offset of the first line inside the frontmatter. */
  start: number;
  /** Offset of the closing `---` line. */
  end: number;
  eol: string;
}

/** Finds the frontmatter block without parsing it, so that nothing outside the edited key is touched. */
function findFrontmatter(text: string): Block | undefined {
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = /^---[ \t]*(\r?\n)/.exec(text.slice(bom));
  if (!open) return undefined;
  const eol = open[1] ?? '\n';
  const start = bom + open[0].length;
  const close = /^---[ \t]*$/m;
  let pos = start;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd).replace(/\r$/, '');
    if (close.test(line)) return { start, end: pos, eol };
    if (nl === -1) break;
    pos = nl + 1;
  }
  return undefined;
}

interface Line {
  start: number;
  /** End of the line's content, before its line break. */
  end: number;
  text: string;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let pos = from;
  while (pos < to) {
    const nl = text.indexOf('\n', pos);
    const stop = nl === -1 || nl >= to ? to : nl;
    const end = text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start: pos, end, text: text.slice(pos, end) });
    pos = stop + 1;
  }
  return lines;
}

/** Drops a trailing YAML comment (` # ...`) outside quotes. */
function splitComment(value: string): { value: string; comment: string } {
  let quote: string | null = null;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(value[i - 1] ?? ''))) {
      return { value: value.slice(0, i).trimEnd(), comment: value.slice(i) };
    }
  }
  return { value: value.trimEnd(), comment: '' };
}

function listDays(data: Record<string, unknown>, key: ListKey): string[] {
  const raw = data[key];
  const items = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  return items.map((v) => (v instanceof Date ? utcDayOf(v) : String(v).trim().slice(0, 10)));
}

function readYaml(text: string): Record<string, unknown> | undefined {
  try {
    // An options object keeps gray-matter from caching every text it ever saw.
    const data: unknown = matter(text, {}).data;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds `day` to the `kept` or `skipped` list of a note with one targeted text edit: every other key,
 * comment, quote, line ending and the body stay byte for byte as they were. Idempotent: a day already
 * listed leaves the note unchanged. Refuses (with a reason for the user) rather than guess.
 */
export function addDayToList(text: string, key: ListKey, day: Day): ListEdit {
  if (!isDay(day)) return { ok: false, reason: `"${String(day)}" is not a calendar day (YYYY-MM-DD).` };
  const block = findFrontmatter(text);
  if (!block) return { ok: false, reason: 'This note has no frontmatter (the block between --- lines at the top).' };
  const before = readYaml(text);
  if (!before) return { ok: false, reason: 'The frontmatter of this note could not be read, so it was left as it is.' };
  if (listDays(before, key).includes(day)) return { ok: true, text, changed: false };

  const lines = linesOf(text, block.start, block.end);
  const keyRe = new RegExp(`^${key}[ \\t]*:(.*)$`);
  const at = lines.map((l, i) => (keyRe.test(l.text) ? i : -1)).filter((i) => i >= 0);
  if (at.length > 1) return { ok: false, reason: `The key "${key}" appears more than once; keep one and try again.` };

  let result: string;
  const eol = block.eol;
  if (at.length === 0) {
    // No such key yet: add it as the last key of the block.
    result = text.slice(0, block.end) + `${key}:${eol}  - ${day}${eol}` + text.slice(block.end);
  } else {
    const index = at[0] as number;
    const line = lines[index] as Line;
    const { value, comment } = splitComment((keyRe.exec(line.text)?.[1] ?? '').trim());
    if (value.startsWith('[')) {
      if (!value.endsWith(']')) return { ok: false, reason: `The list "${key}" spans several lines in brackets; write it as one line or as a "- " list.` };
      const inner = value.slice(1, -1).trim();
      const quote = /^\s*(["'])/.exec(inner)?.[1] ?? '';
      const item = `${quote}${day}${quote}`;
      const next = inner === '' ? `[${item}]` : `[${inner}, ${item}]`;
      const head = line.text.slice(0, line.text.indexOf(':') + 1);
      const newLine = `${head} ${next}${comment ? ' ' + comment : ''}`;
      result = text.slice(0, line.start) + newLine + text.slice(line.end);
    } else if (value === '' || value === '~' || value === 'null') {
      // A block list (or nothing yet): append an item after the last one, in the same style.
      let last = index;
      let style = { indent: '  ', quote: '' };
      for (let i = index + 1; i < lines.length; i++) {
        const l = (lines[i] as Line).text;
        const m = /^([ \t]*)-[ \t]+(.*)$/.exec(l);
        if (m) {
          last = i;
          style = { indent: m[1] ?? '', quote: /^(["'])/.exec(m[2] ?? '')?.[1] ?? '' };
          continue;
        }
        if (/^[ \t]*(#.*)?$/.test(l)) continue;
        break;
      }
      const lastLine = lines[last] as Line;
      const itemLine = `${style.indent}- ${style.quote}${day}${style.quote}`;
      if (value !== '' && last === index) {
        // `kept: null`: the value must go, or YAML would see both a scalar and a list.
        const head = line.text.slice(0, line.text.indexOf(':') + 1);
        result = text.slice(0, line.start) + head + (comment ? ' ' + comment : '') + eol + itemLine + text.slice(line.end);
      } else {
        result = text.slice(0, lastLine.end) + eol + itemLine + text.slice(lastLine.end);
      }
    } else if (/^[|>]/.test(value)) {
      return { ok: false, reason: `"${key}" is written as a block of text, not a list of days; it was left as it is.` };
    } else {
      // One day written as a plain value: make it a list holding both.
      const head = line.text.slice(0, line.text.indexOf(':') + 1);
      const quote = /^(["'])/.exec(value)?.[1] ?? '';
      const newLine = `${head} [${value}, ${quote}${day}${quote}]${comment ? ' ' + comment : ''}`;
      result = text.slice(0, line.start) + newLine + text.slice(line.end);
    }
  }

  // Check the edit did exactly what it should before anyone writes it.
  const after = readYaml(result);
  if (!after || !listDays(after, key).includes(day)) {
    return { ok: false, reason: `The list "${key}" is written in a way this edit does not understand; it was left as it is.` };
  }
  for (const k of Object.keys(before)) {
    if (k !== key && JSON.stringify(before[k]) !== JSON.stringify(after[k])) {
      return { ok: false, reason: `Adding the day would have changed "${k}", so the note was left as it is.` };
    }
  }
  return { ok: true, text: result, changed: true };
}
