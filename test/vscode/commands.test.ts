import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../src/core/catalog/exercises';
import { COMMANDS } from '../../src/vscode/commands';
import type { Day } from '../../src/core/day';
import { renderExercise } from '../../src/core/templates/render';
import { fake } from '../fakes/vscode';
import * as vscode from 'vscode';
import { aDailyPromise, answerPromiseQuestions, PAUSED_PROMISE_NOTE, PROMISE_NOTE, TODAY, VAULT, difference, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

const run = (command: string, ...args: unknown[]): Thenable<unknown> => vscode.commands.executeCommand(command, ...args);
const infoTexts = (): string[] => fake.state.messages.map((m) => m.text);

describe('Start exercise commands', () => {
  it.each(EXERCISES.map((e) => [e.id, e.title] as const))('%s creates a note from its template and opens it', async (id, title) => {
    s = await start();
    // A small promise asks for its words first and is named after them; the others are dated.
    answerPromiseQuestions(aDailyPromise('Walk for 15 minutes'));
    await run(COMMANDS.startExercise(id));
    const path = id === 'small-promise' ? 'Self-trust/Walk for 15 minutes.md' : `Self-trust/${TODAY} ${title}.md`;
    const text = disk(path);
    expect(text, `expected ${path}; files: ${fake.filesUnder(VAULT).join(', ')}`).toBeDefined();
    expect(text).toMatch(new RegExp(`^---\\nselftrust: ${id}\\n`));
    expect(text).toContain(`date: ${TODAY}`);
    expect(text).not.toContain('{{');
    expect(fake.state.shown).toEqual([`${VAULT}/${path}`]);
    // The live index knows the new note at once: the dashboard counts it without waiting for the watcher.
    expect(s.vault.live.index.get(path)?.path).toBe(path);
  });

  it('never overwrites: a second note the same day gets the next free name', async () => {
    s = await start({ 'Self-trust/2026-11-26 Boundary log.md': 'my own words\n' });
    await run(COMMANDS.startExercise('boundary-log'));
    await run(COMMANDS.startExercise('boundary-log'));
    expect(disk('Self-trust/2026-11-26 Boundary log.md')).toBe('my own words\n');
    expect(disk('Self-trust/2026-11-26 Boundary log 2.md')).toContain('selftrust: boundary-log');
    expect(disk('Self-trust/2026-11-26 Boundary log 3.md')).toContain('selftrust: boundary-log');
  });

  it('"Start exercise: Small promise" asks first, names the note after the promise, and never overwrites one', async () => {
    s = await start({ 'Self-trust/Walk.md': 'my own words\n' });
    answerPromiseQuestions(aDailyPromise('Walk'));
    await run(COMMANDS.startExercise('small-promise'));
    expect(disk('Self-trust/Walk.md')).toBe('my own words\n');
    expect(disk(`Self-trust/Walk (${TODAY}).md`)).toContain('promise: Walk\n');
    expect(fake.state.inputBoxes[0]?.options?.title).toBe('Make a small promise (1 of 4)');
    expect(fake.filesUnder(VAULT)).toEqual([`${VAULT}/Self-trust/Walk (${TODAY}).md`, `${VAULT}/Self-trust/Walk.md`]);
    expect(fake.state.shown).toEqual([`${VAULT}/Self-trust/Walk (${TODAY}).md`]);
  });

  it('pressing Escape in the small promise\'s questions writes nothing', async () => {
    s = await start();
    answerPromiseQuestions(['Walk', 'I will do it', undefined]);
    await run(COMMANDS.startExercise('small-promise'));
    expect(fake.filesUnder(VAULT)).toEqual([]);
    expect(fake.state.fsWrites).toEqual([]);
  });

  it('uses the template from the template folder when the user keeps one', async () => {
    s = await start({ 'Templates/Self-trust/mindfulness.md': '---\nselftrust: mindfulness\ndate: {{date}}\nminutes: 10\n---\nMy own sit, {{date}}.\n' });
    await run(COMMANDS.startExercise('mindfulness'));
    expect(disk(`Self-trust/${TODAY} Mindfulness for self-trust.md`)).toBe(`---\nselftrust: mindfulness\ndate: ${TODAY}\nminutes: 10\n---\nMy own sit, ${TODAY}.\n`);
  });

  it('follows the notes folder setting', async () => {
    s = await start();
    fake.setSetting('selftrust.notesFolder', '/Journal/Trust/');
    await run(COMMANDS.startExercise('boundary-log'));
    expect(disk(`Journal/Trust/${TODAY} Boundary log.md`)).toContain('selftrust: boundary-log');
  });

  it('never uses a notes folder outside the vault: the default stands', async () => {
    s = await start();
    fake.setSetting('selftrust.notesFolder', '../Elsewhere');
    await run(COMMANDS.startExercise('boundary-log'));
    expect(disk(`Self-trust/${TODAY} Boundary log.md`)).toContain('selftrust: boundary-log');
  });

  it('says kindly that a folder is needed when none is open', async () => {
    fake.reset();
    s = undefined;
    const { activate } = await import('../../src/vscode/extension');
    const context = fake.context();
    activate(context as unknown as vscode.ExtensionContext);
    await run(COMMANDS.startExercise('small-promise'));
    expect(infoTexts()).toEqual(['Open a folder first: Self-Trust keeps its notes in your workspace folder.']);
    expect(fake.filesUnder('/')).toEqual([]);
    for (const d of context.subscriptions) d.dispose();
  });
});

describe('Log a kept promise', () => {
  it('offers the active promises with their streaks, and adds today to kept, changing nothing else', async () => {
    s = await start({ 'Self-trust/walk.md': PROMISE_NOTE, 'Self-trust/cook.md': PAUSED_PROMISE_NOTE });
    fake.state.quickPickAnswer = (items) => items[0];
    fake.state.inputBoxAnswer = () => ''; // no words for the day
    await run(COMMANDS.logPromise);

    const offered = fake.state.quickPicks[0]?.items ?? [];
    expect(offered.map((i) => [i.label, i.description])).toEqual([['Walk for 15 minutes', '2-day streak']]);
    const after = disk('Self-trust/walk.md') ?? '';
    expect(difference(PROMISE_NOTE, after)).toEqual(['', '  - 2026-11-26\n']);
    expect(after).toContain('selftrust: small-promise   # written by hand');
    expect(infoTexts()).toEqual(['Well done: “Walk for 15 minutes” kept today. 3-day streak.']);
    expect(disk('Self-trust/cook.md')).toBe(PAUSED_PROMISE_NOTE);
  });

  it('keeps CRLF line endings and every other byte', async () => {
    const crlf = PROMISE_NOTE.replace(/\n/g, '\r\n');
    s = await start({ 'walk.md': crlf });
    fake.state.quickPickAnswer = (items) => items[0];
    fake.state.inputBoxAnswer = () => ''; // no words for the day
    await run(COMMANDS.logPromise);
    expect(difference(crlf, disk('walk.md') ?? '')).toEqual(['', '  - 2026-11-26\r\n']);
  });

  it('does not log twice on the same day', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE.replace('  - 2026-11-25', '  - 2026-11-25\n  - 2026-11-26') });
    const before = disk('walk.md');
    await run(COMMANDS.logPromise, 'walk.md');
    expect(disk('walk.md')).toBe(before);
    expect(infoTexts()).toEqual(['“Walk for 15 minutes” is already logged as kept today; nothing changed.']);
    // Nothing changed, so there is nothing to undo.
    expect(fake.state.messages[0]?.items).toEqual([]);
  });

  it('leaves the note alone when the pick is cancelled', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fake.state.quickPickAnswer = () => undefined;
    await run(COMMANDS.logPromise);
    expect(disk('walk.md')).toBe(PROMISE_NOTE);
    expect(fake.state.fsWrites).toEqual([]);
  });

  it('invites a first promise when there is none', async () => {
    s = await start({ 'Self-trust/cook.md': PAUSED_PROMISE_NOTE });
    fake.state.messageAnswer = (_text, items) => items[0];
    await run(COMMANDS.logPromise);
    expect(infoTexts()[0]).toBe('You have no active promises yet. A small one is a good place to begin.');
    // Accepting asks for the promise; with no answer (Escape), nothing is written.
    expect(fake.state.inputBoxes[0]?.options?.title).toBe('Make a small promise (1 of 4)');
    expect(fake.filesUnder(`${VAULT}/Self-trust`)).toEqual([`${VAULT}/Self-trust/cook.md`]);
  });

  it('edits the open editor, not the disk, when the note has unsaved changes', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const typed = PROMISE_NOTE.replace('Walking clears my head.', 'Walking clears my head. And today it rained.');
    const doc = await fake.openDocument(`${VAULT}/walk.md`, typed);

    await run(COMMANDS.logPromise, 'walk.md');

    expect(doc.getText()).toBe(typed.replace('  - 2026-11-25\n', '  - 2026-11-25\n  - 2026-11-26\n'));
    expect(doc.isDirty).toBe(true);
    expect(doc.saves).toBe(0);
    expect(disk('walk.md')).toBe(PROMISE_NOTE);
    // One replace, of just the changed range: the typed words are never rewritten.
    const replaces = fake.state.appliedEdits.flatMap((e) => e.replaces);
    expect(replaces.map((r) => [r.range.start.line, r.range.end.line, r.newText])).toEqual([[10, 10, '  - 2026-11-26\n']]);
    expect(infoTexts()[0]).toContain('unsaved changes');
  });

  it('names the note and says why when the promise is not written yet', async () => {
    s = await start({ 'odd.md': '---\nselftrust: small-promise\ndate: 2026-11-20\npromise:\nkept: []\n---\n' });
    await run(COMMANDS.logPromise, 'odd.md');
    const warning = fake.state.messages.find((m) => m.level === 'warning');
    // An empty promise is a draft (the index holds no entry for it): the note's own text says why.
    expect(warning?.text).toMatch(/^Self-Trust could not read odd\.md, so nothing was logged: .*no words yet/);
    expect(disk('odd.md')).toContain('kept: []\n');
  });

  it('writes an open note that had no unsaved changes on disk, never saving it, and the editor reloads it', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const doc = await fake.openDocument(`${VAULT}/walk.md`);
    await run(COMMANDS.logPromise, 'walk.md');
    // save() would run the save participants (format on save, trim trailing whitespace).
    expect(doc.saves).toBe(0);
    expect(difference(PROMISE_NOTE, disk('walk.md') ?? '')).toEqual(['', '  - 2026-11-26\n']);
    await Promise.resolve();
    expect(doc.getText()).toBe(disk('walk.md'));
    expect(doc.isDirty).toBe(false);
  });

  it('edits the disk when the note changed there and the clean editor has not reloaded it yet', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const stale = PROMISE_NOTE.replace('Walking clears my head.', 'An older version of the note.');
    const doc = await fake.openDocument(`${VAULT}/walk.md`, stale);
    doc.isDirty = false; // what the editor shows is an older, saved text: nothing of the user's is unsaved
    await run(COMMANDS.logPromise, 'walk.md');
    // The newer text on disk gets the day; the stale editor text is never saved over it.
    expect(difference(PROMISE_NOTE, disk('walk.md') ?? '')).toEqual(['', '  - 2026-11-26\n']);
    expect(doc.saves).toBe(0);
  });

  it('names the note when it cannot be edited', async () => {
    // Valid YAML, read fine, but an anchored list another key reuses: editing it would change that key too.
    const broken = '---\nselftrust: small-promise\ndate: 2026-11-20\npromise: Stretch\nkept: &k [2026-11-24, 2026-11-25]\nalso_kept: *k\n---\n';
    s = await start({ 'stretch.md': broken });
    await run(COMMANDS.logPromise, 'stretch.md');
    expect(disk('stretch.md')).toBe(broken);
    const warning = fake.state.messages.find((m) => m.level === 'warning');
    expect(warning?.text).toMatch(/^Self-Trust could not update stretch\.md: /);
  });
});

describe('Mark a rest day', () => {
  it('adds today to skipped', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fake.state.quickPickAnswer = (items) => items[0];
    fake.state.inputBoxAnswer = () => ''; // no words for the day
    await run(COMMANDS.markRestDay);
    expect(difference(PROMISE_NOTE, disk('walk.md') ?? '')).toEqual(['', '2026-11-26']);
    expect(disk('walk.md')).toContain('skipped: [2026-11-26]\n');
    expect(fake.state.quickPicks[0]?.options?.title).toBe('Mark a rest day');
    expect(infoTexts()).toEqual(['Rest day noted for “Walk for 15 minutes”. Your streak is safe.']);
  });
});

describe('A word on the day', () => {
  it('the palette asks for a few optional words after the pick, and writes them beside the day', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fake.state.quickPickAnswer = (items) => items[0];
    fake.state.inputBoxAnswer = () => '  walked with Sam ';
    await run(COMMANDS.logPromise);
    expect(disk('walk.md')).toContain('2026-11-26 walked with Sam');
    const box = fake.state.inputBoxes[0];
    expect(box?.options?.title).toBe('Kept today: “Walk for 15 minutes”');
    expect(box?.options?.placeHolder).toBe('walked with Sam');
  });

  it('a rest day may carry words too', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fake.state.quickPickAnswer = (items) => items[0];
    fake.state.inputBoxAnswer = () => 'dentist';
    await run(COMMANDS.markRestDay);
    expect(disk('walk.md')).toContain('2026-11-26 dentist');
  });

  it('Escape in the words box logs nothing; a log from the dashboard (a path) does not ask', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fake.state.quickPickAnswer = (items) => items[0];
    await run(COMMANDS.logPromise);
    expect(disk('walk.md')).toBe(PROMISE_NOTE);
    expect(fake.state.fsWrites).toEqual([]);
    await run(COMMANDS.logPromise, 'walk.md');
    expect(fake.state.inputBoxes).toHaveLength(1);
    expect(difference(PROMISE_NOTE, disk('walk.md') ?? '')).toEqual(['', '  - 2026-11-26\n']);
  });
});

describe("This week's reflection", () => {
  const reflection = (date: string): string => `---\nselftrust: weekly-reflection\ndate: ${date}\nrating: 7\n---\n`;

  it("opens this week's reflection when there is one", async () => {
    s = await start({ 'r/last week.md': reflection('2026-11-20'), 'r/this week.md': reflection('2026-11-23') });
    await run(COMMANDS.weeklyReflection);
    expect(fake.state.shown).toEqual([`${VAULT}/r/this week.md`]);
    expect(fake.filesUnder(`${VAULT}/Self-trust`)).toEqual([]);
  });

  it('starts one when this week has none', async () => {
    s = await start({ 'r/last week.md': reflection('2026-11-20') });
    await run(COMMANDS.weeklyReflection);
    const path = `${VAULT}/Self-trust/${TODAY} Weekly reflection.md`;
    expect(fake.state.shown).toEqual([path]);
    expect(fake.readFile(path)).toContain('selftrust: weekly-reflection');
  });

  it('counts weeks from Sunday when the user says so', async () => {
    // Sunday 2026-11-22 is in the same Sunday-week as Thursday the 26th, but in the previous ISO week.
    s = await start({ 'r/sunday.md': reflection('2026-11-22') });
    fake.setSetting('selftrust.weekStart', 'sunday');
    await run(COMMANDS.weeklyReflection);
    expect(fake.state.shown).toEqual([`${VAULT}/r/sunday.md`]);
  });
});

describe('Reread my self-compassion letter', () => {
  const letter = (date: string): string => `---\nselftrust: self-compassion-letter\ndate: ${date}\n---\nDear me,\n`;

  it('opens the newest letter', async () => {
    s = await start({ 'a.md': letter('2026-10-01'), 'b.md': letter('2026-11-02'), 'c.md': letter('2026-09-30') });
    await run(COMMANDS.rereadLetter);
    expect(fake.state.shown).toEqual([`${VAULT}/b.md`]);
  });

  it('opens the newest letter with words in it, not a newer one fresh from the template (issue 10, point 12)', async () => {
    const empty = renderExercise('self-compassion-letter', { date: '2026-11-20' as Day, weekStart: 'monday' });
    const written = letter('2026-11-02').replace('Dear me,\n', 'Dear me,\nYou did what you could.\n');
    s = await start({ 'Self-trust/2026-11-20 Self-compassion letter.md': empty, 'Self-trust/old.md': written, 'Self-trust/older.md': letter('2026-10-01').replace('Dear me,\n', 'Dear me,\nRest.\n') });
    await run(COMMANDS.rereadLetter);
    expect(fake.state.shown).toEqual([`${VAULT}/Self-trust/old.md`]);
  });

  it('offers to write the first one', async () => {
    s = await start();
    fake.state.messageAnswer = () => undefined;
    await run(COMMANDS.rereadLetter);
    expect(fake.state.messages[0]?.items).toEqual(['Write one now']);
    expect(fake.state.shown).toEqual([]);
  });
});

describe('Open dashboard', () => {
  it("focuses the view through VS Code's own focus command", async () => {
    s = await start();
    await run(COMMANDS.openDashboard);
    expect(fake.state.executed.map((e) => e.command)).toContain('selftrust.dashboard.focus');
  });
});
