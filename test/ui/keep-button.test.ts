// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardModel, PromiseCard } from '../../src/core/dashboard/model';
import type { DashboardActions } from '../../src/ui/actions';
import type { ChartKit } from '../../src/ui/charts';
import { renderDashboard } from '../../src/ui/render-dashboard';
import { keepButtonState } from '../../src/ui/sections/keep-button';
import { realisticModel } from './dashboard-model-builder';

/** The main button of a promise card, as a person sees it: its words, whether it can be pressed, what it asks the host. */
interface Seen {
  label: string;
  disabled: boolean;
  asks: unknown[] | undefined;
}

/** The button is what is tested here: no chart is drawn. */
const noCharts: ChartKit = { create: () => null };

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => root.remove());

/** Draws a dashboard holding one active promise card with these fields, and presses its main button. */
function press(card: Partial<PromiseCard>): Seen {
  const model: DashboardModel = realisticModel();
  const base = model.promises[0]!;
  const promise: PromiseCard = { ...base, status: 'active', restToday: false, ...card };
  model.promises = [promise];
  const logPromise = vi.fn<DashboardActions['logPromise']>();
  const actions: DashboardActions = { openNote: vi.fn(), startExercise: vi.fn(), logPromise, rereadLetter: vi.fn() };
  const handle = renderDashboard(root, model, actions, { loadCharts: () => Promise.resolve(noCharts), whenVisible: (_b, on) => (on(), () => undefined) });
  const button = root.querySelector<HTMLButtonElement>(`[data-path="${promise.path}"] [data-st-action="log-kept"]`)!;
  button.click();
  const seen = { label: (button.textContent ?? '').trim(), disabled: button.disabled, asks: logPromise.mock.calls[0] };
  handle.destroy();
  return seen;
}

describe('the "Kept it today" button', () => {
  it('counts the keeps of a promise asked twice a day, and stays pressable until the day is complete', () => {
    const day = { per: 'day', times: 2, target: 2 } as const;
    const path = realisticModel().promises[0]!.path;
    expect(press({ ...day, keptThisPeriod: 0, keptToday: false })).toEqual({ label: 'Kept it today · 0 of 2', disabled: false, asks: [path, 'keep'] });
    expect(press({ ...day, keptThisPeriod: 1, keptToday: true })).toEqual({ label: 'Kept it today · 1 of 2', disabled: false, asks: [path, 'keep'] });
    // Complete: a disabled button hears no click.
    expect(press({ ...day, keptThisPeriod: 2, keptToday: true })).toEqual({ label: 'Kept today ✓ · 2 of 2', disabled: true, asks: undefined });
  });

  it('shows no count for a once-a-day promise, and is done after one keep', () => {
    const day = { per: 'day', times: 1, target: 1 } as const;
    expect(press({ ...day, keptThisPeriod: 0, keptToday: false })).toMatchObject({ label: 'Kept it today', disabled: false });
    expect(press({ ...day, keptThisPeriod: 1, keptToday: true })).toMatchObject({ label: 'Kept today ✓', disabled: true, asks: undefined });
  });

  it('offers "Kept again today" on a weekly promise kept today while the week asks for more', () => {
    const week = { per: 'week', times: 3, target: 3 } as const;
    const path = realisticModel().promises[0]!.path;
    expect(press({ ...week, keptThisPeriod: 1, keptToday: false })).toEqual({ label: 'Kept it today', disabled: false, asks: [path, 'keep'] });
    expect(press({ ...week, keptThisPeriod: 2, keptToday: true })).toEqual({ label: 'Kept again today', disabled: false, asks: [path, 'keep-again'] });
    expect(press({ ...week, keptThisPeriod: 3, keptToday: true })).toMatchObject({ label: 'Kept today ✓', disabled: true, asks: undefined });
    // The week's target met on earlier days: today's first keep is still welcome.
    expect(press({ ...week, keptThisPeriod: 3, keptToday: false })).toMatchObject({ label: 'Kept it today', disabled: false });
  });

  it('follows the week\'s ask, which rest days lower', () => {
    // times: 3, one rest day: the week asks 2; with 2 kept (one today) it is complete.
    expect(keepButtonState({ per: 'week', target: 2, keptThisPeriod: 2, keptToday: true })).toEqual({ label: 'Kept today ✓', action: 'keep', disabled: true });
  });
});
