/**
 * `npm run bench`: how fast a vault is indexed, compared with merely reading its files, how long one
 * changed note takes to reach a fresh dashboard model, and the peak memory. Each size runs in its own
 * process so that peak memory belongs to that size alone.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays } from '../src/core/day';
import { generate, TODAY } from './bench-vault';
import { buildDashboard } from '../src/core/dashboard/build-dashboard';
import { addDayToList } from '../src/core/edit/frontmatter-list';
import { DEFAULT_SETTINGS } from '../src/core/ports';
import { loadVault, readVault } from '../src/cli/load-vault';


/** The same reads as the index makes, and nothing else: the baseline of the ratio. */
async function readAll(dir: string): Promise<number> {
  let bytes = 0;
  await readVault(dir, (_path, text) => {
    if (typeof text === 'string') bytes += text.length;
  });
  return bytes;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

async function runOne(count: number): Promise<void> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `selftrust-bench-${count}-`));
  try {
    await generate(dir, count);
    await readAll(dir); // Warm the OS cache, so both timings below read from memory alike.
    const reads: number[] = [];
    const indexes: number[] = [];
    let index = await loadVault(dir);
    for (let round = 0; round < 3; round++) {
      reads.push((await time(() => readAll(dir)))[0]);
      const [ms, built] = await time(() => loadVault(dir));
      indexes.push(ms);
      index = built;
    }
    const [firstModelMs] = await time(() => buildDashboard(index, TODAY, DEFAULT_SETTINGS));

    // One changed note: a promise gets today's day, the index takes it, the model is rebuilt.
    const target = [...index.notes()].find((n) => n.entry?.kind === 'small-promise');
    if (!target) throw new Error('no promise in the generated vault');
    const file = path.join(dir, ...target.path.split('/'));
    const original = await fs.readFile(file, 'utf8');
    const changes: number[] = [];
    for (let k = 0; k < 15; k++) {
      const edit = addDayToList(original, 'skipped', addDays(TODAY, 1 + k));
      if (!edit.ok) throw new Error(edit.reason);
      const [ms] = await time(() => {
        index.upsert(target.path, edit.text);
        return buildDashboard(index, TODAY, DEFAULT_SETTINGS);
      });
      changes.push(ms);
    }
    const row = {
      notes: count,
      readMs: median(reads),
      indexMs: median(indexes),
      ratio: median(indexes) / median(reads),
      firstModelMs,
      changeMs: median(changes),
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
    process.stdout.write(JSON.stringify(row) + '\n');
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // `--generate DIR N`: only write the vault, for host benchmarks (VS Code, Obsidian) to open.
  const gen = process.argv.indexOf('--generate');
  if (gen !== -1) return generate(process.argv[gen + 1] as string, Number(process.argv[gen + 2] ?? 10_000));
  const arg = process.argv.indexOf('--size');
  if (arg !== -1) return runOne(Number(process.argv[arg + 1]));
  const sizes = process.argv.includes('--quick') ? [1000] : [1000, 10_000, 50_000];
  console.log('Self-Trust Practice benchmark (half our notes, half unrelated; OS cache warm; medians of 3 runs)\n');
  console.log('notes    read files   cold index   ratio   first model   one change + model   peak RSS');
  for (const n of sizes) {
    const out = execFileSync(process.execPath, [process.argv[1] as string, '--size', String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    const r = JSON.parse(out.trim().split('\n').pop() as string) as Record<string, number>;
    const f = (x: number | undefined, unit = ' ms') => `${(x ?? 0).toFixed(1)}${unit}`;
    console.log(
      `${String(n).padEnd(8)} ${f(r.readMs).padStart(10)}   ${f(r.indexMs).padStart(10)}   ${(r.ratio ?? 0).toFixed(2).padStart(5)}   ${f(r.firstModelMs).padStart(11)}   ${f(r.changeMs).padStart(18)}   ${f(r.peakRssMb, ' MB').padStart(8)}`,
    );
  }
  console.log('\nTargets: ratio <= 2.0 at 10k notes; one changed note <= 5 ms.');
}

void main();
