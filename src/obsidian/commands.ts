/**
 * What every command does. Writes happen only here, on a user's request: a new note never
 * overwrites one (a free name is picked), and a promise's log changes by one targeted edit of its
 * `kept` or `skipped` list (core/edit/log-promise.ts), applied by the store: through the note's
 * editor when it is open (the cursor, folds and unsaved typing stay), through vault.process otherwise
 * (processFrontMatter would rewrite the whole block and drop the user's comments). Each log that
 * changed the note is told in a notice with an Undo button.
 */
import { MarkdownView, Notice, normalizePath, TFile, type Editor, type Plugin } from 'obsidian';
import { EXERCISES } from '../core/catalog/exercises';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { DashboardModel } from '../core/dashboard/model';
import { isDay, type Day } from '../core/day';
import {
  dayPhrase,
  dayRefusal,
  logPromiseDay,
  missedDayRefusal,
  MISSED_DAY_HINT,
  NO_WORDS_REASON,
  recentDays,
  restoreDayWords,
  restoredWordsSentence,
  rewordedSentence,
  todaysSlipOrMissedSentence,
  type LogOutcome,
  type PromiseLogAction,
  type RecentDay,
} from '../core/edit/log-promise';
import { freePromiseNotePath } from '../core/edit/promise-note-name';
import { promiseFieldsFrom } from '../core/edit/new-promise-fields';
import type { Entry, ExerciseId } from '../core/entry';
import { notesInScope } from '../core/index/vault-scope';
import { hasOwnWords } from '../core/parse/own-words';
import { firstFieldToFill } from '../core/templates/first-field';
import { notePathFor, renderExercise } from '../core/templates/render';
import { hasFrontmatter, splitFrontmatter } from './note-text';
import { planWeeklyReflection, reflectionText, type ReflectionPlan } from '../core/summary/weekly-reflection';
import { firstNoteDay, sessionSummary, summaryNotePath } from '../core/summary/session-summary';
import { summaryPeriods } from '../core/summary/summary-options';
import { SessionSummaryModal, type SummaryChoice } from './summary-modal';
import type { PracticeHost } from './practice-host';
import { NotUtf8NoteError } from './vault-adapter';
import { DaySuggestModal, ExerciseSuggestModal, PromiseSuggestModal } from './suggest-modals';
import { NewPromiseModal } from './promise-modal';
import { DayWordsModal } from './day-words-modal';

export const VIEW_TYPE_DASHBOARD = 'self-trust-dashboard';

/** How long a log's notice (and its Undo button) stays: longer than Obsidian's default, to reach Undo. */
export const LOG_NOTICE_MS = 10_000;

/** The action that takes back what a log action did; none for an undo. */
const UNDO: Partial<Record<PromiseLogAction, PromiseLogAction>> = {
  keep: 'undo-keep',
  'keep-again': 'undo-keep',
  rest: 'undo-rest',
  slip: 'undo-slip',
  missed: 'undo-missed',
};

/** The log commands of the palette: each picks a promise, then asks for words. */
type PaletteLog = Extract<PromiseLogAction, 'keep' | 'rest' | 'slip' | 'missed'>;

const PICK_PLACEHOLDER: Record<PaletteLog, string> = {
  keep: 'Which promise did you keep today?',
  rest: 'Which promise rests today?',
  slip: 'Which promise had a slip today?',
  missed: 'Which promise did something get in the way of?',
};

const NO_ACTIVE_PROMISE = 'You have no active promise yet. The small promise exercise helps you make one, small enough to keep.';

const NO_AT_MOST_PROMISE =
  'You have no active promise to do something at most a few times, or never. To make one, start a small promise and choose "I won\'t (at most a few times)".';

const MISSED_DAY_PLACEHOLDER = 'Which day? Today, a day before it, or type a day as YYYY-MM-DD';

function couldNotUpdate(path: string, reason: string): string {
  return `Could not update "${path}": ${reason}`;
}

export class PracticeCommands {
  constructor(private readonly host: PracticeHost) {}

  /** The dashboard model for today; built on demand, never at load. */
  model(): DashboardModel {
    return buildDashboard(this.host.index, this.host.clock.today(), this.host.settings());
  }

  /**
   * Creates today's note for an exercise from its template (the user's own first) and opens it. A
   * weekly reflection goes through startWeeklyReflection: one per week, with the week's roll-up. A
   * small promise is asked first (makePromise) and named after its words, not dated. Resolves with
   * the path, or undefined when the person closed the promise's form.
   */
  async startExercise(id: ExerciseId): Promise<string | undefined> {
    if (id === 'weekly-reflection') return this.startWeeklyReflection();
    if (id === 'small-promise') return this.makePromise();
    return this.createExercise(id);
  }

  private async createExercise(id: ExerciseId, plan?: ReflectionPlan): Promise<string> {
    const today = this.host.clock.today();
    const rendered = await this.noteText(id, today, plan);
    // The cursor goes to the first field to fill (a promise's `promise: `), not to line 1. A weekly
    // reflection opens on the week's roll-up, to read first (and stays the text every host writes).
    const first = plan ? null : firstFieldToFill(rendered);
    const text = first?.text ?? rendered;
    const path = await this.host.store.create(notePathFor(this.host.settings(), id, today), text);
    this.host.live.noteWritten(path, text);
    await this.openNote(path);
    const view = this.host.app.workspace.getActiveViewOfType(MarkdownView);
    if (first && view?.file?.path === path) view.editor.setCursor({ line: first.line, ch: first.ch });
    return path;
  }

  /**
   * Asks for the promise first (its words, do or won't, how often, from when), then makes the note
   * named after it (freePromiseNotePath: never an overwrite, never a name that reads as a sync copy)
   * and opens it. Resolves with the path, or undefined when the person closed the form.
   */
  makePromise(): Promise<string | undefined> {
    return new Promise((resolve) => {
      new NewPromiseModal(this.host.app, promiseFieldsFrom, (fields) => {
        if (!fields) {
          resolve(undefined);
          return;
        }
        // A failure is told in a notice by guard; the caller then hears undefined, never waits on.
        void this.guard(async () => resolve(await this.createPromise(fields))).then(() => resolve(undefined));
      }).open();
    });
  }

  /** Writes a new promise note from checked fields (promiseFieldsFrom), named after the promise. */
  async createPromise(fields: Record<string, string | string[]>): Promise<string> {
    const settings = this.host.settings();
    const today = this.host.clock.today();
    const text = renderExercise('small-promise', { date: today, weekStart: settings.weekStart, fields }, await this.userTemplate('small-promise'));
    const { vault } = this.host.app;
    const taken = (p: string): boolean => vault.getAbstractFileByPath(normalizePath(p)) !== null;
    const path = await this.host.store.create(freePromiseNotePath(settings, String(fields.promise ?? ''), today, taken), text);
    this.host.live.noteWritten(path, text);
    await this.openNote(path);
    return path;
  }

  /** Asks which exercise, then puts its template at the cursor. */
  chooseExerciseToInsert(editor: Editor): void {
    new ExerciseSuggestModal(this.host.app, (exercise) => {
      void this.guard(() => this.insertExercise(editor, exercise.id));
    }).open();
  }

  /**
   * Inserts a template at the cursor. A note keeps a single frontmatter block: when it has one, only
   * the template's body goes in; when it has none, the template's frontmatter goes to the top.
   */
  async insertExercise(editor: Editor, id: ExerciseId): Promise<void> {
    const rendered = splitFrontmatter(await this.noteText(id, this.host.clock.today()));
    const cursor = editor.getCursor();
    if (hasFrontmatter(editor.getValue())) {
      editor.replaceSelection(rendered.body);
    } else if (cursor.line === 0 && cursor.ch === 0) {
      editor.replaceSelection(rendered.frontmatter + rendered.body);
    } else {
      editor.replaceSelection(rendered.body);
      editor.replaceRange(rendered.frontmatter, { line: 0, ch: 0 });
    }
  }

  /**
   * Asks which active promise, each shown with its streak, then a few words, then records today's keep,
   * rest day or slip on it. A slip is offered only the "I won't…" promises; a note on what got in the way
   * only the promises to do something, and asks the day first (noteMissedDay).
   */
  choosePromise(action: PaletteLog): void {
    const fits = (p: { aim?: string }): boolean => (action === 'slip' ? p.aim === 'at-most' : action === 'missed' ? p.aim !== 'at-most' : true);
    const active = this.model().promises.filter((p) => p.status === 'active' && fits(p));
    if (active.length === 0) {
      new Notice(action === 'slip' ? NO_AT_MOST_PROMISE : NO_ACTIVE_PROMISE);
      return;
    }
    new PromiseSuggestModal(this.host.app, active, PICK_PLACEHOLDER[action], (card) => {
      if (action === 'missed') this.noteMissedDay(card.path);
      else this.askDayWords(card.promise, action, (words) => void this.guard(() => this.logPromise(card.path, action, words)));
    }).open();
  }

  /**
   * "Note what got in the way" after the promise is picked: which day (today first, then the days
   * before it; a day typed as YYYY-MM-DD too), checked by the core before any words are asked (a day
   * to come, a paused promise or a day kept in full is refused with the core's sentence), then the
   * words, required, then the note is written with action 'missed' on that day. It changes no number.
   */
  noteMissedDay(path: string): void {
    const entry = this.host.index.get(path)?.entry;
    if (entry?.kind !== 'small-promise') {
      new Notice(`"${path}" is no longer a small promise, so nothing was noted.`);
      return;
    }
    const today = this.host.clock.today();
    const typed = (text: string): RecentDay | undefined =>
      isDay(text) ? { day: text, name: text, listed: dayRefusal(entry, text, today)?.reason ?? '' } : undefined;
    new DaySuggestModal(this.host.app, recentDays(entry, today), typed, MISSED_DAY_PLACEHOLDER, (choice) => {
      void this.guard(async () => {
        const refused = missedDayRefusal(path, await this.host.store.read(path), choice.day, today);
        if (refused) {
          new Notice(couldNotUpdate(path, refused.reason));
          return;
        }
        const ask = {
          title: `What got in the way of "${entry.promise.trim()}" ${dayPhrase(choice.day, today)}?`,
          question: 'A few words on what got in the way',
          placeholder: 'too tired after the late shift',
          action: 'Note it',
          required: { hint: MISSED_DAY_HINT, problem: NO_WORDS_REASON },
        };
        new DayWordsModal(this.host.app, ask, (words) => {
          if (words) void this.guard(() => this.logPromise(path, 'missed', words, choice.day));
        }).open();
      });
    }).open();
  }

  /**
   * Asks for a few optional words on the day (issue 12), then calls `log` with them (undefined when
   * left empty). Closing the prompt logs nothing.
   */
  private askDayWords(promise: string, action: Exclude<PaletteLog, 'missed'>, log: (words: string | undefined) => void): void {
    const ask =
      action === 'keep'
        ? { title: `Kept today: "${promise}"`, question: 'A few words for the day?', placeholder: 'walked with Sam', action: 'Log it' }
        : action === 'rest'
          ? { title: `Rest day for "${promise}"`, question: 'A few words on why?', placeholder: 'dentist', action: 'Mark the rest day' }
          : { title: `A slip on "${promise}"`, question: 'A few words on what happened? A slip is information, not a verdict.', placeholder: 'after the late shift', action: 'Log the slip' };
    new DayWordsModal(this.host.app, ask, (words) => {
      if (words !== null) log(words === '' ? undefined : words);
    }).open();
  }

  /**
   * Applies one log action to a day (today unless `day` says otherwise) on the promise's note (keep,
   * keep again, rest, a slip, what got in the way, or take one back) and changes nothing else in it.
   * A notice says what happened, with progress for a promise kept more than once a day, and offers
   * Undo when the note changed. Words that replaced others on a day already listed are named, and
   * their Undo gives them back (restoreWords) rather than taking the listing out. A note whose bytes
   * are not UTF-8 text is refused, unchanged.
   */
  async logPromise(path: string, action: PromiseLogAction, words?: string, day?: Day): Promise<void> {
    const today = this.host.clock.today();
    const on = day ?? today;
    const outcome = await this.editPromise(path, (text) => logPromiseDay(path, text, action, on, today, { words }));
    if (!outcome?.changed) {
      if (outcome) new Notice(logMessage(outcome, action, { day: on, today }));
      return;
    }
    const before = outcome.wordsBefore;
    const now = outcome.words ?? null;
    const inverse = UNDO[action];
    const undo =
      before !== undefined
        ? () => this.restoreWords(path, action, on, before, now)
        : inverse
          ? () => this.logPromise(path, inverse, undefined, on)
          : undefined;
    this.tell(logMessage(outcome, action, { day: on, today }), undo);
  }

  /**
   * The Undo of a log that changed the words on a day already listed: `words` (null: none) go back on
   * the day's listing in `action`'s list, as long as it still reads `now`; words written since are
   * left as they are, and the notice says so.
   */
  async restoreWords(path: string, action: PromiseLogAction, day: Day, words: string | null, now: string | null): Promise<void> {
    const outcome = await this.editPromise(path, (text) => restoreDayWords(path, text, action, day, words, now));
    if (outcome) new Notice(restoredWordsSentence(outcome, action, `"${outcome.promise.promise.trim()}"`, dayPhrase(day, this.host.clock.today())));
  }

  /**
   * Runs one edit of a promise's note through the store and tells the live index; a refusal, or a
   * note that is not UTF-8 text, is told in a notice and resolves undefined.
   */
  private async editPromise(path: string, edit: (text: string) => LogOutcome): Promise<Extract<LogOutcome, { ok: true }> | undefined> {
    let outcome: LogOutcome | undefined;
    try {
      await this.host.store.process(path, (text) => {
        outcome = edit(text);
        return outcome.ok && outcome.changed ? outcome.text : undefined;
      });
    } catch (e) {
      if (!(e instanceof NotUtf8NoteError)) throw e;
      new Notice(e.message, LOG_NOTICE_MS);
      return undefined;
    }
    if (!outcome) return undefined;
    if (!outcome.ok) {
      new Notice(couldNotUpdate(path, outcome.reason));
      return undefined;
    }
    if (outcome.changed) this.host.live.noteWritten(path, outcome.text);
    return outcome;
  }

  /** A log's notice, with an Undo button when it can be taken back; the notice stays LOG_NOTICE_MS. */
  private tell(message: string, undo: (() => Promise<void>) | undefined): void {
    if (!undo) {
      new Notice(message);
      return;
    }
    let notice: Notice | undefined;
    const fragment = createFragment((f) => {
      f.createSpan({ text: `${message} ` });
      const button = f.createEl('button', { text: 'Undo', cls: 'selftrust-notice-undo' });
      button.addEventListener(
        'click',
        () => {
          notice?.hide();
          void this.guard(undo);
        },
        { once: true },
      );
    });
    notice = new Notice(fragment, LOG_NOTICE_MS);
  }

  /**
   * Opens this week's reflection (the one the dashboard shows for the week), or writes it with the
   * week so far filled in: the same roll-up as every host writes (core/summary/weekly-reflection.ts).
   */
  async startWeeklyReflection(): Promise<string> {
    const today = this.host.clock.today();
    const plan = planWeeklyReflection(this.host.index.notes(), this.host.settings(), today, today);
    if (plan.existing !== null && this.host.app.vault.getAbstractFileByPath(normalizePath(plan.existing)) instanceof TFile) {
      await this.openNote(plan.existing);
      return plan.existing;
    }
    return this.createExercise('weekly-reflection', plan);
  }

  /** Asks for the period and the sections of a session summary, then writes it (writeSessionSummary). */
  prepareSessionSummary(): void {
    const settings = this.host.settings();
    const today = this.host.clock.today();
    const periods = summaryPeriods(today, settings.weekStart, firstNoteDay(this.host.index.notes(), settings));
    new SessionSummaryModal(this.host.app, periods, (choice) => {
      void this.guard(() => this.writeSessionSummary(choice));
    }).open();
  }

  /**
   * Writes a session summary for the chosen period and sections as a new note in the notes folder
   * (never over another) and opens it to be read over. Nothing is sent anywhere.
   */
  async writeSessionSummary(choice: SummaryChoice): Promise<string> {
    const settings = this.host.settings();
    const text = sessionSummary(this.host.index.notes(), settings, { ...choice, today: this.host.clock.today() });
    const path = await this.host.store.create(summaryNotePath(settings, choice.from, choice.to), text);
    await this.openNote(path);
    new Notice('Your summary is ready to read over. It stays in your vault: nothing was sent anywhere.');
    return path;
  }

  /** Opens the newest self-compassion letter. */
  /**
   * Opens the newest self-compassion letter that holds words of the person's own (hasOwnWords), never
   * an empty one fresh from the template while a written one exists. Letters are read newest first
   * (cachedRead), so only as many as needed; with only unwritten letters, the newest opens.
   */
  async rereadLetter(): Promise<void> {
    const settings = this.host.settings();
    const letters = notesInScope(this.host.index.notes(), settings)
      .map((n) => n.entry)
      .filter((e): e is Extract<Entry, { kind: 'self-compassion-letter' }> => e?.kind === 'self-compassion-letter')
      .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.path < b.path ? -1 : 1));
    const newest = letters[0];
    if (!newest) {
      new Notice(
        'There is no self-compassion letter yet. When you are ready, the self-compassion letter exercise helps you write one: a few kind words to come back to.',
      );
      return;
    }
    const own = await this.userTemplate('self-compassion-letter');
    for (const letter of letters) {
      const file = this.host.app.vault.getAbstractFileByPath(normalizePath(letter.path));
      if (!(file instanceof TFile)) continue;
      if (hasOwnWords(await this.host.app.vault.cachedRead(file), own)) {
        await this.openNote(letter.path);
        return;
      }
    }
    await this.openNote(newest.path);
    new Notice('Your letter is still waiting for its words. Write them when you are ready.');
  }

  async openDashboard(): Promise<void> {
    const { workspace } = this.host.app;
    let leaf = workspace.getLeavesOfType(VIEW_TYPE_DASHBOARD)[0];
    if (!leaf) {
      leaf = workspace.getRightLeaf(false) ?? workspace.getLeaf(true);
      await leaf.setViewState({ type: VIEW_TYPE_DASHBOARD, active: true });
    }
    await workspace.revealLeaf(leaf);
  }

  async openNote(path: string): Promise<void> {
    const file = this.host.app.vault.getAbstractFileByPath(normalizePath(path));
    if (!(file instanceof TFile)) {
      new Notice(`"${path}" is no longer in your vault.`);
      return;
    }
    await this.host.app.workspace.getLeaf(false).openFile(file);
  }

  /** Runs a command's work; a failure becomes a plain notice instead of a silent console error. */
  async guard(work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (e) {
      new Notice(`Self-trust practice: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  private async noteText(id: ExerciseId, today: Day, plan?: ReflectionPlan): Promise<string> {
    const settings = this.host.settings();
    const text = renderExercise(id, { date: today, weekStart: settings.weekStart }, await this.userTemplate(id));
    if (id !== 'weekly-reflection') return text;
    return reflectionText(text, plan ?? planWeeklyReflection(this.host.index.notes(), settings, today, today));
  }

  /** `<template folder>/<id>.md`, when the user keeps one. */
  private async userTemplate(id: ExerciseId): Promise<string | undefined> {
    const file = this.host.app.vault.getAbstractFileByPath(normalizePath(`${this.host.settings().templateFolder}/${id}.md`));
    return file instanceof TFile ? this.host.app.vault.cachedRead(file) : undefined;
  }

}

/**
 * What a log did, in one sentence for its notice: "Kept today: "Stretch" (1 of 2). Well done."
 * Progress shows for a promise asking more than one keep a day; words given to a day already listed
 * say what they replaced (rewordedSentence).
 */
export function logMessage(o: Extract<LogOutcome, { ok: true }>, action: PromiseLogAction, when?: { day: Day; today: Day }): string {
  const name = `"${o.promise.promise.trim()}"`;
  const reworded = rewordedSentence(o, action, name, when ? dayPhrase(when.day, when.today) : 'today');
  if (reworded) return reworded;
  const progress = o.target > 1 ? ` (${o.count} of ${o.target})` : '';
  switch (action) {
    case 'slip':
    case 'undo-slip':
    case 'missed':
    case 'undo-missed':
      return todaysSlipOrMissedSentence(o, action, name, when);
    case 'keep':
    case 'keep-again':
      if (o.changed) {
        if (o.target === 1 && o.count > 1) return `Kept again today: ${name} (${o.count} times today). Well done.`;
        return `Kept today: ${name}${progress}. Well done.`;
      }
      if (o.target > 1) return `${name} is already kept ${o.count} of ${o.target} times today; nothing changed.`;
      return o.promise.per === 'week'
        ? `Today is already logged as kept for ${name}; nothing changed. Kept it a second time today? Use "Kept again today" on the dashboard.`
        : `Today is already logged as kept for ${name}; nothing changed.`;
    case 'rest':
      return o.changed ? `Rest day marked for ${name}. A planned rest keeps your streak as it is.` : `Today is already a rest day for ${name}.`;
    case 'undo-keep':
      if (!o.changed) return `${name} has no keep today to take back; nothing changed.`;
      if (o.target > 1) return `Took back one keep of ${name} today${progress}.`;
      return o.count > 0 ? `Took back one keep of ${name} today (${o.count} left today).` : `Took back today's keep of ${name}.`;
    case 'undo-rest':
      return o.changed ? `Today is no longer a rest day for ${name}.` : `Today was not a rest day for ${name}; nothing changed.`;
  }
}

/** Every command; no default hotkeys (the user picks their own). */
export function registerCommands(plugin: Plugin, commands: PracticeCommands): void {
  // The promise is returned for whoever awaits commands (tests); Obsidian ignores it.
  const run = (work: () => Promise<unknown>) => () => commands.guard(work);
  for (const exercise of EXERCISES) {
    const start = run(() => commands.startExercise(exercise.id));
    plugin.addCommand({
      id: `start-${exercise.id}`,
      name: `Start exercise: ${exercise.title}`,
      // A small promise opens its form and returns: the note is written when the form is answered.
      callback: exercise.id === 'small-promise' ? () => void start() : start,
    });
  }
  plugin.addCommand({
    id: 'insert-exercise',
    name: 'Insert exercise here',
    editorCallback: (editor) => commands.chooseExerciseToInsert(editor),
  });
  plugin.addCommand({ id: 'log-kept-promise', name: 'Log a kept promise', callback: () => commands.choosePromise('keep') });
  plugin.addCommand({ id: 'mark-rest-day', name: 'Mark a rest day', callback: () => commands.choosePromise('rest') });
  plugin.addCommand({ id: 'log-slip', name: 'Log a slip', callback: () => commands.choosePromise('slip') });
  plugin.addCommand({ id: 'note-missed-day', name: 'Note what got in the way', callback: () => commands.choosePromise('missed') });
  plugin.addCommand({
    id: 'start-this-weeks-reflection',
    name: "Start this week's reflection",
    callback: run(() => commands.startWeeklyReflection()),
  });
  plugin.addCommand({
    id: 'reread-self-compassion-letter',
    name: 'Reread my self-compassion letter',
    callback: run(() => commands.rereadLetter()),
  });
  plugin.addCommand({ id: 'open-dashboard', name: 'Open self-trust dashboard', callback: run(() => commands.openDashboard()) });
  plugin.addCommand({ id: 'prepare-session-summary', name: 'Prepare a session summary', callback: () => commands.prepareSessionSummary() });
}
