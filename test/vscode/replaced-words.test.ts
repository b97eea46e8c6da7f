/**
 * Words given to a day that already has words, from VS Code's palette as a person would (the quick
 * pick, then the words box): the message names the words replaced, and its Undo gives them back,
 * byte for byte, instead of taking the keep or the missed day out.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { COMMANDS, UNDO_ITEM } from '../../src/vscode/commands';
import { fake } from '../fakes/vscode';
import { WALK } from '../obsidian/slip-notes';
import { TODAY, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

const run = (id: string, ...args: unknown[]): Thenable<unknown> => vscode.commands.executeCommand(id, ...args);
const lastMessage = () => fake.state.messages.at(-1);

/** Each quick pick takes the item with the next label; each input box the next answer. */
function answer(picks: string[], boxes: string[]): void {
  const labels = [...picks];
  const typed = [...boxes];
  fake.state.quickPickAnswer = (items) => {
    const label = labels.shift();
    return items.find((i) => i.label === label);
  };
  fake.state.inputBoxAnswer = () => typed.shift();
}

/** Chooses Undo on the message that offers it. */
function chooseUndo(): void {
  fake.state.messageAnswer = (_text, items) => (items.includes(UNDO_ITEM) ? UNDO_ITEM : undefined);
}

/** WALK kept today with words, and noted yesterday as missed. */
const WORDS = WALK.replace('  - 2026-11-23\n', `  - 2026-11-23\n  - ${TODAY} first day\n`).replace(
  'skipped: [2026-11-22]\n',
  'skipped: [2026-11-22]\nmissed:\n  - 2026-11-25 too tired   # after the late shift\n',
);

describe('VS Code: words on a day that already has words', () => {
  it('a keep: the message says what the words were, and Undo brings them back (the keep stays)', async () => {
    s = await start({ 'walk.md': WORDS });
    answer(['Walk 15 minutes'], ['replaced words']);
    chooseUndo();
    await run(COMMANDS.logPromise);
    await vi.waitFor(() => expect(fake.state.messages).toHaveLength(2));
    expect(fake.state.messages.map((m) => [m.text, m.items])).toEqual([
      ['Your words for “Walk 15 minutes” today now read “replaced words” (they were “first day”).', [UNDO_ITEM]],
      ['Your words for “Walk 15 minutes” today read “first day” again.', []],
    ]);
    expect(disk('walk.md')).toBe(WORDS);
  });

  it('the note after the words, byte for byte; the same words again change nothing and offer no Undo', async () => {
    s = await start({ 'walk.md': WORDS });
    answer(['Walk 15 minutes'], ['replaced words']);
    await run(COMMANDS.logPromise);
    expect(disk('walk.md')).toBe(WORDS.replace(`${TODAY} first day`, `${TODAY} replaced words`));
    answer(['Walk 15 minutes'], ['replaced words']);
    await run(COMMANDS.logPromise);
    expect(lastMessage()).toEqual({ level: 'info', text: 'Your words for “Walk 15 minutes” today already read “replaced words”; nothing changed.', items: [] });
    expect(disk('walk.md')).toBe(WORDS.replace(`${TODAY} first day`, `${TODAY} replaced words`));
  });

  it('"Note what got in the way" on a day already noted: the message names the old words, and Undo brings them back', async () => {
    s = await start({ 'walk.md': WORDS });
    answer(['Walk 15 minutes', 'Yesterday'], ['storm all day']);
    chooseUndo();
    await run(COMMANDS.noteMissedDay);
    await vi.waitFor(() => expect(fake.state.messages).toHaveLength(2));
    expect(fake.state.messages.map((m) => m.text)).toEqual([
      'Your words for “Walk 15 minutes” yesterday now read “storm all day” (they were “too tired”).',
      'Your words for “Walk 15 minutes” yesterday read “too tired” again.',
    ]);
    expect(disk('walk.md')).toBe(WORDS);
  });

  it('words on a keep that had none: Undo takes the words off and the keep stays', async () => {
    const bare = WALK.replace('  - 2026-11-23\n', `  - 2026-11-23\n  - ${TODAY}\n`);
    s = await start({ 'walk.md': bare });
    answer(['Walk 15 minutes'], ['rain']);
    chooseUndo();
    await run(COMMANDS.logPromise);
    await vi.waitFor(() => expect(fake.state.messages).toHaveLength(2));
    expect(fake.state.messages.map((m) => m.text)).toEqual([
      'Your words are on the keep of “Walk 15 minutes” today: rain.',
      'Took your words off the keep of “Walk 15 minutes” today; the keep stays.',
    ]);
    expect(disk('walk.md')).toBe(bare);
  });
});
