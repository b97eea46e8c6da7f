// @vitest-environment happy-dom
/**
 * Issue 12, point 4 in Obsidian: checked tasks in daily notes that link a promise count on the
 * dashboard, read from the metadata cache (listItems, links, tags), never from the file, and never
 * written. The daily-note settings come from the config folder through the vault's adapter.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Vault, type App, type FakeDataAdapter } from '../fakes/obsidian';
import { afterDebounce, dashboardLeaf, pinClock, run, settle, startPlugin } from './harness';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

const WALK = [
  '---',
  'selftrust: small-promise',
  'date: 2026-11-16',
  'promise: Walk 15 minutes',
  'aliases: [Walk]',
  'times: 1',
  'per: day',
  'kept: [2026-11-23, 2026-11-24]',
  '---',
  '',
].join('\n');
const COFFEE = [
  '---',
  'selftrust: small-promise',
  'date: 2026-11-16',
  'promise: No coffee after four',
  'aim: at-most',
  'times: 0',
  'per: day',
  'slipped: []',
  '---',
  '',
].join('\n');
const STRETCH = ['---', 'selftrust: small-promise', 'date: 2026-11-16', 'promise: Stretch', 'times: 1', 'per: day', 'kept: []', '---', ''].join('\n');

const DAILY = {
  // Already in the promise note: counts once.
  'Daily/2026-11-24.md': '# Tuesday\n- [x] Walked after lunch [[Walk 15 minutes]]\n- [ ] stretch [[Stretch]]\n- [-] stretch, cancelled [[Stretch]]\n',
  // By alias; a slip of an "I won't…" promise; a rest day.
  'Daily/2026-11-25.md': '- [x] Walked by the river [[Walk]]\n- [x] Coffee at five [[No coffee after four]]\n- [x] Day off, sore back [[Stretch]] #rest\n',
  // By path, with a heading and a display text.
  'Daily/2026-11-26.md': '## Today\n- [X] walked [[Self-trust/Walk 15 minutes#Why|a walk]]\n```\n- [x] in code [[Stretch]]\n```\n',
};
const PROMISES = { 'Self-trust/Walk 15 minutes.md': WALK, 'Self-trust/No coffee after four.md': COFFEE, 'Self-trust/Stretch.md': STRETCH };
// Not in the daily folder, but a note with a `date` property is a daily note too.
const TRIP = '---\ndate: 2026-11-22\ntags: [travel]\n---\n- [x] walked on the beach [[Walk 15 minutes]]\n';
const NOT_DAILY = { 'Projects/2026-11-21.md': '- [x] walked [[Walk 15 minutes]]\n', 'Projects/Plan.md': '- [x] walked [[Walk 15 minutes]]\n' };

function adapter(app: App): FakeDataAdapter {
  return app.vault.adapter as unknown as FakeDataAdapter;
}

/** The core Daily notes plugin set to the `Daily` folder, in its default format. */
const DAILY_FOLDER = { 'daily-notes.json': { folder: 'Daily' } };

/** Starts the plugin with these files and config-folder files (path under `.obsidian` → JSON), and opens the dashboard. */
async function start(files: Record<string, string>, config: Record<string, unknown> = DAILY_FOLDER, cold = false): Promise<App> {
  const { app } = await startPlugin(files, undefined, false, { coldCache: cold });
  for (const [path, data] of Object.entries(config)) adapter(app).fakeWriteConfig(path, JSON.stringify(data));
  app.fakeWorkspace.fakeLayoutReady();
  await settle();
  await run(app, 'open-dashboard');
  await afterDebounce();
  return app;
}

function card(app: App, path: string): HTMLElement {
  const el = dashboardLeaf(app)?.fakeEl.querySelector<HTMLElement>(`article.st-promise[data-path="${path}"]`);
  if (!el) throw new Error(`no card for ${path}: ${dashboardLeaf(app)?.fakeEl.textContent ?? ''}`);
  return el;
}

/** What the calendar cell of a day says (its tooltip and accessible name). */
function cell(app: App, path: string, day: string): string {
  return card(app, path).querySelector(`td[data-date="${day}"]`)?.getAttribute('aria-label') ?? '';
}

const text = (app: App, path: string): string => card(app, path).textContent ?? '';

describe('check-ins from daily notes', () => {
  it('counts checked tasks linking a promise by name, alias and path; a day in both places once; rest days and slips', async () => {
    const all = { ...PROMISES, ...DAILY, 'Journal/Trip.md': TRIP, ...NOT_DAILY };
    const reads = [vi.spyOn(Vault.prototype, 'read'), vi.spyOn(Vault.prototype, 'cachedRead'), vi.spyOn(Vault.prototype, 'readBinary')];
    const app = await start(all);
    // Daily notes come from the metadata cache: no file is read for them.
    for (const spy of reads) expect(spy).not.toHaveBeenCalled();
    for (const spy of reads) spy.mockRestore();
    const bytes = Object.fromEntries(Object.keys(all).map((p) => [p, app.fakeVault.fakeBytes(p)]));

    // Walk: its own 23 and 24, the daily notes' 22 (date property), 24 (again), 25 (alias), 26 (path).
    expect(text(app, 'Self-trust/Walk 15 minutes.md')).toContain('5 days kept in all');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-23')).toBe('23 Nov: kept');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-24')).toBe('24 Nov: kept (from the daily note 2026-11-24)');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-25')).toBe('25 Nov: kept (from the daily note 2026-11-25)');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-22')).toBe('22 Nov: kept (from the daily note Trip)');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-21')).toBe('21 Nov: not kept'); // Projects/ is not the daily folder
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-26')).toContain('(from the daily note 2026-11-26)');

    // A slip of the "I won't…" promise; unchecked, cancelled and code-block tasks count for nothing.
    expect(cell(app, 'Self-trust/No coffee after four.md', '2026-11-25')).toBe('25 Nov: over the limit, 1 slip (from the daily note 2026-11-25)');
    expect(cell(app, 'Self-trust/Stretch.md', '2026-11-25')).toBe('25 Nov: rest day (from the daily note 2026-11-25)');
    expect(cell(app, 'Self-trust/Stretch.md', '2026-11-24')).toBe('24 Nov: not kept');
    expect(text(app, 'Self-trust/Stretch.md')).toContain('0 days kept in all');

    // The promise notes keep only what was logged there; nothing was written anywhere.
    for (const [path, before] of Object.entries(bytes)) expect(app.fakeVault.fakeBytes(path)).toEqual(before);
  });

  it('without any daily-note settings, reads `YYYY-MM-DD` names from the top of the vault down', async () => {
    const files = { ...PROMISES, '2026-11-20.md': '- [x] walk [[Walk]]\n', 'Daily/2026-11-21.md': '- [x] walk [[Walk]]\n', 'Daily/Plan.md': '- [x] walk [[Walk]]\n' };
    const app = await start(files, {});
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-20')).toBe('20 Nov: kept (from the daily note 2026-11-20)');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-21')).toBe('21 Nov: kept (from the daily note 2026-11-21)');
    expect(text(app, 'Self-trust/Walk 15 minutes.md')).toContain('4 days kept in all');
  });

  it('reads a daily note in the format and folder of .obsidian/daily-notes.json, and Periodic Notes’ over it', async () => {
    const files = { ...PROMISES, 'Journal/Days/25 November 2026.md': '- [x] walk [[Walk]]\n', 'Daily/2026-11-22.md': '- [x] walk [[Walk]]\n', 'Log/22.11.2026.md': '- [x] walk [[Walk]]\n' };
    const app = await start(files, { 'daily-notes.json': { folder: 'Journal/Days', format: 'D MMMM YYYY', template: '' } });
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-25')).toBe('25 Nov: kept (from the daily note 25 November 2026)');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-22')).toBe('22 Nov: not kept');

    // Periodic Notes set up later: its daily format wins, heard through the config file's change.
    adapter(app).fakeWriteConfig('plugins/periodic-notes/data.json', JSON.stringify({ daily: { enabled: true, folder: 'Log', format: 'DD.MM.YYYY' } }));
    await afterDebounce();
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-22')).toBe('22 Nov: kept (from the daily note 22.11.2026)');
    expect(cell(app, 'Self-trust/Walk 15 minutes.md', '2026-11-25')).toBe('25 Nov: not kept');
  });

  it('follows a daily note edited, deleted and renamed', async () => {
    const app = await start({ ...PROMISES, ...DAILY });
    const walk = 'Self-trust/Walk 15 minutes.md';
    expect(text(app, walk)).toContain('4 days kept in all');

    // Unchecking the task takes the day away; checking it again brings it back.
    const note = app.fakeVault.getFileByPath('Daily/2026-11-25.md')!;
    await app.fakeVault.modify(note, DAILY['Daily/2026-11-25.md'].replace('- [x] Walked', '- [ ] Walked'));
    await afterDebounce();
    expect(cell(app, walk, '2026-11-25')).toBe('25 Nov: not kept');
    expect(text(app, walk)).toContain('3 days kept in all');
    await app.fakeVault.modify(note, DAILY['Daily/2026-11-25.md']);
    await afterDebounce();
    expect(cell(app, walk, '2026-11-25')).toBe('25 Nov: kept (from the daily note 2026-11-25)');

    // Renamed to another day: the day moves with it. Renamed out of the format: the day goes.
    await app.fakeVault.rename(note, 'Daily/2026-11-21.md');
    await afterDebounce();
    expect(cell(app, walk, '2026-11-25')).toBe('25 Nov: not kept');
    expect(cell(app, walk, '2026-11-21')).toBe('21 Nov: kept (from the daily note 2026-11-21)');
    await app.fakeVault.rename(app.fakeVault.getFileByPath('Daily/2026-11-21.md')!, 'Daily/Ideas.md');
    await afterDebounce();
    expect(cell(app, walk, '2026-11-21')).toBe('21 Nov: not kept');

    // Deleted: its day goes; a day the promise note also has stays, once.
    await app.fakeVault.delete(app.fakeVault.getFileByPath('Daily/2026-11-24.md')!);
    await afterDebounce();
    expect(cell(app, walk, '2026-11-24')).toBe('24 Nov: kept');
    expect(text(app, walk)).toContain('3 days kept in all');
  });

  it('follows where Obsidian resolves a link: an alias link taken over by a new note of that name counts no more', async () => {
    const app = await start({ ...PROMISES, 'Daily/2026-11-25.md': '- [x] walked [[Walk]]\n' });
    const walk = 'Self-trust/Walk 15 minutes.md';
    expect(cell(app, walk, '2026-11-25')).toBe('25 Nov: kept (from the daily note 2026-11-25)');
    // Now [[Walk]] opens this note in Obsidian, not the promise its alias names.
    await app.fakeVault.fakeWrite('Projects/Walk.md', '# Walking routes\n');
    await afterDebounce();
    expect(cell(app, walk, '2026-11-25')).toBe('25 Nov: not kept');
    await app.fakeVault.delete(app.fakeVault.getFileByPath('Projects/Walk.md')!);
    await afterDebounce();
    expect(cell(app, walk, '2026-11-25')).toBe('25 Nov: kept (from the daily note 2026-11-25)');
  });

  it('ends right after a cold start: the cache is empty at layout-ready and fills in batches', async () => {
    const app = await start({ ...PROMISES, ...DAILY, 'Journal/Trip.md': TRIP }, DAILY_FOLDER, true);
    expect(dashboardLeaf(app)?.fakeEl.textContent).toContain('Reading your notes');
    // Some daily notes first, announced or not, then the rest silently with `resolved`.
    app.fakeCache.fakeFillBatch(4, (path) => path.startsWith('Daily/'));
    await afterDebounce();
    app.fakeCache.fakeResolve();
    await afterDebounce();
    const walk = 'Self-trust/Walk 15 minutes.md';
    expect(text(app, walk)).toContain('5 days kept in all');
    expect(cell(app, walk, '2026-11-22')).toBe('22 Nov: kept (from the daily note Trip)');
    expect(cell(app, 'Self-trust/Stretch.md', '2026-11-25')).toBe('25 Nov: rest day (from the daily note 2026-11-25)');
  });

  it('counts today once when the promise note logs it too, and the keep button says it is done', async () => {
    const app = await start({ ...PROMISES, 'Daily/2026-11-26.md': '- [x] walked [[Walk]]\n' });
    const walk = 'Self-trust/Walk 15 minutes.md';
    expect(text(app, walk)).toContain('3 days kept in all');
    expect(cell(app, walk, '2026-11-26')).toBe('26 Nov: kept (from the daily note 2026-11-26)');
    const button = card(app, walk).querySelector<HTMLButtonElement>('[data-st-action="log-kept"]');
    expect(button?.textContent).toBe('Kept today ✓');
    expect(button?.disabled).toBe(true);

    // The same day logged in the promise note as well: still one day, and still from the daily note.
    const daily = app.fakeVault.fakeBytes('Daily/2026-11-26.md');
    await app.fakeVault.modify(app.fakeVault.getFileByPath(walk)!, WALK.replace('2026-11-24]', '2026-11-24, 2026-11-26]'));
    await afterDebounce();
    expect(text(app, walk)).toContain('3 days kept in all');
    expect(cell(app, walk, '2026-11-26')).toBe('26 Nov: kept (from the daily note 2026-11-26)');
    expect(app.fakeVault.fakeBytes('Daily/2026-11-26.md')).toEqual(daily);
  });
});
