/** What the commands, the view and the settings tab share; built once in main.ts (the composition root). */
import type { App } from 'obsidian';
import type { Clock, NoteStore, Settings } from '../core/ports';
import type { NoteIndex } from '../core/index/note-index';
import type { LiveIndex } from './live-index';

export interface PracticeHost {
  readonly app: App;
  readonly clock: Clock;
  readonly index: NoteIndex;
  readonly live: LiveIndex;
  readonly store: NoteStore;
  settings(): Settings;
  /** Grows with every saved change, so the view knows when to redraw. */
  settingsRevision(): number;
  saveSettings(next: Settings): Promise<void>;
}
