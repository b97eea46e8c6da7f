import { EXERCISES } from '../catalog/exercises';
import { BUNDLED_TEMPLATES } from '../templates/bundled';
import { stripBom } from './note-shape';

/**
 * Whether a note's body holds words of the person's own, beyond what a template put there: the
 * guide's prompts, headings and the `Dear me,` a self-compassion letter starts with. "Reread my
 * letter" opens the newest letter that has them, never an empty one fresh from the template.
 *
 * A line counts as the template's when, trimmed, it equals a line of a bundled template (with
 * `{{title}}` filled) or of `ownTemplate` (the user's own template for the exercise, when they keep one).
 * Blank lines and lines of only markdown markers (`-`, `#`, `>`) never count. Pure and cheap: one pass.
 */
export function hasOwnWords(text: string, ownTemplate?: string): boolean {
  const lines = templateLines(ownTemplate);
  for (const raw of bodyOf(text).split('\n')) {
    const line = raw.trim();
    if (line === '' || /^[-*#>\s]+$/.test(line)) continue;
    if (!lines.has(line)) return true;
  }
  return false;
}

let bundledLines: Set<string> | undefined;

function templateLines(ownTemplate?: string): Set<string> {
  if (!bundledLines) {
    bundledLines = new Set();
    for (const e of EXERCISES) {
      const body = bodyOf(BUNDLED_TEMPLATES[e.id]).replace(/\{\{title\}\}/g, e.title);
      for (const l of body.split('\n')) bundledLines.add(l.trim());
    }
  }
  if (ownTemplate === undefined) return bundledLines;
  const all = new Set(bundledLines);
  for (const l of bodyOf(ownTemplate).split('\n')) all.add(l.trim());
  return all;
}

/** The text after the frontmatter block (the whole text when there is none). */
function bodyOf(rawText: string): string {
  const text = stripBom(rawText);
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return text;
  const close = /^---[ \t]*\r?$/m.exec(text.slice(open[0].length));
  if (!close) return '';
  return text.slice(open[0].length + close.index + close[0].length).replace(/\r/g, '');
}
