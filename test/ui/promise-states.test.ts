// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/core/dashboard/build-dashboard';
import type { DashboardModel } from '../../src/core/dashboard/model';
import type { Day } from '../../src/core/day';
import type { ParsedNote } from '../../src/core/entry';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import { renderDashboard } from '../../src/ui/render-dashboard';
import { days, promiseNote, readNote } from '../core/stats/note-builders';
import { now, spyActions } from './render-helpers';

/* Issue 9, fault 9: paused, done and draft promises, as the dashboard draws them. */

const noCharts = () => Promise.reject(new Error('no charts in this test'));


const TODAY = '2026-11-26' as Day;

const NOTES: Record<string, string> = {
  'Self-trust/read.md': promiseNote({ date: '2026-11-10', promise: 'Read before bed', kept: days('2026-11-10', '2026-11-20'), status: 'paused' }),
  'Self-trust/swim.md': promiseNote({ date: '2026-11-02', promise: 'Swim', times: 2, per: 'week', kept: ['2026-11-03', '2026-11-05', '2026-11-11', '2026-11-17', '2026-11-19', '2026-11-24'], skipped: ['2026-11-13', '2026-11-25'] }),
  'Self-trust/water.md': promiseNote({ date: '2026-08-01', promise: 'Drink water', kept: days('2026-08-01', '2026-09-30'), status: 'done' }),
};
const DRAFT: ParsedNote = { path: 'Self-trust/2026-11-26 Small promise.md', entry: null, problems: [], draft: { kind: 'small-promise' } };

function model(): DashboardModel {
  const parsed = [...Object.entries(NOTES).map(([p, t]) => readNote(p, t)), DRAFT];
  return buildDashboard({ revision: 1, notes: () => parsed }, TODAY, DEFAULT_SETTINGS);
}

/** The words of a node as read aloud: each text node's words, separated by one space. */
function text(node: Node): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n.textContent ?? '');
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

describe('promises in every state, as drawn', () => {
  let root: HTMLElement;
  let actions: ReturnType<typeof spyActions>;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.appendChild(root);
    actions = spyActions();
    renderDashboard(root, model(), actions, { loadCharts: noCharts, whenVisible: now });
  });
  afterEach(() => root.remove());

  const card = (path: string) => root.querySelector<HTMLElement>(`article.st-promise[data-path="${path}"]`)!;

  it('a paused promise: its days since the last kept one are drawn paused, and it asks nothing', () => {
    const read = card('Self-trust/read.md');
    const cell = (day: string) => read.querySelector(`td[data-date="${day}"]`)!;
    expect(cell('2026-11-20').getAttribute('data-state')).toBe('kept');
    for (const day of days('2026-11-21', '2026-11-26')) {
      expect(cell(day).getAttribute('data-state')).toBe('paused');
      expect(cell(day).getAttribute('aria-label')).toMatch(/: paused, nothing asked$/);
    }
    expect(read.querySelectorAll('td[data-state="missed"], td[data-state="pending"]')).toHaveLength(0);
    expect([...read.querySelectorAll('.st-legend-item')].map(text)).toContain('Paused');
    expect(text(read)).toContain('Nothing asked While paused Last kept 20 Nov 2026');
    expect(text(read)).toContain('11 days Streak, on hold');
    // No "0 of 1 kept today", no fresh-start nudge (the legend below the calendar names every state).
    expect(text(read.querySelector('.st-figures')!)).not.toMatch(/\d+ of \d+|Fresh start/);
    expect(read.querySelector('[data-st-action="log-kept"]')).toBeNull();
    expect(read.querySelector('[data-st-action="log-rest"]')).toBeNull();
  });

  it('an active calendar has no "Paused" in its legend', () => {
    expect([...card('Self-trust/swim.md').querySelectorAll('.st-legend-item')].map(text)).not.toContain('Paused');
  });

  it('a week with one swim and one rest day, twice a week, reads 1 of 1 on the promise and on the week', () => {
    // This week: swum Tuesday, rested Wednesday.
    expect(text(card('Self-trust/swim.md'))).toContain('1 of 1 Kept this week');
    const week = root.querySelector<HTMLElement>('article.st-week[data-week="2026-W46"]')!;
    expect(text(week)).toMatch(/Swim\s*: kept 1 of 1\b/);
  });

  it('a done promise is a record, not a fresh start', () => {
    const row = root.querySelector<HTMLElement>('.st-finished-item[data-path="Self-trust/water.md"]')!;
    expect(text(row)).toContain('Drink water 61 days kept · best streak 61 days · from 1 Aug 2026 to 30 Sep 2026');
    expect(text(root)).not.toContain('Fresh start');
    expect(root.querySelector('article.st-promise[data-path="Self-trust/water.md"]')).toBeNull();
  });

  it('a promise waiting for its words is a quiet line with the note to open, not a note to check', () => {
    const line = root.querySelector<HTMLElement>('.st-section-promises .st-drafts')!;
    expect(text(line)).toBe('1 promise waiting for its words: 2026-11-26 Small promise Open note');
    line.querySelector<HTMLButtonElement>('[data-st-action="open-note"]')!.click();
    expect(actions.openNote).toHaveBeenCalledWith('Self-trust/2026-11-26 Small promise.md');
    expect(root.querySelector('.st-section-problems')).toBeNull();
  });
});

describe('the last week of the calendar, as drawn', () => {
  it('draws the days past 9999-12-31 as still to come, with their day and month', () => {
    const parsed = [readNote('st/swim.md', promiseNote({ date: '9999-11-01', promise: 'Swim', times: 2, per: 'week', kept: ['9999-12-27', '9999-12-31'] }))];
    const m = buildDashboard({ revision: 1, notes: () => parsed }, '9999-12-31' as Day, DEFAULT_SETTINGS);
    const root = document.createElement('div');
    document.body.appendChild(root);
    renderDashboard(root, m, spyActions(), { loadCharts: noCharts, whenVisible: now });
    const cells = [...root.querySelectorAll('article.st-promise td.st-heat')];
    expect(cells).toHaveLength(91);
    const last = root.querySelector('td[data-date="10000-01-02"]')!;
    expect(last.getAttribute('data-state')).toBe('future');
    expect(last.getAttribute('aria-label')).toBe('2 Jan: still to come');
    expect(root.querySelector('td[data-date="9999-12-31"]')?.getAttribute('data-state')).toBe('kept');
    expect(text(root.querySelector('article.st-week')!)).toMatch(/Swim\s*: kept 2 of 2 so far/);
    root.remove();
  });
});

describe('a promise that starts later, as drawn', () => {
  it('says when it starts, asks nothing and offers no keep, in today’s list and on its card', () => {
    const later = readNote('Self-trust/run.md', promiseNote({ date: '2026-12-07', promise: 'Run before work', kept: [] }));
    const walk = readNote('Self-trust/walk.md', promiseNote({ date: '2026-11-20', promise: 'Walk', kept: ['2026-11-25'] }));
    const m = buildDashboard({ revision: 1, notes: () => [later, walk] }, TODAY, DEFAULT_SETTINGS);
    const card = m.promises.find((p) => p.path === 'Self-trust/run.md')!;
    expect(card).toMatchObject({ startsLater: true, target: 0, keptThisPeriod: 0, currentStreak: 0 });
    expect(m.promises.find((p) => p.path === 'Self-trust/walk.md')).not.toHaveProperty('startsLater');
    const root = document.createElement('div');
    document.body.appendChild(root);
    renderDashboard(root, m, spyActions(), { loadCharts: noCharts, whenVisible: now });
    const row = root.querySelector<HTMLElement>('[data-st-today="Self-trust/run.md"]')!;
    expect(text(row)).toBe('Run before work Starts on 7 Dec 2026: nothing is asked before then');
    expect(row.querySelector('button')).toBeNull();
    const article = root.querySelector<HTMLElement>('article.st-promise[data-path="Self-trust/run.md"]')!;
    expect(text(article)).toContain('Day 1 is 7 Dec 2026');
    expect(text(article)).toContain('Not yet Starts on 7 Dec 2026');
    expect(text(article)).not.toMatch(/0 of 1|Fresh start — day 1 is today/);
    expect(article.querySelector('[data-st-action="log-kept"], [data-st-action="log-rest"]')).toBeNull();
    root.remove();
  });
});
