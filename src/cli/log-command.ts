import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { Day } from '../core/day';
import { findPromise } from '../core/edit/find-promise';
import { logPromiseDay, type LogAction, type LogOutcome } from '../core/edit/log-promise';
import { nameLooksOurs } from '../core/parse/parse-note';
import type { NoteIndex } from '../core/index/note-index';
import { parseArgs, UsageError } from './args';
import { loadVault } from './load-vault';
import { NodeNoteStore } from './node-store';
import { dayFlag, noExtraPositionals, vaultFlag, type CliEnv } from './run';
import { readVaultSettings } from './settings';

/**
 * `selftrust log <promise> [--date D] [--skip] [--again] [--undo]`: records a kept day (or, with
 * `--skip`, a rest day) in the promise's note; `--again` records one more keep on a day that has one;
 * `--undo` takes one back. Exit codes: 0 done (or already so), 1 the note could not be changed,
 * 2 a usage error (an unknown promise, a day in the future, clashing flags).
 */
export async function log(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: ['vault', 'date'], booleans: ['skip', 'again', 'undo'] });
  const query = args.positional[0];
  if (!query) throw new UsageError('Which promise? Give its text or its note name, e.g. selftrust log "Walk 15 minutes".');
  noExtraPositionals(args, 1, 'log');
  const skip = args.flags.has('skip');
  const again = args.flags.has('again');
  const undo = args.flags.has('undo');
  if (again && (skip || undo)) throw new UsageError('--again records one more keep; it does not go with --skip or --undo.');
  const action: LogAction = undo ? (skip ? 'undo-rest' : 'undo-keep') : skip ? 'rest' : again ? 'keep-again' : 'keep';
  const today = env.today();
  const day = dayFlag(args, 'date', today);
  const vault = await vaultFlag(args, env);
  const { settings } = await readVaultSettings(vault);
  const index = await loadVault(vault);
  const found = findPromise(index, query, settings);
  if (found.kind === 'none') {
    const unreadable = unreadablePromiseNotes(index, query);
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
    outcome = logPromiseDay(promise.path, text, action, day, today);
    return outcome.ok && outcome.changed ? outcome.text : undefined;
  });
  if (!outcome) return 1;
  if (!outcome.ok) {
    env.err(`${promise.path}: ${outcome.reason}\n`);
    return outcome.why === 'future' ? 2 : 1;
  }
  if (outcome.changed) index.upsert(promise.path, outcome.text);
  const card = buildDashboard(index, today, settings).promises.find((p) => p.path === promise.path);
  const streak = card && card.currentStreak > 0 ? ` Streak: ${card.currentStreak} ${card.streakUnit}${card.currentStreak === 1 ? '' : 's'}.` : '';
  env.out(`${sentence(outcome, action, day)}${action === 'keep' || action === 'keep-again' ? streak : ''}\n`);
  return 0;
}

/** What happened, in one sentence: "Kept: "Walk" on 2026-11-17 (1 of 2 that day)." */
function sentence(o: Extract<LogOutcome, { ok: true }>, action: LogAction, day: Day): string {
  const name = `"${o.promise.promise}"`;
  const ofDay = o.target > 1 ? ` (${o.count} of ${o.target} that day)` : o.count > 1 ? ` (${o.count} times that day)` : '';
  switch (action) {
    case 'keep':
    case 'keep-again':
      if (o.changed) return `Kept: ${name} on ${day}${ofDay}.`;
      return o.target > 1
        ? `${name} is already kept ${o.count} of ${o.target} times on ${day}; nothing changed.`
        : `${name} is already logged as kept on ${day}; nothing changed. To record another keep that day, add --again.`;
    case 'rest':
      return o.changed ? `Rest day: ${name} on ${day}. A planned rest keeps your streak as it is.` : `${day} is already a rest day for ${name}; nothing changed.`;
    case 'undo-keep':
      return o.changed ? `Took back one keep of ${name} on ${day}${o.count > 0 ? ` (${o.count} left that day)` : ''}.` : `${name} has no keep on ${day} to take back; nothing changed.`;
    case 'undo-rest':
      return o.changed ? `${day} is no longer a rest day for ${name}.` : `${day} was not a rest day for ${name}; nothing changed.`;
  }
}

/**
 * Notes that look like the promise asked for but could not be read (a duplicated key, an unclosed
 * frontmatter): naming them and their problem beats "no promise matches", which invites a duplicate.
 */
function unreadablePromiseNotes(index: NoteIndex, query: string): { path: string; message: string }[] {
  const q = query.normalize('NFC').trim().toLowerCase();
  const out: { path: string; message: string }[] = [];
  for (const note of index.notes()) {
    if (note.entry || note.problems.length === 0) continue;
    const name = note.path.slice(note.path.lastIndexOf('/') + 1).replace(/\.md$/i, '').normalize('NFC').toLowerCase();
    if (!name.includes(q) && !(nameLooksOurs(note.path) && /promise/.test(name))) continue;
    out.push({ path: note.path, message: note.problems[0]?.message ?? '' });
  }
  return out;
}
