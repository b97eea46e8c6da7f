import type { Day } from '../day';
import type { Settings } from '../ports';
import { nextFreePath, notePathFor } from '../templates/render';

/** The longest promise name used for a file, in characters: long promises are cut at a word. */
export const PROMISE_NAME_MAX = 80;

/**
 * The path of a new promise note named after the promise itself (issue 12: "promise first, then the
 * note"): `Self-trust/Walk for 15 minutes after lunch.md`, in the notes folder of the settings. The
 * file name is made safe as every new note's is (notePathFor: no characters Windows, macOS, Android,
 * iOS or Obsidian's links refuse, no trailing dot or space), cut to PROMISE_NAME_MAX characters at a
 * word, and without `{date}`-style placeholders being filled in. Words that leave nothing usable
 * (only `?*:` and the like) give the dated name every other exercise gets. The caller still picks a
 * free name (nextFreePath): a second promise with the same words becomes `… 2.md`, never an overwrite.
 */
export function promiseNotePath(settings: Settings, promise: string, date: Day): string {
  // `{date}` in the words is the user's text, not a placeholder: break the braces before the pattern is filled.
  let name = promise.normalize('NFC').replace(/[{}]/g, (c) => (c === '{' ? '(' : ')')).replace(/\s+/g, ' ').trim();
  if ([...name].length > PROMISE_NAME_MAX) {
    const cut = [...name].slice(0, PROMISE_NAME_MAX).join('');
    const atWord = cut.replace(/\s+\S*$/, '');
    name = (atWord.length >= PROMISE_NAME_MAX / 2 ? atWord : cut).trim();
  }
  const dated = notePathFor(settings, 'small-promise', date);
  const named = notePathFor({ ...settings, fileNamePattern: name }, 'small-promise', date);
  // notePathFor falls back to the exercise id when nothing of the name is left; the dated name says more.
  return named.endsWith('/small-promise.md') || named === 'small-promise.md' ? dated : named;
}

/**
 * The first free path for a new promise note named after its words: the name itself, then the name
 * with the day the note is made, `Walk after lunch (2026-11-30).md`, then `(2026-11-30, 2)`, `(…, 3)`.
 * Never `Walk after lunch 2.md`: a name that is another promise note's plus ` 2`, ` (1)` or
 * `-<computer>`, holding the same words, is taken for a sync copy and not counted (vault-scope's
 * namedSyncCopies), and a promise made again with the same words (a fresh start after a finished
 * one) must count. When the words give no usable name (the dated name), nextFreePath's ` 2` is kept,
 * as for every dated note. `taken` says whether a path is in use (case-insensitive file systems: the
 * caller's store decides).
 */
export function freePromiseNotePath(settings: Settings, promise: string, date: Day, taken: (path: string) => boolean): string {
  const named = promiseNotePath(settings, promise, date);
  if (!taken(named)) return named;
  if (named === notePathFor(settings, 'small-promise', date)) return nextFreePath(named, taken);
  const stem = named.slice(0, -'.md'.length);
  for (let n = 1; ; n++) {
    const candidate = `${stem} (${date}${n === 1 ? '' : `, ${n}`}).md`;
    if (!taken(candidate)) return candidate;
  }
}
