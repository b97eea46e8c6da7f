// @vitest-environment happy-dom
/**
 * The metadata cache as Obsidian really fills it (see MetadataCache in test/fakes/obsidian.ts): empty at
 * layout-ready on a cold vault, filled in batches with `changed` for some files only, then `resolved`.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from '../fakes/obsidian';
import { afterDebounce, dashboardText, pinClock, run, settle, startPlugin } from './harness';
import { COOK, WALK } from './notes';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

const SWIM = WALK.replace('"Walk 15 minutes"', '"Swim twice a week"');
const files = {
  'Self-trust/Walk.md': WALK,
  'Self-trust/Cook.md': COOK,
  'Self-trust/Swim.md': SWIM,
  'Lists/Shopping.md': '# Shopping\n- milk\n',
};

async function dashboard(app: App): Promise<string> {
  await run(app, 'open-dashboard');
  await afterDebounce();
  return dashboardText(app);
}

describe('a cold start: the cache fills after the layout is ready', () => {
  it('says it is still reading until the first resolved, then shows every promise, also those no `changed` announced', async () => {
    const { app } = await startPlugin(files, undefined, true, { coldCache: true });
    expect(await dashboard(app)).toContain('Reading your notes');

    // A first batch: Walk announced, Cook parsed silently.
    app.fakeCache.fakeFillBatch(2, (path) => path.endsWith('Walk.md'));
    await afterDebounce();
    expect(dashboardText(app)).toContain('Reading your notes');
    expect(dashboardText(app)).not.toContain('Cook at home');

    app.fakeCache.fakeResolve();
    await afterDebounce();
    const text = dashboardText(app);
    expect(text).toContain('Walk 15 minutes');
    expect(text).toContain('Cook at home');
    expect(text).toContain('Swim twice a week');
    expect(text).not.toContain('Reading your notes');
  });

  it('a warm start (resolved before the layout) is ready at layout-ready', async () => {
    const { app } = await startPlugin(files, undefined, false);
    app.fakeWorkspace.fakeLayoutReady();
    const text = await dashboard(app);
    expect(text).toContain('Walk 15 minutes');
    expect(text).toContain('Swim twice a week');
  });
});

describe('notes the cache cannot describe are read and listed like the CLI lists them', () => {
  it('broken YAML in a note of ours (Obsidian has its frontmatterPosition but no frontmatter)', async () => {
    const broken = WALK.replace('times: 1\n', 'times: 1\ntimes: 2\n');
    const { app } = await startPlugin({ 'Self-trust/Walk.md': broken, 'Self-trust/Cook.md': COOK });
    const text = await dashboard(app);
    expect(text).toContain('Self-trust/Walk.md');
    expect(text).toContain('The key "times" appears twice in the frontmatter on line 7');
    expect(text).toContain('Cook at home');
  });

  it('a note named like ours with a blank line before its ---', async () => {
    const { app } = await startPlugin({ 'Self-trust/2026-11-20 Small promise.md': `\n${WALK}` });
    const text = await dashboard(app);
    expect(text).toContain('2026-11-20 Small promise');
    expect(text).toMatch(/first line/i);
  });

  it('a note fixed later leaves the list and is counted', async () => {
    const broken = WALK.replace('times: 1\n', 'times: 1\ntimes: 2\n');
    const { app } = await startPlugin({ 'Self-trust/Walk.md': broken });
    expect(await dashboard(app)).toContain('appears twice');
    await app.fakeVault.modify(app.fakeVault.getFileByPath('Self-trust/Walk.md')!, WALK);
    await afterDebounce();
    await settle();
    expect(dashboardText(app)).not.toContain('appears twice');
    expect(dashboardText(app)).toContain('Walk 15 minutes');
  });
});
