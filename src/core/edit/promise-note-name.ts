import type { Day } from '../day';
import type { Settings } from '../ports';
import { notePathFor } from '../templates/render';

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
