import type { PromiseCard } from '../../core/dashboard/model';
import { button, emptyState, figure, keptBox, openNoteButton, part, section, type RenderContext } from '../context';
import { el, uniqueId } from '../dom';
import { formatDay, freshStartText, limitText, percent, periodText, plural, slipsText, startsText, streakText, targetText } from '../format';
import { heatmap, patchHeatmap } from '../heatmap';
import { reconcile } from '../parts';
import { keepButton } from './keep-button';
import { sparkline } from '../sparkline';
import { draftsLine, isPromiseDraft } from './drafts';

const STATUS_ORDER = { active: 0, paused: 1, done: 2 } as const;

/**
 * Cards whose 13-week calendar is drawn at once: the first screen holds at most this many. The others
 * draw theirs as they come near the screen (a hundred promises are 9,100 calendar days).
 */
const CALENDARS_AT_ONCE = 4;

export function promisesSection(ctx: RenderContext): HTMLElement {
  const { promises, counts } = ctx.model;
  const drafts = draftsLine(ctx, ctx.model.drafts.filter(isPromiseDraft), 'promise');
  if (promises.length === 0) {
    const text = counts.entries === 0
      ? 'Welcome. Self-trust grows from small promises, kept. Start with one you can keep today — a short walk, a glass of water, five quiet minutes.'
      : 'No promises yet. One small promise, kept, is where self-trust starts. Pick something you can do today.';
    return section(ctx, 'promises', 'Promises', null, emptyState(ctx, text, 'small-promise', 'Make one small promise'), drafts);
  }
  const sorted = [...promises].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);
  const open = sorted.filter((p) => p.status !== 'done');
  const done = sorted.filter((p) => p.status === 'done');
  return section(ctx, 'promises', 'Promises', 'Say what you will do, do what you say. Each kept promise counts.',
    open.length > 0
      ? keptBox(ctx, 'promise-cards', 'div', 'st-cards', open.map((p, i) =>
        // Each card is kept across updates while its own slice of the model is the same.
        part(ctx, `promise-card-${p.path}`, [p, ctx.model.weekStart], (c) => promiseCard(c, p, i < CALENDARS_AT_ONCE))))
      : emptyState(ctx, 'Every promise so far is finished — well done. When you are ready, make a new small one.', 'small-promise', 'Make one small promise'),
    drafts,
    done.length > 0 ? part(ctx, 'promises-finished', [done], (c) => finishedList(c, done)) : null,
  );
}

/**
 * Finished promises: a short record of what was kept (days kept, best streak, first to last kept day),
 * without a calendar each, and never a fresh-start nudge.
 */
function finishedList(ctx: RenderContext, done: PromiseCard[]): HTMLElement {
  return el('div', 'st-finished',
    el('h4', 'st-subtitle', `Finished promises (${done.length})`),
    el('ul', 'st-finished-list', ...done.map((p) => el('li', { cls: 'st-finished-item', attrs: { 'data-path': p.path } },
      el('span', 'st-finished-name', p.promise),
      el('span', 'st-muted', ` ${plural(p.keptDays, 'day')} kept · best streak ${streakText(p.bestStreak, p.streakUnit)} · ${spanText(p)} `),
      openNoteButton(ctx, p.path, p.promise),
    ))),
  );
}

/** "from 1 Sep 2026 to 12 Oct 2026": from the start to the last kept day. */
function spanText(p: PromiseCard): string {
  if (p.lastKept === null) return `from ${formatDay(p.start)}, not kept`;
  return p.lastKept === p.start ? `on ${formatDay(p.start)}` : `from ${formatDay(p.start)} to ${formatDay(p.lastKept)}`;
}

/** Each card's title id, made with the card and kept with it (the buttons are described by it). */
const titleIds = new WeakMap<HTMLElement, string>();

/**
 * A promise's card, kept across updates: its head, figures, calendar and buttons are parts of their
 * own, so a keep logged today redraws the figures and the buttons and patches the calendar's day in
 * place; nothing else of the card is made or laid out again.
 */
function promiseCard(ctx: RenderContext, p: PromiseCard, calendarAtOnce: boolean): HTMLElement {
  const key = `promise-${p.path}`;
  const card = part(ctx, key, [p.path, p.status], () => {
    const titleId = uniqueId('promise');
    const article = el('article', { cls: `st-card st-promise st-promise-${p.status}`, attrs: { 'aria-labelledby': titleId, 'data-path': p.path } });
    titleIds.set(article, titleId);
    return article;
  });
  const titleId = titleIds.get(card) ?? '';
  const { heatmap: days, heatmapYear: _year, ...figures } = p;
  const calendar = part(ctx, `${key}-calendar`, [days, ctx.model.weekStart, p.promise], (c) => calendarAtOnce
    ? heatmap(days, c.model.weekStart, p.promise)
    : c.lazy.box('st-heatmap-lazy', `Calendar of “${p.promise}”, the last ${Math.ceil(days.length / 7)} weeks, drawn as it comes into view.`,
      () => heatmap(days, c.model.weekStart, p.promise), c.signal),
  (node) => patchHeatmap(node, days, ctx.model.weekStart, p.promise));
  reconcile(card, [
    part(ctx, `${key}-head`, [p.promise, p.times, p.per, p.start, p.keptDays, p.status, p.aim], () => cardHead(p, titleId)),
    keptBox(ctx, `${key}-body`, 'div', 'st-promise-body', [
      part(ctx, `${key}-figures`, [figures], () => cardFigures(p)),
      calendar,
    ]),
    part(ctx, `${key}-actions`, [figures, titleId], (c) => cardActions(c, p, titleId)),
  ]);
  return card;
}

function cardHead(p: PromiseCard, titleId: string): HTMLElement {
  const status = p.status === 'paused' ? 'Paused' : p.status === 'done' ? 'Finished' : null;
  return el('header', 'st-card-head',
    el('h4', { cls: 'st-card-title st-promise-title', attrs: { id: titleId } }, p.promise),
    el('p', 'st-card-sub', p.aim === 'at-most'
      ? `${limitText(p.times, p.per)} · since ${formatDay(p.start)} · ${plural(p.keptDays, 'day')} within the limit in all`
      : `${targetText(p.times, p.per)} · since ${formatDay(p.start)} · ${plural(p.keptDays, 'day')} kept in all`),
    status ? el('span', 'st-badge', status) : null,
  );
}

function cardFigures(p: PromiseCard): HTMLElement {
  const period = periodText(p.per);
  // A paused promise is resting by choice: no fresh-start nudge, just the door left open. Its days
  // since the last kept one ask nothing, so the streak it had waits for it.
  const paused = p.status === 'paused';
  const streak = p.currentStreak > 0
    ? figure(streakText(p.currentStreak, p.streakUnit), paused ? 'Streak, on hold' : 'Current streak')
    : el('div', 'st-figure st-fresh', el('span', 'st-figure-value st-fresh-text',
      p.status === 'paused' ? 'Resting for now — pick it up when you are ready'
        : p.startsLater ? `Day 1 is ${formatDay(p.start)}` : freshStartText(p.streakUnit)));
  const best = figure(streakText(p.bestStreak, p.streakUnit), 'Best streak');

  const strength = el('div', 'st-figure st-strength',
    el('span', 'st-figure-value', percent(p.strength)),
    el('span', 'st-figure-label', 'Strength'),
    bar(p.strength, 'st-bar-strength'),
    p.strengthTrend.length > 1
      ? sparkline(p.strengthTrend.map((t) => t.strength * 100), {
        min: 0, max: 100,
        label: `Strength over the last ${p.strengthTrend.length} weeks: ${p.strengthTrend.map((t) => percent(t.strength)).join(', ')}`,
      })
      : null,
  );

  // An "I won't…" promise (aim: at-most) shows its slips against the limit, and logs slips, not keeps.
  const kept = p.startsLater
    ? figure('Not yet', startsText(p.start))
    : paused
    ? figure('Nothing asked', 'While paused', p.lastKept ? `Last kept ${formatDay(p.lastKept)}` : null)
    : p.aim === 'at-most'
      ? figure(slipsText(p.slipsThisPeriod ?? 0, p.times), `Slips ${period}`, `${percent(p.keptRate)} within the limit over 4 weeks`)
      : figure(`${p.keptThisPeriod} of ${p.target}`, `Kept ${period}`, `${percent(p.keptRate)} over 4 weeks`);
  return el('div', 'st-figures', streak, best, strength, kept);
}

function cardActions(ctx: RenderContext, p: PromiseCard, titleId: string): HTMLElement {
  if (p.status !== 'active' || p.startsLater) return el('div', 'st-actions', openNoteButton(ctx, p.path, p.promise));
  return el('div', 'st-actions',
    p.aim === 'at-most'
      ? button(ctx, 'Log a slip', () => ctx.actions.logPromise(p.path, 'slip'), { kind: 'primary', action: 'log-slip', describedBy: titleId })
      : keepButton(ctx, p, titleId),
    button(ctx, p.restToday ? 'Rest day marked' : 'Mark a rest day', () => ctx.actions.logPromise(p.path, 'rest'), {
      kind: 'quiet', action: 'log-rest', describedBy: titleId, disabled: p.restToday || p.keptToday,
    }),
    openNoteButton(ctx, p.path, p.promise),
  );
}

/** A quiet horizontal bar for a 0-1 share; the number next to it is what is read aloud. */
export function bar(share: number, cls = ''): HTMLElement {
  const fill = el('span', 'st-bar-fill');
  fill.style.width = percent(share);
  return el('span', { cls: `st-bar ${cls}`.trim(), attrs: { 'aria-hidden': 'true' } }, fill);
}
