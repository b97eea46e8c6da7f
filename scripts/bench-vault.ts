/** The benchmark vault: deterministic, realistic sizes, half our notes and half unrelated ones. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { addDays, dayOf, type Day } from '../src/core/day';

/** The last day of every benchmark vault. */
export const TODAY = dayOf(2026, 11, 26);

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

/** The notes of a benchmark vault, as vault-relative paths and texts: half ours, half unrelated. */
export function* benchNotes(count: number): Generator<[string, string]> {
  const rand = rng(count);
  for (let i = 0; i < count; i++) {
    const ours = i % 2 === 0;
    const folder = ours ? 'Self-trust' : `Notes/${i % 40}`;
    yield [`${folder}/note ${i}.md`, ours ? ourNote(i / 2, rand) : otherNote(i, rand)];
  }
}

/** Writes a benchmark vault of `count` notes into `dir`. */
export async function generate(dir: string, count: number): Promise<void> {
  for (const [rel, text] of benchNotes(count)) {
    await fs.mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await fs.writeFile(path.join(dir, rel), text);
  }
}

