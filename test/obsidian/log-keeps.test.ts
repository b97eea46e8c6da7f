// @vitest-environment happy-dom
/**
 * Several keeps a day, and Undo, through what a person touches in Obsidian: the dashboard's
 * "Kept it today" button, the notice after each log and its Undo button, the palette command.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeNoticeEls, fakeNotices, type App } from '../fakes/obsidian';
import { afterDebounce, answerDayWords, dashboardLeaf, lastNotice, openModal, pinClock, run, settle, startPlugin, TODAY } from './harness';
import { COOK } from './notes';
import { VaultNoteStore } from '../../src/obsidian/vault-adapter';

beforeEach(() => {
  pinClock();
  fakeNoticeEls.length = 0;
});
afterEach(() => vi.useRealTimers());

/** Twice a day, in a flow list; a comment and a body that must survive every edit. */
const STRETCH = [
  '---',
  'selftrust: small-promise',
  'date: 2026-11-20',
  'promise: Stretch   # morning and evening',
  'times: 2',
  'per: day',
  'status: active',
  'kept: [2026-11-24, 2026-11-24, 2026-11-25]',
  '---',
  'Ten slow minutes.',
  '',
].join('\n');

/** Once a day. */
const WATER = ['---', 'selftrust: small-promise', 'date: 2026-11-20', 'promise: Drink water', 'kept: [2026-11-25]', '---', ''].join('\n');

async function openDashboard(app: App): Promise<HTMLElement> {
  await run(app, 'open-dashboard');
  const content = dashboardLeaf(app)?.fakeEl.querySelector<HTMLElement>('.view-content');
  if (!content) throw new Error('the dashboard did not open');
  return content;
}

/** The main button of a promise's card. */
function keepButton(content: HTMLElement, path: string): HTMLButtonElement {
  const button = content.querySelector<HTMLButtonElement>(`[data-path="${path}"] [data-st-action="log-kept"]`);
  if (!button) throw new Error(`no keep button for ${path}`);
  return button;
}

/** How many times today is listed in the note. */
function todayCount(app: App, path: string): number {
  return (app.fakeVault.fakeText(path) ?? '').split(TODAY).length - 1;
}

/** The newest notice's Undo button, or null when it has none. */
function undoButton(): HTMLButtonElement | null {
  const el = fakeNoticeEls[fakeNoticeEls.length - 1];
  return [...(el?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Undo') ?? null;
}

describe('a promise kept twice a day, from the dashboard', () => {
  it('counts each press, says "1 of 2" then "2 of 2", disables the button when the day is complete, and Undo takes one back', async () => {
    const path = 'Self-trust/Stretch.md';
    const { app } = await startPlugin({ [path]: STRETCH });
    const content = await openDashboard(app);
    expect(keepButton(content, path).textContent).toBe('Kept it today · 0 of 2');

    keepButton(content, path).click();
    await settle();
    expect(todayCount(app, path)).toBe(1);
    expect(app.fakeVault.fakeText(path)).toBe(STRETCH.replace('2026-11-25]', `2026-11-25, ${TODAY}]`));
    expect(lastNotice()).toBe('Kept today: "Stretch" (1 of 2). Well done. Undo');
    expect(undoButton()).not.toBeNull();
    await afterDebounce();
    expect(keepButton(content, path).textContent).toBe('Kept it today · 1 of 2');
    expect(keepButton(content, path).disabled).toBe(false);

    keepButton(content, path).click();
    await settle();
    expect(todayCount(app, path)).toBe(2);
    expect(lastNotice()).toBe('Kept today: "Stretch" (2 of 2). Well done. Undo');
    await afterDebounce();
    expect(keepButton(content, path).textContent).toBe('Kept today ✓ · 2 of 2');
    expect(keepButton(content, path).disabled).toBe(true);

    undoButton()!.click();
    await settle();
    expect(todayCount(app, path)).toBe(1);
    expect(app.fakeVault.fakeText(path)).toBe(STRETCH.replace('2026-11-25]', `2026-11-25, ${TODAY}]`));
    expect(lastNotice()).toBe('Took back one keep of "Stretch" today (1 of 2).');
    // An undo is not offered an undo of its own.
    expect(undoButton()).toBeNull();
    await afterDebounce();
    expect(keepButton(content, path).textContent).toBe('Kept it today · 1 of 2');
    expect(keepButton(content, path).disabled).toBe(false);

  });
});

describe('a once-a-day promise pressed twice by accident', () => {
  it('is listed once, and the second press says it is already logged', async () => {
    const path = 'Self-trust/Water.md';
    const { app } = await startPlugin({ [path]: WATER });
    const content = await openDashboard(app);
    const button = keepButton(content, path);
    expect(button.textContent).toBe('Kept it today');
    // A double click lands before the dashboard redraws.
    button.click();
    await settle();
    button.click();
    await settle();
    expect(todayCount(app, path)).toBe(1);
    expect(fakeNotices.slice(-2)).toEqual([
      'Kept today: "Drink water". Well done. Undo',
      'Today is already logged as kept for "Drink water"; nothing changed.',
    ]);
    await afterDebounce();
    expect(keepButton(content, path).textContent).toBe('Kept today ✓');
    expect(keepButton(content, path).disabled).toBe(true);
  });

  it('the same from the palette: one entry', async () => {
    const path = 'Self-trust/Water.md';
    const { app } = await startPlugin({ [path]: WATER });
    for (let i = 0; i < 2; i++) {
      await run(app, 'log-kept-promise');
      const modal = openModal<{ promise: string }>();
      modal.fakeChoose(modal.fakeShown.findIndex((c) => c.promise === 'Drink water'));
      await settle();
      await answerDayWords();
    }
    expect(todayCount(app, path)).toBe(1);
    expect(lastNotice()).toContain('already logged');
  });
});

describe('a weekly promise', () => {
  it('offers "Kept again today" after today\'s keep, and it adds a second entry the same day', async () => {
    const path = 'Self-trust/Cook.md';
    const { app } = await startPlugin({ [path]: COOK });
    const content = await openDashboard(app);
    keepButton(content, path).click();
    await settle();
    expect(todayCount(app, path)).toBe(1);
    expect(lastNotice()).toBe('Kept today: "Cook at home". Well done. Undo');
    await afterDebounce();
    // 2 of 3 this week: the week asks for more.
    expect(keepButton(content, path).textContent).toBe('Kept again today');

    keepButton(content, path).click();
    await settle();
    expect(todayCount(app, path)).toBe(2);
    expect(app.fakeVault.fakeText(path)).toBe(COOK.replace('kept: [2026-11-23]', `kept: [2026-11-23, ${TODAY}, ${TODAY}]`));
    expect(lastNotice()).toBe('Kept again today: "Cook at home" (2 times today). Well done. Undo');
    await afterDebounce();
    // 3 of 3: the week is met.
    expect(keepButton(content, path).textContent).toBe('Kept today ✓');
    expect(keepButton(content, path).disabled).toBe(true);

    undoButton()!.click();
    await settle();
    expect(todayCount(app, path)).toBe(1);
    expect(lastNotice()).toBe('Took back one keep of "Cook at home" today (1 left today).');
  });
});

describe('a rest day', () => {
  it('offers Undo, which takes the rest day back', async () => {
    const path = 'Self-trust/Water.md';
    const { app } = await startPlugin({ [path]: WATER });
    const content = await openDashboard(app);
    content.querySelector<HTMLButtonElement>(`[data-path="${path}"] [data-st-action="log-rest"]`)!.click();
    await settle();
    expect(todayCount(app, path)).toBe(1);
    expect(lastNotice()).toBe('Rest day marked for "Drink water". A planned rest keeps your streak as it is. Undo');
    undoButton()!.click();
    await settle();
    expect(todayCount(app, path)).toBe(0);
    expect(lastNotice()).toBe('Today is no longer a rest day for "Drink water".');
  });
});

describe('a note whose bytes are not UTF-8', () => {
  it('is refused, unchanged to the byte, and the notice names it', async () => {
    const path = 'Self-trust/Cafe.md';
    const { app } = await startPlugin();
    // A Latin-1 "é" (the single byte E9) in the body: Obsidian reads it as "�".
    const bytes = new TextEncoder().encode(WATER.replace('Drink water', 'Coffee at the cafe') + 'Caf?.\n');
    bytes[bytes.length - 3] = 0xe9;
    await app.fakeVault.fakeWriteBinary(path, bytes);
    await afterDebounce();
    const content = await openDashboard(app);
    keepButton(content, path).click();
    await settle();
    expect(app.fakeVault.fakeBytes(path)).toEqual(bytes);
    expect(lastNotice()).toBe(
      `"${path}" holds bytes that are not UTF-8 text (for example byte E9 on line 7, at byte ${bytes.length - 3} of the file), so it was not changed. ` +
        'Save it as UTF-8 (most editors offer "Save with encoding") and try again.',
    );
    expect(undoButton()).toBeNull();
  });

  it('a note with a byte order mark and real "�" characters is UTF-8: it is edited, and keeps its BOM', async () => {
    const path = 'Self-trust/Water.md';
    const { app } = await startPlugin();
    const text = `\uFEFF${WATER}A real � stays.\n`;
    await app.fakeVault.fakeWriteBinary(path, new TextEncoder().encode(text));
    await new VaultNoteStore(app.vault).process(path, (t) => t.replace('kept: [2026-11-25]', `kept: [2026-11-25, ${TODAY}]`));
    expect(app.fakeVault.fakeText(path)).toBe(text.replace('kept: [2026-11-25]', `kept: [2026-11-25, ${TODAY}]`));
  });
});
