import type { DashboardModel } from '../core/dashboard/model';
import type { PromiseLogAction } from '../core/edit/log-promise';
import type { ExerciseId } from '../core/entry';

/** What a user can do from the dashboard; each host decides what it means (edit a note, post a message, show a hint). */
export interface DashboardActions {
  openNote(path: string): void;
  startExercise(id: ExerciseId): void;
  /** One log action on a promise's note, for today: keep (again), rest, a slip, or take one back (core/edit/log-promise.ts). */
  logPromise(path: string, action: PromiseLogAction): void;
  rereadLetter(): void;
}

export interface DashboardHandle {
  /** Redraws with a new model, reusing the charts already made. */
  update(model: DashboardModel): void;
  /** Redraws every chart in the host's current colours (after a theme switch the host heard of). */
  retheme(): void;
  /** Folds exactly these sections (ids as in data-st-section), e.g. when a host's saved view state arrives late. */
  setCollapsed(ids: readonly string[]): void;
  /** The sections folded now, for the host to save. */
  collapsed(): string[];
  /** Removes every node, listener and chart the renderer made. */
  destroy(): void;
}
