/**
 * "Today": what a person acts on today, first, in a few lines a sidebar shows whole. Each active
 * promise is one compact row: its words, how far today (or this week) is, the current streak, and
 * the same keep button as its card below.
 */
import type { PromiseCard } from '../../core/dashboard/model';
import { button, keptBox, part, section, type RenderContext } from '../context';
import { el, uniqueId } from '../dom';
import { periodText, slipsText, startsText, streakText } from '../format';
import { keepButton } from './keep-button';

/** The section, or null when no promise asks anything today (the promises section then invites one). */
export function todaySection(ctx: RenderContext): HTMLElement | null {
  if (ctx.model.sections.promises === false) return null;
  const active = ctx.model.promises.filter((p) => p.status === 'active');
  if (active.length === 0) return null;
  return section(ctx, 'today', 'Today', null,
    keptBox(ctx, 'today-list', 'ul', 'st-today-list', active.map((p) => part(ctx, `today-${p.path}`, [p], (c) => todayRow(c, p)))),
  );
}

/** "1 of 2 today", "2 of 3 this week"; for an "I won't…" promise its slips, "No slip so far today". */
export function todayProgress(p: Pick<PromiseCard, 'keptThisPeriod' | 'target' | 'per' | 'aim' | 'slipsThisPeriod' | 'times'>): string {
  if (p.aim === 'at-most') return `${slipsText(p.slipsThisPeriod ?? 0, p.times)} ${periodText(p.per)}`;
  return `${p.keptThisPeriod} of ${p.target} ${periodText(p.per)}`;
}

/** "Streak 5 days", or a fresh start on day 1, never "0 days". */
export function todayStreak(p: Pick<PromiseCard, 'currentStreak' | 'streakUnit'>): string {
  return p.currentStreak > 0 ? `Streak ${streakText(p.currentStreak, p.streakUnit)}` : p.streakUnit === 'day' ? 'Fresh start today' : 'Fresh start this week';
}

function todayRow(ctx: RenderContext, p: PromiseCard): HTMLElement {
  const nameId = uniqueId('today');
  const atMost = p.aim === 'at-most';
  const done = !atMost && p.keptThisPeriod >= p.target && p.target > 0;
  // A promise that starts later asks nothing yet: it says when it starts, with nothing to press.
  if (p.startsLater) {
    return el('li', { cls: 'st-today-row st-today-later', attrs: { 'data-st-today': p.path } },
      el('span', { cls: 'st-today-name', attrs: { id: nameId } }, p.promise),
      el('span', 'st-today-meta', el('span', 'st-today-progress', startsText(p.start))),
    );
  }
  return el('li', { cls: `st-today-row${done ? ' st-today-done' : ''}`, attrs: { 'data-st-today': p.path } },
    el('span', { cls: 'st-today-name', attrs: { id: nameId } }, p.promise),
    el('span', 'st-today-meta',
      el('span', 'st-today-progress', todayProgress(p)),
      el('span', 'st-today-streak', todayStreak(p)),
    ),
    // An "I won't…" promise logs slips, not keeps (as its card does), quietly.
    atMost
      ? button(ctx, 'Log a slip', () => ctx.actions.logPromise(p.path, 'slip'), { kind: 'quiet', action: 'log-slip', describedBy: nameId })
      : keepButton(ctx, p, nameId),
  );
}
