import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { EXERCISES, getExercise } from '../core/catalog/exercises';
import { parseDay, type Day } from '../core/day';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import type { DashboardModel } from '../core/dashboard/model';
import { nextFreePath, notePathFor, renderExercise } from '../core/templates/render';
import { parseArgs, single, UsageError, type ParsedArgs } from './args';
import { buildReportHtml } from './html-report';
import { loadVault } from './load-vault';
import { log } from './log-command';
import { NodeNoteStore } from './node-store';
import { loadSettings } from './settings';
import { formatTextReport } from './text-report';

export interface CliEnv {
  cwd: string;
  out(text: string): void;
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
  log <promise> [--date YYYY-MM-DD] [--skip] [--vault DIR]
                                        record a kept promise (or, with --skip, a rest day)
  report [--vault DIR] [--today YYYY-MM-DD] [--json] [--html FILE]
                                        summarise the practice held in the notes

--vault defaults to the current folder.
`;

export function dayFlag(args: ParsedArgs, name: string, fallback: Day): Day {
  const raw = single(args, name);
  if (raw === undefined) return fallback;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? parseDay(raw) : undefined;
  if (!day) throw new UsageError(`--${name} must be a calendar day written YYYY-MM-DD, not "${raw}".`);
  return day;
}

export async function vaultFlag(args: ParsedArgs, env: CliEnv): Promise<string> {
  const vault = path.resolve(env.cwd, single(args, 'vault') ?? '.');
  const stat = await fs.stat(vault).catch(() => undefined);
  if (!stat?.isDirectory()) throw new UsageError(`The vault folder "${vault}" does not exist.`);
  return vault;
}

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
  const vault = await vaultFlag(args, env);
  const date = dayFlag(args, 'date', env.today());
  const fields: Record<string, string> = {};
  for (const pair of args.flags.get('set') ?? []) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    if (!/^[a-z][a-z0-9_]*$/.test(key)) throw new UsageError(`--set takes key=value with a lowercase key, not "${pair}".`);
    fields[key] = pair.slice(eq + 1);
  }
  const settings = await loadSettings(vault);
  const store = new NodeNoteStore(vault);
  const override = await store.read(`${settings.templateFolder}/${id}.md`).catch(() => undefined);
  const text = renderExercise(exercise.id, { date, weekStart: settings.weekStart, fields }, override);
  const wanted = notePathFor(settings, exercise.id, date);
  // Never overwrite: take the first free name; if another process takes it first, 'wx' refuses and we look again.
  let target = wanted;
  for (let attempt = 0; ; attempt++) {
    const taken = new Set<string>();
    target = wanted;
    while (await store.exists(target)) {
      taken.add(target);
      target = nextFreePath(wanted, (p) => taken.has(p));
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
  const vault = await vaultFlag(args, env);
  const today = dayFlag(args, 'today', env.today());
  const html = single(args, 'html');
  const settings = await loadSettings(vault);
  const model: DashboardModel = buildDashboard(await loadVault(vault), today, settings);
  if (html !== undefined) {
    const file = path.resolve(env.cwd, html);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, buildReportHtml(model, await env.uiAssets()), 'utf8');
  }
  if (args.flags.has('json')) env.out(JSON.stringify(model, null, 2) + '\n');
  else env.out(formatTextReport(model));
  if (html !== undefined) {
    // With --json, stdout is the model alone; say where the file went on stderr.
    const said = `Dashboard written to ${path.resolve(env.cwd, html)}\n`;
    if (args.flags.has('json')) env.err(said);
    else env.out(`\n${said}`);
  }
  return 0;
}

/** Runs one CLI invocation; returns the exit code. Usage errors exit 2 with a one-line message. */
export async function runCli(argv: string[], env: CliEnv): Promise<number> {
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
