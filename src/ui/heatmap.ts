/**
 * A promise's calendar as a real table: weeks are columns, weekdays rows, and every cell says in
 * words what the colour shows, so a screen reader hears "23 Nov: kept" rather than a colour.
 */
import type { HeatDay, HeatState } from '../core/dashboard/model';
import type { WeekStart } from '../core/day';
import { el, srOnly } from './dom';
import { formatDay, monthOf } from './format';

const WEEKDAYS_MONDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export function weekdayNames(weekStart: WeekStart): string[] {
  return weekStart === 'monday' ? WEEKDAYS_MONDAY : ['Sunday', ...WEEKDAYS_MONDAY.slice(0, 6)];
}

/** Kind words for each state: a missed day is only "not kept", never a failure. */
export const HEAT_WORDS: Record<HeatState, string> = {
  kept: 'kept',
  rest: 'rest day',
  missed: 'not kept',
  pending: 'today, still open',
  before: 'before this promise began',
  future: 'still to come',
  paused: 'paused, nothing asked',
  done: 'after this promise was finished',
};

export const LEGEND: { state: HeatState; label: string }[] = [
  { state: 'kept', label: 'Kept' },
  { state: 'rest', label: 'Rest day' },
  { state: 'missed', label: 'Not kept' },
  { state: 'pending', label: 'Today' },
  { state: 'future', label: 'To come' },
];

/** Shown in the legend only on a calendar that holds them. */
const LEGEND_WHEN_SHOWN: { state: HeatState; label: string }[] = [
  { state: 'paused', label: 'Paused' },
  { state: 'done', label: 'Finished' },
];

function cellWords(day: HeatDay): string {
  // The day's own words (`- 2026-11-20 walked with Sam`) follow what the colour shows: "20 Nov: kept — walked with Sam".
  const said = day.words && day.words.length > 0 ? ` — ${day.words.join('; ')}` : '';
  // Where a day came from when a daily note logged it: "(from the daily note 2026-11-20)".
  const from = day.from && day.from.length > 0 ? ` (from the daily note ${day.from.map((p) => p.replace(/^.*\//, '').replace(/\.md$/i, '')).join(', ')})` : '';
  return `${stateWords(day)}${said}${from}`;
}

function stateWords(day: HeatDay): string {
  const when = formatDay(day.date, false);
  if (day.slips !== undefined) {
    // An "I won't…" promise: kept means the day ended within the limit; the slips are said as they are.
    const slips = day.slips === 1 ? '1 slip' : `${day.slips} slips`;
    if (day.state === 'pending') return `${when}: today, ${day.slips === 0 ? 'no slip so far' : `${slips} so far`}`;
    if (day.state === 'kept') return `${when}: kept${day.slips > 0 ? `, ${slips}, within the limit` : ''}`;
    if (day.state === 'missed') return `${when}: over the limit, ${slips}`;
    if (day.slips > 0) return `${when}: ${HEAT_WORDS[day.state]}, ${slips}`;
  }
  if (day.state === 'kept' && day.count > 1) return `${when}: kept ${day.count} times`;
  if (day.state === 'pending' && day.count > 0) return `${when}: today, kept ${day.count === 1 ? 'once' : `${day.count} times`} so far`;
  return `${when}: ${HEAT_WORDS[day.state]}`;
}

/** Columns a month label needs before the next one: "Sep" is about two and a half 16 px weeks wide. */
const LABEL_ROOM = 3;

/**
 * Which week columns carry a month's name: each column whose week starts a month (its first day is in
 * another month than the week before's), and the first column too when the next month's name is far
 * enough away. Months are four or five columns apart, so only the first column can be crowded; it is
 * the one left unnamed (never the month after it). Returns the label per column ('' for none).
 */
export function monthLabels(weekStarts: readonly string[]): string[] {
  const months = weekStarts.map((d) => monthOf(d));
  const labels = months.map((m, i) => (i > 0 && m !== months[i - 1] ? m : ''));
  if (months.length > 0) {
    const next = labels.findIndex((l, i) => i > 0 && l !== '');
    if (next === -1 || next >= LABEL_ROOM) labels[0] = months[0] ?? '';
  }
  return labels;
}

/**
 * A promise's calendar. Each week column carries its age (`st-wk-0` is this week), so a narrow
 * sidebar drops the oldest weeks whole (dashboard.css, container queries on .st-heatmap-wrap) and
 * keeps the newest at the right edge; nothing is scrolled or cut.
 */
export function heatmap(days: HeatDay[], weekStart: WeekStart, promise: string): HTMLElement {
  const weeks: HeatDay[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  const cells: HTMLTableCellElement[] = [];
  const names = weekdayNames(weekStart);
  const age = (i: number): string => `st-wk-${weeks.length - 1 - i}`;

  const labels = monthLabels(weeks.map((w) => w[0]?.date ?? ''));
  const headCells = weeks.map((week, i) => {
    const first = week[0];
    const label = labels[i] ?? '';
    // The last column's name is set flush right, so it never runs past the calendar's edge.
    const end = i === weeks.length - 1 ? ' st-heat-month-end' : '';
    return el('th', { cls: `st-heat-col ${age(i)}`, attrs: { scope: 'col' } },
      label ? el('span', { cls: `st-heat-month${end}`, attrs: { 'aria-hidden': 'true' } }, label) : null,
      first ? srOnly(`Week of ${formatDay(first.date, false)}`) : null,
    );
  });

  const rows = names.map((name, row) =>
    el('tr', null,
      el('th', { cls: 'st-heat-rowhead', attrs: { scope: 'row' } },
        el('span', { attrs: { 'aria-hidden': 'true' } }, row % 2 === 0 ? name.slice(0, 1) : ''),
        srOnly(name),
      ),
      ...weeks.map((week, i) => {
        const day = week[row];
        if (!day) return el('td', `st-heat st-heat-none ${age(i)}`);
        const words = cellWords(day);
        // The cell is named by its words (aria-label, and a tooltip): a hidden text span in each of
        // 91 cells a calendar was a fifth of the dashboard's first layout.
        const cell = el('td', { cls: cellClass(day, age(i)), attrs: { title: words, 'aria-label': words, 'data-date': day.date, 'data-state': day.state } });
        cells[i * 7 + row] = cell;
        return cell;
      }),
    ),
  );

  const table = el('table', { cls: 'st-heatmap', attrs: { 'data-st-heatmap': '' } },
    el('caption', 'st-sr-only', `Calendar of “${promise}”, the last ${weeks.length} weeks`),
    el('thead', null, el('tr', null, el('td', 'st-heat-corner'), ...headCells)),
    el('tbody', null, ...rows),
  );

  const legend = el('ul', { cls: 'st-legend', attrs: { 'aria-label': 'Calendar legend' } },
    ...[...LEGEND, ...LEGEND_WHEN_SHOWN.filter((item) => days.some((d) => d.state === item.state))].map((item) => el('li', 'st-legend-item', el('span', { cls: `st-swatch st-heat-${item.state}`, attrs: { 'aria-hidden': 'true' } }), item.label)),
  );
  const wrap = el('div', 'st-heatmap-wrap', el('div', 'st-heatmap-fit', table), legend);
  drawn.set(wrap, { days, weekStart, promise, cells, ages: weeks.map((_, i) => age(i)) });
  return wrap;
}

function cellClass(day: HeatDay, age: string): string {
  return `st-heat st-heat-${day.state}${day.state === 'kept' && day.count > 1 ? ' st-heat-more' : ''} ${age}`;
}

/** What a drawn calendar shows, cell by cell (cells[i] is days[i]'s), for patchHeatmap. */
const drawn = new WeakMap<Element, { days: readonly HeatDay[]; weekStart: WeekStart; promise: string; cells: HTMLTableCellElement[]; ages: string[] }>();

/**
 * Brings a drawn calendar (`node`: heatmap()'s element, or a box holding it) up to `days` in place:
 * only the cells whose day changed get their new state and words. False, touching nothing, when it
 * cannot (not drawn yet, other dates, week start or promise words, or the legend would change): the
 * caller draws it anew.
 */
export function patchHeatmap(node: Element, days: readonly HeatDay[], weekStart: WeekStart, promise: string): boolean {
  const wrap = drawn.has(node) ? node : node.firstElementChild;
  const shown = wrap ? drawn.get(wrap) : undefined;
  if (!wrap || !shown || shown.days.length !== days.length || shown.weekStart !== weekStart || shown.promise !== promise) return false;
  const legendStates = (list: readonly HeatDay[]): string => LEGEND_WHEN_SHOWN.filter((item) => list.some((d) => d.state === item.state)).map((item) => item.state).join();
  if (legendStates(shown.days) !== legendStates(days)) return false;
  for (let i = 0; i < days.length; i++) if (shown.days[i]?.date !== days[i]?.date) return false;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as HeatDay;
    const cell = shown.cells[i];
    const words = cellWords(day);
    const cls = cellClass(day, shown.ages[Math.floor(i / 7)] ?? '');
    if (!cell || (cell.className === cls && cell.getAttribute('aria-label') === words)) continue;
    cell.className = cls;
    cell.setAttribute('title', words);
    cell.setAttribute('aria-label', words);
    cell.setAttribute('data-state', day.state);
  }
  drawn.set(wrap, { ...shown, days });
  return true;
}
