// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TFile, type App } from '../fakes/obsidian';
import { activeFile, afterDebounce, dashboardLeaf, dashboardText, pinClock, run, settle, startPlugin } from './harness';
import { COOK, SHOPPING, WALK } from './notes';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

const files = { 'Self-trust/Walk.md': WALK, 'Self-trust/Cook.md': COOK, 'Lists/Shopping.md': SHOPPING };

async function openDashboard(app: App): Promise<HTMLElement> {
  const ribbon = app.fakeWorkspace.fakeRibbonEl.querySelector<HTMLElement>('[aria-label="Open self-trust dashboard"]');
  expect(ribbon).not.toBeNull();
  ribbon!.click();
  await settle();
  const leaf = dashboardLeaf(app);
  expect(leaf?.fakeSide).toBe('right');
  return leaf!.fakeEl.querySelector<HTMLElement>('.view-content')!;
}

describe('first index', () => {
  it('runs only once the layout is ready, from the metadata cache, reading no file', async () => {
    const { app } = await startPlugin(files, undefined, false);
    const read = vi.spyOn(app.fakeVault, 'read');
    const cachedRead = vi.spyOn(app.fakeVault, 'cachedRead');
    const content = await openDashboard(app);
    expect(content.textContent).toContain('Reading your notes');
    expect(content.textContent).not.toContain('Walk 15 minutes');

    app.fakeWorkspace.fakeLayoutReady();
    await settle();
    expect(content.textContent).toContain('Walk 15 minutes');
    expect(content.textContent).toContain('Cook at home');
    expect(content.textContent).not.toContain('milk');
    expect(read).not.toHaveBeenCalled();
    expect(cachedRead).not.toHaveBeenCalled();
  });
});

describe('the sidebar dashboard', () => {
  it('opens once from the ribbon and the command, in the right sidebar', async () => {
    const { app } = await startPlugin(files);
    await openDashboard(app);
    await run(app, 'open-dashboard');
    expect(app.fakeWorkspace.getLeavesOfType('self-trust-dashboard')).toHaveLength(1);
    expect(dashboardText(app)).toContain('Walk 15 minutes');
    expect(dashboardLeaf(app)?.fakeEl.querySelector('.selftrust-view .st-dashboard')).not.toBeNull();
  });

  it('follows an edited note after the debounce, and redraws nothing when only the body changed', async () => {
    const { app } = await startPlugin(files);
    const content = await openDashboard(app);
    const walk = app.fakeVault.getFileByPath('Self-trust/Walk.md')!;

    await app.fakeVault.modify(walk, WALK.replace('"Walk 15 minutes"', '"Walk 20 minutes"'));
    await settle();
    expect(content.textContent).toContain('Walk 15 minutes'); // not yet: debounced
    vi.advanceTimersByTime(300);
    await settle();
    expect(content.textContent).toContain('Walk 20 minutes');
    expect(content.textContent).not.toContain('Walk 15 minutes');

    const drawn = content.querySelector('.st-body')?.firstElementChild;
    expect(drawn).toBeTruthy();
    await app.fakeVault.modify(walk, WALK.replace('"Walk 15 minutes"', '"Walk 20 minutes"') + 'One more line of body.\n');
    await afterDebounce();
    expect(content.querySelector('.st-body')?.firstElementChild).toBe(drawn);
  });

  it('gathers many quick edits into one update', async () => {
    const { app } = await startPlugin(files);
    const content = await openDashboard(app);
    const cook = app.fakeVault.getFileByPath('Self-trust/Cook.md')!;
    for (let i = 1; i <= 5; i++) {
      await app.fakeVault.modify(cook, COOK.replace('Cook at home', `Cook at home ${i}`));
      await settle();
      vi.advanceTimersByTime(100);
    }
    expect(content.textContent).not.toContain('Cook at home 5');
    vi.advanceTimersByTime(300);
    await settle();
    expect(content.textContent).toContain('Cook at home 5');
  });

  it('counts a new note, drops a deleted one, and follows a rename', async () => {
    const { app } = await startPlugin(files);
    const content = await openDashboard(app);
    await app.fakeVault.fakeWrite('Elsewhere/Stretch.md', COOK.replace('Cook at home', 'Stretch in the morning'));
    await afterDebounce();
    expect(content.textContent).toContain('Stretch in the morning');

    await app.fakeVault.createFolder('Archive');
    await app.fakeVault.rename(app.fakeVault.getFileByPath('Self-trust/Walk.md')!, 'Archive/Walk after lunch.md');
    await afterDebounce();
    expect(content.textContent).toContain('Walk 15 minutes');
    // The dashboard's link now leads to the new path.
    const link = content.querySelector<HTMLElement>('[data-path="Archive/Walk after lunch.md"] [data-st-action="open-note"]');
    expect(link).not.toBeNull();
    link!.click();
    await settle();
    expect(activeFile(app)).toBe('Archive/Walk after lunch.md');

    await app.fakeVault.delete(app.fakeVault.getFileByPath('Archive/Walk after lunch.md')!);
    await afterDebounce();
    expect(content.textContent).not.toContain('Walk 15 minutes');
    expect(content.textContent).toContain('Cook at home');
  });

  it('renaming a folder moves every note in it', async () => {
    const { app } = await startPlugin(files);
    const content = await openDashboard(app);
    await app.fakeVault.rename(app.fakeVault.getFolderByPath('Self-trust')!, 'Practice');
    await afterDebounce();
    expect(content.textContent).toContain('Walk 15 minutes');
    await app.fakeVault.delete(app.fakeVault.getFileByPath('Practice/Walk.md')!);
    await afterDebounce();
    expect(content.textContent).not.toContain('Walk 15 minutes');
  });

  it('forgets a note whose `selftrust` key was removed', async () => {
    const { app } = await startPlugin(files);
    const content = await openDashboard(app);
    await app.fakeVault.modify(app.fakeVault.getFileByPath('Self-trust/Cook.md')!, COOK.replace('selftrust: small-promise\n', ''));
    await afterDebounce();
    expect(content.textContent).not.toContain('Cook at home');
  });

  it('logs a promise from the dashboard and shows it kept', async () => {
    const { app } = await startPlugin(files);
    const content = await openDashboard(app);
    const before = content.textContent;
    const keep = content.querySelector<HTMLButtonElement>('[data-path="Self-trust/Walk.md"] [data-st-action="log-kept"]');
    expect(keep?.disabled).toBe(false);
    keep!.click();
    await settle();
    expect(app.fakeVault.fakeText('Self-trust/Walk.md')).toBe(WALK.replace("  - '2026-11-25'\n", "  - '2026-11-25'\n  - '2026-11-26'\n"));
    expect(app.fakeVault.fakeText('Self-trust/Cook.md')).toBe(COOK);
    await afterDebounce();
    expect(content.textContent).not.toBe(before);
    const again = content.querySelector<HTMLButtonElement>('[data-path="Self-trust/Walk.md"] [data-st-action="log-kept"]');
    expect(again?.disabled).toBe(true);
  });

  it('draws no note of other people’s formats as ours', async () => {
    const { app } = await startPlugin({ 'Lists/Shopping.md': SHOPPING, 'Notes/Plain.md': 'no frontmatter at all' });
    const content = await openDashboard(app);
    expect(content.querySelector('.st-dashboard')).not.toBeNull();
    expect(content.textContent).not.toContain('milk');
    expect(app.fakeVault.getFiles().every((f) => f instanceof TFile)).toBe(true);
  });
});
