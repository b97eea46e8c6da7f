/**
 * A promise's whole year (or since its start), as a calendar of months (issue 13). Months are small
 * tables of their own that wrap to the width there is, so a year fits a narrow sidebar without a
 * horizontal scroll; every day says in words what its colour shows, as in the 13-week calendar.
 */
import type { HeatDay, PromiseCard } from '../../core/dashboard/model';
import type { WeekStart } from '../../core/day';
import { lazyDetails, part, type RenderContext } from '../context';
import { el, srOnly } from '../dom';
import { reconcile } from '../parts';
import { formatDay } from '../format';
import { HEAT_WORDS, LEGEND, weekdayNames } from '../heatmap';
import { monthName } from './feelings-history';

/** Days in a whole year's calendar: 52 weeks and this one. */
const YEAR_DAYS = 53 * 7;

/** What a day's cell says: "20 Nov: kept — walked with Sam", "3 Nov: kept 2 times", "5 Nov: over the limit, 2 slips". */
export function yearDayWords(day: HeatDay): string {
  const when = formatDay(day.date, false);
  let what: string = HEAT_WORDS[day.state];
  if (day.slips !== undefined && day.slips > 0) {
    const slips = day.slips === 1 ? '1 slip' : `${day.slips} slips`;
    what = day.state === 'missed' ? `over the limit, ${slips}` : `${what}, ${slips}`;
  } else if (day.state === 'kept' && day.count > 1) {
    what = `kept ${day.count} times`;
  }
  const said = day.words && day.words.length > 0 ? ` — ${day.words.join('; ')}` : '';
  return `${when}: ${what}${said}`;
}

/**
 * The year calendar: one small table per month (weekday columns in the user's week order, a row per
 * week), oldest month first. Days before the first shown week and after the last are left empty.
 */
export function yearCalendar(days: readonly HeatDay[], weekStart: WeekStart, promise: string): HTMLElement {
  const byMonth = new Map<string, HeatDay[]>();
  for (const day of days) {
    const month = day.date.slice(0, -3);
    const list = byMonth.get(month);
    if (list) list.push(day);
    else byMonth.set(month, [day]);
  }
  const names = weekdayNames(weekStart);
  const first = days[0];
  const last = days[days.length - 1];
  const months = [...byMonth.entries()].map(([month, monthDays]) => {
    const rows: (HeatDay | null)[][] = [];
    let row: (HeatDay | null)[] = [];
    // The first day of the month sits under its own weekday; days shown start on a week start.
    const lead = (days.indexOf(monthDays[0] as HeatDay)) % 7;
    for (let i = 0; i < lead; i++) row.push(null);
    for (const day of monthDays) {
      row.push(day);
      if (row.length === 7) {
        rows.push(row);
        row = [];
      }
    }
    if (row.length > 0) rows.push([...row, ...Array<null>(7 - row.length).fill(null)]);
    return el('table', { cls: 'st-year-month', attrs: { 'data-month': month } },
      el('caption', 'st-year-month-name', monthName(month)),
      el('thead', null, el('tr', null, ...names.map((n) => el('th', { attrs: { scope: 'col', abbr: n } }, el('span', { attrs: { 'aria-hidden': 'true' } }, n.slice(0, 1)), srOnly(n))))),
      el('tbody', null, ...rows.map((week) => el('tr', null, ...week.map((day) => {
        if (!day) return el('td', 'st-heat st-heat-none');
        const words = yearDayWords(day);
        const cls = `st-heat st-heat-${day.state}${day.state === 'kept' && day.count > 1 ? ' st-heat-more' : ''}`;
        return el('td', { cls, attrs: { title: words, 'aria-label': words, 'data-date': day.date, 'data-state': day.state } });
      })))),
    );
  });
  const shown = new Set(days.map((d) => d.state));
  return el('div', { cls: 'st-year', attrs: { 'data-st-year': '' } },
    el('p', 'st-sr-only', `Calendar of “${promise}”${first && last ? ` from ${formatDay(first.date)} to ${formatDay(last.date)}` : ''}, a table per month.`),
    el('div', 'st-year-months', ...months),
    el('ul', { cls: 'st-legend', attrs: { 'aria-label': 'Calendar legend' } },
      ...LEGEND.filter((item) => shown.has(item.state) || item.state === 'kept').map((item) =>
        el('li', 'st-legend-item', el('span', { cls: `st-swatch st-heat-${item.state}`, attrs: { 'aria-hidden': 'true' } }), item.label)),
    ),
  );
}

/**
 * "The whole year" of one promise, folded until asked for (built only then): for a promise card,
 * under its 13-week calendar, or in the promises' history below the cards.
 */
export function yearDetails(ctx: RenderContext, card: PromiseCard): HTMLDetailsElement {
  // The model gives a year (53 weeks with this one), or fewer weeks for a promise begun since.
  const since = card.heatmapYear.length < YEAR_DAYS ? `since ${formatDay(card.start)}` : 'the last year';
  const details = lazyDetails(ctx, 'st-numbers st-year-details', `${card.promise}: ${since}`, () => yearCalendar(card.heatmapYear, ctx.model.weekStart, card.promise));
  details.setAttribute('data-path', card.path);
  return details;
}

/**
 * The promises' history below their cards: each active or paused promise's year, folded until asked
 * for. Null without such a promise.
 */
export function promiseYears(ctx: RenderContext): HTMLElement | null {
  const open = ctx.model.promises.filter((p) => p.status !== 'done' && p.heatmapYear.length > 0);
  if (open.length === 0) return null;
  // The block is kept across updates; only the years of promises that changed are made again. Each
  // year depends on its whole card: the card's text is known from the section's comparison already.
  const block = part(ctx, 'promise-years', [], () => el('div', { cls: 'st-history st-history-promises', attrs: { 'data-st-history': 'promises' } },
    el('h4', 'st-subtitle', 'The whole year'),
    el('p', 'st-muted st-history-intro', 'Each promise over the last year, or since it began: open one to see its months.'),
    el('div', 'st-history-years'),
  ));
  const years = open.map((p) => part(ctx, `promise-year-${p.path}`, [p, ctx.model.weekStart], (c) => yearDetails(c, p)));
  reconcile(block.lastElementChild as HTMLElement, years);
  return block;
}
