/**
 * Where a person starts writing in a note fresh from a template: the first frontmatter field left
 * empty (a small promise's `promise:`), so a host can put the cursor there instead of at line 1.
 */

export interface FirstField {
  /** The note's text with one space after that field's colon, if it had none. */
  text: string;
  /** Zero-based line of the field. */
  line: number;
  /** Zero-based column just after `field: `. */
  ch: number;
  /** The field's name, e.g. `promise`. */
  field: string;
}

const EMPTY_FIELD = /^([A-Za-z_][\w-]*):[ \t]*$/;

/**
 * The first empty field of the note's frontmatter, or null when it has none (or no frontmatter).
 * A field followed by an indented or list line holds a block value and is not empty. The text comes
 * back with a space after the colon: typing there writes `promise: Walk`, which YAML reads as the
 * field's value (`promise:Walk` would be one plain word and break the frontmatter).
 */
export function firstFieldToFill(text: string): FirstField | null {
  const lines = text.split('\n');
  if (lines[0]?.replace(/\r$/, '') !== '---') return null;
  for (let i = 1; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\r$/, '');
    if (line === '---' || line === '...') return null;
    const m = EMPTY_FIELD.exec(line);
    if (!m) continue;
    const next = lines[i + 1] ?? '';
    if (/^(\s|-\s|-$)/.test(next)) continue;
    const field = m[1] ?? '';
    const cr = (lines[i] ?? '').endsWith('\r') ? '\r' : '';
    const filled = line.endsWith(' ') || line.endsWith('\t') ? line : `${line} `;
    lines[i] = `${filled}${cr}`;
    return { text: lines.join('\n'), line: i, ch: filled.length, field };
  }
  return null;
}
