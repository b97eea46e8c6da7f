/**
 * Typed messages between the VS Code webview and the extension. Both sides switch over these
 * unions exhaustively (assertNever), and the extension checks every message from the webview
 * with isWebviewToHost before acting on it: a webview is a web page, its messages are input.
 */
import type { DashboardModel } from '../core/dashboard/model';
import { isExerciseId } from '../core/catalog/exercises';
import type { PromiseLogAction } from '../core/edit/log-promise';
import type { ExerciseId } from '../core/entry';
import type { DashboardActions } from './actions';

export type HostToWebview =
  | { type: 'model'; model: DashboardModel }
  | { type: 'error'; message: string };

export type WebviewToHost =
  | { type: 'ready' }
  | { type: 'openNote'; path: string }
  | { type: 'startExercise'; id: ExerciseId }
  | { type: 'logPromise'; path: string; action: PromiseLogAction }
  | { type: 'rereadLetter' };

export function assertNever(x: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(x)}`);
}

/** DashboardActions that post a message for each action (the webview side). */
export function actionsPostingTo(post: (message: WebviewToHost) => void): DashboardActions {
  return {
    openNote: (path) => post({ type: 'openNote', path }),
    startExercise: (id) => post({ type: 'startExercise', id }),
    logPromise: (path, action) => post({ type: 'logPromise', path, action }),
    rereadLetter: () => post({ type: 'rereadLetter' }),
  };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Every log action, once: `satisfies` fails to compile when core adds an action this list lacks. */
const LOG_ACTIONS = {
  keep: true,
  'keep-again': true,
  rest: true,
  'undo-keep': true,
  'undo-rest': true,
  slip: true,
  'undo-slip': true,
  missed: true,
  'undo-missed': true,
} as const satisfies Record<PromiseLogAction, true>;

/** One of the log actions (an own key of LOG_ACTIONS: "toString" and "__proto__" are not actions). */
export function isLogAction(x: unknown): x is PromiseLogAction {
  return typeof x === 'string' && Object.prototype.hasOwnProperty.call(LOG_ACTIONS, x);
}

/** A vault-relative path: a non-empty string, no NUL, not absolute, no `..` segment. */
function isNotePath(x: unknown): x is string {
  return typeof x === 'string' && x.length > 0 && x.length < 4096 && !x.includes('\0') &&
    !x.startsWith('/') && !/^[a-zA-Z]:/.test(x) && !x.split(/[\\/]/).includes('..');
}

/** The extension's check on what arrives from the webview. Unknown or malformed messages are refused. */
export function isWebviewToHost(x: unknown): x is WebviewToHost {
  if (!isRecord(x) || typeof x.type !== 'string') return false;
  switch (x.type) {
    case 'ready':
    case 'rereadLetter':
      return true;
    case 'openNote':
      return isNotePath(x.path);
    case 'startExercise':
      return isExerciseId(x.id);
    case 'logPromise':
      return isNotePath(x.path) && isLogAction(x.action);
    default:
      return false;
  }
}

/** The webview's check on what the extension sends (cheap: the extension is trusted, but old state may be stale). */
export function isHostToWebview(x: unknown): x is HostToWebview {
  if (!isRecord(x)) return false;
  if (x.type === 'model') return isDashboardModel(x.model);
  if (x.type === 'error') return typeof x.message === 'string';
  return false;
}

export function isDashboardModel(x: unknown): x is DashboardModel {
  return isRecord(x) && x.schemaVersion === 1 && typeof x.today === 'string' && Array.isArray(x.promises) && isRecord(x.sections);
}
