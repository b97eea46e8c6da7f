/**
 * Issue 12's palette commands in VS Code, through the fake: "Log a slip" and "Note what got in the
 * way" on real promise notes, answered as a person would (the quick picks, the input boxes), with the
 * note's exact text afterwards and the message the person reads. Refused cases leave the note as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { COMMANDS, UNDO_ITEM } from '../../src/vscode/commands';
import { fake } from '../fakes/vscode';
import { PHONE, WALK } from '../obsidian/slip-notes';
import { TODAY, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

const run = (id: string, ...args: unknown[]): Thenable<unknown> => vscode.commands.executeCommand(id, ...args);
const lastMessage = () => fake.state.messages.at(-1);

/** Each quick pick takes the item with the next label; each input box the next answer (undefined is Escape). */
function answer(picks: string[], boxes: (string | undefined)[]): void {
  const labels = [...picks];
  const typed = [...boxes];
  fake.state.quickPickAnswer = (items) => {
    const label = labels.shift();
    return items.find((i) => i.label === label);
  };
  fake.state.inputBoxAnswer = () => typed.shift();
}

describe('VS Code: "Note what got in the way"', () => {
  it('offers the promises to do something, then today and the days before it back to the start, asks the words (required) and writes them on the day picked', async () => {
    s = await start({ 'walk.md': WALK, 'phone.md': PHONE });
    answer(['Walk 15 minutes', 'Yesterday'], ['  ', ' too tired after the late shift ']);
    fake.state.messageAnswer = (_text, items) => (items.includes(UNDO_ITEM) ? UNDO_ITEM : undefined);
    await run(COMMANDS.noteMissedDay);

    const [promises, days] = fake.state.quickPicks;
    expect(promises?.items.map((i) => i.label)).toEqual(['Walk 15 minutes']);
    expect(promises?.options?.title).toBe('Note what got in the way');
    // Today first (VS Code chooses the first), never a day to come, nothing before the promise's start.
    expect(days?.items.map((i) => [i.label, i.description])).toEqual([
      ['Today', TODAY],
      ['Yesterday', '2026-11-25'],
      ['Tuesday', '2026-11-24'],
      ['Monday', '2026-11-23 · kept'],
      ['Sunday', '2026-11-22 · rest day'],
      ['Saturday', '2026-11-21'],
      ['Another day…', 'type it as YYYY-MM-DD'],
    ]);
    const box = fake.state.inputBoxes[0];
    expect(box?.options?.title).toBe('What got in the way of “Walk 15 minutes” yesterday?');
    expect(box?.options?.prompt).toBe('A few words on what got in the way. It changes no number: a missed day is information, not a verdict.');
    expect(box?.rejected).toEqual([{ value: '  ', problem: 'Say in a few words what got in the way; a missed day needs nothing else to be written.' }]);

    const noted = WALK.replace('skipped: [2026-11-22]\n', 'skipped: [2026-11-22]\nmissed:\n  - 2026-11-25 too tired after the late shift\n');
    // The person chose Undo on the message.
    await vi.waitFor(() => expect(lastMessage()?.text).toBe('Took back what got in the way of “Walk 15 minutes” yesterday.'));
    expect(fake.state.messages.map((m) => [m.text, m.items])).toEqual([
      ['Noted what got in the way of “Walk 15 minutes” yesterday: too tired after the late shift. It changes no number; it shows what to adjust.', [UNDO_ITEM]],
      ['Took back what got in the way of “Walk 15 minutes” yesterday.', []],
    ]);
    expect(disk('walk.md')).toBe(noted.replace('missed:\n  - 2026-11-25 too tired after the late shift\n', 'missed: []\n'));
  });

  it('writes the words and leaves every other byte as it was', async () => {
    s = await start({ 'walk.md': WALK });
    answer(['Walk 15 minutes', 'Today'], ['rain all day']);
    await run(COMMANDS.noteMissedDay);
    expect(disk('walk.md')).toBe(WALK.replace('skipped: [2026-11-22]\n', `skipped: [2026-11-22]\nmissed:\n  - ${TODAY} rain all day\n`));
    expect(lastMessage()).toEqual({
      level: 'info',
      text: 'Noted what got in the way of “Walk 15 minutes” today: rain all day. It changes no number; it shows what to adjust.',
      items: [UNDO_ITEM],
    });
  });

  it('"Another day…" takes a day typed in full; a day to come is refused in the box in the core\'s words', async () => {
    s = await start({ 'walk.md': WALK });
    answer(['Walk 15 minutes', 'Another day…'], ['Nov 20', '2026-11-27', '2026-11-20', '2026-11-24', 'lost my shoes']);
    await run(COMMANDS.noteMissedDay);
    expect(fake.state.inputBoxes[0]?.rejected).toEqual([
      { value: 'Nov 20', problem: 'A day as YYYY-MM-DD, for example 2026-11-02.' },
      { value: '2026-11-27', problem: '2026-11-27 has not come yet (today is 2026-11-26), so it was not logged. Log a day once it has happened.' },
      {
        value: '2026-11-20',
        problem:
          '2026-11-20 is before this promise started (2026-11-21), so it would not count and was not logged. ' +
          'If you began earlier, change "start:" in the note to 2026-11-20 or earlier, then log it again.',
      },
    ]);
    expect(disk('walk.md')).toBe(WALK.replace('skipped: [2026-11-22]\n', 'skipped: [2026-11-22]\nmissed:\n  - 2026-11-24 lost my shoes\n'));
    expect(lastMessage()?.text).toBe('Noted what got in the way of “Walk 15 minutes” on 2026-11-24: lost my shoes. It changes no number; it shows what to adjust.');
  });

  it('a day kept in full is refused with the core\'s sentence before any words are asked', async () => {
    s = await start({ 'walk.md': WALK });
    answer(['Walk 15 minutes', 'Monday'], ['never asked']);
    await run(COMMANDS.noteMissedDay);
    expect(disk('walk.md')).toBe(WALK);
    expect(fake.state.inputBoxes).toEqual([]);
    expect(lastMessage()).toEqual({
      level: 'warning',
      text: 'Self-Trust could not update walk.md: 2026-11-23 is kept, so it was not marked missed. To say how it went, add words to the keep instead.',
      items: [],
    });
  });

  it('a paused promise named by path is refused with the core\'s sentence, and its note is unchanged', async () => {
    const paused = WALK.replace('status: active', 'status: paused');
    s = await start({ 'walk.md': paused });
    answer(['Yesterday'], ['never asked']);
    await run(COMMANDS.noteMissedDay, 'walk.md');
    expect(disk('walk.md')).toBe(paused);
    expect(fake.state.inputBoxes).toEqual([]);
    expect(lastMessage()?.text).toBe(
      'Self-Trust could not update walk.md: "Walk 15 minutes" is paused, so nothing was logged. To take it up again, set "status: active" in the note ' +
        '(and list any days of the break under "skipped"), then log it.',
    );
  });

  it('Escape in the words box writes nothing; with no promise to do something, says so kindly', async () => {
    s = await start({ 'walk.md': WALK });
    answer(['Walk 15 minutes', 'Today'], [undefined]);
    await run(COMMANDS.noteMissedDay);
    expect(disk('walk.md')).toBe(WALK);
    expect(fake.state.messages).toEqual([]);
    stop(s);

    s = await start({ 'phone.md': PHONE });
    await run(COMMANDS.noteMissedDay);
    expect(fake.state.quickPicks).toEqual([]);
    expect(lastMessage()).toEqual({ level: 'info', text: 'You have no active promises yet. A small one is a good place to begin.', items: ['Start a small promise'] });
  });
});

describe('VS Code: "Log a slip" from the palette', () => {
  it('offers only the "I won\'t…" promises, asks for a few optional words, and logs the slip kindly with Undo', async () => {
    s = await start({ 'phone.md': PHONE, 'walk.md': WALK });
    answer(['Phone in bed'], ['could not sleep']);
    fake.state.messageAnswer = (_text, items) => (items.includes(UNDO_ITEM) ? UNDO_ITEM : undefined);
    await run(COMMANDS.logSlip);
    expect(fake.state.quickPicks[0]?.items.map((i) => i.label)).toEqual(['Phone in bed']);
    expect(fake.state.quickPicks[0]?.options?.title).toBe('Log a slip');
    const box = fake.state.inputBoxes[0];
    expect(box?.options?.title).toBe('A slip on “Phone in bed”');
    expect(box?.options?.placeHolder).toBe('after the late shift');
    await vi.waitFor(() => expect(lastMessage()?.text).toBe('Took back one slip of “Phone in bed” today.'));
    expect(fake.state.messages[0]).toEqual({
      level: 'info',
      text: 'Slip logged for “Phone in bed” (could not sleep): 1 today, at most 0 a day. A slip is information, not a verdict.',
      items: [UNDO_ITEM],
    });
    expect(disk('phone.md')).toBe(PHONE);
  });

  it('writes the slip and its words, every other byte as it was; empty words log the slip without them', async () => {
    s = await start({ 'phone.md': PHONE });
    answer(['Phone in bed'], ['could not sleep']);
    await run(COMMANDS.logSlip);
    expect(disk('phone.md')).toBe(PHONE.replace('slipped: []', `slipped: [${TODAY} could not sleep]`));
    answer(['Phone in bed'], ['']);
    await run(COMMANDS.logSlip);
    expect(disk('phone.md')).toBe(PHONE.replace('slipped: []', `slipped: [${TODAY} could not sleep, ${TODAY}]`));
    expect(lastMessage()?.text).toBe('Slip logged for “Phone in bed”: 2 today, at most 0 a day. A slip is information, not a verdict.');
  });

  it('with no "I won\'t…" promise, says how to make one, and changes nothing', async () => {
    s = await start({ 'walk.md': WALK });
    await run(COMMANDS.logSlip);
    expect(fake.state.quickPicks).toEqual([]);
    expect(lastMessage()).toEqual({
      level: 'info',
      text: 'You have no active promise to do something at most a few times, or never. To make one, start a small promise and choose “I won’t do it”.',
      items: ['Start a small promise'],
    });
    expect(disk('walk.md')).toBe(WALK);
  });

  it('a slip on a promise to do something, named by path, is refused in the core\'s words', async () => {
    s = await start({ 'walk.md': WALK });
    await run(COMMANDS.logSlip, 'walk.md');
    expect(disk('walk.md')).toBe(WALK);
    expect(lastMessage()?.level).toBe('warning');
    expect(lastMessage()?.text).toContain('is a promise to do something, so a slip is not counted for it');
  });
});
