import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { EXERCISES, getExercise } from '../core/catalog/exercises';
import type { Day } from '../core/day';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { DashboardModel } from '../core/dashboard/model';
import { bundledTemplate, renderExercise } from '../core/templates/render';
import { parseArgs, single, UsageError, type ParsedArgs } from './args';
import { buildReportHtml } from './html-report';
import { loadVaultWithDailyNotes } from './load-vault';
import { log } from './log-command';
import { plainFileError, plainReason } from './file-errors';
import { NodeNoteStore } from './node-store';
import { notePathChooser, promiseOnlyFields } from './new-promise';
import { readSetFields } from './set-fields';
import { readVaultSettings } from './settings';
import { escapeControls, jsonForTerminal } from './terminal-text';
import { formatTextReport } from './text-report';
import { readUserDay } from './user-day';
import { existingReflectionMessage, startReflection } from './reflection-command';
import { summary } from './summary-command';
import { findVaultRoot } from './vault-root';

export interface CliEnv {
  cwd: string;
  /** Standard output. runCli escapes control characters before they get here (see terminal-text.ts). */
  out(text: string): void;
  /** Standard error, escaped as `out` is. */
  err(text: string): void;
  /** Today in the user's zone: the CLI's clock. */
  today(): Day;
  /** The renderer's script and styles for `report --html`, bundled into the CLI at build time. */
  uiAssets(): Promise<{ js: string; css: string }>;
}

export const USAGE = `Usage: selftrust <command> [options]

Commands:
  list                                  the exercises, id and title
  new <exercise> [--vault DIR] [--date YYYY-MM-DD] [--set key=value ...]
                                        create a note from the exercise's template
                                        (repeat --set for each item of a list field); a small
                                        promise with --set promise="..." is named after its words,
                                        --set aim=at-most makes it an "I won't..." promise
  log <promise> [--date YYYY-MM-DD] [--skip | --slip | --missed] [--again] [--undo]
                [--note "a few words"] [--vault DIR]
                                        record a kept promise (or, with --skip, a rest day;
                                        --slip a slip of an "I won't..." promise; --missed what
                                        got in the way on a day not kept; --again one more keep
                                        that day; --undo takes one back); --note adds your words
  report [--vault DIR] [--today YYYY-MM-DD] [--json] [--html FILE]
                                        summarise the practice held in the notes
  summary [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sections LIST]
          [--vault DIR] [--today YYYY-MM-DD]
                                        write a summary of a period to bring to a session as a new
                                        note in the notes folder (the last 4 weeks by default);
                                        LIST: promises,values,feelings,lessons,goals,check-ins,reflections

--vault defaults to the vault you are in: the nearest folder up from here that holds
.obsidian, else the current folder. Days run from 1000-01-01 to 9999-12-31.
Exit codes: 0 done, 1 it could not be done (see the message), 2 usage error.
`;

/**
 * The day a flag names (`--date`, `--today`), or `fallback` when it is not given. Anything but a real
 * calendar day from 1000-01-01 to 9999-12-31, written YYYY-MM-DD, is a usage error.
 */
export function dayFlag(args: ParsedArgs, name: string, fallback: Day): Day {
  const raw = single(args, name);
  if (raw === undefined) return fallback;
  const read = readUserDay(raw);
  if (!read.ok) throw new UsageError(`--${name} must be ${read.why}.`);
  return read.day;
}

/**
 * The vault a command works on: `--vault DIR`, else the vault the current folder is in (the nearest
 * folder up that holds `.obsidian`, else the current folder). A path that is missing or is a file is
 * a usage error. Says on stderr, once, which saved settings of the vault were not used and why, so
 * every command that opens a vault says it.
 */
export async function vaultFlag(args: ParsedArgs, env: CliEnv): Promise<string> {
  const given = single(args, 'vault');
  const vault = given === undefined ? await findVaultRoot(env.cwd) : path.resolve(env.cwd, given);
  const stat = await fs.stat(vault).catch((error: NodeJS.ErrnoException) => error);
  if (stat instanceof Error) {
    if (stat.code === 'ENOENT' || stat.code === 'ENOTDIR') throw new UsageError(`The vault folder "${vault}" does not exist.`);
    throw new UsageError(`The vault folder "${vault}" cannot be opened (${plainReason(stat.code)}).`);
  }
  if (!stat.isDirectory()) throw new UsageError(`The vault "${vault}" is a file, not a folder: give --vault the folder that holds your notes.`);
  for (const problem of (await readVaultSettings(vault)).problems) env.err(`selftrust: ${problem}\n`);
  return vault;
}

/** Refuses positional arguments beyond the `expected` first ones, naming the first extra one. */
export function noExtraPositionals(args: ParsedArgs, expected: number, command: string): void {
  if (args.positional.length > expected) throw new UsageError(`Unexpected argument "${args.positional[expected]}" for ${command}.`);
}

async function list(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: [], booleans: [] });
  noExtraPositionals(args, 0, 'list');
  const width = Math.max(...EXERCISES.map((e) => e.id.length));
  for (const e of EXERCISES) env.out(`${e.id.padEnd(width)}  ${e.title}\n`);
  return 0;
}

async function create(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: ['vault', 'date', 'set'], booleans: [] });
  const id = args.positional[0];
  if (!id) throw new UsageError('Which exercise? Run `selftrust list` to see them.');
  noExtraPositionals(args, 1, 'new');
  const exercise = getExercise(id);
  if (!exercise) throw new UsageError(`There is no exercise "${id}"; run \`selftrust list\` to see them.`);
  const date = dayFlag(args, 'date', env.today());
  const vault = await vaultFlag(args, env);
  const { settings } = await readVaultSettings(vault);
  const store = new NodeNoteStore(vault);
  // No template of the user's own is the usual case; one that exists but cannot be read is said, not silently replaced.
  const override = await store.read(`${settings.templateFolder}/${id}.md`).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw error;
  });
  const own = promiseOnlyFields(exercise.id, args.flags.get('set') ?? []);
  const fields = { ...readSetFields(exercise.id, own.pairs, override ?? bundledTemplate(exercise.id)), ...own.fields };
  const rendered = renderExercise(exercise.id, { date, weekStart: settings.weekStart, fields }, override);
  // A weekly reflection: one a week (the one there is is named instead), with the week's roll-up.
  const reflection = exercise.id === 'weekly-reflection' ? await startReflection(vault, settings, date, env.today(), rendered) : undefined;
  if (reflection && 'existing' in reflection) {
    env.err(existingReflectionMessage(reflection.label, args.flags.has('set')));
    env.out(`${path.join(vault, ...reflection.existing.split('/'))}\n`);
    return 0;
  }
  const text = reflection?.text ?? rendered;
  const choose = notePathChooser(settings, exercise.id, date, fields);
  const wanted = choose(() => false);
  // Never overwrite: take the first free name; if another process takes it first, 'wx' refuses and we look again.
  let target = wanted;
  for (let attempt = 0; ; attempt++) {
    const taken = new Set<string>();
    target = wanted;
    while (await store.exists(target)) {
      taken.add(target);
      target = choose((p) => taken.has(p));
    }
    try {
      await store.create(target, text);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 5) throw error;
    }
  }
  env.out(`${path.join(vault, ...target.split('/'))}\n`);
  return 0;
}

async function report(argv: string[], env: CliEnv): Promise<number> {
  const args = parseArgs(argv, { values: ['vault', 'today', 'html'], booleans: ['json'] });
  noExtraPositionals(args, 0, 'report');
  const today = dayFlag(args, 'today', env.today());
  const vault = await vaultFlag(args, env);
  const html = single(args, 'html');
  const { settings } = await readVaultSettings(vault);
  // Check-ins ticked off in daily notes count with the promise notes' own days (issue 12).
  const model: DashboardModel = buildDashboard(await loadVaultWithDailyNotes(vault), today, settings);
  if (html !== undefined) {
    const file = path.resolve(env.cwd, html);
    const page = buildReportHtml(model, await env.uiAssets());
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, page, 'utf8');
    } catch (error) {
      throw plainFileError(error, file, 'create');
    }
  }
  if (args.flags.has('json')) env.out(jsonForTerminal(model) + '\n');
  else env.out(formatTextReport(model));
  if (html !== undefined) {
    // With --json, stdout is the model alone; say where the file went on stderr.
    const said = `Dashboard written to ${path.resolve(env.cwd, html)}\n`;
    if (args.flags.has('json')) env.err(said);
    else env.out(`\n${said}`);
  }
  return 0;
}

/**
 * Runs one CLI invocation; returns the exit code: 0 done, 1 the command could not do it (a note it
 * could not change, a file it could not write), 2 a usage error (bad flags, an unknown exercise or
 * promise, a day out of range), each with a one-line message. Every line printed goes through
 * escapeControls: notes and file names may hold terminal control sequences, which must never reach
 * the terminal raw.
 */
export async function runCli(argv: string[], rawEnv: CliEnv): Promise<number> {
  const env: CliEnv = { ...rawEnv, out: (text) => rawEnv.out(escapeControls(text)), err: (text) => rawEnv.err(escapeControls(text)) };
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'list':
        return await list(rest, env);
      case 'new':
        return await create(rest, env);
      case 'log':
        return await log(rest, env);
      case 'report':
        return await report(rest, env);
      case 'summary':
        return await summary(rest, env);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        env.out(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}"; run \`selftrust --help\`.`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      env.err(`selftrust: ${error.message}\n`);
      return 2;
    }
    env.err(`selftrust: ${(error as Error).message}\n`);
    return 1;
  }
}
