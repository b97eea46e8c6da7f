/** What the renderer's tests share: a host's actions as spies, and every part counted as on screen at once. */
import { vi } from 'vitest';
import type { DashboardActions } from '../../src/ui/actions';
import type { VisibilityWatch } from '../../src/ui/charts';

/** Every chart and calendar counts as on screen at once (happy-dom has no layout to scroll). */
export const now: VisibilityWatch = (_box, onVisible) => {
  onVisible();
  return () => undefined;
};

/** The host's actions, each a spy. */
export function spyActions() {
  return {
    openNote: vi.fn<(path: string) => void>(),
    startExercise: vi.fn<DashboardActions['startExercise']>(),
    logPromise: vi.fn<DashboardActions['logPromise']>(),
    rereadLetter: vi.fn<() => void>(),
  } satisfies DashboardActions;
}
