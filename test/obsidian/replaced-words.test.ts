// @vitest-environment happy-dom
/**
 * Words given to a day that already has words, from Obsidian's palette as a person would ("Log a kept
 * promise", "Mark a rest day", then the words): the notice names the words replaced, and its Undo
 * gives them back, byte for byte, instead of taking the keep or the rest day out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeNoticeEls, type App } from '../fakes/obsidian';
import { answerDayWords, lastNotice, openModal, pinClock, run, settle, startPlugin, TODAY } from './harness';
import { WALK } from './slip-notes';

beforeEach(() => {
  pinClock();
  fakeNoticeEls.length = 0;
});
afterEach(() => vi.useRealTimers());

const PATH = 'Self-trust/Walk.md';
/** WALK kept today with words, and a rest day yesterday with words. */
const WORDS = WALK.replace('  - 2026-11-23\n', `  - 2026-11-23\n  - ${TODAY} first day\n`).replace('skipped: [2026-11-22]', 'skipped: [2026-11-22, "2026-11-26 dentist: 9:00"]');
/** WALK kept today without words. */
const BARE = WALK.replace('  - 2026-11-23\n', `  - 2026-11-23\n  - ${TODAY}\n`);

/** The newest notice's Undo button, or null when it has none. */
function undoButton(): HTMLButtonElement | null {
  const el = fakeNoticeEls[fakeNoticeEls.length - 1];
  return [...(el?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Undo') ?? null;
}

/** A palette log command, the promise picked and the words typed, as a person would. */
async function logWithWords(app: App, command: 'log-kept-promise' | 'mark-rest-day', words: string): Promise<void> {
  await run(app, command);
  const modal = openModal<{ promise: string }>();
  modal.fakeChoose(modal.fakeShown.findIndex((c) => c.promise === 'Walk 15 minutes'));
  await settle();
  await answerDayWords(words);
}

describe('Obsidian: words on a day that already has words', () => {
  it('a keep: the notice says what the words were, and Undo brings them back (the keep stays)', async () => {
    const { app } = await startPlugin({ [PATH]: WORDS });
    await logWithWords(app, 'log-kept-promise', 'replaced words');
    expect(app.fakeVault.fakeText(PATH)).toBe(WORDS.replace(`${TODAY} first day`, `${TODAY} replaced words`));
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today now read "replaced words" (they were "first day"). Undo');

    undoButton()!.click();
    await settle();
    expect(app.fakeVault.fakeText(PATH)).toBe(WORDS);
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today read "first day" again.');
    expect(undoButton()).toBeNull();
  });

  it('a rest day: the same, with quoted words back as they were written', async () => {
    const { app } = await startPlugin({ [PATH]: WORDS.replace('2026-11-26 first day', '2026-11-25') });
    const before = app.fakeVault.fakeText(PATH)!;
    await logWithWords(app, 'mark-rest-day', 'flu');
    expect(app.fakeVault.fakeText(PATH)).toBe(before.replace('"2026-11-26 dentist: 9:00"', '"2026-11-26 flu"'));
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today now read "flu" (they were "dentist: 9:00"). Undo');
    undoButton()!.click();
    await settle();
    expect(app.fakeVault.fakeText(PATH)).toBe(before);
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today read "dentist: 9:00" again.');
  });

  it('the same words again: nothing changed, and no Undo', async () => {
    const { app } = await startPlugin({ [PATH]: WORDS });
    await logWithWords(app, 'log-kept-promise', 'first day');
    expect(app.fakeVault.fakeText(PATH)).toBe(WORDS);
    expect(lastNotice()).toBe('Your words for "Walk 15 minutes" today already read "first day"; nothing changed.');
    expect(undoButton()).toBeNull();
  });

  it('words on a keep that had none: Undo takes the words off and the keep stays', async () => {
    const { app } = await startPlugin({ [PATH]: BARE });
    await logWithWords(app, 'log-kept-promise', 'rain');
    expect(app.fakeVault.fakeText(PATH)).toBe(BARE.replace(`  - ${TODAY}\n`, `  - ${TODAY} rain\n`));
    expect(lastNotice()).toBe('Your words are on the keep of "Walk 15 minutes" today: rain. Undo');
    undoButton()!.click();
    await settle();
    expect(app.fakeVault.fakeText(PATH)).toBe(BARE);
    expect(lastNotice()).toBe('Took your words off the keep of "Walk 15 minutes" today; the keep stays.');
  });

  it('Undo never overwrites words written by hand since: it says so and leaves the note', async () => {
    const { app } = await startPlugin({ [PATH]: WORDS });
    await logWithWords(app, 'log-kept-promise', 'replaced words');
    const byHand = WORDS.replace(`${TODAY} first day`, `${TODAY} rewritten by hand`);
    await app.fakeVault.fakeWrite(PATH, byHand);
    await settle();
    undoButton()!.click();
    await settle();
    expect(app.fakeVault.fakeText(PATH)).toBe(byHand);
    expect(lastNotice()).toBe(`Could not update "${PATH}": The words on ${TODAY} in "kept" have changed since, so they were left as they are.`);
  });
});
