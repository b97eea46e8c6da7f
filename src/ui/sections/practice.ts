import { figure, openNoteButton, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, plural } from '../format';

export function practiceSection(ctx: RenderContext): HTMLElement {
  const p = ctx.model.practice;
  const energy = p.selfCare.latest?.energy;
  const strengths = p.strengths.latest;
  const nothingYet = p.mindfulness.sessions === 0 && p.boundaries.total === 0 && p.selfCare.checkIns === 0 && p.trust.sessions === 0;
  if (nothingYet && !strengths) {
    return section(ctx, 'practice', 'Practice', null,
      el('p', 'st-muted', 'Mindfulness, boundaries, self-care and TRUST sessions of the last 30 days will gather here, whenever you try one.'));
  }
  return section(ctx, 'practice', 'Practice', `The last 30 days, since ${formatDay(p.since)}.`,
    el('div', 'st-figures st-figures-wide',
      figure(plural(p.mindfulness.sessions, 'session'), 'Mindfulness', p.mindfulness.minutes > 0 ? `${p.mindfulness.minutes} minutes in all` : null),
      figure(p.boundaries.total > 0 ? `${p.boundaries.held} of ${p.boundaries.total}` : '–', 'Boundaries held'),
      figure(plural(p.selfCare.checkIns, 'check-in'), 'Self-care', energy !== null && energy !== undefined ? `Latest energy ${energy}/10` : null),
      figure(plural(p.trust.sessions, 'session'), 'TRUST model'),
    ),
    strengths
      ? el('div', 'st-strengths',
        el('div', null, el('h4', 'st-subtitle', 'Your strengths'), el('ul', 'st-list', ...strengths.strengths.map((s) => el('li', null, s)))),
        el('div', null, el('h4', 'st-subtitle', 'What you find hard'), el('ul', 'st-list', ...strengths.weaknesses.map((s) => el('li', null, s)))),
        el('div', 'st-actions', openNoteButton(ctx, strengths.path, 'strengths and weaknesses')),
      )
      : null,
  );
}
