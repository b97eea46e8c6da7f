import type { LessonItem } from '../../core/dashboard/model';
import { emptyState, openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, plural } from '../format';

const SHOWN = 8;

export function lessonsSection(ctx: RenderContext): HTMLElement {
  const lessons = [...ctx.model.lessons].sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : 0));
  if (lessons.length === 0) {
    return section(ctx, 'lessons', 'Lessons learned', null,
      emptyState(ctx, 'Everyone makes mistakes. Writing one down with what it taught you — without judging yourself — turns it into a lesson.', 'mistake-ledger', 'Open the mistake ledger'),
    );
  }
  const applied = lessons.filter((l) => l.applied).length;
  const rest = lessons.length - SHOWN;
  return section(ctx, 'lessons', 'Lessons learned', `${plural(lessons.length, 'lesson')}, ${applied} already applied.`,
    el('ul', 'st-lessons', ...lessons.slice(0, SHOWN).map((l) => lessonItem(ctx, l))),
    rest > 0 ? el('p', 'st-muted', `And ${plural(rest, 'earlier lesson')} in your notes.`) : null,
  );
}

function lessonItem(ctx: RenderContext, l: LessonItem): HTMLElement {
  return el('li', 'st-lesson',
    el('p', 'st-lesson-text', l.lesson ?? 'A lesson still to name'),
    l.mistake ? el('p', 'st-lesson-from', el('span', 'st-muted', 'From: '), l.mistake) : null,
    el('p', 'st-lesson-meta',
      el('span', `st-badge ${l.applied ? 'st-badge-kept' : ''}`.trim(), l.applied ? 'Applied' : 'Ready for next time'),
      ` ${formatDay(l.date)} `,
      openNoteButton(ctx, l.path, l.lesson ?? l.mistake ?? 'lesson'),
    ),
  );
}
