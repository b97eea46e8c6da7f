// @vitest-environment happy-dom
/**
 * Issue 12's palette commands in Obsidian, through the fake: "Log a slip" and "Note what got in the
 * way" on real promise notes, answered as a person would (the promise, the day, the words), with the
 * note's exact text afterwards and the notice the person reads. Refused cases leave the note as it was.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeNoticeEls, fakeNotices, fakeOpenModals, type App } from '../fakes/obsidian';
import { answerDayWords, fillForm, lastNotice, openForm, openModal, pinClock, run, settle, startPlugin, submitForm, TODAY } from './harness';
import { PAUSED } from './notes';
import { PHONE, WALK } from './slip-notes';

beforeEach(() => {
  pinClock();
  fakeNoticeEls.length = 0;
});
afterEach(() => vi.useRealTimers());

const WALK_PATH = 'Self-trust/Walk.md';
const PHONE_PATH = 'Self-trust/Phone in bed.md';

/** The newest notice's Undo button, or null when it has none. */
function undoButton(): HTMLButtonElement | null {
  const el = fakeNoticeEls[fakeNoticeEls.length - 1];
  return [...(el?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Undo') ?? null;
}

/** Runs "Note what got in the way" and picks the promise; resolves with the day picker it opens. */
async function pickPromise(app: App, promise: string) {
  await run(app, 'note-missed-day');
  const modal = openModal<{ promise: string }>();
  modal.fakeChoose(modal.fakeShown.findIndex((c) => c.promise === promise));
  await settle();
  return openModal<{ day: string; name: string; listed: string }>();
}

/** The text of each suggestion the picker drew: its title, then its note. */
function drawn(modal: { resultContainerEl: HTMLElement }): string[] {
  return [...modal.resultContainerEl.querySelectorAll('.suggestion-item')].map((el) => [...el.children].map((c) => c.textContent).join(' | '));
}

describe('Obsidian: "Note what got in the way"', () => {
  it('offers the promises to do something, then today and the days before it back to the start, and writes the words on the day picked', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK, [PHONE_PATH]: PHONE });
    await run(app, 'note-missed-day');
    const promises = openModal<{ promise: string }>();
    expect(promises.fakeShown.map((c) => c.promise)).toEqual(['Walk 15 minutes']);
    expect(promises.inputEl.placeholder).toBe('Which promise did something get in the way of?');
    promises.fakeChoose(0);
    await settle();

    const days = openModal<{ day: string; name: string }>();
    // Today first (chosen by Enter), never a day to come, nothing before the promise's start.
    expect(drawn(days)).toEqual([
      `Today | ${TODAY}`,
      'Yesterday | 2026-11-25',
      'Tuesday | 2026-11-24',
      'Monday | 2026-11-23 · kept',
      'Sunday | 2026-11-22 · rest day',
      'Saturday | 2026-11-21',
    ]);
    days.fakeChoose(1);
    await settle();

    const words = openForm();
    expect(words.titleEl.textContent).toBe('What got in the way of "Walk 15 minutes" yesterday?');
    expect(words.contentEl.textContent).toContain('It changes no number: a missed day is information, not a verdict.');
    // Words are required: empty, the prompt stays open and says so; nothing is written.
    submitForm(words);
    await settle();
    expect(words.contentEl.textContent).toContain('Say in a few words what got in the way; a missed day needs nothing else to be written.');
    expect(fakeOpenModals).toContain(words);
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);

    fillForm(words, ['  too tired after the late shift ']);
    submitForm(words);
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK.replace('skipped: [2026-11-22]\n', 'skipped: [2026-11-22]\nmissed:\n  - 2026-11-25 too tired after the late shift\n'));
    expect(lastNotice()).toBe(
      'Noted what got in the way of "Walk 15 minutes" yesterday: too tired after the late shift. It changes no number; it shows what to adjust. Undo',
    );

    undoButton()!.click();
    await settle();
    expect(lastNotice()).toBe('Took back what got in the way of "Walk 15 minutes" yesterday.');
    expect(undoButton()).toBeNull();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK.replace('skipped: [2026-11-22]\n', 'skipped: [2026-11-22]\nmissed: []\n'));
  });

  it('today is the first day offered; a day already noted shows its words, new words replace them and say so, and Undo gives them back', async () => {
    const noted = WALK.replace('skipped: [2026-11-22]\n', `skipped: [2026-11-22]\nmissed:\n  - ${TODAY} rain\n`);
    const { app } = await startPlugin({ [WALK_PATH]: noted });
    const days = await pickPromise(app, 'Walk 15 minutes');
    expect(drawn(days)[0]).toBe(`Today | ${TODAY} · noted: rain`);
    days.fakeChoose(0);
    await settle();
    await answerDayWords('storm all day');
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(noted.replace(`${TODAY} rain`, `${TODAY} storm all day`));
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today now read "storm all day" (they were "rain"). Undo');

    // Undo gives the old words back (not the missed day taken out), byte for byte here.
    undoButton()!.click();
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(noted);
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today read "rain" again.');
    expect(undoButton()).toBeNull();
  });

  it('a day typed in full is offered too; a day to come is refused in the core\'s words before any words are asked', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const days = await pickPromise(app, 'Walk 15 minutes');
    await days.fakeType('2026-11-27');
    expect(drawn(days)).toEqual(['2026-11-27 | 2026-11-27 has not come yet (today is 2026-11-26), so it was not logged. Log a day once it has happened.']);
    days.fakeChoose(0);
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);
    expect(lastNotice()).toBe(`Could not update "${WALK_PATH}": 2026-11-27 has not come yet (today is 2026-11-26), so it was not logged. Log a day once it has happened.`);
    expect(fakeOpenModals).toHaveLength(0);
  });

  it('a day kept in full is refused with the core\'s sentence, and nothing is asked', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const days = await pickPromise(app, 'Walk 15 minutes');
    days.fakeChoose(days.fakeShown.findIndex((d) => d.day === '2026-11-23'));
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);
    expect(lastNotice()).toBe(
      `Could not update "${WALK_PATH}": 2026-11-23 is kept, so it was not marked missed. To say how it went, add words to the keep instead.`,
    );
    expect(fakeOpenModals).toHaveLength(0);
  });

  it('a promise paused in its note after it was picked is refused with the core\'s sentence', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const days = await pickPromise(app, 'Walk 15 minutes');
    const paused = WALK.replace('status: active', 'status: paused');
    await app.fakeVault.modify(app.fakeVault.getFileByPath(WALK_PATH)!, paused);
    days.fakeChoose(1);
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(paused);
    expect(lastNotice()).toBe(
      `Could not update "${WALK_PATH}": "Walk 15 minutes" is paused, so nothing was logged. To take it up again, set "status: active" in the note ` +
        '(and list any days of the break under "skipped"), then log it.',
    );
  });

  it('closing the words prompt writes nothing; a paused promise and an "I won\'t…" one are not offered', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK, 'Self-trust/Read.md': PAUSED, [PHONE_PATH]: PHONE });
    await run(app, 'note-missed-day');
    const promises = openModal<{ promise: string }>();
    expect(promises.fakeShown.map((c) => c.promise)).toEqual(['Walk 15 minutes']);
    promises.fakeChoose(0);
    await settle();
    openModal<{ day: string }>().fakeChoose(0);
    await settle();
    openForm().close();
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);
    expect(fakeNotices).toEqual([]);
  });

  it('with no active promise to do something, says so kindly and opens nothing', async () => {
    const { app } = await startPlugin({ 'Self-trust/Read.md': PAUSED, [PHONE_PATH]: PHONE });
    await run(app, 'note-missed-day');
    expect(lastNotice()).toBe('You have no active promise yet. The small promise exercise helps you make one, small enough to keep.');
    expect(fakeOpenModals).toHaveLength(0);
  });
});

describe('Obsidian: "Log a slip" from the palette', () => {
  it('writes the slip with its words, says so kindly with Undo, and Undo takes it back', async () => {
    const { app } = await startPlugin({ [PHONE_PATH]: PHONE, [WALK_PATH]: WALK });
    await run(app, 'log-slip');
    const modal = openModal<{ promise: string }>();
    expect(modal.fakeShown.map((c) => c.promise)).toEqual(['Phone in bed']);
    modal.fakeChoose(0);
    await settle();
    expect(openForm().titleEl.textContent).toBe('A slip on "Phone in bed"');
    await answerDayWords('could not sleep');
    expect(app.fakeVault.fakeText(PHONE_PATH)).toBe(PHONE.replace('slipped: []', `slipped: [${TODAY} could not sleep]`));
    expect(lastNotice()).toBe('Slip logged for "Phone in bed" (could not sleep): 1 today, at most 0 a day. A slip is information, not a verdict. Undo');
    undoButton()!.click();
    await settle();
    expect(app.fakeVault.fakeText(PHONE_PATH)).toBe(PHONE);
    expect(lastNotice()).toBe('Took back one slip of "Phone in bed" today.');
  });

  it('with no "I won\'t…" promise, says how to make one and changes nothing', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    await run(app, 'log-slip');
    expect(lastNotice()).toBe(
      'You have no active promise to do something at most a few times, or never. To make one, start a small promise and choose "I won\'t (at most a few times)".',
    );
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);
    expect(fakeOpenModals).toHaveLength(0);
  });
});
