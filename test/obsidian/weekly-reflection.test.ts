// @vitest-environment happy-dom
/** Starting a weekly reflection in Obsidian: one a week, found as the dashboard finds it, with the week's roll-up (issue 13, point 2). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { activeFile, afterDebounce, pinClock, run, startPlugin, TODAY } from './harness';

const reflection = (date: string, week?: string): string =>
  `---\nselftrust: weekly-reflection\ndate: ${date}\n${week ? `week: ${week}\n` : ''}rating: 7\n---\n# Weekly reflection\n`;

afterEach(() => vi.useRealTimers());

describe('a weekly reflection in Obsidian', () => {
  it('"Start exercise: Weekly reflection" opens this week\'s reflection too, instead of a second', async () => {
    pinClock();
    const { app } = await startPlugin({ 'Journal/mine.md': reflection('2026-11-24') });
    await afterDebounce();
    await run(app, 'start-weekly-reflection');
    expect(activeFile(app)).toBe('Journal/mine.md');
    expect(app.fakeVault.getMarkdownFiles().map((f) => f.path)).toEqual(['Journal/mine.md']);
  });

  it("a reflection written on Monday about last week (week: 2026-W47) is last week's: this week gets its own, with the roll-up", async () => {
    pinClock();
    const { app } = await startPlugin({ 'Journal/late.md': reflection('2026-11-23', '2026-W47') });
    await afterDebounce();
    await run(app, 'start-this-weeks-reflection');
    const path = `Self-trust/${TODAY} Weekly reflection.md`;
    expect(activeFile(app)).toBe(path);
    expect(app.fakeVault.fakeText(path)).toContain('## This week in your notes\n2026-11-23 to 2026-11-29, so far: 1 note.\n');
  });
});
