// @vitest-environment happy-dom
/** Issue 12 in Obsidian, through the fake: the promise asked first in a form, and slips from the dashboard. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeOpenModals, type App } from '../fakes/obsidian';
import { activeFile, answerDayWords, dashboardLeaf, fillForm, lastNotice, openForm, openModal, pinClock, run, settle, startPlugin, submitForm, TODAY } from './harness';
import { WALK } from './notes';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

async function openDashboard(app: App): Promise<HTMLElement> {
  app.fakeWorkspace.fakeRibbonEl.querySelector<HTMLElement>('[aria-label="Open self-trust dashboard"]')!.click();
  await settle();
  return dashboardLeaf(app)!.fakeEl.querySelector<HTMLElement>('.view-content')!;
}

const form = openForm;
const fill = fillForm;
const submit = submitForm;

const PHONE = ['---', 'selftrust: small-promise', 'schema: 1', 'date: 2026-11-16', 'promise: Phone in bed', 'aim: at-most', 'times: 0', 'per: day', 'kept: []', 'skipped: []', 'slipped: []', 'status: active', '---', ''].join('\n');

describe('Obsidian: the promise first, then the note', () => {
  it('the dashboard\'s "Make one small promise" asks in a form and names the note after the promise', async () => {
    const { app } = await startPlugin({});
    const content = await openDashboard(app);
    content.querySelector<HTMLElement>('[data-st-action="start-small-promise"]')!.click();
    await settle();
    const modal = form();
    submit(modal);
    expect(modal.contentEl.textContent).toContain('Write the promise in a few words');
    fill(modal, ['Walk 15 minutes: after lunch', '', '']);
    submit(modal);
    await settle();
    const path = 'Self-trust/Walk 15 minutes after lunch.md';
    const text = app.fakeVault.fakeText(path) ?? '';
    expect(text).toContain('promise: "Walk 15 minutes: after lunch"\n');
    expect(text).toContain(`date: ${TODAY}\n`);
    expect(activeFile(app)).toBe(path);
    expect(fakeOpenModals).toHaveLength(0);
  });

  it('makes an "I won\'t…" promise (never by default), and refuses a limit that is not a number', async () => {
    const { app } = await startPlugin({});
    const content = await openDashboard(app);
    content.querySelector<HTMLElement>('[data-st-action="start-small-promise"]')!.click();
    await settle();
    const modal = form();
    fill(modal, ['Look at my phone in bed'], ['at-most', 'day']);
    fill(modal, ['Look at my phone in bed', 'some']);
    submit(modal);
    expect(modal.contentEl.textContent).toContain('0 for never');
    fill(modal, ['Look at my phone in bed', '0']);
    submit(modal);
    await settle();
    const text = app.fakeVault.fakeText('Self-trust/Look at my phone in bed.md') ?? '';
    expect(text).toMatch(/\ntimes: 0\n/);
    expect(text).toMatch(/\naim: at-most\n/);
  });

  it('closing the form writes nothing', async () => {
    const { app } = await startPlugin({});
    const content = await openDashboard(app);
    content.querySelector<HTMLElement>('[data-st-action="start-small-promise"]')!.click();
    await settle();
    form().close();
    await settle();
    expect(app.fakeVault.getMarkdownFiles()).toHaveLength(0);
  });
});

describe('Obsidian: "I won\'t…" promises on the dashboard', () => {
  it('shows the slips against the limit and logs a slip kindly, with Undo', async () => {
    const { app } = await startPlugin({ 'Self-trust/Phone in bed.md': PHONE });
    const content = await openDashboard(app);
    const card = content.querySelector<HTMLElement>('[data-path="Self-trust/Phone in bed.md"]')!;
    expect(card.textContent).toContain('Never');
    expect(card.textContent).toContain('No slip so far');
    card.querySelector<HTMLElement>('[data-st-action="log-slip"]')!.click();
    await settle();
    expect(app.fakeVault.fakeText('Self-trust/Phone in bed.md')).toContain(`slipped: [${TODAY}]`);
    expect(lastNotice()).toContain('Slip logged for "Phone in bed": 1 today, at most 0 a day. A slip is information, not a verdict.');
  });
});

describe('Obsidian: "Log a slip" from the palette', () => {
  it('offers only the "I won\'t…" promises, asks for a few optional words, and logs the slip kindly', async () => {
    const { app } = await startPlugin({ 'Self-trust/Phone in bed.md': PHONE, 'Self-trust/Walk.md': WALK });
    await run(app, 'log-slip');
    const modal = openModal<{ promise: string }>();
    expect(modal.fakeShown.map((c) => c.promise)).toEqual(['Phone in bed']);
    modal.fakeChoose(0);
    await settle();
    await answerDayWords('could not sleep');
    const text = app.fakeVault.fakeText('Self-trust/Phone in bed.md') ?? '';
    expect(text).toContain(`${TODAY} could not sleep`);
    expect(lastNotice()).toContain('A slip is information, not a verdict.');
  });

  it('says kindly when there is no "I won\'t…" promise', async () => {
    const { app } = await startPlugin({ 'Self-trust/Walk.md': WALK });
    await run(app, 'log-slip');
    expect(lastNotice()).toContain('no active promise to do something at most a few times, or never');
  });
});
