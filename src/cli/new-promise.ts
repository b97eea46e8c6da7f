/**
 * `selftrust new small-promise`: the promise first, then the note (issue 12). The note is named
 * after the promise's words, and an "I won't…" promise can be made at once with
 * `--set aim=at-most --set times=0`.
 */
import type { Day } from '../core/day';
import { freePromiseNotePath } from '../core/edit/promise-note-name';
import type { ExerciseId } from '../core/entry';
import type { Settings } from '../core/ports';
import { nextFreePath, notePathFor } from '../core/templates/render';
import { UsageError } from './args';

const AIMS: Record<string, 'at-least' | 'at-most'> = {
  'at-least': 'at-least',
  'at least': 'at-least',
  'at-most': 'at-most',
  'at most': 'at-most',
};

/**
 * Takes the promise fields that the generic `--set` check does not know yet out of the pairs:
 * `aim=at-least|at-most` and, for an at-most promise, `times=N` with N a whole number of 0 or more
 * (0: never; a promise to do something still needs 1 or more, which the generic check says). Returns
 * the pairs left for readSetFields and the fields taken, ready for the template (an at-most promise
 * also gets an empty `slipped` list, so the Properties panel shows where slips go). Throws a
 * UsageError for a bad aim or limit. Other exercises' pairs are returned untouched.
 */
export function promiseOnlyFields(id: ExerciseId, pairs: readonly string[]): { pairs: string[]; fields: Record<string, string | string[]> } {
  if (id !== 'small-promise') return { pairs: [...pairs], fields: {} };
  const valueOf = (key: string): string[] => pairs.filter((p) => p.startsWith(`${key}=`)).map((p) => p.slice(key.length + 1));
  const aims = valueOf('aim');
  if (aims.length === 0) return { pairs: [...pairs], fields: {} };
  if (aims.length > 1) throw new UsageError(`--set aim was given ${aims.length} times; give it once.`);
  const aim = AIMS[(aims[0] ?? '').trim().toLowerCase()];
  if (!aim) throw new UsageError(`--set aim=${aims[0] ?? ''}: "aim" takes at-least (do it; the default) or at-most (an "I won't…" promise).`);
  const rest = pairs.filter((p) => !p.startsWith('aim='));
  if (aim === 'at-least') return { pairs: rest, fields: { aim } };
  const times = valueOf('times');
  if (times.length > 1) throw new UsageError(`--set times was given ${times.length} times; give it once.`);
  const fields: Record<string, string | string[]> = { aim, slipped: [] };
  if (times[0] !== undefined) {
    const n = times[0].trim();
    if (!/^\d+$/.test(n)) throw new UsageError(`--set times=${times[0]}: for an "I won't…" promise "times" is the most slips a day or week may hold, a whole number of 0 (never) or more.`);
    fields.times = String(Number(n));
  } else {
    fields.times = '0';
  }
  return { pairs: rest.filter((p) => !p.startsWith('times=')), fields };
}

/**
 * Picks where a new note goes, given which paths are taken: a small promise with its words is named
 * after them (freePromiseNotePath: `Walk.md`, then `Walk (2026-11-30).md`, never a sync-copy-like
 * `Walk 2.md`); every other note, and a promise still without words (a draft), gets the dated name of
 * the settings' pattern and then ` 2`, ` 3` (nextFreePath). Call it with `() => false` for the name wanted.
 */
export function notePathChooser(
  settings: Settings,
  id: ExerciseId,
  date: Day,
  fields: Readonly<Record<string, string | readonly string[]>>,
): (taken: (path: string) => boolean) => string {
  const words = fields.promise;
  if (id === 'small-promise' && typeof words === 'string' && words.trim() !== '') {
    return (taken) => freePromiseNotePath(settings, words, date, taken);
  }
  const dated = notePathFor(settings, id, date);
  return (taken) => nextFreePath(dated, taken);
}
