// @vitest-environment happy-dom
/**
 * The weeks card says a week's promises in the roll-up's own words (core/summary/week-rollup-text.ts),
 * as the reflection note and the session summary do: a week that did more than it asked reads
 * "kept 4 (3 asked)", never "4 of 3".
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardModel, WeekCard } from '../../src/core/dashboard/model';
import type { DashboardActions } from '../../src/ui/actions';
import type { ChartKit, VisibilityWatch } from '../../src/ui/charts';
import { chartsSettled, renderDashboard } from '../../src/ui/render-dashboard';
import { emptyModel } from './dashboard-model-builder';

const now: VisibilityWatch = (_box, onVisible) => (onVisible(), () => undefined);
const noCharts: ChartKit = { create: () => null };
const actions: DashboardActions = { openNote: vi.fn(), startExercise: vi.fn(), logPromise: vi.fn(), rereadLetter: vi.fn() };

type Row = WeekCard['rollup']['promises'][number];

function week(label: string, start: string, end: string, promises: Row[]): WeekCard {
  return {
    label,
    start,
    end,
    reflection: null,
    rollup: { promises, emotions: [], lessons: [], boundaries: { held: 0, total: 0 }, mindfulness: { sessions: 0, minutes: 0 }, selfCare: 0, notes: 5 },
  } as WeekCard;
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => root.remove());

async function factsOf(model: DashboardModel, label: string): Promise<string[]> {
  renderDashboard(root, model, actions, { loadCharts: () => Promise.resolve(noCharts), whenVisible: now });
  await chartsSettled(root);
  const card = root.querySelector(`.st-week[data-week="${label}"]`);
  return [...(card?.querySelectorAll('.st-rollup li') ?? [])].map((li) => li.textContent ?? '');
}

describe('the weeks card', () => {
  it('says a past week in the roll-up text: "kept 4 (3 asked)", "kept 2 of 3", the limit and its slips', async () => {
    const model = emptyModel('2026-11-26');
    model.weeks = [week('2026-W47', '2026-11-16', '2026-11-22', [
      { promise: 'Walk after lunch', path: 'Self-trust/walk.md', kept: 4, target: 3 },
      { promise: 'Read before bed', path: 'Self-trust/read.md', kept: 2, target: 3 },
      { promise: 'No phone at dinner', path: 'Self-trust/phone.md', kept: 5, target: 7, aim: 'at-most', slips: 2 },
    ] as Row[])];
    const facts = await factsOf(model, '2026-W47');
    expect(facts.slice(0, 3)).toEqual([
      'Walk after lunch: kept 4 (3 asked)',
      'Read before bed: kept 2 of 3',
      'No phone at dinner: within the limit 5 of 7 (2 slips)',
    ]);
    expect(facts.join('\n')).not.toMatch(/4 of 3/);
  });

  it('says "so far" for the week in progress, and never "of 0"', async () => {
    const model = emptyModel('2026-11-26');
    model.weeks = [week('2026-W48', '2026-11-23', '2026-11-29', [
      { promise: 'Walk after lunch', path: 'Self-trust/walk.md', kept: 2, target: 3 },
      { promise: 'Call a friend', path: 'Self-trust/call.md', kept: 1, target: 0 },
    ] as Row[])];
    const facts = await factsOf(model, '2026-W48');
    expect(facts.slice(0, 2)).toEqual(['Walk after lunch: kept 2 of 3 so far', 'Call a friend: kept 1 (nothing asked yet)']);
  });
});
