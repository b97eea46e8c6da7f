// @vitest-environment happy-dom
/** "Prepare a session summary" in Obsidian: a modal for the period and the sections, then a new note (issue 13, point 3). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fakeOpenModals, Modal, type App } from '../fakes/obsidian';
import { activeFile, afterDebounce, lastNotice, pinClock, run, settle, startPlugin } from './harness';

const DEMO = path.resolve(__dirname, '../../examples/vault');
const EXPECTED = path.resolve(__dirname, '../fixtures/summary/Session summary 2026-11-02 to 2026-11-26.md');
const NOTE = 'Self-trust/Session summary 2026-11-02 to 2026-11-26.md';

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

async function openSummaryModal(): Promise<{ app: App; modal: Modal }> {
  pinClock();
  const { app } = await startPlugin(demoNotes());
  await afterDebounce();
  await run(app, 'prepare-session-summary');
  const modal = fakeOpenModals[fakeOpenModals.length - 1];
  if (!(modal instanceof Modal)) throw new Error('no modal open');
  return { app, modal };
}

function button(modal: Modal, label: string): HTMLButtonElement {
  const found = [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

/** The setting row named `name`. */
function row(modal: Modal, name: string): HTMLElement {
  const found = [...modal.contentEl.querySelectorAll<HTMLElement>('.setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === name);
  if (!found) throw new Error(`no setting "${name}"`);
  return found;
}

function type(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

afterEach(() => {
  for (const m of [...fakeOpenModals]) m.close();
  vi.useRealTimers();
});

describe('Prepare a session summary (Obsidian)', () => {
  it("writes the demo vault's last 4 weeks, the same text as the CLI's, and opens it", async () => {
    const { app, modal } = await openSummaryModal();
    expect(modal.titleEl.textContent).toBe('Prepare a session summary');
    expect(modal.contentEl.textContent).toContain('Nothing is sent anywhere.');
    expect(row(modal, 'Period').querySelector('select')?.value).toBe('last-4-weeks');
    button(modal, 'Prepare summary').click();
    await settle();
    expect(fakeOpenModals).not.toContain(modal);
    expect(app.fakeVault.fakeText(NOTE)).toBe(readFileSync(EXPECTED, 'utf8'));
    expect(activeFile(app)).toBe(NOTE);
    expect(lastNotice()).toBe('Your summary is ready to read over. It stays in your vault: nothing was sent anywhere.');

    // Again: a second note beside the first, never over it.
    await run(app, 'prepare-session-summary');
    button(fakeOpenModals[fakeOpenModals.length - 1] as Modal, 'Prepare summary').click();
    await settle();
    expect(app.fakeVault.fakeText('Self-trust/Session summary 2026-11-02 to 2026-11-26 2.md')).toBe(readFileSync(EXPECTED, 'utf8'));
  });

  it('takes the period and the sections chosen', async () => {
    const { app, modal } = await openSummaryModal();
    const select = row(modal, 'Period').querySelector('select') as HTMLSelectElement;
    select.value = 'last-month';
    select.dispatchEvent(new Event('change'));
    expect((row(modal, 'From').querySelector('input') as HTMLInputElement).value).toBe('2026-10-01');
    expect((row(modal, 'To').querySelector('input') as HTMLInputElement).value).toBe('2026-10-31');
    for (const name of ['Values', 'Lessons', 'Goals', 'The 7 elements', 'Weekly reflections']) {
      (row(modal, name).querySelector('.checkbox-container') as HTMLElement).click();
    }
    button(modal, 'Prepare summary').click();
    await settle();
    const text = app.fakeVault.fakeText('Self-trust/Session summary 2026-10-01 to 2026-10-31.md') ?? '';
    expect(text.match(/^## .*/gm)).toEqual(['## Promises', '## Feelings']);
    expect(text).toContain('# Self-trust practice: 1 Oct 2026 to 31 Oct 2026');
  });

  it('says in the modal what is wrong, and writes nothing', async () => {
    const { app, modal } = await openSummaryModal();
    const before = app.fakeVault.getMarkdownFiles().length;
    const from = row(modal, 'From').querySelector('input') as HTMLInputElement;
    type(from, '2026-02-30');
    expect((row(modal, 'Period').querySelector('select') as HTMLSelectElement).value).toBe('custom');
    button(modal, 'Prepare summary').click();
    expect(modal.contentEl.querySelector('.selftrust-summary-message')?.textContent).toBe('"2026-02-30" is not a day: write the first day as YYYY-MM-DD, such as 2026-11-02.');
    type(from, '2026-12-01');
    button(modal, 'Prepare summary').click();
    expect(modal.contentEl.querySelector('.selftrust-summary-message')?.textContent).toBe('The period starts after it ends: choose a first day before the last.');
    expect(fakeOpenModals).toContain(modal);
    await settle();
    expect(app.fakeVault.getMarkdownFiles().length).toBe(before);
  });
});
