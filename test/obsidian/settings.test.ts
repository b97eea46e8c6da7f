// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import { checkFileNamePattern, checkFolder, readSettings } from '../../src/core/settings-rules';
import { fakeNotices, type App, type PluginSettingTab } from '../fakes/obsidian';
import { afterDebounce, dashboardLeaf, lastNotice, pinClock, run, settle, startPlugin, TODAY } from './harness';
import { WALK } from './notes';

beforeEach(pinClock);
afterEach(() => vi.useRealTimers());

function openTab(app: App): PluginSettingTab {
  const tab = app.fakeSettingTabs[0];
  if (!tab) throw new Error('No settings tab');
  tab.fakeShow();
  return tab;
}

function field(tab: PluginSettingTab, name: string): HTMLElement {
  const item = [...tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')].find(
    (el) => el.querySelector('.setting-item-name')?.textContent === name,
  );
  if (!item) throw new Error(`No setting named ${name}`);
  return item;
}

/** Types into a text field and leaves it, as a person does. */
async function typeInto(tab: PluginSettingTab, name: string, value: string): Promise<HTMLInputElement> {
  const input = field(tab, name).querySelector('input')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('change'));
  await settle();
  return input;
}

function saved(app: App): Record<string, unknown> | undefined {
  return app.fakePluginData.get(manifest.id) as Record<string, unknown> | undefined;
}

describe('settings tab', () => {
  it('refuses bad values with a clear notice and keeps the old value', async () => {
    const { app } = await startPlugin();
    const tab = openTab(app);
    const cases: [string, string, RegExp][] = [
      ['Notes folder', '   ', /notes folder cannot be empty/i],
      ['Notes folder', '../outside', /inside your vault.*\.\./i],
      ['Template folder', 'a/../../b', /inside your vault/i],
      ['Notes folder', 'What?', /cannot contain \?/],
      ['File name', '{title}', /needs \{date\}/],
      ['File name', '{date} {mood}', /unknown placeholder \{mood\}/i],
      ['File name', '{date}: {title}', /cannot contain :/],
      ['File name', 'Journal/{date}', /cannot contain \/ or \\/],
    ];
    for (const [name, value, message] of cases) {
      fakeNotices.length = 0;
      const input = await typeInto(tab, name, value);
      expect(lastNotice(), `${name} = ${value}`).toMatch(message);
      expect(input.value).toBe(name === 'File name' ? DEFAULT_SETTINGS.fileNamePattern : name === 'Notes folder' ? DEFAULT_SETTINGS.notesFolder : DEFAULT_SETTINGS.templateFolder);
    }
    expect(saved(app)).toBeUndefined();
    await run(app, 'start-boundary-log');
    expect(app.fakeVault.fakeText(`Self-trust/${TODAY} Boundary log.md`)).toBeDefined();
  });

  it('saves good values, and new notes follow them', async () => {
    const { app } = await startPlugin();
    const tab = openTab(app);
    const folder = await typeInto(tab, 'Notes folder', ' /Journal\\Self trust/ ');
    expect(folder.value).toBe('Journal/Self trust');
    await typeInto(tab, 'File name', '{week} {title} {date}');
    expect(saved(app)).toMatchObject({ notesFolder: 'Journal/Self trust', fileNamePattern: '{week} {title} {date}' });
    expect(fakeNotices).toHaveLength(0);
    await run(app, 'start-boundary-log');
    expect(app.fakeVault.fakeText(`Journal/Self trust/2026-W48 Boundary log ${TODAY}.md`)).toContain('selftrust: boundary-log');
  });

  it('changes the week start and the sections the dashboard shows', async () => {
    const { app } = await startPlugin({ 'Self-trust/Walk.md': WALK });
    await run(app, 'open-dashboard');
    const content = dashboardLeaf(app)!.fakeEl.querySelector('.view-content')!;
    expect(content.querySelectorAll('.st-promise')).toHaveLength(1);
    expect(content.textContent).toMatch(/23 Nov/); // the week from Monday 23 November

    const tab = openTab(app);
    const select = field(tab, 'Week starts on').querySelector('select')!;
    select.value = 'sunday';
    select.dispatchEvent(new Event('change'));
    await settle();
    expect(saved(app)).toMatchObject({ weekStart: 'sunday' });
    expect(content.textContent).toMatch(/22 Nov/); // now from Sunday 22 November

    field(tab, 'Promises').querySelector<HTMLElement>('.checkbox-container')!.click();
    await settle();
    expect((saved(app)?.['sections'] as Record<string, boolean>)['promises']).toBe(false);
    expect(content.querySelectorAll('.st-promise')).toHaveLength(0);

    // Saved settings come back on the next start.
    const again = await startPlugin({}, saved(app));
    const reopened = openTab(again.app);
    expect(field(reopened, 'Week starts on').querySelector('select')!.value).toBe('sunday');
    expect(field(reopened, 'Promises').querySelector('.checkbox-container')!.classList.contains('is-enabled')).toBe(false);
    await afterDebounce();
  });

  it('reads hand-edited data.json leniently, naming what it replaced', async () => {
    const { app } = await startPlugin({}, { notesFolder: '..', fileNamePattern: 'x', weekStart: 'friday', sections: { values: false } });
    expect(lastNotice()).toMatch(/notes folder must stay inside your vault/i);
    expect(lastNotice()).toMatch(/needs \{date\}/);
    await run(app, 'start-boundary-log');
    expect(app.fakeVault.fakeText(`Self-trust/${TODAY} Boundary log.md`)).toBeDefined();
  });
});

describe('settings rules', () => {
  it('normalises folders and rejects what leaves the vault', () => {
    expect(checkFolder('The notes folder', 'a//b/')).toEqual({ ok: true, value: 'a/b' });
    expect(checkFolder('The notes folder', './a').ok).toBe(false);
    expect(checkFolder('The notes folder', 'a|b').ok).toBe(false);
  });

  it('accepts every placeholder in a pattern with {date}', () => {
    expect(checkFileNamePattern('{date} {id} {title} {week}')).toEqual({ ok: true, value: '{date} {id} {title} {week}' });
    expect(checkFileNamePattern('{date} #1').ok).toBe(false);
  });

  it('gives the defaults for nothing saved, and keeps good keys beside bad ones', () => {
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    const read = readSettings({ notesFolder: 'Mine', weekStart: 7, sections: { goals: false, emotions: 'no' } });
    expect(read.settings.notesFolder).toBe('Mine');
    expect(read.settings.weekStart).toBe('monday');
    expect(read.settings.sections.goals).toBe(false);
    expect(read.settings.sections.emotions).toBe(true);
    expect(read.problems).toHaveLength(1);
  });
});
