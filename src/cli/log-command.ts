import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { Day } from '../core/day';
import { findPromise } from '../core/edit/find-promise';
import { logPromiseDay, rewordedSentence, type LogOutcome, type PromiseLogAction } from '../core/edit/log-promise';
import { nameLooksOurs, parseNote } from '../core/parse/parse-note';
import { readPromiseLog, slipsOn, weekOf } from '../core/stats/promise-log';
import { weekLimit } from '../core/stats/week-ask';
import type { WeekStart } from '../core/day';
import type { NoteIndex } from '../core/index/note-index';
import { parseArgs, UsageError } from './args';
import { loadVault } from './load-vault';
import { NodeNoteStore } from './node-store';
import { dayFlag, noExtraPositionals, vaultFlag, type CliEnv } from './run';
import { single } from './args';
import { readVaultSettings } from './settings';

/**
 * `selftrust log <promise> [--date D] [--skip | --slip | --missed] [--again] [--undo] [--note WORDS]`:
 * records a kept day (or, with `--skip`, a rest day; `--slip`, a slip of an "I won't…" promise;
 * `--missed`, what got in the way on a day not kept) in the promise's note; `--again` records one
 * more keep on a day that has one; `--undo` takes one back; `--note` writes a few words after the day
 * (`- 2026-11-20 walked with Sam`; on a day already listed, the words go on that listing, and the words
 * they replace are said). Exit codes:
 * 0 done (or already so), 1 the note could not be changed, 2 a usage error (an unknown promise, a day
 * in the future, clashing flags, a slip on a promise to do something).
 */
export async function log(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: ['vault', 'date', 'note'], booleans: ['skip', 'slip', 'missed', 'again', 'undo'] });
  const query = args.positional[0];
  if (!query) throw new UsageError('Which promise? Give its text or its note name, e.g. selftrust log "Walk 15 minutes".');
  noExtraPositionals(args, 1, 'log');
  const action = logAction(args.flags);
  const note = single(args, 'note');
  if (note !== undefined && action.startsWith('undo-')) throw new UsageError('--undo takes a listing back with its words; it does not take --note.');
  if (action === 'missed' && (note === undefined || note.trim() === '')) {
    throw new UsageError('--missed writes what got in the way: add it with --note "a few words", e.g. --note "too tired after the late shift".');
  }
  const today = env.today();
  const day = dayFlag(args, 'date', today);
  const vault = await vaultFlag(args, env);
  const { settings } = await readVaultSettings(vault);
  const index = await loadVault(vault);
  const found = findPromise(index, query, settings);
  if (found.kind === 'none') {
    const unreadable = unreadablePromiseNotes(index, query, vault);
    if (unreadable.length > 0) {
      env.err(unreadable.map((n) => `${n.path}: this promise's note cannot be read as it is: ${n.message}\n`).join(''));
      return 1;
    }
    const known = found.known.length ? ` Your promises: ${found.known.map((p) => `"${p.promise}"`).join(', ')}.` : ' Start one with `selftrust new small-promise`.';
    throw new UsageError(`No promise matches "${query}".${known}`);
  }
  if (found.kind === 'ambiguous') {
    throw new UsageError(
      `"${query}" matches more than one promise: ${found.candidates.map((p) => `"${p.promise}" (${p.path})`).join(', ')}. Give more of its text or its note name.`,
    );
  }
  const promise = found.promise;
  const store = new NodeNoteStore(vault);
  let outcome: LogOutcome | undefined;
  await store.process(promise.path, (text) => {
    outcome = logPromiseDay(promise.path, text, action, day, today, { words: note });
    return outcome.ok && outcome.changed ? outcome.text : undefined;
  });
  if (!outcome) return 1;
  if (!outcome.ok) {
    env.err(`${promise.path}: ${outcome.reason}\n`);
    return outcome.why === 'future' || outcome.why === 'aim' ? 2 : 1;
  }
  if (outcome.changed) index.upsert(promise.path, outcome.text);
  const card = buildDashboard(index, today, settings).promises.find((p) => p.path === promise.path);
  const streak = card && card.currentStreak > 0 ? ` Streak: ${card.currentStreak} ${card.streakUnit}${card.currentStreak === 1 ? '' : 's'}.` : '';
  const said = action === 'slip' ? slipSentence(outcome, day, today, settings.weekStart) : sentence(outcome, action, day);
  env.out(`${said}${action === 'keep' || action === 'keep-again' ? streak : ''}\n`);
  return 0;
}

/** The action the flags ask for; clashing flags are a usage error. */
function logAction(flags: ReadonlyMap<string, string[]>): PromiseLogAction {
  const kinds = (['skip', 'slip', 'missed'] as const).filter((f) => flags.has(f));
  if (kinds.length > 1) throw new UsageError(`--${kinds[0]} and --${kinds[1]} log different things; give one of them.`);
  const again = flags.has('again');
  const undo = flags.has('undo');
  const kind = kinds[0];
  if (again && (kind !== undefined || undo)) throw new UsageError(`--again records one more keep; it does not go with --${kind ?? 'undo'}.`);
  switch (kind) {
    case 'skip':
      return undo ? 'undo-rest' : 'rest';
    case 'slip':
      return undo ? 'undo-slip' : 'slip';
    case 'missed':
      return undo ? 'undo-missed' : 'missed';
    default:
      return undo ? 'undo-keep' : again ? 'keep-again' : 'keep';
  }
}

/**
 * A slip, said kindly and with where the day (or week) stands: "Slip logged: "Phone in bed" on
 * 2026-11-26 (1 that day; at most 0 a day). A slip is information, not a verdict."
 */
function slipSentence(o: Extract<LogOutcome, { ok: true }>, day: Day, today: Day, weekStart: WeekStart): string {
  const name = `"${o.promise.promise}"`;
  const after = parseNote(o.promise.path, o.text).entry;
  const limit = o.promise.times;
  let slips = o.count;
  let span = 'that day';
  if (after?.kind === 'small-promise' && o.promise.per === 'week') {
    const log = readPromiseLog(after, today, weekStart);
    slips = weekLimit(log, weekOf(log, day)).slips;
    span = 'that week';
  } else if (after?.kind === 'small-promise') {
    slips = slipsOn(readPromiseLog(after, today, weekStart), day);
  }
  const words = o.words ? ` (${o.words})` : '';
  const over = slips > limit ? ` That is past the limit of ${limit}; the next ${o.promise.per} starts fresh.` : '';
  return `Slip logged: ${name} on ${day}${words}: ${slips} ${span}, at most ${limit} a ${o.promise.per}.${over} A slip is information, not a verdict.`;
}

/**
 * Words given to a day already listed, in one sentence (the hosts' own, rewordedSentence), or
 * undefined when the log did something else. Words replaced are named with how to put them back.
 */
function reworded(o: Extract<LogOutcome, { ok: true }>, action: PromiseLogAction, day: Day): string | undefined {
  const said = rewordedSentence(o, action, `"${o.promise.promise}"`, `on ${day}`);
  if (said === undefined || o.replaced === undefined || !o.changed) return said;
  return `${said} To put them back, log the day again with --note "${o.replaced}".`;
}

/** What happened, in one sentence: "Kept: "Walk" on 2026-11-17 (1 of 2 that day)." */
function sentence(o: Extract<LogOutcome, { ok: true }>, action: PromiseLogAction, day: Day): string {
  const wordsSaid = reworded(o, action, day);
  if (wordsSaid) return wordsSaid;
  const name = `"${o.promise.promise}"`;
  const ofDay = o.target > 1 && o.count <= o.target ? ` (${o.count} of ${o.target} that day)` : o.count > 1 ? ` (${o.count} times that day)` : '';
  const words = o.words ? `: ${o.words}` : '';
  switch (action) {
    case 'keep':
    case 'keep-again':
      if (o.changed) return `Kept: ${name} on ${day}${ofDay}${words}.`;
      return o.target > 1
        ? `${name} is already kept ${o.count} of ${o.target} times on ${day}; nothing changed.`
        : `${name} is already logged as kept on ${day}; nothing changed. To record another keep that day, add --again.`;
    case 'rest':
      return o.changed ? `Rest day: ${name} on ${day}${words}. A planned rest keeps your streak as it is.` : `${day} is already a rest day for ${name}; nothing changed.`;
    case 'undo-keep':
      return o.changed ? `Took back one keep of ${name} on ${day}${o.count > 0 ? ` (${o.count} left that day)` : ''}.` : `${name} has no keep on ${day} to take back; nothing changed.`;
    case 'undo-rest':
      return o.changed ? `${day} is no longer a rest day for ${name}.` : `${day} was not a rest day for ${name}; nothing changed.`;
    case 'slip':
      return `Slip logged: ${name} on ${day}.`;
    case 'undo-slip':
      return o.changed ? `Took back one slip of ${name} on ${day}${o.count > 0 ? ` (${o.count} left that day)` : ''}.` : `${name} has no slip on ${day} to take back; nothing changed.`;
    case 'missed':
      return o.changed
        ? `Noted what got in the way of ${name} on ${day}${words}. It changes no number; it shows what to adjust.`
        : `${day} already says that for ${name}; nothing changed.`;
    case 'undo-missed':
      return o.changed ? `Took back what got in the way of ${name} on ${day}.` : `${day} had no words on what got in the way of ${name}; nothing changed.`;
  }
}

/**
 * Notes that look like the promise asked for but could not be read (a duplicated key, an unclosed
 * frontmatter): naming them and their problem beats "no promise matches", which invites a duplicate.
 */
function unreadablePromiseNotes(index: NoteIndex, query: string, root: string): { path: string; message: string }[] {
  const fold = (t: string): string => t.normalize('NFC').toLowerCase();
  const q = fold(query.trim());
  const out: { path: string; message: string }[] = [];
  for (const note of index.notes()) {
    if (note.entry || note.problems.length === 0) continue;
    const name = fold(note.path.slice(note.path.lastIndexOf('/') + 1).replace(/\.md$/i, ''));
    let match = name.includes(q) || (nameLooksOurs(note.path) && /promise/.test(name));
    if (!match) {
      // A note that could not be parsed may still say the promise in its text (`promise: Walk`): look, in the
      // few notes with a problem only, for a small promise naming what was asked.
      try {
        const text = fold(readFileSync(path.join(root, ...note.path.split('/')), 'utf8').slice(0, 20_000));
        match = /selftrust["']?\s*:\s*["']?small[-_ ]promise/.test(text) && new RegExp(`^\\s*promise\\s*:.*${escapeRegExp(q)}`, 'm').test(text);
      } catch {
        match = false;
      }
    }
    if (match) out.push({ path: note.path, message: note.problems[0]?.message ?? '' });
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
