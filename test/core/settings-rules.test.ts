import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import { readSettings } from '../../src/core/settings-rules';

describe('readSettings on a hand-edited data.json', () => {
  it('names each bad setting, the value it held and the default used instead', () => {
    const read = readSettings({ notesFolder: '../escape', fileNamePattern: '{title}', templateFolder: 'a|b', weekStart: 7, sections: { goals: false } });
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, sections: { ...DEFAULT_SETTINGS.sections, goals: false } });
    expect(read.problems).toEqual([
      'The setting "notesFolder" is "../escape", but the notes folder must stay inside your vault; "Self-trust" was used instead.',
      'The setting "fileNamePattern" is "{title}", but the file-name pattern needs {date}; "{date} {title}" was used instead.',
      'The setting "templateFolder" is "a|b", but the template folder cannot contain |; "Templates/Self-trust" was used instead.',
      'The setting "weekStart" is 7, but it should be text; "monday" was used instead.',
    ]);
  });

  it('keeps every good value and says nothing about it', () => {
    const read = readSettings({ notesFolder: ' Journal/Trust/ ', fileNamePattern: '{date} {id}', weekStart: 'sunday' });
    expect(read.problems).toEqual([]);
    expect(read.settings).toMatchObject({ notesFolder: 'Journal/Trust', fileNamePattern: '{date} {id}', weekStart: 'sunday' });
  });

  it('says what the saved settings were when they are not named settings at all', () => {
    expect(readSettings([1, 2]).problems).toEqual(['The saved settings are a list, not a set of named settings, so the defaults were used.']);
    expect(readSettings('Self-trust').problems).toEqual(['The saved settings are "Self-trust", not a set of named settings, so the defaults were used.']);
  });

  it('cuts a long bad value short', () => {
    const [problem] = readSettings({ notesFolder: `../${'x'.repeat(200)}` }).problems;
    expect(problem?.length).toBeLessThan(200);
    expect(problem).toContain('..."');
  });
});
