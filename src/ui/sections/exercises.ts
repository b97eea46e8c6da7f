import { section, type RenderContext } from '../context';
import { el } from '../dom';

export function exercisesSection(ctx: RenderContext): HTMLElement {
  return section(ctx, 'exercises', 'Exercises', 'Each one opens a new note from its template.',
    el('ul', 'st-exercises', ...ctx.model.exercises.map((x) => {
      const b = el('button', { cls: 'st-button st-exercise', attrs: { type: 'button', 'data-st-action': `start-${x.id}` } },
        el('span', 'st-exercise-title', x.title),
        el('span', 'st-exercise-practice', x.practice),
      );
      b.addEventListener('click', () => ctx.actions.startExercise(x.id), { signal: ctx.signal });
      return el('li', null, b);
    })),
  );
}
