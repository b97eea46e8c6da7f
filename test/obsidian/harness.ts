/** Loads the plugin into the fake Obsidian, as the app does: construct, load, then the layout gets ready. */
import { vi } from 'vitest';
import type * as real from 'obsidian';
import manifest from '../../manifest.json';
import SelfTrustPlugin from '../../src/obsidian/main';
import { App, fakeNotices, fakeOpenModals, MarkdownView, Modal, SuggestModal, type Plugin as FakePlugin, type WorkspaceLeaf } from '../fakes/obsidian';

/** Thursday 26 November 2026, 09:00 on the wall clock of whatever zone the tests run in. */
export const TODAY = '2026-11-26';

export function pinClock(): void {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(2026, 10, 26, 9, 0, 0));
}

/** Lets queued promise callbacks run (the fake metadata cache reports on a microtask, like Obsidian's worker). */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

/** Settles, then lets the index's debounce fire. */
export async function afterDebounce(): Promise<void> {
  await settle();
  vi.advanceTimersByTime(300);
  await settle();
}

export interface Started {
  app: App;
  plugin: SelfTrustPlugin;
}

/**
 * `coldCache`: the metadata cache has parsed none of the files yet when the layout gets ready, as on a
 * cold or large vault; the test fills it with app.fakeCache.fakeFillBatch / fakeResolve.
 */
export async function startPlugin(
  files: Record<string, string> = {},
  data?: unknown,
  layoutReady = true,
  options: { coldCache?: boolean } = {},
): Promise<Started> {
  fakeNotices.length = 0;
  fakeOpenModals.length = 0;
  const app = new App();
  if (options.coldCache) app.fakeCache.fakeHold();
  if (data !== undefined) app.fakePluginData.set(manifest.id, data);
  for (const [path, text] of Object.entries(files)) await app.fakeVault.fakeWrite(path, text);
  await settle();
  const plugin = new SelfTrustPlugin(app as unknown as real.App, manifest as real.PluginManifest);
  plugin.load();
  // The app awaits an async onload before it calls the plugin loaded.
  await (plugin as unknown as FakePlugin).fakeLoading;
  if (layoutReady) app.fakeWorkspace.fakeLayoutReady();
  return { app, plugin };
}

export async function run(app: App, id: string): Promise<void> {
  const ran = await app.fakeRunCommand(`${manifest.id}:${id}`);
  if (!ran) throw new Error(`Command ${id} did not run`);
  await settle();
}

export function openModal<T>(): SuggestModal<T> {
  const modal = fakeOpenModals[fakeOpenModals.length - 1];
  if (!(modal instanceof SuggestModal)) throw new Error('No suggest modal is open');
  return modal as SuggestModal<T>;
}

export function activeFile(app: App): string | undefined {
  return app.fakeWorkspace.getActiveFile()?.path;
}

export function activeMarkdownView(app: App): MarkdownView {
  const view = app.fakeWorkspace.activeLeaf?.view as unknown;
  if (!(view instanceof MarkdownView)) throw new Error('No markdown view is active');
  return view;
}

export function dashboardLeaf(app: App): WorkspaceLeaf | undefined {
  return app.fakeWorkspace.getLeavesOfType('self-trust-dashboard')[0] as unknown as WorkspaceLeaf | undefined;
}

/** The dashboard's visible text, or '' when it is not open. */
export function dashboardText(app: App): string {
  return dashboardLeaf(app)?.fakeEl.querySelector('.view-content')?.textContent ?? '';
}

export function lastNotice(): string {
  return fakeNotices[fakeNotices.length - 1] ?? '';
}

/** The form open on top (the small promise's questions). */
export function openForm(): Modal {
  const modal = fakeOpenModals[fakeOpenModals.length - 1];
  if (!(modal instanceof Modal) || modal instanceof SuggestModal) throw new Error('No form is open');
  return modal;
}

/** Types into the form's inputs (in order: promise, times, start) and picks in its dropdowns (aim, per). */
export function fillForm(modal: Modal, inputs: string[], selects: string[] = []): void {
  const fields = [...modal.contentEl.querySelectorAll('input')];
  inputs.forEach((value, i) => {
    const input = fields[i]!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  });
  const dropdowns = [...modal.contentEl.querySelectorAll('select')];
  selects.forEach((value, i) => {
    const select = dropdowns[i]!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
  });
}

export function submitForm(modal: Modal): void {
  modal.contentEl.querySelector<HTMLButtonElement>('button.mod-cta')!.click();
}

/**
 * "Start exercise: Small promise" from the palette, answered as a person would: the promise's words
 * (once a day, from today), then the note is written and opened.
 */
export async function startPromise(app: App, words: string): Promise<void> {
  await run(app, 'start-small-promise');
  const modal = openForm();
  fillForm(modal, [words]);
  submitForm(modal);
  await settle();
}

/** Answers the optional "few words for the day" prompt after a log's pick ('' logs without words). */
export async function answerDayWords(words = ''): Promise<void> {
  const modal = openForm();
  fillForm(modal, [words]);
  submitForm(modal);
  await settle();
}
