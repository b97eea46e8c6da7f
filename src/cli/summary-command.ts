/**
 * `selftrust summary`: writes a summary of a period's practice as a new note in the notes folder,
 * to read over and bring to a session (core/summary/session-summary.ts). Nothing is sent anywhere;
 * the path of the note is printed.
 */
import * as path from 'node:path';
import { sessionSummary, summaryNotePath } from '../core/summary/session-summary';
import { defaultSummaryPeriod, readSummarySections, SUMMARY_SECTION_IDS } from '../core/summary/summary-options';
import { parseArgs, UsageError } from './args';
import { loadVaultWithDailyNotes } from './load-vault';
import { NodeNoteStore } from './node-store';
import { dayFlag, noExtraPositionals, vaultFlag, type CliEnv } from './run';
import { readVaultSettings } from './settings';

/**
 * Runs `selftrust summary`. `--from` defaults to the start of the week three weeks before this one
 * (the last 4 weeks), `--to` to today; `--sections` takes section ids separated by commas (or the
 * flag again). A period that ends before it begins, or a section that does not exist, is a usage error.
 */
export async function summary(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: ['vault', 'from', 'to', 'sections', 'today'], booleans: [] });
  noExtraPositionals(args, 0, 'summary');
  const today = dayFlag(args, 'today', env.today());
  const vault = await vaultFlag(args, env);
  const { settings } = await readVaultSettings(vault);
  const fallback = defaultSummaryPeriod(today, settings.weekStart);
  const to = dayFlag(args, 'to', fallback.to);
  // Only --to: the 4 weeks up to it.
  const from = dayFlag(args, 'from', args.flags.has('to') ? defaultSummaryPeriod(to, settings.weekStart).from : fallback.from);
  if (from > to) throw new UsageError(`--from (${from}) is after --to (${to}): the period must start before it ends.`);
  const given = args.flags.get('sections');
  const chosen = given === undefined ? { sections: [...SUMMARY_SECTION_IDS], unknown: [] } : readSummarySections(given);
  if (chosen.unknown.length > 0) {
    throw new UsageError(`There is no section "${chosen.unknown[0]}"; choose from ${SUMMARY_SECTION_IDS.join(', ')}.`);
  }
  if (chosen.sections.length === 0) throw new UsageError(`--sections names no section; choose from ${SUMMARY_SECTION_IDS.join(', ')}.`);

  const text = sessionSummary((await loadVaultWithDailyNotes(vault)).notes(), settings, { from, to, sections: chosen.sections, today });
  const store = new NodeNoteStore(vault);
  // Never overwrite: the first free name; if another process takes it first, 'wx' refuses and we look again.
  let target = '';
  for (let attempt = 0; ; attempt++) {
    const taken = new Set<string>();
    target = summaryNotePath(settings, from, to);
    while (await store.exists(target)) {
      taken.add(target);
      target = summaryNotePath(settings, from, to, (p) => taken.has(p));
    }
    try {
      await store.create(target, text);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
  env.err('selftrust: Your summary is ready to read over. It stays in your vault: nothing was sent anywhere.\n');
  env.out(`${path.join(vault, ...target.split('/'))}\n`);
  return 0;
}
