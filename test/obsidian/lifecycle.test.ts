// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISES } from '../../src/core/catalog/exercises';
import { fakeLeftovers, fakeOpenModals } from '../fakes/obsidian';
import { afterDebounce, dashboardText, pinClock, run, settle, startPlugin } from './harness';
import { COOK, WALK } from './notes';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

const files = { 'Self-trust/Walk.md': WALK, 'Self-trust/Cook.md': COOK };

describe('load', () => {
  it('only registers: no file read, no dashboard, no timer', async () => {
    const { app } = await startPlugin(files, undefined, false);
    const read = vi.spyOn(app.fakeVault, 'read');
    const cachedRead = vi.spyOn(app.fakeVault, 'cachedRead');
    const names = [...app.fakeCommands.values()].map((c) => c.name.replace('Self-Trust Practice: ', ''));
    expect(names).toEqual(
      expect.arrayContaining([
        ...EXERCISES.map((e) => `Start exercise: ${e.title}`),
        'Insert exercise here',
        'Log a kept promise',
        'Mark a rest day',
        'Log a slip',
        'Note what got in the way',
        "Start this week's reflection",
        'Reread my self-compassion letter',
        'Open self-trust dashboard',
        'Prepare a session summary',
      ]),
    );
    expect(names).toHaveLength(EXERCISES.length + 9);
    expect([...app.fakeCommands.values()].every((c) => c.hotkeys === undefined)).toBe(true);
    expect(app.fakeViewCreators.has('self-trust-dashboard')).toBe(true);
    expect(app.fakeSettingTabs).toHaveLength(1);
    expect(document.querySelector('.st-dashboard')).toBeNull();
    expect(vi.getTimerCount()).toBe(0);
    app.fakeWorkspace.fakeLayoutReady();
    expect(read).not.toHaveBeenCalled();
    expect(cachedRead).not.toHaveBeenCalled();
    expect(document.querySelector('.st-dashboard')).toBeNull();
  });
});

describe('unload', () => {
  it('leaves no listener, timer, view, command or DOM node behind', async () => {
    const { app, plugin } = await startPlugin(files);
    const baseline = document.body.querySelectorAll('*').length;
    await run(app, 'open-dashboard');
    expect(dashboardText(app)).toContain('Walk 15 minutes');
    app.fakeSettingTabs[0]?.fakeShow();
    // A change still waiting on the debounce when the plugin goes.
    await app.fakeVault.modify(app.fakeVault.getFileByPath('Self-trust/Cook.md')!, COOK.replace('Cook at home', 'Cook twice'));
    await settle();
    const during = fakeLeftovers(app);
    expect(during.listeners).toBeGreaterThan(0);
    expect(during.domNodes).toBeGreaterThan(0);
    expect(vi.getTimerCount()).toBeGreaterThan(0);

    plugin.unload();
    await settle();

    expect(fakeLeftovers(app)).toEqual({
      listeners: 0,
      domListeners: 0,
      intervals: 0,
      debounceTimers: 0,
      domNodes: 0,
      commands: 0,
      views: 0,
      settingTabs: 0,
    });
    expect(vi.getTimerCount()).toBe(0);
    expect(document.querySelector('.st-dashboard, .selftrust-view *')).toBeNull();
    expect(document.body.querySelectorAll('*').length).toBeLessThanOrEqual(baseline);
    // Nothing wakes up later either.
    await afterDebounce();
    expect(fakeLeftovers(app).listeners).toBe(0);
  });

  it('unloading before the layout is ready means the first index never runs', async () => {
    const { app, plugin } = await startPlugin(files, undefined, false);
    const read = vi.spyOn(app.fakeCache, 'getFileCache');
    plugin.unload();
    app.fakeWorkspace.fakeLayoutReady();
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(fakeLeftovers(app).listeners).toBe(0);
    expect(fakeOpenModals).toHaveLength(0);
  });

  it('loads within a few milliseconds on the fake host', async () => {
    vi.useRealTimers();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const { plugin } = await startPlugin(files, undefined, false);
      times.push(performance.now() - t0);
      plugin.unload();
    }
    const best = Math.min(...times);
    console.info(`onload on the fake host: best ${best.toFixed(2)} ms of ${times.length}`);
    expect(best).toBeLessThan(50);
  });
});
