/** "Prepare a session summary" in VS Code: quick picks for the period and the sections, then a new note (issue 13, point 3). */
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commands';
import { commands, fake } from '../fakes/vscode';
import { start, stop, VAULT, type Started } from './harness';

const DEMO = path.resolve(__dirname, '../../examples/vault');
const EXPECTED = path.resolve(__dirname, '../fixtures/summary/Session summary 2026-11-02 to 2026-11-26.md');
const NOTE = `${VAULT}/Self-trust/Session summary 2026-11-02 to 2026-11-26.md`;

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

type Item = vscode.QuickPickItem & { id?: string };

/** Answers the period pick with the item labelled `period`, and the sections pick with those labelled in `sections` (all when left out). */
function answer(period: string, sections?: string[]): void {
  fake.state.quickPickAnswer = (items) => {
    const list = items as Item[];
    if (list.some((i) => i.id !== undefined)) {
      // canPickMany: VS Code resolves with the array of picked items.
      return list.filter((i) => (sections ? sections.includes(i.label) : i.picked)) as unknown as vscode.QuickPickItem;
    }
    return list.find((i) => i.label === period);
  };
}

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

describe('Prepare a session summary (VS Code)', () => {
  it("writes the demo vault's last 4 weeks, the same text as the CLI's, and opens it", async () => {
    s = await start(demoNotes());
    answer('The last 4 weeks');
    const path = await commands.executeCommand<string | undefined>(COMMANDS.sessionSummary);
    expect(path).toBe('Self-trust/Session summary 2026-11-02 to 2026-11-26.md');
    expect(fake.readFile(NOTE)).toBe(readFileSync(EXPECTED, 'utf8'));
    expect(fake.state.shown).toEqual([NOTE]);
    const [periods, sections] = fake.state.quickPicks;
    expect(periods?.items.map((i) => `${i.label} (${i.description ?? ''})`)).toEqual([
      'The last 2 weeks (2026-11-16 to 2026-11-26)',
      'The last 4 weeks (2026-11-02 to 2026-11-26)',
      'The last 3 months (2026-08-31 to 2026-11-26)',
      'This month so far (2026-11-01 to 2026-11-26)',
      'Last month (2026-10-01 to 2026-10-31)',
      'Since your first note (2026-08-24 to 2026-11-26)',
      'Choose the days… (from one day to another)',
    ]);
    expect(sections?.options).toMatchObject({ canPickMany: true });
    expect(sections?.items.every((i) => i.picked)).toBe(true);
    expect(fake.state.messages.at(-1)?.text).toBe('Your summary is ready to read over. It stays in your folder: nothing was sent anywhere.');

    // Again: a second note beside the first.
    await commands.executeCommand(COMMANDS.sessionSummary);
    expect(fake.readFile(`${VAULT}/Self-trust/Session summary 2026-11-02 to 2026-11-26 2.md`)).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('takes days of its own: From and To, each checked as typed (a day, and To not before From)', async () => {
    s = await start(demoNotes());
    answer('Choose the days…', ['Promises']);
    // What the person types in each box, in turn: mistakes first, then what the box accepts.
    const typed: Record<string, string[]> = {
      'Prepare a session summary: from': ['2026-10-3', '2026-02-30', ' 2026-10-05 '],
      'Prepare a session summary: to': ['yesterday', '2026-10-04', '2026-10-18'],
    };
    fake.state.inputBoxAnswer = (options, { attempt }) => typed[options.title ?? '']?.[attempt];
    const path = await commands.executeCommand<string | undefined>(COMMANDS.sessionSummary);

    expect(path).toBe('Self-trust/Session summary 2026-10-05 to 2026-10-18.md');
    const [from, to] = fake.state.inputBoxes;
    // The boxes open on the last 4 weeks, and To on From's side of the calendar.
    expect(from?.options?.value).toBe('2026-11-02');
    expect(from?.rejected.map((r) => r.value)).toEqual(['2026-10-3', '2026-02-30']);
    expect(from?.rejected[0]?.problem).toMatch(/YYYY-MM-DD/);
    expect(to?.options?.value).toBe('2026-11-26');
    expect(to?.rejected).toEqual([
      { value: 'yesterday', problem: expect.stringMatching(/YYYY-MM-DD/) as unknown as string },
      { value: '2026-10-04', problem: expect.stringContaining('2026-10-05') as unknown as string },
    ]);
    const text = fake.readFile(`${VAULT}/Self-trust/Session summary 2026-10-05 to 2026-10-18.md`) ?? '';
    expect(text).toMatch(/^# Self-trust practice: 5 Oct 2026 to 18 Oct 2026/);
    expect(text.match(/^## .*/gm)).toEqual(['## Promises']);
  });

  it('writes nothing when From or To is left with Escape', async () => {
    s = await start(demoNotes());
    answer('Choose the days…');
    fake.state.inputBoxAnswer = (options) => (options.title?.endsWith('from') ? '2026-10-05' : undefined);
    expect(await commands.executeCommand(COMMANDS.sessionSummary)).toBeUndefined();
    expect(fake.state.quickPicks).toHaveLength(1);
    expect(fake.state.shown).toEqual([]);
  });

  it('takes the period and the sections chosen', async () => {
    s = await start(demoNotes());
    answer('Last month', ['Promises', 'Weekly reflections']);
    await commands.executeCommand(COMMANDS.sessionSummary);
    const text = fake.readFile(`${VAULT}/Self-trust/Session summary 2026-10-01 to 2026-10-31.md`) ?? '';
    expect(text.match(/^## .*/gm)).toEqual(['## Promises', '## Weekly reflections']);
  });

  it('writes nothing when the person steps back (Escape, or no section)', async () => {
    s = await start(demoNotes());
    fake.state.quickPickAnswer = () => undefined;
    expect(await commands.executeCommand(COMMANDS.sessionSummary)).toBeUndefined();
    answer('The last 2 weeks', []);
    expect(await commands.executeCommand(COMMANDS.sessionSummary)).toBeUndefined();
    expect(fake.filesUnder(`${VAULT}/Self-trust`).filter((p) => p.includes('Session summary'))).toEqual([]);
  });
});
