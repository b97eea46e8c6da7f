/** Starting a weekly reflection in VS Code: one a week, found as the dashboard finds it, with the week's roll-up (issue 13, point 2). */
import { afterEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/vscode/commands';
import { commands, fake } from '../fakes/vscode';
import { start, stop, TODAY, VAULT, type Started } from './harness';

const reflection = (date: string, week?: string): string =>
  `---\nselftrust: weekly-reflection\ndate: ${date}\n${week ? `week: ${week}\n` : ''}rating: 7\n---\n# Weekly reflection\n`;

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

describe('a weekly reflection in VS Code', () => {
  it('"Start exercise: Weekly reflection" (and the dashboard\'s button) opens this week\'s reflection, instead of a second', async () => {
    s = await start({ 'Journal/mine.md': reflection('2026-11-24') });
    await commands.executeCommand(COMMANDS.startExercise('weekly-reflection'));
    expect(fake.state.shown).toEqual([`${VAULT}/Journal/mine.md`]);
    expect(fake.filesUnder(`${VAULT}/Self-trust`)).toEqual([]);
  });

  it("writes the week so far into a new one; a reflection naming last week does not count as this week's", async () => {
    s = await start({ 'Journal/late.md': reflection('2026-11-23', '2026-W47') });
    await commands.executeCommand(COMMANDS.weeklyReflection);
    const path = `${VAULT}/Self-trust/${TODAY} Weekly reflection.md`;
    expect(fake.state.shown).toEqual([path]);
    const text = fake.readFile(path) ?? '';
    expect(text).toContain('## This week in your notes\n2026-11-23 to 2026-11-29, so far: 1 note.\n');
    expect(text.indexOf('## This week in your notes')).toBeLessThan(text.indexOf('## Wins'));
  });
});
