// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EXERCISES } from '../../src/core/catalog/exercises';
import type { PromiseCard } from '../../src/core/dashboard/model';
import { fakeNotices, fakeOpenModals, type App } from '../fakes/obsidian';
import { activeFile, activeMarkdownView, afterDebounce, answerDayWords, lastNotice, openForm, openModal, pinClock, run, settle, startPlugin, startPromise, TODAY } from './harness';
import { COOK, letter, PAUSED, SHOPPING, WALK } from './notes';
import type { Day } from '../../src/core/day';
import { renderExercise } from '../../src/core/templates/render';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

function frontmatterLines(text: string): string[] {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end);
}

describe('Start exercise commands', () => {
  it('creates a note for every exercise in the notes folder, from its template, and opens it', async () => {
    const { app } = await startPlugin();
    for (const exercise of EXERCISES) {
      // A small promise asks for its words first and is named after them; the others are dated.
      if (exercise.id === 'small-promise') await startPromise(app, 'Walk for 15 minutes');
      else await run(app, `start-${exercise.id}`);
      const path = exercise.id === 'small-promise' ? 'Self-trust/Walk for 15 minutes.md' : `Self-trust/${TODAY} ${exercise.title}.md`;
      const text = app.fakeVault.fakeText(path);
      expect(text, path).toBeDefined();
      const fm = frontmatterLines(text ?? '');
      expect(fm).toContain(`selftrust: ${exercise.id}`);
      expect(fm).toContain(`date: ${TODAY}`);
      expect(text).not.toContain('{{');
      expect(activeFile(app)).toBe(path);
    }
    expect(app.fakeVault.getMarkdownFiles()).toHaveLength(EXERCISES.length);
  });

  it('never overwrites: a second note on the same day gets a free name', async () => {
    const { app } = await startPlugin();
    await run(app, 'start-boundary-log');
    const first = `Self-trust/${TODAY} Boundary log.md`;
    await app.fakeVault.modify(app.fakeVault.getFileByPath(first)!, 'my own words');
    await run(app, 'start-boundary-log');
    expect(app.fakeVault.fakeText(first)).toBe('my own words');
    const second = `Self-trust/${TODAY} Boundary log 2.md`;
    expect(frontmatterLines(app.fakeVault.fakeText(second) ?? '')).toContain('selftrust: boundary-log');
    expect(activeFile(app)).toBe(second);
  });

  it('"Start exercise: Small promise" asks first, names the note after the promise, and never overwrites one', async () => {
    const { app } = await startPlugin();
    await startPromise(app, 'Walk');
    const first = 'Self-trust/Walk.md';
    expect(frontmatterLines(app.fakeVault.fakeText(first) ?? '')).toContain('promise: Walk');
    await app.fakeVault.modify(app.fakeVault.getFileByPath(first)!, 'my own words');
    await startPromise(app, 'Walk');
    expect(app.fakeVault.fakeText(first)).toBe('my own words');
    const second = `Self-trust/Walk (${TODAY}).md`;
    expect(frontmatterLines(app.fakeVault.fakeText(second) ?? '')).toContain('promise: Walk');
    expect(activeFile(app)).toBe(second);
    expect(app.fakeVault.getMarkdownFiles().some((f) => f.path.includes('Small promise'))).toBe(false);
  });

  it('closing the small promise\'s form from the palette writes nothing', async () => {
    const { app } = await startPlugin();
    await run(app, 'start-small-promise');
    openForm().close();
    await settle();
    expect(app.fakeVault.getMarkdownFiles()).toHaveLength(0);
    expect(fakeOpenModals).toHaveLength(0);
  });

  it('uses the template the user keeps in the template folder instead of the bundled one', async () => {
    const mine = ['---', 'selftrust: mindfulness', 'date: {{date}}', 'minutes: 5', '---', '# Breathing on {{date}}', 'Five slow breaths.', ''].join('\n');
    const { app } = await startPlugin({ 'Templates/Self-trust/mindfulness.md': mine });
    await run(app, 'start-mindfulness');
    const text = app.fakeVault.fakeText(`Self-trust/${TODAY} Mindfulness for self-trust.md`);
    expect(text).toBe(mine.replaceAll('{{date}}', TODAY));
  });

  it('inserts an exercise at the cursor, adding frontmatter at the top of a note that has none', async () => {
    const { app } = await startPlugin({ 'Daily/Thursday.md': 'Morning pages\n\nLater today:\n' });
    await app.fakeWorkspace.openLinkText('Daily/Thursday.md', '', false);
    const view = activeMarkdownView(app);
    view.editor.setCursor({ line: 3, ch: 0 });
    await run(app, 'insert-exercise');
    const modal = openModal<{ item: { id: string } }>();
    const shown = await modal.fakeType('boundary');
    expect(shown[0]?.item.id).toBe('boundary-log');
    modal.fakeChoose(0);
    await settle();
    const text = view.editor.getValue();
    expect(text.startsWith('---\nselftrust: boundary-log\n')).toBe(true);
    expect(text.match(/^---$/gm)).toHaveLength(2);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body.startsWith('Morning pages\n\nLater today:\n')).toBe(true);
    expect(body.length).toBeGreaterThan('Morning pages\n\nLater today:\n'.length);
  });

  it('inserts only the body into a note that already has frontmatter', async () => {
    const note = '---\ntags: [journal]   # keep\n---\nToday\n';
    const { app } = await startPlugin({ 'Daily/Friday.md': note });
    await app.fakeWorkspace.openLinkText('Daily/Friday.md', '', false);
    const view = activeMarkdownView(app);
    view.editor.setCursor({ line: 3, ch: 5 });
    await run(app, 'insert-exercise');
    const modal = openModal();
    await modal.fakeType('mistake');
    modal.fakeChoose(0);
    await settle();
    const text = view.editor.getValue();
    expect(text.startsWith('---\ntags: [journal]   # keep\n---\nToday')).toBe(true);
    expect(text.match(/^---$/gm)).toHaveLength(2);
    expect(text).not.toContain('selftrust:');
    expect(text.length).toBeGreaterThan(note.length + 20);
  });
});

describe('Log a kept promise and Mark a rest day', () => {
  const files = { 'Self-trust/Walk.md': WALK, 'Self-trust/Cook.md': COOK, 'Self-trust/Read.md': PAUSED, 'Lists/Shopping.md': SHOPPING };

  async function choose(app: App, command: string, promise: string, words = ''): Promise<PromiseCard[]> {
    await run(app, command);
    const modal = openModal<PromiseCard>();
    const shown = [...modal.fakeShown];
    const i = shown.findIndex((c) => c.promise === promise);
    modal.fakeChoose(i);
    await settle();
    await answerDayWords(words);
    return shown;
  }

  it('offers the active promises with their streaks, and adds today to `kept` without touching another byte', async () => {
    const { app } = await startPlugin(files);
    await run(app, 'log-kept-promise');
    const modal = openModal<PromiseCard>();
    expect(modal.fakeShown.map((c) => c.promise).sort()).toEqual(['Cook at home', 'Walk 15 minutes']);
    const walkEl = [...modal.resultContainerEl.querySelectorAll('.suggestion-item')].find((el) => el.textContent?.includes('Walk 15 minutes'));
    expect(walkEl?.textContent).toContain('2-day streak');
    expect(walkEl?.textContent).toContain('0 of 1 today');
    modal.fakeChoose(modal.fakeShown.findIndex((c) => c.promise === 'Walk 15 minutes'));
    await settle();
    await answerDayWords();

    const after = app.fakeVault.fakeText('Self-trust/Walk.md');
    const expected = WALK.replace("  - '2026-11-25'\n", `  - '2026-11-25'\n  - '${TODAY}'\n`);
    expect(after).toBe(expected);
    expect(lastNotice()).toContain('Kept today: "Walk 15 minutes"');
    expect(app.fakeVault.fakeText('Self-trust/Cook.md')).toBe(COOK);
    expect(app.fakeVault.fakeText('Lists/Shopping.md')).toBe(SHOPPING);

    // Logged again the same day: nothing changes, and the person is told so.
    await afterDebounce();
    const shown = await choose(app, 'log-kept-promise', 'Walk 15 minutes');
    expect(shown.find((c) => c.promise === 'Walk 15 minutes')?.keptToday).toBe(true);
    expect(app.fakeVault.fakeText('Self-trust/Walk.md')).toBe(expected);
    expect(lastNotice()).toContain('already logged');
  });

  it('marks a rest day in `skipped`, changing that line only', async () => {
    const { app } = await startPlugin(files);
    await choose(app, 'mark-rest-day', 'Walk 15 minutes');
    const before = WALK.split('\n');
    const after = (app.fakeVault.fakeText('Self-trust/Walk.md') ?? '').split('\n');
    expect(after).toHaveLength(before.length);
    const changed = after.map((l, i) => (l === before[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toEqual([before.indexOf('skipped: []')]);
    expect(after[changed[0]!]).toMatch(new RegExp(`^skipped: \\[["']?${TODAY}["']?\\]$`));
    expect(lastNotice()).toContain('Rest day marked for "Walk 15 minutes"');
  });

  it('offers a few optional words for the day, written beside it', async () => {
    const { app } = await startPlugin(files);
    await choose(app, 'log-kept-promise', 'Walk 15 minutes', '  walked with Sam ');
    expect(app.fakeVault.fakeText('Self-trust/Walk.md')).toContain(`${TODAY} walked with Sam`);
    expect(lastNotice()).toContain('Kept today: "Walk 15 minutes"');
    await choose(app, 'mark-rest-day', 'Cook at home', 'dentist');
    expect(app.fakeVault.fakeText('Self-trust/Cook.md')).toContain(`${TODAY} dentist`);
  });

  it('closing the words prompt logs nothing', async () => {
    const { app } = await startPlugin(files);
    await run(app, 'log-kept-promise');
    const modal = openModal<PromiseCard>();
    modal.fakeChoose(modal.fakeShown.findIndex((c) => c.promise === 'Walk 15 minutes'));
    await settle();
    expect(openForm().titleEl.textContent).toBe('Kept today: "Walk 15 minutes"');
    openForm().close();
    await settle();
    expect(app.fakeVault.fakeText('Self-trust/Walk.md')).toBe(WALK);
  });

  it('says kindly when there is no active promise', async () => {
    const { app } = await startPlugin({ 'Self-trust/Read.md': PAUSED });
    await run(app, 'log-kept-promise');
    expect(lastNotice()).toContain('no active promise yet');
  });

  it('names the note when its frontmatter cannot take the edit', async () => {
    // An anchored list another key reuses: editing it would change that key too, so the edit refuses.
    const broken = WALK.replace('skipped: []', 'skipped: &rest [2026-11-01]\nrest_days: *rest');
    const { app } = await startPlugin({ 'Self-trust/Walk.md': broken });
    await choose(app, 'mark-rest-day', 'Walk 15 minutes');
    expect(app.fakeVault.fakeText('Self-trust/Walk.md')).toBe(broken);
    expect(lastNotice()).toContain('Self-trust/Walk.md');
  });
});

describe("Start this week's reflection", () => {
  it("creates this week's note with the week so far, then reopens the same note", async () => {
    const { app } = await startPlugin({ 'Self-trust/Walk.md': WALK });
    await run(app, 'start-this-weeks-reflection');
    const path = `Self-trust/${TODAY} Weekly reflection.md`;
    const text = app.fakeVault.fakeText(path) ?? '';
    expect(frontmatterLines(text)).toContain('week: 2026-W48');
    expect(text).toContain('## This week in your notes');
    expect(text).toMatch(/- Promise "Walk 15 minutes": kept 2 of \d+/);
    expect(text.indexOf('## This week in your notes')).toBeLessThan(text.indexOf('## Wins'));
    expect(activeFile(app)).toBe(path);

    // At once, before the index has heard from the metadata cache, and again later: the same note.
    await app.fakeWorkspace.openLinkText('Self-trust/Walk.md', '', false);
    await run(app, 'start-this-weeks-reflection');
    expect(activeFile(app)).toBe(path);
    await afterDebounce();
    await run(app, 'start-this-weeks-reflection');
    expect(activeFile(app)).toBe(path);
    expect(app.fakeVault.getMarkdownFiles().filter((f) => f.path.includes('Weekly reflection'))).toHaveLength(1);
  });
});

describe('Reread my self-compassion letter', () => {
  it('opens the newest letter', async () => {
    const { app } = await startPlugin({
      'Self-trust/Letter one.md': letter('2026-10-02', 'you did your best.'),
      'Self-trust/Letter two.md': letter('2026-11-12', 'rest is allowed.'),
    });
    await run(app, 'reread-self-compassion-letter');
    expect(activeFile(app)).toBe('Self-trust/Letter two.md');
  });

  it('opens the newest letter with words in it, not a newer one fresh from the template (issue 10, point 12)', async () => {
    const empty = renderExercise('self-compassion-letter', { date: '2026-11-20' as Day, weekStart: 'monday' });
    const { app } = await startPlugin({
      'Self-trust/Letter one.md': letter('2026-10-02', 'you did your best.'),
      'Self-trust/2026-11-20 Self-compassion letter.md': empty,
    });
    await run(app, 'reread-self-compassion-letter');
    expect(activeFile(app)).toBe('Self-trust/Letter one.md');
  });

  it('says kindly that there is none yet', async () => {
    const { app } = await startPlugin();
    await run(app, 'reread-self-compassion-letter');
    expect(lastNotice()).toContain('no self-compassion letter yet');
    expect(fakeNotices).toHaveLength(1);
  });
});
