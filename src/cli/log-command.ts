import { buildDashboard } from '../core/dashboard/build-dashboard';
import { addDayToList } from '../core/edit/frontmatter-list';
import { findPromise } from '../core/edit/find-promise';
import { parseArgs, UsageError } from './args';
import { loadVault } from './load-vault';
import { NodeNoteStore } from './node-store';
import { dayFlag, noExtraPositionals, vaultFlag, type CliEnv } from './run';
import { loadSettings } from './settings';

/** `selftrust log <promise>`: records a kept day (or a rest day) in the promise's note. */
export async function log(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: ['vault', 'date'], booleans: ['skip'] });
  const query = args.positional[0];
  if (!query) throw new UsageError('Which promise? Give its text or its note name, e.g. selftrust log "Walk 15 minutes".');
  noExtraPositionals(args, 1, 'log');
  const vault = await vaultFlag(args, env);
  const day = dayFlag(args, 'date', env.today());
  const mark = args.flags.has('skip') ? 'skipped' : 'kept';
  const index = await loadVault(vault);
  const found = findPromise(index, query);
  if (found.kind === 'none') {
    env.err(`No promise matches "${query}".${found.known.length ? ` Your promises: ${found.known.map((p) => `"${p.promise}"`).join(', ')}.` : ' Start one with `selftrust new small-promise`.'}\n`);
    return 1;
  }
  if (found.kind === 'ambiguous') {
    env.err(`"${query}" matches more than one promise: ${found.candidates.map((p) => `"${p.promise}" (${p.path})`).join(', ')}. Give more of its text or its note name.\n`);
    return 1;
  }
  const promise = found.promise;
  const store = new NodeNoteStore(vault);
  let outcome: ReturnType<typeof addDayToList> | undefined;
  await store.process(promise.path, (text) => {
    outcome = addDayToList(text, mark, day);
    return outcome.ok && outcome.changed ? outcome.text : undefined;
  });
  if (!outcome || !outcome.ok) {
    env.err(`${promise.path}: ${outcome?.ok === false ? outcome.reason : 'nothing was changed.'}\n`);
    return 1;
  }
  index.upsert(promise.path, await store.read(promise.path));
  const settings = await loadSettings(vault);
  const card = buildDashboard(index, env.today(), settings).promises.find((p) => p.path === promise.path);
  const what = mark === 'kept' ? 'Kept' : 'Rest day';
  const already = outcome.changed ? '' : ' (it was already there)';
  const streak = card && card.currentStreak > 0 ? ` Streak: ${card.currentStreak} ${card.streakUnit}${card.currentStreak === 1 ? '' : 's'}.` : '';
  env.out(`${what}: "${promise.promise}" on ${day}${already}.${streak}\n`);
  return 0;
}
