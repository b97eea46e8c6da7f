import type { WeekCard } from '../../core/dashboard/model';
import { promiseRowText } from '../../core/summary/week-rollup-text';
import { dataTable, emptyState, keptBox, lazyDetails, numbersTable, openNoteButton, part, section, type RenderContext } from '../context';
import { el } from '../dom';
import { formatDay, plural } from '../format';

const RECENT = 4;
/** The chart shows a year; older weeks are in the "Earlier weeks" table. */
const CHARTED = 53;

export function weeksSection(ctx: RenderContext): HTMLElement {
  const weeks = [...ctx.model.weeks].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const charted = weeks.slice(-CHARTED);
  const rated = charted.filter((w) => w.reflection?.rating !== null && w.reflection?.rating !== undefined);
  const reflected = weeks.some((w) => w.reflection);

  // The chart, its table, the cards and the earlier weeks are kept apart: a note changed this week
  // redraws this week's card, not a year's chart.
  const chart = rated.length > 0
    ? part(ctx, 'weeks-chart', [charted.map((w) => [w.label, w.reflection?.rating ?? null])], () => el('div', 'st-chart-block',
      ctx.charts.slot({
        key: 'self-trust',
        label: `Self-trust rating per week, 1 to 10, over the last ${plural(charted.length, 'week')}; latest ${String(rated[rated.length - 1]?.reflection?.rating)}`,
        config: (t) => ({
          type: 'line',
          data: {
            labels: charted.map((w) => w.label),
            datasets: [{
              label: 'Self-trust',
              data: charted.map((w) => w.reflection?.rating ?? null),
              borderColor: t.accent,
              backgroundColor: t.accentSoft,
              pointBackgroundColor: t.accent,
              pointRadius: charted.length > 30 ? 2 : 3,
              fill: 'origin',
              tension: 0.3,
              spanGaps: true,
            }],
          },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            scales: {
              y: { min: 0, max: 10, ticks: { stepSize: 2, color: t.muted }, grid: { color: t.grid } },
              // "W48" under each shown week (the year is in the table and the card): full labels overlap in a sidebar.
              x: { ticks: { color: t.muted, maxRotation: 0, autoSkip: true, autoSkipPadding: 12, maxTicksLimit: 8, callback: (value) => shortWeek(charted[Number(value)]?.label ?? '') }, grid: { display: false } },
            },
          },
        }),
      }),
      numbersTable('Self-trust rating per week', ['Week', 'Rating (1-10)'], rated.map((w) => [w.label, String(w.reflection?.rating)])),
    ))
    : null;

  const recent = weeks.slice(-RECENT).reverse();
  const earlier = weeks.slice(0, Math.max(0, weeks.length - RECENT)).reverse();

  return section(ctx, 'weeks', 'Weekly reflections', 'Celebrate the wins, adjust where needed: flexible, not rigid.',
    reflected ? null : emptyState(ctx, 'At the end of a week, look back on it: what went well, and what would you adjust? A few lines are enough.', 'weekly-reflection', 'Reflect on this week'),
    chart,
    weeks.length > 0 ? keptBox(ctx, 'week-cards', 'div', 'st-weeks', recent.map((w) => part(ctx, `week-${w.label}`, [w, ctx.model.today], (c) => weekCard(c, w)))) : null,
    earlier.length > 0
      ? part(ctx, 'weeks-earlier', [earlier], (c) => lazyDetails(c, 'st-numbers st-earlier', `Earlier weeks (${earlier.length})`, () => dataTable(null, ['Week', 'Rating', 'Promises kept', 'Notes'],
        earlier.map((w) => [
          w.label,
          w.reflection?.rating === null || w.reflection?.rating === undefined ? '–' : String(w.reflection.rating),
          keptSummary(w),
          String(w.rollup.notes),
        ]),
      )))
      : null,
  );
}

/** `2026-W48` → `W48`. */
export function shortWeek(label: string): string {
  return label.replace(/^\d{4,}-/, '');
}

function keptSummary(w: WeekCard): string {
  const kept = w.rollup.promises.reduce((n, p) => n + Math.min(p.kept, p.target), 0);
  const target = w.rollup.promises.reduce((n, p) => n + p.target, 0);
  return target > 0 ? `${kept} of ${target}` : '–';
}

function weekCard(ctx: RenderContext, w: WeekCard): HTMLElement {
  const r = w.reflection;
  const roll = w.rollup;
  const facts: HTMLElement[] = [];
  // The roll-up's own words ("kept 4 (3 asked)", "kept 3 of 5 so far"), as the reflection note and
  // the session summary say them: never "4 of 3".
  const inProgress = w.start <= ctx.model.today && ctx.model.today <= w.end;
  for (const p of roll.promises) {
    facts.push(el('li', null, el('span', 'st-fact-name', p.promise), `: ${promiseRowText(p, inProgress)}`));
  }
  if (roll.emotions.length > 0) facts.push(el('li', null, 'Feelings: ', roll.emotions.slice(0, 4).map((e) => `${e.name} ×${e.count}`).join(', ')));
  if (roll.lessons.length > 0) facts.push(el('li', null, `${plural(roll.lessons.length, 'lesson')}: `, roll.lessons.join('; ')));
  if (roll.boundaries.total > 0) facts.push(el('li', null, `Boundaries held: ${roll.boundaries.held} of ${roll.boundaries.total}`));
  if (roll.mindfulness.sessions > 0) facts.push(el('li', null, `Mindfulness: ${plural(roll.mindfulness.sessions, 'session')}, ${roll.mindfulness.minutes} min`));
  if (roll.selfCare > 0) facts.push(el('li', null, `Self-care check-ins: ${roll.selfCare}`));
  facts.push(el('li', 'st-muted', plural(roll.notes, 'note')));

  return el('article', { cls: 'st-card st-week', attrs: { 'data-week': w.label } },
    el('header', 'st-card-head',
      el('h4', 'st-card-title', w.label),
      el('p', 'st-card-sub', `${formatDay(w.start, false)} – ${formatDay(w.end)}`),
      r && r.rating !== null ? el('span', { cls: 'st-badge st-rating', attrs: { 'aria-label': `Self-trust ${r.rating} of 10` } }, `${r.rating}/10`) : null,
    ),
    r && r.wins.length > 0 ? el('div', 'st-week-part', el('h5', 'st-mini-title', 'Wins'), el('ul', 'st-list st-wins', ...r.wins.map((t) => el('li', null, t)))) : null,
    r && r.adjust.length > 0 ? el('div', 'st-week-part', el('h5', 'st-mini-title', 'To adjust'), el('ul', 'st-list st-adjust', ...r.adjust.map((t) => el('li', null, t)))) : null,
    // The words on the week's missed days and slips, beside what to adjust: they change no number.
    roll.inTheWay && roll.inTheWay.length > 0
      ? el('div', 'st-week-part', el('h5', 'st-mini-title', 'What got in the way'), el('ul', 'st-list st-in-the-way',
        ...roll.inTheWay.map((w) => el('li', null, `${formatDay(w.date, false)} · `, el('span', 'st-fact-name', w.promise), `: ${w.words}`))))
      : null,
    el('div', 'st-week-part', el('h5', 'st-mini-title', 'The week in your notes'), el('ul', 'st-list st-rollup', ...facts)),
    r ? el('div', 'st-actions', openNoteButton(ctx, r.path, `reflection of ${w.label}`)) : null,
  );
}
