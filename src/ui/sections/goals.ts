import type { GoalItem } from '../../core/dashboard/model';
import { emptyState, openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay } from '../format';

const STATUS_WORDS = { active: 'In progress', paused: 'Paused', reached: 'Reached', released: 'Let go' } as const;

export function goalsSection(ctx: RenderContext): HTMLElement {
  const { active, reached } = ctx.model.goals;
  if (active.length === 0 && reached.length === 0) {
    return section(ctx, 'goals', 'Goals', null,
      emptyState(ctx, 'Start small: one positive, reachable goal, such as “I will walk two days a week”. You can step up as your confidence grows.', 'achievable-goal', 'Set one small goal'),
    );
  }
  return section(ctx, 'goals', 'Goals', null,
    active.length > 0 ? el('div', null, el('h4', 'st-subtitle', 'Working on'), el('ul', 'st-goals', ...active.map((g) => goalItem(ctx, g)))) : null,
    reached.length > 0 ? el('div', null, el('h4', 'st-subtitle', 'Reached'), el('ul', 'st-goals st-goals-reached', ...reached.map((g) => goalItem(ctx, g)))) : null,
  );
}

function goalItem(ctx: RenderContext, g: GoalItem): HTMLElement {
  const when = g.reached ? `Reached ${formatDay(g.reached)}` : `${STATUS_WORDS[g.status]} · since ${formatDay(g.date)}`;
  return el('li', 'st-goal',
    el('p', 'st-goal-text', g.goal),
    el('p', 'st-goal-meta', el('span', `st-badge${g.reached ? ' st-badge-kept' : ''}`, when), ' ', openNoteButton(ctx, g.path, g.goal)),
    g.obstacles.length > 0 ? el('p', 'st-goal-obstacles', el('span', 'st-muted', 'Planned around: '), g.obstacles.join('; ')) : null,
  );
}
