/**
 * `npm run bench` (issue 11): figures, not pass or fail.
 *
 * 1. The CLI against the floor. For each vault size, `selftrust report --json` and the floor
 *    (scripts/bench-floor.mjs: walk the folders, readFileSync every `.md` file, nothing else) run as
 *    separate processes, alternating, in pairs (the order flips every pair); the medians' ratio is
 *    printed, with each one's CPU time and peak memory (max RSS, reported by each process itself
 *    through scripts/bench-usage.cjs). Vaults are made once and cached under the temp folder.
 * 2. One changed note: in a process of its own per size, the vault is loaded, the model built, then
 *    single notes change (a promise kept today, a journal edited, an unrelated note edited, a task
 *    ticked in a daily note, a new note; read through a DailyNoteOverlay, as the live hosts do)
 *    and the index update (parsing the note) plus the new model are timed: median of 21 each,
 *    after 5 untimed changes of the same kind (the live dashboard's steady state).
 * 3. Bundle sizes, and the time to evaluate the Obsidian main.js (what Obsidian pays before onload).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { addDays, type Day } from '../src/core/day';
import { cachedVault, generate, TODAY } from './bench-vault';
import { buildDashboard } from '../src/core/dashboard/build-dashboard';
import { addDayToList } from '../src/core/edit/frontmatter-list';
import { DEFAULT_SETTINGS } from '../src/core/ports';
import { loadVault } from '../src/cli/load-vault';
import { NoteIndex } from '../src/core/index/note-index';
import { DailyNoteOverlay } from '../src/core/index/daily-note-overlay';
import { readDailyNote } from '../src/core/parse/daily-note';
import { parseFrontmatter, parseNote } from '../src/core/parse/parse-note';
import { parseYamlFrontmatter } from '../src/core/parse/yaml-frontmatter';

const DIST = __dirname;
const ROOT = path.join(DIST, '..');
const CLI = path.join(DIST, 'cli.js');
const FLOOR = path.join(ROOT, 'scripts', 'bench-floor.mjs');
const USAGE = path.join(ROOT, 'scripts', 'bench-usage.cjs');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

interface Run {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
}

/** Runs one measured process to its end; its CPU time and max RSS come from the process itself. */
function runMeasured(args: string[]): Run {
  const usageFile = path.join(os.tmpdir(), `selftrust-bench-usage-${process.pid}.json`);
  fs.rmSync(usageFile, { force: true });
  const t0 = performance.now();
  const result = spawnSync(process.execPath, ['--require', USAGE, ...args], {
    env: { ...process.env, SELFTRUST_BENCH_USAGE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const wallMs = performance.now() - t0;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { userMs: number; systemMs: number; maxRssKb: number };
  fs.rmSync(usageFile, { force: true });
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, maxRssMb: usage.maxRssKb / 1024 };
}

interface CliRow {
  notes: number;
  pairs: number;
  floor: Run;
  cli: Run;
}

function cliAgainstFloor(count: number, pairs: number): CliRow {
  const vault = cachedVault(count);
  const floorArgs = [FLOOR, vault];
  const cliArgs = [CLI, 'report', '--json', '--vault', vault, '--today', TODAY];
  // Once each before measuring: the OS cache warm for both, and the report checked to be a real one.
  runMeasured(floorArgs);
  const out = execFileSync(process.execPath, cliArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const model = JSON.parse(out) as { counts: { entries: number }; promises: unknown[] };
  if (model.promises.length !== Math.ceil(count / 100)) throw new Error(`expected ${count / 100} promises, got ${model.promises.length}`);
  const floors: Run[] = [];
  const clis: Run[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      floors.push(runMeasured(floorArgs));
      clis.push(runMeasured(cliArgs));
    } else {
      clis.push(runMeasured(cliArgs));
      floors.push(runMeasured(floorArgs));
    }
  }
  const med = (runs: Run[]): Run => ({
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMb: median(runs.map((r) => r.maxRssMb)),
  });
  return { notes: count, pairs, floor: med(floors), cli: med(clis) };
}

interface ChangeRow {
  notes: number;
  loadMs: number;
  firstModelMs: number;
  /** Median ms for: index update + new model, per kind of change. */
  changes: Record<string, number>;
  /**
   * The floor of "promise kept today": reading that one note's text with the yaml package and nothing
   * else (parseNote of the changed text), median ms; what a host that parses notes itself cannot avoid.
   */
  parseFloorMs: number;
}

/** In a process of its own (`--changes N`): load, first model, then single changes. */
async function changesRun(count: number): Promise<ChangeRow> {
  const dir = cachedVault(count);
  const t0 = performance.now();
  const loaded = await loadVault(dir);
  const loadMs = performance.now() - t0;
  // The CLI's index keeps no journal (it is read once); a live host's does: the same notes, journaled.
  const index = new NoteIndex();
  for (const note of loaded.notes()) index.upsertParsed(note);
  // A live host reads the notes through a DailyNoteOverlay fed with the daily notes' check-ins.
  const live = new DailyNoteOverlay(index);
  const dailyDir = path.join(dir, 'Daily');
  for (const name of fs.readdirSync(dailyDir)) live.setDailyNote(`Daily/${name}`, readDailyNote(`Daily/${name}`, fs.readFileSync(path.join(dailyDir, name), 'utf8')));
  const t1 = performance.now();
  buildDashboard(live, TODAY, DEFAULT_SETTINGS);
  const firstModelMs = performance.now() - t1;

  const notes = [...index.notes()];
  const promise = notes.find((n) => n.entry?.kind === 'small-promise' && n.entry.per === 'day');
  const journal = notes.find((n) => n.entry?.kind === 'emotional-journal');
  if (!promise || !journal) throw new Error('the generated vault lacks a promise or a journal');
  const read = (p: string): string => fs.readFileSync(path.join(dir, ...p.split('/')), 'utf8');
  const promiseText = read(promise.path);
  const journalText = read(journal.path);
  const unrelatedPath = 'Notes/3/note 3.md';
  const unrelatedText = read(unrelatedPath);

  // The texts are made before the clock starts: the edit is the write path's cost, not the model's.
  // A few changes first, untimed, so that the figure is the live dashboard's steady state.
  const RUNS = 21;
  const WARM = 5;
  // `cached`: the note's frontmatter comes parsed, as Obsidian's metadata cache hands it to the plugin
  // (parsed by Obsidian before the clock starts, here by the yaml package); else the note is parsed.
  const timed = (texts: (k: number) => [string, string], cached = false): number => {
    const ms: number[] = [];
    for (let k = 0; k < WARM + RUNS; k++) {
      const [path, text] = texts(k);
      const read = cached ? parseYamlFrontmatter(text) : undefined;
      const s = performance.now();
      if (path.startsWith('Daily/')) live.setDailyNote(path, readDailyNote(path, text));
      else if (read?.ok) index.upsertParsed(parseFrontmatter(path, read.data), read.data);
      else index.upsert(path, text);
      buildDashboard(live, TODAY, DEFAULT_SETTINGS);
      if (k >= WARM) ms.push(performance.now() - s);
    }
    return median(ms);
  };
  const edited = (list: 'kept' | 'skipped', day: (k: number) => Day): string[] =>
    Array.from({ length: WARM + RUNS }, (_, k) => {
      const edit = addDayToList(promiseText, list, day(k));
      if (!edit.ok) throw new Error(edit.reason);
      return edit.text;
    });
  const changes: Record<string, number> = {};
  // A keep logged today, alternating with taking it back, as the dashboard's button does.
  const keptToday = edited('kept', () => TODAY);
  changes['promise kept today'] = timed((k) => [promise.path, k % 2 === 0 ? (keptToday[k] as string) : promiseText]);
  const parseMs: number[] = [];
  for (let k = 0; k < WARM + RUNS; k++) {
    const text = k % 2 === 0 ? (keptToday[k] as string) : promiseText;
    const s = performance.now();
    parseNote(promise.path, text);
    if (k >= WARM) parseMs.push(performance.now() - s);
  }
  const parseFloorMs = median(parseMs);
  changes['promise kept today, from Obsidian\'s cache'] = timed((k) => [promise.path, k % 2 === 0 ? (keptToday[k] as string) : promiseText], true);
  const rested = edited('skipped', (k) => addDays(TODAY, -(k + 1)));
  changes['promise rest day added'] = timed((k) => [promise.path, rested[k] as string]);
  index.upsert(promise.path, promiseText);
  changes['journal edited'] = timed((k) => [journal.path, journalText.replace('trigger: a long call', `trigger: a long call ${k}`)]);
  changes['unrelated note edited'] = timed((k) => [unrelatedPath, `${unrelatedText}\nmore ${k}\n`]);
  const todaysDaily = `Daily/${TODAY}.md`;
  const dailyText = read(todaysDaily);
  changes['daily note task ticked'] = timed((k) => [todaysDaily, k % 2 === 0 ? dailyText.replace('- [x] Walked', '- [ ] Walked') : dailyText]);
  changes['new note'] = timed((k) => [`Self-trust/new/${TODAY} Mindfulness ${k}.md`, `---\nselftrust: mindfulness\nschema: 1\ndate: ${TODAY}\nminutes: ${k + 1}\n---\n`]);
  return { notes: count, loadMs, firstModelMs, changes, parseFloorMs };
}

/** Evaluates dist/obsidian/main.js with `obsidian` stubbed, as Obsidian does before it calls onload; median ms. */
function obsidianEvaluateMs(): number {
  const source = fs.readFileSync(path.join(DIST, 'obsidian', 'main.js'), 'utf8');
  const stub = new Proxy({}, { get: (_t, name) => (name === '__esModule' ? false : class {}) });
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    // A new comment each time, so V8's compilation cache cannot serve an earlier compile.
    const wrapped = `(function (module, exports, require) {${source}\n/* ${i} ${Math.random()} */})`;
    const t0 = performance.now();
    const fn = vm.runInThisContext(wrapped) as (m: object, e: object, r: (id: string) => unknown) => void;
    const module = { exports: {} };
    fn(module, module.exports, () => stub);
    times.push(performance.now() - t0);
  }
  return median(times);
}

function kb(file: string): string {
  try {
    return `${fs.statSync(path.join(DIST, file)).size.toLocaleString('en-US')} bytes`;
  } catch {
    return 'not built';
  }
}

function sizesArg(): number[] {
  const at = process.argv.indexOf('--sizes');
  if (at !== -1) return (process.argv[at + 1] ?? '').split(',').map(Number).filter((n) => n > 0);
  return process.argv.includes('--quick') ? [1000, 10_000] : [1000, 10_000, 50_000, 100_000];
}

async function main(): Promise<void> {
  // `--generate DIR N`: only write the vault, for host benchmarks (VS Code, Obsidian) to open.
  const gen = process.argv.indexOf('--generate');
  if (gen !== -1) {
    return generate(process.argv[gen + 1] as string, Number(process.argv[gen + 2] ?? 10_000));
  }
  const ch = process.argv.indexOf('--changes');
  if (ch !== -1) {
    process.stdout.write(JSON.stringify(await changesRun(Number(process.argv[ch + 1]))) + '\n');
    return;
  }
  const sizes = sizesArg();
  const pairs = Number(process.env.SELFTRUST_BENCH_PAIRS ?? 5);
  const f = (x: number): string => x.toFixed(0).padStart(6);
  console.log(`Self-Trust Practice benchmark. Vaults: ${os.tmpdir()}/selftrust-bench-vaults (cached).`);
  console.log('Vault shape per 10k notes: 5,000 unrelated (tags, dates; 250 of them daily notes with check-ins), 100 promises with two years of daily logs, 4,900 other exercise notes.\n');
  console.log(`1. selftrust report --json against the floor (readFileSync of every .md, nothing else): separate processes, alternating, medians of ${pairs} pairs`);
  console.log('notes     floor ms  cpu   RSS MB   report ms  cpu   RSS MB   time ratio  RSS ratio');
  const cliRows: CliRow[] = [];
  for (const n of sizes) {
    const r = cliAgainstFloor(n, pairs);
    cliRows.push(r);
    console.log(
      `${String(n).padEnd(8)} ${f(r.floor.wallMs)}  ${f(r.floor.cpuMs)}  ${f(r.floor.maxRssMb)}    ${f(r.cli.wallMs)}  ${f(r.cli.cpuMs)}  ${f(r.cli.maxRssMb)}      ${(r.cli.wallMs / r.floor.wallMs).toFixed(2).padStart(5)}      ${(r.cli.maxRssMb / r.floor.maxRssMb).toFixed(2).padStart(5)}`,
    );
  }
  console.log('Targets: time ratio <= 2.0 and RSS ratio <= 2.0 at 10k and 50k notes.\n');

  console.log('2. One changed note: index update (parse) + new model, in process (median of 21, after 5 untimed)');
  const changeRows: ChangeRow[] = [];
  for (const n of sizes) {
    const out = execFileSync(process.execPath, [process.argv[1] as string, '--changes', String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop() as string) as ChangeRow;
    changeRows.push(r);
    const parts = Object.entries(r.changes).map(([k, v]) => `${k} ${v.toFixed(2)} ms`);
    console.log(`${String(n).padEnd(8)} load ${r.loadMs.toFixed(0)} ms, first model ${r.firstModelMs.toFixed(1)} ms; ${parts.join('; ')}`);
    const kept = r.changes['promise kept today'] ?? NaN;
    console.log(`${''.padEnd(8)} floor of "promise kept today" (parsing that note alone): ${r.parseFloorMs.toFixed(2)} ms; ratio ${(kept / r.parseFloorMs).toFixed(2)}`);
  }
  console.log('Target: <= 5 ms at 50k notes.\n');

  console.log('3. Bundles');
  console.log(`dist/obsidian/main.js      ${kb('obsidian/main.js')} (target <= 300 KB); evaluating it: ${obsidianEvaluateMs().toFixed(1)} ms (median of 15)`);
  console.log(`dist/vscode/extension.js   ${kb('vscode/extension.js')}`);
  console.log(`dist/vscode/webview.js     ${kb('vscode/webview.js')}`);
  console.log(`dist/cli.js                ${kb('cli.js')}`);
  fs.mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-results', 'bench.json'), JSON.stringify({ cli: cliRows, changes: changeRows }, null, 2));
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
