/**
 * `npm run bench`: how fast a vault is indexed, compared with merely reading its files, how long one
 * changed note takes to reach a fresh dashboard model, and the peak memory. Each size runs in its own
 * process so that peak memory belongs to that size alone.
 */
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays, dayOf, type Day } from '../src/core/day';
import { buildDashboard } from '../src/core/dashboard/build-dashboard';
import { addDayToList } from '../src/core/edit/frontmatter-list';
import { DEFAULT_SETTINGS } from '../src/core/ports';
import { loadVault } from '../src/cli/load-vault';
import { listNotes } from '../src/cli/node-store';

const TODAY = dayOf(2026, 11, 26);

/** A small deterministic PRNG, so every run benchmarks the same vault. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WORDS =
  'the a walk felt calm today i noticed work call family long tired proud small step kept again slowly breath morning evening kind friend honest plan tomorrow note garden coffee project meeting rain light'.split(
    ' ',
  );

function prose(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(WORDS[Math.floor(rand() * WORDS.length)] as string);
    if (i % 14 === 13) out.push('.\n');
  }
  return out.join(' ');
}

function ourNote(i: number, rand: () => number): string {
  const date = addDays(TODAY, -Math.floor(rand() * 1800));
  const body = `\n## Notes\n\n${prose(rand, 150 + Math.floor(rand() * 250))}\n`;
  // A person keeps a handful of promises; the rest of a vault of ours is journals, reflections and the like.
  switch (i < 12 ? 0 : 1 + (i % 5)) {
    case 0: {
      const kept: Day[] = [];
      for (let d = 0; d < 365; d++) if (rand() < 0.7) kept.push(addDays(TODAY, -d));
      return `---\nselftrust: small-promise\nschema: 1\ndate: ${date}\npromise: Walk ${i} minutes\ntimes: 1\nper: day\nstatus: active\nkept:\n${kept.reverse().map((d) => `  - ${d}`).join('\n')}\nskipped: []\n---\n${body}`;
    }
    case 1:
      return `---\nselftrust: emotional-journal\nschema: 1\ndate: ${date}\nemotions:\n  - calm 4/10\n  - tired 6/10\nintensity: 5\ntrigger: a long call\n---\n${body}`;
    case 2:
      return `---\nselftrust: value-mapping\nschema: 1\ndate: ${date}\nvalues:\n  - Family 8/10\n  - Honesty 7/10\n  - Health 4/10\n  - Growth 6/10\n---\n${body}`;
    case 3:
      return `---\nselftrust: mistake-ledger\nschema: 1\ndate: ${date}\nmistake: Said yes too fast\nlesson: Pause before answering\napplied: ${rand() < 0.5}\n---\n${body}`;
    case 4:
      return `---\nselftrust: weekly-reflection\nschema: 1\ndate: ${date}\nrating: ${1 + Math.floor(rand() * 10)}\nwins:\n  - kept my walks\nadjust:\n  - earlier nights\n---\n${body}`;
    default:
      return `---\nselftrust: self-trust-check-in\nschema: 1\ndate: ${date}\nconfidence: 3\nreliability: 4\nresilience: 3\nintuition: 2\nlimits: 4\nalignment: 3\naccountability: 4\n---\n${body}`;
  }
}

function otherNote(i: number, rand: () => number): string {
  const front = i % 3 === 0 ? `---\ntags: [project, notes]\naliases: [Note ${i}]\ncreated: 2025-01-0${1 + (i % 9)}\n---\n` : '';
  return `${front}# Note ${i}\n\n${prose(rand, 200 + Math.floor(rand() * 1200))}\n`;
}

async function generate(dir: string, count: number): Promise<void> {
  const rand = rng(count);
  for (let i = 0; i < count; i++) {
    const ours = i % 2 === 0;
    const folder = ours ? 'Self-trust' : `Notes/${i % 40}`;
    await fs.mkdir(path.join(dir, folder), { recursive: true });
    await fs.writeFile(path.join(dir, folder, `note ${i}.md`), ours ? ourNote(i / 2, rand) : otherNote(i, rand));
  }
}

async function readAll(dir: string): Promise<number> {
  const paths = await listNotes(dir);
  let bytes = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < paths.length) {
        const p = paths[next++] as string;
        bytes += (await fs.readFile(path.join(dir, ...p.split('/')), 'utf8')).length;
      }
    }),
  );
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
