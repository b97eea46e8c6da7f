import * as vscode from 'vscode';
import { EXERCISES } from '../core/catalog/exercises';
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
} from '../core/edit/log-promise';
import { freePromiseNotePath } from '../core/edit/promise-note-name';
import { askPromise, type PromiseQuestions } from './promise-questions';
import { allPromises } from '../core/edit/find-promise';
import type { Entry, ExerciseId, PromiseEntry } from '../core/entry';
import { notesInScope } from '../core/index/vault-scope';
import { hasOwnWords } from '../core/parse/own-words';
import type { Settings } from '../core/ports';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { PromiseCard } from '../core/dashboard/model';
import { firstFieldToFill } from '../core/templates/first-field';
import { notePathFor, renderExercise } from '../core/templates/render';
import { planWeeklyReflection, reflectionText, type ReflectionPlan } from '../core/summary/weekly-reflection';
import { firstNoteDay, sessionSummary, summaryNotePath } from '../core/summary/session-summary';
import { SUMMARY_SECTIONS, summaryPeriods } from '../core/summary/summary-options';
import type { DailyNotes } from './daily-notes';
import type { LiveIndex } from './live-index';
import { NotUtf8NoteError, type WorkspaceStore } from './workspace-store';

/** Command ids as contributed in package.json (a test keeps the two in step). */
export const COMMANDS = {
  startExercise: (id: ExerciseId): string => `selftrust.startExercise.${id}`,
  logPromise: 'selftrust.logPromise',
  markRestDay: 'selftrust.markRestDay',
  logSlip: 'selftrust.logSlip',
  noteMissedDay: 'selftrust.noteMissedDay',
  weeklyReflection: 'selftrust.startWeeklyReflection',
  rereadLetter: 'selftrust.rereadLetter',
  openDashboard: 'selftrust.openDashboard',
  sessionSummary: 'selftrust.prepareSessionSummary',
} as const;

export const VIEW_ID = 'selftrust.dashboard';
export const VIEW_CONTAINER_ID = 'selftrust';

/** The open vault: where notes are read and written, and its live index. */
export interface Vault {
  store: WorkspaceStore;
  live: LiveIndex;
  /** The daily notes' check-ins (issue 12, point 4): `daily.view` is the live index as the dashboard reads it. */
  daily: DailyNotes;
}

export interface CommandDeps {
  today(): Day;
  settings(): Settings;
  /** The vault, once read; undefined when no folder is open. */
  vault(): Promise<Vault | undefined>;
  log(line: string): void;
}

/** The log commands of the palette: each picks a promise, then asks for words. */
type PaletteLog = Extract<PromiseLogAction, 'keep' | 'rest' | 'slip' | 'missed'>;

/** The palette's logs whose words are optional (a missed day's are required). */
function asksOptionalWords(action: PromiseLogAction): action is Exclude<PaletteLog, 'missed'> {
  return action === 'keep' || action === 'rest' || action === 'slip';
}

const PICK: Record<PaletteLog, { title: string; placeHolder: string }> = {
  keep: { title: 'Log a kept promise', placeHolder: 'Which promise did you keep today?' },
  rest: { title: 'Mark a rest day', placeHolder: 'Which promise is resting today?' },
  slip: { title: 'Log a slip', placeHolder: 'Which promise had a slip today?' },
  missed: { title: 'Note what got in the way', placeHolder: 'Which promise did something get in the way of?' },
};

/** The optional words box after each pick: its title (after the promise's name), prompt and example. */
const DAY_WORDS: Record<Exclude<PaletteLog, 'missed'>, { title: string; prompt: string; placeHolder: string }> = {
  keep: { title: 'Kept today:', prompt: 'A few words for the day, if you like. Leave it empty to log without words.', placeHolder: 'walked with Sam' },
  rest: { title: 'Rest day for', prompt: 'A few words on why, if you like. Leave it empty to mark the rest day without words.', placeHolder: 'dentist' },
  slip: {
    title: 'A slip on',
    prompt: 'A few words on what happened, if you like. A slip is information, not a verdict. Leave it empty to log without words.',
    placeHolder: 'after the late shift',
  },
};

const NO_AT_MOST_PROMISE =
  'You have no active promise to do something at most a few times, or never. To make one, start a small promise and choose “I won’t do it”.';

/** The button on a log's message that takes it back. */
export const UNDO_ITEM = 'Undo';

/** The action that takes back what a log action did; none for an undo. */
const UNDO: Partial<Record<PromiseLogAction, PromiseLogAction>> = {
  keep: 'undo-keep',
  'keep-again': 'undo-keep',
  rest: 'undo-rest',
  slip: 'undo-slip',
  missed: 'undo-missed',
};

/** Said after a log when the note is open with unsaved changes (the edit went into its editor). */
const UNSAVED = ' The note is open with unsaved changes, so save it when you are ready.';

const NO_FOLDER = 'Open a folder first: Self-Trust keeps its notes in your workspace folder.';

function quoted(text: string): string {
  return `“${text}”`;
}

/** "3-day streak", "2-week streak", or a kind word when there is none yet. */
export function streakText(card: Pick<PromiseCard, 'currentStreak' | 'streakUnit'>): string {
  if (card.currentStreak === 0) return 'ready for a fresh start';
  return `${card.currentStreak}-${card.streakUnit} streak`;
}

/** The user-facing commands, shared by the palette, the dashboard's buttons and tests. */
export class SelfTrustCommands {
  constructor(private readonly deps: CommandDeps) {}

  register(): vscode.Disposable[] {
    const run =
      <A extends unknown[]>(fn: (...args: A) => Promise<unknown>) =>
      (...args: A): Promise<unknown> =>
        fn(...args).catch((error: unknown) => this.report(error));
    return [
      ...EXERCISES.map((e) => vscode.commands.registerCommand(COMMANDS.startExercise(e.id), run(() => this.startExercise(e.id)))),
      vscode.commands.registerCommand(COMMANDS.logPromise, run((path?: string) => this.logPromise(typeof path === 'string' ? path : undefined, 'keep'))),
      vscode.commands.registerCommand(COMMANDS.markRestDay, run((path?: string) => this.logPromise(typeof path === 'string' ? path : undefined, 'rest'))),
      vscode.commands.registerCommand(COMMANDS.logSlip, run((path?: string) => this.logPromise(typeof path === 'string' ? path : undefined, 'slip'))),
      vscode.commands.registerCommand(COMMANDS.noteMissedDay, run((path?: string) => this.noteMissedDay(typeof path === 'string' ? path : undefined))),
      vscode.commands.registerCommand(COMMANDS.weeklyReflection, run(() => this.weeklyReflection())),
      vscode.commands.registerCommand(COMMANDS.rereadLetter, run(() => this.rereadLetter())),
      vscode.commands.registerCommand(COMMANDS.openDashboard, run(() => this.openDashboard())),
      vscode.commands.registerCommand(COMMANDS.sessionSummary, run(() => this.prepareSessionSummary())),
    ];
  }

  /** A command's failure, in the output channel and as a plain message instead of a silent console error. */
  private report(error: unknown): void {
    const text = error instanceof Error ? error.message : String(error);
    this.deps.log(`Error: ${text}`);
    void vscode.window.showErrorMessage(`Self-Trust: ${text}`);
  }

  private async requireVault(): Promise<Vault | undefined> {
    const vault = await this.deps.vault();
    if (!vault) void vscode.window.showInformationMessage(NO_FOLDER);
    return vault;
  }

  /**
   * Creates a note from the exercise's template (the user's own when there is one) and opens it. A
   * weekly reflection goes through weeklyReflection: one per week, with the week's roll-up; a small
   * promise through makePromise: asked first, named after its words.
   */
  async startExercise(id: ExerciseId): Promise<string | undefined> {
    if (id === 'weekly-reflection') return this.weeklyReflection();
    if (id === 'small-promise') return this.makePromise();
    const vault = await this.requireVault();
    if (!vault) return undefined;
    return this.createExercise(vault, id);
  }

  private async createExercise(vault: Vault, id: ExerciseId, plan?: ReflectionPlan): Promise<string> {
    const settings = this.deps.settings();
    const today = this.deps.today();
    const override = await this.userTemplate(vault.store, settings, id);
    const rendered = renderExercise(id, { date: today, weekStart: settings.weekStart }, override);
    const made = plan ? reflectionText(rendered, plan) : rendered;
    // The cursor goes to the first field to fill (a promise's `promise: `), not to line 1. A weekly
    // reflection opens on the week's roll-up, to read first (and stays the text every host writes).
    const first = plan ? null : firstFieldToFill(made);
    const text = first?.text ?? made;
    const path = await vault.store.create(notePathFor(settings, id, today), text);
    this.deps.log(`Created ${path}${override === undefined ? '' : ' from your template'}.`);
    await vault.live.refresh(path);
    await this.openNote(path, first ? new vscode.Position(first.line, first.ch) : undefined);
    return path;
  }

  /**
   * Asks for the promise first, in input boxes (its words, do or won't, how often, a day or a week,
   * from when), then makes the note named after it (freePromiseNotePath: never an overwrite, never a
   * name that reads as a sync copy) and opens it. Undefined when the person pressed Escape.
   */
  async makePromise(questions: PromiseQuestions = vscode.window): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    const fields = await askPromise(questions);
    if (!fields) return undefined;
    const settings = this.deps.settings();
    const today = this.deps.today();
    const override = await this.userTemplate(vault.store, settings, 'small-promise');
    const text = renderExercise('small-promise', { date: today, weekStart: settings.weekStart, fields }, override);
    // Names in use, asked of the disk (a promise's name is free unless a note holds it).
    const taken = new Set<string>();
    let wanted = freePromiseNotePath(settings, String(fields.promise ?? ''), today, (p) => taken.has(p));
    while (await vault.store.exists(wanted)) {
      taken.add(wanted);
      wanted = freePromiseNotePath(settings, String(fields.promise ?? ''), today, (p) => taken.has(p));
    }
    const path = await vault.store.create(wanted, text);
    this.deps.log(`Created ${path}.`);
    await vault.live.refresh(path);
    await this.openNote(path);
    return path;
  }

  private async userTemplate(store: WorkspaceStore, settings: Settings, id: ExerciseId): Promise<string | undefined> {
    if (settings.templateFolder === '') return undefined;
    const path = `${settings.templateFolder}/${id}.md`;
    return (await store.exists(path)) ? store.read(path) : undefined;
  }

  /** Opens a note in an editor, with the cursor at `at` when given. */
  async openNote(path: string, at?: vscode.Position): Promise<void> {
    const vault = await this.requireVault();
    if (!vault) return;
    await vscode.window.showTextDocument(vault.store.uriOf(path), { preview: false, selection: at ? new vscode.Range(at, at) : undefined });
  }

  /**
   * Applies one log action to a day (today unless `day` says otherwise) on a promise's note (keep,
   * keep again, rest, a slip, what got in the way, or take one back) with one targeted edit. Without
   * a path, the user picks among the active promises the action fits, then may add a few words. The
   * message after a change offers Undo. Words that replaced others on a day already listed are named,
   * and their Undo gives them back (restoreWords) rather than taking the listing out. A note whose
   * bytes are not UTF-8 text is refused, unchanged. Returns whether the note changed.
   */
  async logPromise(path: string | undefined, action: PromiseLogAction, words?: string, day?: Day): Promise<boolean> {
    const vault = await this.requireVault();
    if (!vault) return false;
    await vault.live.ready;
    const today = this.deps.today();
    const on = day ?? today;
    // A note named by path is judged by its text as it is now (logPromiseDay reads it again): the
    // index may not have heard of an edit yet, and holds no draft.
    const picked = path === undefined && asksOptionalWords(action) ? await this.pickPromise(vault, action) : undefined;
    const target = path ?? picked?.path;
    if (target === undefined) return false;
    if (picked && words === undefined && asksOptionalWords(action)) {
      const typed = await this.askDayWords(picked, action);
      if (typed === undefined) return false;
      words = typed === '' ? undefined : typed;
    }
    if (!findByPath(vault, target) && !(await vault.store.exists(target))) {
      void vscode.window.showWarningMessage(notAPromise(vault, target));
      return false;
    }
    const done = await this.editPromise(vault, target, (text) => logPromiseDay(target, text, action, on, today, { words }));
    if (!done) return false;
    const { outcome, written } = done;
    const when = { day: on, today };
    if (!outcome.changed) {
      void vscode.window.showInformationMessage(logMessage(outcome, action, when));
      return false;
    }
    let text: string;
    if (written === 'unsaved') {
      text = `${logMessage(outcome, action, when)}${UNSAVED}`;
    } else {
      const card = this.cards(vault).find((c) => c.path === target);
      const kept = (action === 'keep' || action === 'keep-again') && outcome.wordsBefore === undefined;
      text = logMessage(outcome, action, when) + (card && kept && card.currentStreak > 0 ? ` ${capitalise(streakText(card))}.` : '');
    }
    const before = outcome.wordsBefore;
    const now = outcome.words ?? null;
    const inverse = UNDO[action];
    this.offerUndo(
      text,
      before !== undefined
        ? () => this.restoreWords(target, action, on, before, now)
        : inverse
          ? () => this.logPromise(target, inverse, undefined, on)
          : undefined,
    );
    return true;
  }

  /**
   * The Undo of a log that changed the words on a day already listed: `words` (null: none) go back on
   * the day's listing in `action`'s list, as long as it still reads `now`; words written since are
   * left as they are, and the message says so. Returns whether the note changed.
   */
  async restoreWords(path: string, action: PromiseLogAction, day: Day, words: string | null, now: string | null): Promise<boolean> {
    const vault = await this.requireVault();
    if (!vault) return false;
    const done = await this.editPromise(vault, path, (text) => restoreDayWords(path, text, action, day, words, now));
    if (!done) return false;
    const said = restoredWordsSentence(done.outcome, action, quoted(done.outcome.promise.promise.trim()), dayPhrase(day, this.deps.today()), quoted);
    void vscode.window.showInformationMessage(done.written === 'unsaved' && done.outcome.changed ? `${said}${UNSAVED}` : said);
    return done.outcome.changed;
  }

  /**
   * Runs one edit of a promise's note through the store; a refusal, or a note that is not UTF-8
   * text, is told in a warning and resolves undefined. A note written to disk is read again into the
   * live index before this resolves, so the dashboard and the message agree.
   */
  private async editPromise(
    vault: Vault,
    path: string,
    edit: (text: string) => LogOutcome,
  ): Promise<{ outcome: Extract<LogOutcome, { ok: true }>; written: Awaited<ReturnType<WorkspaceStore['processNote']>> } | undefined> {
    let outcome: LogOutcome | undefined;
    let written: Awaited<ReturnType<WorkspaceStore['processNote']>>;
    try {
      written = await vault.store.processNote(path, (text) => {
        outcome = edit(text);
        return outcome.ok && outcome.changed ? outcome.text : undefined;
      });
    } catch (error) {
      if (!(error instanceof NotUtf8NoteError)) throw error;
      void vscode.window.showWarningMessage(`Self-Trust: ${error.message}`);
      return undefined;
    }
    if (!outcome) return undefined;
    if (!outcome.ok) {
      void vscode.window.showWarningMessage(
        outcome.why === 'not-a-promise' ? `Self-Trust could not read ${path}, so nothing was logged: ${outcome.reason}` : couldNotUpdate(path, outcome.reason),
      );
      return undefined;
    }
    if (outcome.changed && written !== 'unsaved') await vault.live.refresh(path);
    return { outcome, written };
  }

  /**
   * "Note what got in the way": a few words on a day a promise was not kept, written with action
   * 'missed' (they change no number). Without a path, the person picks among the active promises to
   * do something; then the day (today first, the days before it, or another day typed and checked as
   * typed), which the core checks before any words are asked (a paused promise or a day kept in full
   * is refused with the core's sentence); then the words, required. Returns whether the note changed.
   */
  async noteMissedDay(path?: string): Promise<boolean> {
    const vault = await this.requireVault();
    if (!vault) return false;
    await vault.live.ready;
    const promise = path === undefined ? await this.pickPromise(vault, 'missed') : findByPath(vault, path);
    if (path !== undefined && !promise) {
      void vscode.window.showWarningMessage(notAPromise(vault, path));
      return false;
    }
    if (!promise) return false;
    const today = this.deps.today();
    const day = await pickMissedDay(promise, today);
    if (day === undefined) return false;
    let refused: ReturnType<typeof missedDayRefusal>;
    try {
      refused = missedDayRefusal(promise.path, await vault.store.read(promise.path), day, today);
    } catch (error) {
      if (!(error instanceof NotUtf8NoteError)) throw error;
      void vscode.window.showWarningMessage(`Self-Trust: ${error.message}`);
      return false;
    }
    if (refused) {
      void vscode.window.showWarningMessage(couldNotUpdate(promise.path, refused.reason));
      return false;
    }
    const words = await vscode.window.showInputBox({
      title: `What got in the way of ${quoted((promise.promise || promise.path).trim())} ${dayPhrase(day, today)}?`,
      prompt: `A few words on what got in the way. ${MISSED_DAY_HINT}`,
      placeHolder: 'too tired after the late shift',
      ignoreFocusOut: true,
      validateInput: (value) => (value.trim() === '' ? NO_WORDS_REASON : undefined),
    });
    if (words === undefined) return false;
    return this.logPromise(promise.path, 'missed', words.trim(), day);
  }

  /**
   * A few optional words for the day (issue 12): "walked with Sam", "dentist", "after the late shift".
   * Empty logs the day without words; Escape (undefined) logs nothing, as Escape in the pick does.
   */
  private async askDayWords(promise: PromiseEntry, action: Exclude<PaletteLog, 'missed'>): Promise<string | undefined> {
    const ask = DAY_WORDS[action];
    const typed = await vscode.window.showInputBox({
      title: `${ask.title} ${quoted((promise.promise || promise.path).trim())}`,
      prompt: ask.prompt,
      placeHolder: ask.placeHolder,
      ignoreFocusOut: true,
    });
    return typed?.trim();
  }

  /**
   * Shows what a log did, with Undo when it can be taken back; choosing Undo runs `undo` (the matching
   * undo action on the same day, or the words given back).
   */
  private offerUndo(text: string, undo: (() => Promise<unknown>) | undefined): void {
    if (!undo) {
      void vscode.window.showInformationMessage(text);
      return;
    }
    void Promise.resolve(vscode.window.showInformationMessage(text, UNDO_ITEM))
      .then((answer) => (answer === UNDO_ITEM ? undo() : undefined))
      .catch((error: unknown) => this.report(error));
  }

  private cards(vault: Vault): PromiseCard[] {
    return buildDashboard(vault.daily.view, this.deps.today(), this.deps.settings()).promises;
  }

  /**
   * The palette's pick among the active promises the action fits: a slip only the "I won't…" ones, a
   * note on what got in the way only the promises to do something. With none, says so kindly and
   * offers to start one.
   */
  private async pickPromise(vault: Vault, action: PaletteLog): Promise<PromiseEntry | undefined> {
    const fits = (p: PromiseEntry): boolean => (action === 'slip' ? p.aim === 'at-most' : action === 'missed' ? p.aim !== 'at-most' : true);
    const active = allPromises(vault.live.index, this.deps.settings()).filter((p) => p.status === 'active' && fits(p));
    if (active.length === 0) {
      const start = 'Start a small promise';
      const none = action === 'slip' ? NO_AT_MOST_PROMISE : 'You have no active promises yet. A small one is a good place to begin.';
      const answer = await vscode.window.showInformationMessage(none, start);
      if (answer === start) await this.startExercise('small-promise');
      return undefined;
    }
    const cards = new Map(this.cards(vault).map((c) => [c.path, c]));
    const items = active.map((p) => {
      const card = cards.get(p.path);
      const today = !card ? '' : action === 'keep' && card.keptToday ? ' · kept today' : action === 'rest' && card.restToday ? ' · resting today' : '';
      return {
        // VS Code filters the items itself, by code unit: NFC so a name macOS saved decomposed matches what is typed.
        label: (p.promise || p.path).normalize('NFC'),
        description: card ? streakText(card) + today : '',
        detail: p.path.normalize('NFC'),
        promise: p,
      };
    });
    const picked = await vscode.window.showQuickPick(items, { ...PICK[action], matchOnDetail: true });
    return picked?.promise;
  }

  /**
   * Opens this week's reflection (the one the dashboard shows for the week) instead of making a
   * second, or writes a new one with the week so far filled in: the same roll-up as every host
   * writes (core/summary/weekly-reflection.ts).
   */
  async weeklyReflection(): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    await vault.live.ready;
    const today = this.deps.today();
    const plan = planWeeklyReflection(vault.daily.view.notes(), this.deps.settings(), today, today);
    if (plan.existing === null) return this.createExercise(vault, 'weekly-reflection', plan);
    await this.openNote(plan.existing);
    return plan.existing;
  }

  /** Opens the newest self-compassion letter, or offers to write the first one. */
  /**
   * Opens the newest self-compassion letter that holds words of the person's own (hasOwnWords), never
   * an empty one fresh from the template while a written one exists. With only unwritten letters, the
   * newest opens so it can be written; with none, it offers to start one.
   */
  async rereadLetter(): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    await vault.live.ready;
    const settings = this.deps.settings();
    const letters = notesInScope(vault.live.index.notes(), settings)
      .map((n) => n.entry)
      .filter((e): e is Extract<Entry, { kind: 'self-compassion-letter' }> => e?.kind === 'self-compassion-letter')
      .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.path < b.path ? 1 : -1));
    if (letters.length > 0) {
      const own = await this.userTemplate(vault.store, settings, 'self-compassion-letter').catch(() => undefined);
      for (const letter of letters) {
        const text = await vault.store.read(letter.path).catch(() => undefined);
        if (text !== undefined && hasOwnWords(text, own)) {
          await this.openNote(letter.path);
          return letter.path;
        }
      }
      const newest = letters[0] as { path: string };
      await this.openNote(newest.path);
      void vscode.window.showInformationMessage('Your letter is still waiting for its words. Write them when you are ready.');
      return newest.path;
    }
    const write = 'Write one now';
    const answer = await vscode.window.showInformationMessage(
      'You have not written a self-compassion letter yet. It is a letter to yourself, as a caring friend would write it.',
      write,
    );
    return answer === write ? this.startExercise('self-compassion-letter') : undefined;
  }

  /**
   * "Prepare a session summary": quick picks for the period and the sections (all chosen to begin
   * with), then the summary is written as a new note in the notes folder (never over another) and
   * opened to be read over. Nothing is sent anywhere. Returns the note's path, or undefined when the
   * person pressed Escape.
   */
  async prepareSessionSummary(): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    await vault.live.ready;
    const settings = this.deps.settings();
    const today = this.deps.today();
    const periods = summaryPeriods(today, settings.weekStart, firstNoteDay(vault.daily.view.notes(), settings));
    const choose = { label: CHOOSE_DAYS, description: 'from one day to another', period: null };
    const period = await vscode.window.showQuickPick(
      [...periods.map((p) => ({ label: p.label, description: `${p.from} to ${p.to}`, period: { from: p.from, to: p.to } })), choose],
      { title: 'Prepare a session summary (1/2)', placeHolder: 'Which period should the summary cover?' },
    );
    if (!period) return undefined;
    const days = period.period ?? (await askSummaryDays(periods.find((p) => p.id === 'last-4-weeks'), today));
    if (!days) return undefined;
    const picked = await vscode.window.showQuickPick(
      SUMMARY_SECTIONS.map((section) => ({ label: section.title, description: section.hint, picked: true, id: section.id })),
      {
        title: 'Prepare a session summary (2/2)',
        placeHolder: 'What should it include? It is written as a note for you to read over; nothing is sent anywhere.',
        canPickMany: true,
      },
    );
    if (!picked || picked.length === 0) return undefined;
    const { from, to } = days;
    const text = sessionSummary(vault.daily.view.notes(), settings, { from, to, sections: picked.map((p) => p.id), today });
    const path = await vault.store.create(summaryNotePath(settings, from, to), text);
    this.deps.log(`Created ${path}.`);
    await this.openNote(path);
    void vscode.window.showInformationMessage('Your summary is ready to read over. It stays in your folder: nothing was sent anywhere.');
    return path;
  }

  async openDashboard(): Promise<void> {
    // Every view gets a `<id>.focus` command from VS Code; it opens the container and the view.
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  }
}

const CHOOSE_DAYS = 'Choose the days…';

const ANOTHER_DAY = 'Another day…';

/** An input box's check of a typed day: undefined when it is one, or how to write one. */
function notADay(value: string): string | undefined {
  return isDay(value.trim()) ? undefined : 'A day as YYYY-MM-DD, for example 2026-11-02.';
}

/**
 * Which day got in the way: a quick pick of today (chosen to begin with) and the days before it, each
 * with what its note lists, and "Another day…" to type one, checked as it is typed (a day to come or
 * before the promise's start is refused in the core's words). Undefined when the person pressed Escape.
 */
async function pickMissedDay(promise: PromiseEntry, today: Day): Promise<Day | undefined> {
  const name = quoted((promise.promise || promise.path).trim());
  const days: (vscode.QuickPickItem & { day: Day | null })[] = recentDays(promise, today).map((d) => ({
    label: d.name,
    description: [d.day, d.listed].filter((t) => t !== '').join(' · '),
    day: d.day,
  }));
  const picked = await vscode.window.showQuickPick([...days, { label: ANOTHER_DAY, description: 'type it as YYYY-MM-DD', day: null }], {
    title: `Note what got in the way: ${name}`,
    placeHolder: 'Which day? A missed day is mostly noted after the fact.',
  });
  if (!picked) return undefined;
  if (picked.day !== null) return picked.day;
  const typed = await vscode.window.showInputBox({
    title: `Note what got in the way: ${name}`,
    prompt: `The day it got in the way (YYYY-MM-DD), up to today, ${today}.`,
    placeHolder: 'YYYY-MM-DD',
    ignoreFocusOut: true,
    validateInput: (value) => notADay(value) ?? dayRefusal(promise, value.trim() as Day, today)?.reason,
  });
  return typed === undefined ? undefined : (typed.trim() as Day);
}

/**
 * The session summary's own period: From, then To, each a YYYY-MM-DD day checked as it is typed
 * (To not before From), so the note is never asked for a period that cannot be. `suggested` fills
 * the boxes to begin with. Undefined when the person pressed Escape.
 */
async function askSummaryDays(suggested: { from: Day; to: Day } | undefined, today: Day): Promise<{ from: Day; to: Day } | undefined> {
  const fromText = await vscode.window.showInputBox({
    title: 'Prepare a session summary: from',
    prompt: 'The first day the summary covers (YYYY-MM-DD).',
    value: suggested?.from ?? today,
    placeHolder: 'YYYY-MM-DD',
    ignoreFocusOut: true,
    validateInput: notADay,
  });
  if (fromText === undefined) return undefined;
  const from = fromText.trim() as Day;
  const toText = await vscode.window.showInputBox({
    title: 'Prepare a session summary: to',
    prompt: `The last day the summary covers (YYYY-MM-DD), from ${from} on.`,
    value: suggested && suggested.to >= from ? suggested.to : from,
    placeHolder: 'YYYY-MM-DD',
    ignoreFocusOut: true,
    validateInput: (value) => notADay(value) ?? (value.trim() < from ? `The period must end on or after ${from}, its first day.` : undefined),
  });
  if (toText === undefined) return undefined;
  return { from, to: toText.trim() as Day };
}

function findByPath(vault: Vault, path: string): PromiseEntry | undefined {
  const entry = vault.live.index.get(path)?.entry;
  return entry?.kind === 'small-promise' ? entry : undefined;
}

function couldNotUpdate(path: string, reason: string): string {
  return `Self-Trust could not update ${path}: ${reason}`;
}

function notAPromise(vault: Vault, path: string): string {
  const problem = vault.live.index.get(path)?.problems[0];
  return problem
    ? `Self-Trust could not read ${path}, so nothing was logged: ${problem.message}`
    : `Self-Trust: ${path} is not a small-promise note, so nothing was logged.`;
}

/**
 * What a log did, in one sentence: "Well done: “Stretch” kept today (1 of 2)." Progress shows for
 * a promise asking more than one keep a day; a second press on a once-a-day promise says it is
 * already logged; words given to a day already listed say what they replaced (rewordedSentence).
 */
export function logMessage(o: Extract<LogOutcome, { ok: true }>, action: PromiseLogAction, when?: { day: Day; today: Day }): string {
  const name = quoted(o.promise.promise.trim());
  const reworded = rewordedSentence(o, action, name, when ? dayPhrase(when.day, when.today) : 'today', quoted);
  if (reworded) return reworded;
  const progress = o.target > 1 ? ` (${o.count} of ${o.target})` : '';
  switch (action) {
    case 'slip':
    case 'undo-slip':
    case 'missed':
    case 'undo-missed':
      return todaysSlipOrMissedSentence(o, action, name, when, quoted);
    case 'keep':
    case 'keep-again':
      if (o.changed) {
        if (o.target === 1 && o.count > 1) return `Well done: ${name} kept again today (${o.count} times today).`;
        return `Well done: ${name} kept today${progress}.`;
      }
      if (o.target > 1) return `${name} is already kept ${o.count} of ${o.target} times today; nothing changed.`;
      return o.promise.per === 'week'
        ? `${name} is already logged as kept today; nothing changed. Kept it a second time today? Use “Kept again today” on the dashboard.`
        : `${name} is already logged as kept today; nothing changed.`;
    case 'rest':
      return o.changed ? `Rest day noted for ${name}. Your streak is safe.` : `${name} is already marked a rest day today.`;
    case 'undo-keep':
      if (!o.changed) return `${name} has no keep today to take back; nothing changed.`;
      if (o.target > 1) return `Took back one keep of ${name} today${progress}.`;
      return o.count > 0 ? `Took back one keep of ${name} today (${o.count} left today).` : `Took back today’s keep of ${name}.`;
    case 'undo-rest':
      return o.changed ? `Today is no longer a rest day for ${name}.` : `Today was not a rest day for ${name}; nothing changed.`;
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
