import { describe, expect, it } from 'vitest';
import { chooseDailyNoteSettings, dailyNoteDayByName, dailyNoteSettingsFiles } from '../../../src/core/parse/daily-note-settings';

/* Issue 12, point 4: one rule, in every host, for where daily notes live and how they are named. */

const periodic = (daily: unknown) => JSON.stringify({ daily, weekly: { enabled: true, format: 'gggg-[W]ww' } });

describe('the daily-note settings a vault has', () => {
  it.each([
    ['neither file: the defaults', undefined, undefined, { folder: '', format: 'YYYY-MM-DD' }],
    ['Daily notes only', undefined, '{"folder":"Journal/","format":"D MMMM YYYY","template":"T"}', { folder: 'Journal', format: 'D MMMM YYYY' }],
    ['Periodic Notes wins', periodic({ enabled: true, folder: 'Days', format: 'YYYY/MM/YYYY-MM-DD' }), '{"folder":"Journal"}', { folder: 'Days', format: 'YYYY/MM/YYYY-MM-DD' }],
    ['Periodic Notes turned off for days', periodic({ enabled: false, folder: 'Days' }), '{"folder":"Journal"}', { folder: 'Journal', format: 'YYYY-MM-DD' }],
    ['Periodic Notes with nothing set', periodic({ enabled: true, folder: '  ', format: '' }), '{"format":"DD.MM.YYYY"}', { folder: '', format: 'DD.MM.YYYY' }],
    ['broken JSON is a missing file', '{"daily": {', '{"folder": 7, "format": ["x"]}', { folder: '', format: 'YYYY-MM-DD' }],
    ['odd folder spellings', undefined, '{"folder":" ./Journal\\\\2026/../ "}', { folder: 'Journal/2026', format: 'YYYY-MM-DD' }],
    ['a JSON array is not settings', '[1]', 'null', { folder: '', format: 'YYYY-MM-DD' }],
  ])('%s', (_name, periodicText, coreText, expected) => {
    expect(chooseDailyNoteSettings(periodicText, coreText)).toEqual(expected);
  });

  it('names the files under the config folder Obsidian uses', () => {
    expect(dailyNoteSettingsFiles('.obsidian')).toEqual(['.obsidian/plugins/periodic-notes/data.json', '.obsidian/daily-notes.json']);
    expect(dailyNoteSettingsFiles('.config-mobile/')).toEqual(['.config-mobile/plugins/periodic-notes/data.json', '.config-mobile/daily-notes.json']);
  });
});

describe('which notes are daily notes by their name', () => {
  it.each([
    ['Journal/2026-11-20.md', { folder: 'Journal', format: 'YYYY-MM-DD' }, '2026-11-20'],
    ['Journal/2026/11/2026-11-20.md', { folder: 'Journal', format: 'YYYY/MM/YYYY-MM-DD' }, '2026-11-20'],
    ['Journal/Old/2026-11-20.md', { folder: 'Journal', format: 'YYYY-MM-DD' }, '2026-11-20'],
    ['Journaling/2026-11-20.md', { folder: 'Journal', format: 'YYYY-MM-DD' }, null],
    ['2026-11-20.md', { folder: 'Journal', format: 'YYYY-MM-DD' }, null],
    ['Anywhere/2026-11-20.md', { folder: '', format: 'YYYY-MM-DD' }, '2026-11-20'],
    ['Journal/20 November 2026.md', { folder: 'Journal', format: 'YYYY-MM-DD' }, null],
  ])('%s in %j is %s', (path, settings, day) => {
    expect(dailyNoteDayByName(path, settings)).toBe(day);
  });
});
