import * as vscode from 'vscode';
import { EXERCISES } from '../core/catalog/exercises';
import { weekLabel, type Day } from '../core/day';
import { addDayToList } from '../core/edit/frontmatter-list';
import { allPromises } from '../core/edit/find-promise';
import type { ExerciseId, PromiseEntry } from '../core/entry';
import type { Settings } from '../core/ports';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { PromiseCard } from '../core/dashboard/model';
import { notePathFor, renderExercise } from '../core/templates/render';
import type { LiveIndex } from './live-index';
import type { WorkspaceStore } from './workspace-store';

/** Command ids as contributed in package.json (a test keeps the two in step). */
export const COMMANDS = {
  startExercise: (id: ExerciseId): string => `selftrust.startExercise.${id}`,
  logPromise: 'selftrust.logPromise',
  markRestDay: 'selftrust.markRestDay',
  weeklyReflection: 'selftrust.startWeeklyReflection',
  rereadLetter: 'selftrust.rereadLetter',
  openDashboard: 'selftrust.openDashboard',
} as const;

export const VIEW_ID = 'selftrust.dashboard';
export const VIEW_CONTAINER_ID = 'selftrust';

/** The open vault: where notes are read and written, and its live index. */
export interface Vault {
  store: WorkspaceStore;
  live: LiveIndex;
}

export interface CommandDeps {
  today(): Day;
  settings(): Settings;
  /** The vault, once read; undefined when no folder is open. */
  vault(): Promise<Vault | undefined>;
  log(line: string): void;
}

type Mark = 'kept' | 'skipped';

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
        fn(...args).catch((error: unknown) => {
          const text = error instanceof Error ? error.message : String(error);
          this.deps.log(`Error: ${text}`);
          void vscode.window.showErrorMessage(`Self-Trust: ${text}`);
        });
    return [
      ...EXERCISES.map((e) => vscode.commands.registerCommand(COMMANDS.startExercise(e.id), run(() => this.startExercise(e.id)))),
      vscode.commands.registerCommand(COMMANDS.logPromise, run((path?: string) => this.logPromise(typeof path === 'string' ? path : undefined, 'kept'))),
      vscode.commands.registerCommand(COMMANDS.markRestDay, run((path?: string) => this.logPromise(typeof path === 'string' ? path : undefined, 'skipped'))),
      vscode.commands.registerCommand(COMMANDS.weeklyReflection, run(() => this.weeklyReflection())),
      vscode.commands.registerCommand(COMMANDS.rereadLetter, run(() => this.rereadLetter())),
      vscode.commands.registerCommand(COMMANDS.openDashboard, run(() => this.openDashboard())),
    ];
  }

  private async requireVault(): Promise<Vault | undefined> {
    const vault = await this.deps.vault();
    if (!vault) void vscode.window.showInformationMessage(NO_FOLDER);
    return vault;
  }

  /** Creates a note from the exercise's template (the user's own when there is one) and opens it. */
  async startExercise(id: ExerciseId): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    const settings = this.deps.settings();
    const today = this.deps.today();
    const override = await this.userTemplate(vault.store, settings, id);
    const text = renderExercise(id, { date: today, weekStart: settings.weekStart }, override);
    const path = await vault.store.create(notePathFor(settings, id, today), text);
    this.deps.log(`Created ${path}${override === undefined ? '' : ' from your template'}.`);
    await vault.live.refresh(path);
    await this.openNote(path);
    return path;
  }

  private async userTemplate(store: WorkspaceStore, settings: Settings, id: ExerciseId): Promise<string | undefined> {
    if (settings.templateFolder === '') return undefined;
    const path = `${settings.templateFolder}/${id}.md`;
    return (await store.exists(path)) ? store.read(path) : undefined;
  }

  async openNote(path: string): Promise<void> {
    const vault = await this.requireVault();
    if (!vault) return;
    await vscode.window.showTextDocument(vault.store.uriOf(path), { preview: false });
  }

  /**
   * Adds today to the promise's `kept` (or `skipped`, for a planned rest day) with one targeted
   * edit. Without a path, the user picks among the active promises.
   */
  async logPromise(path: string | undefined, mark: Mark): Promise<boolean> {
    const vault = await this.requireVault();
    if (!vault) return false;
    await vault.live.ready;
    const today = this.deps.today();
    const promise = path === undefined ? await this.pickPromise(vault, mark) : findByPath(vault, path);
    if (!promise) {
      if (path !== undefined) void vscode.window.showWarningMessage(notAPromise(vault, path));
      return false;
    }
    let failure: string | undefined;
    let already = false;
    const outcome = await vault.store.processNote(promise.path, (text) => {
      const result = addDayToList(text, mark, today);
      if (!result.ok) {
        failure = result.reason;
        return undefined;
      }
      if (!result.changed) already = true;
      return result.text;
    });
    if (failure !== undefined) {
      void vscode.window.showWarningMessage(`Self-Trust could not update ${promise.path}: ${failure}`);
      return false;
    }
    const what = mark === 'kept' ? 'kept today' : 'a rest day today';
    if (already) {
      void vscode.window.showInformationMessage(`${quoted(promise.promise)} is already marked ${what}.`);
      return false;
    }
    if (outcome === 'unsaved') {
      void vscode.window.showInformationMessage(
        `Marked ${quoted(promise.promise)} ${what} in the open note. It has unsaved changes, so save it when you are ready.`,
      );
      return true;
    }
    await vault.live.refresh(promise.path);
    const card = this.cards(vault).find((c) => c.path === promise.path);
    const streak = card && mark === 'kept' && card.currentStreak > 0 ? ` ${capitalise(streakText(card))}.` : '';
    void vscode.window.showInformationMessage(
      mark === 'kept' ? `Well done: ${quoted(promise.promise)} kept today.${streak}` : `Rest day noted for ${quoted(promise.promise)}. Your streak is safe.`,
    );
    return true;
  }

  private cards(vault: Vault): PromiseCard[] {
    return buildDashboard(vault.live.index, this.deps.today(), this.deps.settings()).promises;
  }

  private async pickPromise(vault: Vault, mark: Mark): Promise<PromiseEntry | undefined> {
    const active = allPromises(vault.live.index, this.deps.settings()).filter((p) => p.status === 'active');
    if (active.length === 0) {
      const start = 'Start a small promise';
      const answer = await vscode.window.showInformationMessage('You have no active promises yet. A small one is a good place to begin.', start);
      if (answer === start) await this.startExercise('small-promise');
      return undefined;
    }
    const cards = new Map(this.cards(vault).map((c) => [c.path, c]));
    const items = active.map((p) => {
      const card = cards.get(p.path);
      const done = card ? (mark === 'kept' ? card.keptToday : card.restToday) : false;
      return {
        // VS Code filters the items itself, by code unit: NFC so a name macOS saved decomposed matches what is typed.
        label: (p.promise || p.path).normalize('NFC'),
        description: card ? streakText(card) + (done ? (mark === 'kept' ? ' · kept today' : ' · resting today') : '') : '',
        detail: p.path.normalize('NFC'),
        promise: p,
      };
    });
    const picked = await vscode.window.showQuickPick(items, {
      title: mark === 'kept' ? 'Log a kept promise' : 'Mark a rest day',
      placeHolder: mark === 'kept' ? 'Which promise did you keep today?' : 'Which promise is resting today?',
      matchOnDetail: true,
    });
    return picked?.promise;
  }

  /** Opens this week's reflection, or starts one. */
  async weeklyReflection(): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    await vault.live.ready;
    const { weekStart } = this.deps.settings();
    const thisWeek = weekLabel(this.deps.today(), weekStart);
    let found: { path: string; date: Day } | undefined;
    for (const note of vault.live.index.notes()) {
      const e = note.entry;
      if (e?.kind !== 'weekly-reflection' || weekLabel(e.date, weekStart) !== thisWeek) continue;
      if (!found || e.date > found.date || (e.date === found.date && e.path < found.path)) found = e;
    }
    if (!found) return this.startExercise('weekly-reflection');
    await this.openNote(found.path);
    return found.path;
  }

  /** Opens the newest self-compassion letter, or offers to write the first one. */
  async rereadLetter(): Promise<string | undefined> {
    const vault = await this.requireVault();
    if (!vault) return undefined;
    await vault.live.ready;
    let newest: { path: string; date: Day } | undefined;
    for (const note of vault.live.index.notes()) {
      const e = note.entry;
      if (e?.kind !== 'self-compassion-letter') continue;
      if (!newest || e.date > newest.date || (e.date === newest.date && e.path > newest.path)) newest = e;
    }
    if (newest) {
      await this.openNote(newest.path);
      return newest.path;
    }
    const write = 'Write one now';
    const answer = await vscode.window.showInformationMessage(
      'You have not written a self-compassion letter yet. It is a letter to yourself, as a caring friend would write it.',
      write,
    );
    return answer === write ? this.startExercise('self-compassion-letter') : undefined;
  }

  async openDashboard(): Promise<void> {
    // Every view gets a `<id>.focus` command from VS Code; it opens the container and the view.
    await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  }
}

function findByPath(vault: Vault, path: string): PromiseEntry | undefined {
  const entry = vault.live.index.get(path)?.entry;
  return entry?.kind === 'small-promise' ? entry : undefined;
}

function notAPromise(vault: Vault, path: string): string {
  const problem = vault.live.index.get(path)?.problems[0];
  return problem
    ? `Self-Trust could not read ${path}, so nothing was logged: ${problem.message}`
    : `Self-Trust: ${path} is not a small-promise note, so nothing was logged.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
