/** What the commands, the view and the settings tab share; built once in main.ts (the composition root). */
import type { App } from 'obsidian';
import type { Clock, NoteStore, Settings } from '../core/ports';
import type { DailyNoteOverlay } from '../core/index/daily-note-overlay';
import type { LiveIndex } from './live-index';

export interface PracticeHost {
  readonly app: App;
  readonly clock: Clock;
  /**
   * The notes as the dashboard and the commands read them: the live NoteIndex (`live.index`) with the
   * check-ins of daily notes (issue 12, point 4). Its revision moves when either changes.
   */
  readonly index: DailyNoteOverlay;
  readonly live: LiveIndex;
  readonly store: NoteStore;
  settings(): Settings;
  /** Grows with every saved change, so the view knows when to redraw. */
  settingsRevision(): number;
  saveSettings(next: Settings): Promise<void>;
}
