/**
 * One vault, three hosts: a weekly reflection started in Obsidian, in VS Code and with
 * `selftrust new weekly-reflection` carries the same roll-up (issue 13, point 2), and a second start
 * in the same week opens (or, in the CLI, names) the first instead of writing another.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { builtinEnvironments } from 'vitest/runtime';
import { cliBinary, selftrust } from './cli-binary';
import { start as startVscode, stop as stopVscode, type Started as VscodeStarted } from '../vscode/harness';
import { COMMANDS } from '../../src/vscode/commands';
import { commands, fake } from '../fakes/vscode';

const DEMO = path.resolve(__dirname, '../../examples/vault');
const TODAY = '2026-11-26';
const NOTE = `Self-trust/${TODAY} Weekly reflection.md`;

/** The demo vault's notes, vault path → text (its .obsidian folder left out). */
function demoNotes(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (name === '.obsidian') continue;
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(DEMO, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(DEMO);
  return out;
}

/** The roll-up block of a reflection: from its heading to the next heading. */
function rollupOf(text: string): string {
  const from = text.indexOf('## This week in your notes');
  expect(from).toBeGreaterThan(-1);
  const next = text.indexOf('\n## ', from + 1);
  return text.slice(from, next === -1 ? undefined : next);
}

/** What the demo vault's week 48 holds on Thursday 26 November 2026. */
const EXPECTED = [
  '## This week in your notes',
  '2026-11-23 to 2026-11-29, so far: 5 notes.',
  '- Promise "Walk for 15 minutes after lunch": kept 3 of 3 so far',
  '- Promise "Cook dinner at home": kept 3 of 3 so far',
  '- Emotions named: grateful (1), happy (1), peaceful (1), proud (1)',
  '- Boundaries held: 1 of 1',
  '- Mindfulness: 2 sessions, 20 minutes',
  '',
].join('\n');

// The binary is built before the test's own clock starts: on a busy machine the build alone takes a while.
beforeAll(async () => {
  await cliBinary();
}, 120_000);

let vscodeStarted: VscodeStarted | undefined;
afterEach(() => {
  stopVscode(vscodeStarted);
  vscodeStarted = undefined;
  vi.useRealTimers();
});

describe('the weekly roll-up in every host (issue 13, point 2)', () => {
  it('is the same text in Obsidian, VS Code and the CLI, and a second start opens the first', async () => {
    const notes = demoNotes();

    // Obsidian, in a DOM: happy-dom for this part only (the CLI's build needs Node's own URL and
    // import.meta.url, which a happy-dom test file does not have).
    const dom = await builtinEnvironments['happy-dom'].setup(globalThis, {});
    const { activeFile, pinClock, run: runObsidian, settle, startPlugin } = await import('../obsidian/harness');
    pinClock();
    const { app } = await startPlugin(notes);
    await runObsidian(app, 'start-this-weeks-reflection');
    const obsidian = app.fakeVault.fakeText(NOTE) ?? '';
    await runObsidian(app, 'start-this-weeks-reflection');
    await settle();
    expect(activeFile(app)).toBe(NOTE);
    expect(app.fakeVault.getMarkdownFiles().filter((f) => f.path.includes('Weekly reflection') && f.path.startsWith(`Self-trust/${TODAY}`))).toHaveLength(1);
    vi.useRealTimers();
    await dom.teardown(globalThis);

    // VS Code
    vscodeStarted = await startVscode(notes);
    await commands.executeCommand(COMMANDS.weeklyReflection);
    const vscodeText = fake.readFile(`/vault/${NOTE}`) ?? '';
    await commands.executeCommand(COMMANDS.weeklyReflection);
    expect(fake.state.shown).toEqual([`/vault/${NOTE}`, `/vault/${NOTE}`]);
    expect(fake.filesUnder('/vault/Self-trust').filter((p) => p.includes(`${TODAY} Weekly reflection`))).toHaveLength(1);
    stopVscode(vscodeStarted);
    vscodeStarted = undefined;

    // The CLI, on a copy of the vault
    const vault = path.join(mkdtempSync(path.join(os.tmpdir(), 'selftrust-rollup-')), 'vault');
    cpSync(DEMO, vault, { recursive: true });
    const first = await selftrust(['new', 'weekly-reflection', '--date', TODAY], { cwd: vault });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const created = first.stdout.trim();
    expect(created).toBe(path.join(vault, NOTE));
    const cli = readFileSync(created, 'utf8');
    const second = await selftrust(['new', 'weekly-reflection', '--date', TODAY], { cwd: vault });
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe(created);
    expect(second.stderr).toContain('Week 2026-W48 already has a reflection');
    expect(readdirSync(path.join(vault, 'Self-trust')).filter((n) => n.startsWith(`${TODAY} Weekly reflection`))).toHaveLength(1);

    expect(rollupOf(obsidian)).toBe(EXPECTED);
    expect(rollupOf(vscodeText)).toBe(EXPECTED);
    expect(rollupOf(cli)).toBe(EXPECTED);
    // Not only the roll-up: the whole note is the same wherever it was started.
    expect(vscodeText).toBe(obsidian);
    expect(cli).toBe(obsidian);
  }, 60_000);
});
