import { openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';

export function problemsSection(ctx: RenderContext): HTMLElement | null {
  const problems = ctx.model.problems;
  if (problems.length === 0) return null;
  return section(ctx, 'problems', 'Notes that need a look', 'These notes could not be read in full. Nothing in them was changed.',
    el('ul', 'st-problems', ...problems.map((p) => el('li', { cls: 'st-problem', attrs: { 'data-path': p.path } },
      el('code', 'st-problem-path', ...pathParts(p.path)),
      el('p', 'st-problem-message', p.message),
      openNoteButton(ctx, p.path, p.path),
    ))),
  );
}

/** A path that may wrap after each `/` (a <wbr>), never inside a folder's or note's name. */
export function pathParts(path: string): (string | HTMLElement)[] {
  const parts: (string | HTMLElement)[] = [];
  path.split('/').forEach((part, i, all) => {
    parts.push(i < all.length - 1 ? `${part}/` : part);
    if (i < all.length - 1) parts.push(el('wbr'));
  });
  return parts;
}
