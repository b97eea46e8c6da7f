import type { DraftItem } from '../../core/dashboard/model';
import { openNoteButton, type RenderContext } from '../context';
import { el } from '../dom';

/** A note's name as the user sees it in their file list: the last part of the path, without `.md`. */
export function noteName(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return base.toLowerCase().endsWith('.md') ? base.slice(0, -3) : base;
}

/**
 * A quiet line for notes just made from a template and not filled in yet: "1 promise waiting for its
 * words: <note> Open note". Not a problem, so not under "Notes that need a look". Null when none.
 */
export function draftsLine(ctx: RenderContext, drafts: readonly DraftItem[], noun: 'promise' | 'note'): HTMLElement | null {
  if (drafts.length === 0) return null;
  const lead = drafts.length === 1 ? `1 ${noun} waiting for its words:` : `${drafts.length} ${noun}s waiting for their words:`;
  return el('div', { cls: 'st-drafts', attrs: { 'data-st-drafts': noun } },
    el('span', 'st-muted', lead),
    el('ul', 'st-drafts-list', ...drafts.map((d) => el('li', { cls: 'st-draft', attrs: { 'data-path': d.path } },
      el('span', 'st-draft-name', noteName(d.path)),
      noun === 'note' ? el('span', 'st-muted', ` (${d.title})`) : null,
      openNoteButton(ctx, d.path, noteName(d.path)),
    ))),
  );
}

/** Drafts of a small promise belong with the promises; the others get a line of their own. */
export function isPromiseDraft(d: DraftItem): boolean {
  return d.exercise === 'small-promise';
}
