// @vitest-environment happy-dom
/**
 * Issue 15, point 1: the sidebar dashboard keeps which sections are folded in its view state. Obsidian
 * stores each view's getState() in the workspace layout (saved when a view asks with
 * workspace.requestSaveLayout) and gives it back through setState when the layout is restored.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ViewStateResult } from 'obsidian';
import type { App } from '../fakes/obsidian';
import { dashboardLeaf, pinClock, run, settle, startPlugin } from './harness';
import { COOK, WALK } from './notes';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

const files = { 'Self-trust/Walk.md': WALK, 'Self-trust/Cook.md': COOK };

interface StatefulView {
  getState(): Record<string, unknown>;
  setState(state: unknown, result: ViewStateResult): Promise<void>;
}

async function openDashboard(app: App): Promise<{ view: StatefulView; content: HTMLElement }> {
  // The fake workspace has no layout file; record the requests to save it.
  (app.fakeWorkspace as unknown as { requestSaveLayout: () => Promise<void> }).requestSaveLayout = vi.fn(() => Promise.resolve());
  await run(app, 'open-dashboard');
  await settle();
  const leaf = dashboardLeaf(app)!;
  return { view: leaf.view as unknown as StatefulView, content: leaf.fakeEl.querySelector<HTMLElement>('.view-content')! };
}

const toggle = (content: HTMLElement, id: string): HTMLButtonElement => content.querySelector<HTMLButtonElement>(`[data-st-section="${id}"] h3 > button`)!;

describe('the dashboard’s folded sections in the view state', () => {
  it('puts a fold in getState and asks Obsidian to save the layout', async () => {
    const { app } = await startPlugin(files);
    const { view, content } = await openDashboard(app);
    expect(view.getState().collapsed).toEqual([]);
    toggle(content, 'values').click();
    expect(view.getState().collapsed).toEqual(['values']);
    expect((app.fakeWorkspace as unknown as { requestSaveLayout: () => void }).requestSaveLayout).toHaveBeenCalled();
  });

  it('folds what a restored layout’s state says, and keeps it through a redraw', async () => {
    const { app } = await startPlugin(files);
    const { view, content } = await openDashboard(app);
    await view.setState({ collapsed: ['weeks', 'emotions', 'not-a-section'] }, { history: false });
    expect(toggle(content, 'weeks').getAttribute('aria-expanded')).toBe('false');
    expect(toggle(content, 'emotions').getAttribute('aria-expanded')).toBe('false');
    expect(toggle(content, 'values').getAttribute('aria-expanded')).toBe('true');
    expect(view.getState().collapsed).toEqual(['weeks', 'emotions']);
    // A redraw (a new model) keeps them folded.
    await app.fakeVault.modify(app.fakeVault.getFileByPath('Self-trust/Walk.md')!, WALK.replace('"Walk 15 minutes"', '"Walk 20 minutes"'));
    await settle();
    vi.advanceTimersByTime(300);
    await settle();
    expect(content.textContent).toContain('Walk 20 minutes');
    expect(toggle(content, 'weeks').getAttribute('aria-expanded')).toBe('false');
  });
});
