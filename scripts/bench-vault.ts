/**
 * The benchmark vault, shaped as issue 11 describes a real one, at any size N (proportions of the
 * 10k vault: 5,000 unrelated notes with tags and dates; 100 promises with two years of daily logs;
 * 4,900 other exercise notes):
 * - N/2 unrelated notes, each with a frontmatter block (tags, a date, aliases) and 200-1,400 words;
 *   one in twenty of them is a daily note (`Daily/YYYY-MM-DD.md`, one a day back from TODAY) with a
 *   few tasks, some checked and linking a promise (issue 12: check-ins from daily notes), one a rest;
 * - N/100 promises started two years before TODAY, each kept on about 80% of its days (a block list
 *   of about 580 days), with a few rest days;
 * - the rest (49%): the other exercises, as the templates write them, with a few hundred words.
 * Deterministic: every run benchmarks the same bytes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { addDays, dayOf, type Day } from '../src/core/day';

/** The last day of every benchmark vault. */
export const TODAY = dayOf(2026, 11, 26);

/** Bump when the notes change, so cached vaults (see cachedVault) are made again. */
const VAULT_VERSION = 5;

/** Days of log each promise holds. */
const PROMISE_DAYS = 730;

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

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

function promiseNote(n: number, rand: () => number): string {
  const start = addDays(TODAY, -(PROMISE_DAYS - 1));
  const kept: Day[] = [];
  const skipped: Day[] = [];
  for (let d = 0; d < PROMISE_DAYS; d++) {
    const r = rand();
    if (r < 0.8) kept.push(addDays(start, d));
    else if (r < 0.84) skipped.push(addDays(start, d));
  }
  const list = (days: Day[]): string => (days.length === 0 ? ' []' : `\n${days.map((d) => `  - ${d}`).join('\n')}`);
  const weekly = n % 10 === 9;
  const status = n % 17 === 16 ? 'paused' : 'active';
  return (
    `---\nselftrust: small-promise\nschema: 1\ndate: ${start}\npromise: Walk ${n} minutes\n` +
    `times: ${weekly ? 3 : 1}\nper: ${weekly ? 'week' : 'day'}\nkept:${list(kept)}\nskipped:${list(skipped)}\nstatus: ${status}\nstart: ${start}\n---\n` +
    `# Small promise\n\n## Notes\n\n${prose(rand, 150 + Math.floor(rand() * 250))}\n`
  );
}

/** Another exercise's note, as its template writes it and a person fills it in. */
function exerciseNote(n: number, date: Day, rand: () => number): { kind: string; text: string } {
  const body = `\n## Notes\n\n${prose(rand, 150 + Math.floor(rand() * 250))}\n`;
  const head = (kind: string): string => `---\nselftrust: ${kind}\nschema: 1\ndate: ${date}\n`;
  switch (n % 8) {
    case 0:
      return {
        kind: 'Emotional journal',
        text: `${head('emotional-journal')}emotions:\n  - ${pick(rand, ['calm', 'anxious', 'proud'])} ${1 + Math.floor(rand() * 10)}/10\n  - tired 6/10\nintensity: ${1 + Math.floor(rand() * 10)}\ntrigger: a long call (${n})\n---\n${body}`,
      };
    case 1:
      return {
        kind: 'Value mapping',
        text: `${head('value-mapping')}values:\n  - Family ${1 + Math.floor(rand() * 10)}/10\n  - Honesty ${1 + Math.floor(rand() * 10)}/10\n  - Health ${1 + Math.floor(rand() * 10)}/10\n  - Growth ${1 + Math.floor(rand() * 10)}/10\n---\n${body}`,
      };
    case 2:
      return {
        kind: 'Mistake ledger',
        text: `${head('mistake-ledger')}mistake: Said yes too fast ${n}\nlesson: Pause before answering\napplied: ${rand() < 0.5}\n---\n${body}`,
      };
    case 3:
      return {
        kind: 'Weekly reflection',
        text: `${head('weekly-reflection')}rating: ${1 + Math.floor(rand() * 10)}\nwins:\n  - kept my walks (${n})\nadjust:\n  - earlier nights\n---\n${body}`,
      };
    case 4:
      return {
        kind: 'Self-trust check-in',
        text: `${head('self-trust-check-in')}confidence: 3\nreliability: 4\nresilience: 3\nintuition: 2\nlimits: 4\nalignment: 3\naccountability: 4\n---\n${body}`,
      };
    case 5:
      return { kind: 'Mindfulness', text: `${head('mindfulness')}minutes: ${5 + Math.floor(rand() * 20)}\n---\n${body}` };
    case 6:
      return {
        kind: 'Boundary log',
        text: `${head('boundary-log')}boundary: No work mail after 8 pm (${n})\nheld: ${rand() < 0.7 ? 'yes' : 'no'}\n---\n${body}`,
      };
    default:
      return {
        kind: 'Self-care check-in',
        text: `${head('self-care-check-in')}energy: ${1 + Math.floor(rand() * 10)}\nneeds:\n  - sleep\n  - a walk\nplan:\n  - bed by 11 (${n})\n---\n${body}`,
      };
  }
}

/** A note of someone's vault that is not ours: tags, dates, aliases, and a page or two of text. */
function unrelatedNote(i: number, rand: () => number): string {
  const created = addDays(TODAY, -Math.floor(rand() * 1800));
  const tags = i % 2 === 0 ? `tags: [project, notes, area/${i % 7}]` : `tags:\n  - journal\n  - topic/${i % 11}`;
  const front = `---\n${tags}\ncreated: ${created}\nupdated: ${addDays(created, Math.floor(rand() * 60))}\naliases: [Note ${i}]\n---\n`;
  return `${front}# Note ${i}\n\n${prose(rand, 200 + Math.floor(rand() * 1200))}\n`;
}

/** A daily note: a few tasks, two checked ones linking promises (by file name), one of them a rest now and then. */
function dailyNote(k: number, promises: number, rand: () => number): string {
  const linked = (n: number) => `[[Small promise ${n % promises}]]`;
  const tasks = [
    `- [x] Walked after lunch ${linked(k)}`,
    `- [ ] Call the dentist`,
    `- [x] ${k % 9 === 0 ? 'Day off, tired' : 'Stretched'} ${linked(k + 3)}${k % 9 === 0 ? ' #rest' : ''}`,
    `- [-] Clean the shed`,
  ];
  return `---
tags: [daily]
---
# ${addDays(TODAY, -k)}

${tasks.join('\n')}

${prose(rand, 100 + Math.floor(rand() * 300))}
`;
}

/** The notes of a benchmark vault of `count` notes, as vault-relative paths and texts (see the file's comment). */
export function* benchNotes(count: number): Generator<[string, string]> {
  const rand = rng(count);
  for (let i = 0; i < count; i++) {
    if (i % 2 === 1) {
      if (i % 40 === 1) {
        const k = (i - 1) / 40;
        yield [`Daily/${addDays(TODAY, -k)}.md`, dailyNote(k, Math.max(1, Math.floor(count / 100)), rand)];
      } else yield [`Notes/${i % 40}/note ${i}.md`, unrelatedNote(i, rand)];
      continue;
    }
    const j = i / 2;
    if (j % 50 === 0) {
      // The promises are named so that the first one, "Walk 0 minutes", is the one the host benches wait for.
      yield [`Self-trust/Promises/Small promise ${j / 50}.md`, promiseNote(j / 50, rand)];
      continue;
    }
    const date = addDays(TODAY, -Math.floor(rand() * PROMISE_DAYS));
    const { kind, text } = exerciseNote(j, date, rand);
    yield [`Self-trust/${date.slice(0, 4)}/${date} ${kind} ${j}.md`, text];
  }
}

/** Writes a benchmark vault of `count` notes into `dir`. */
export async function generate(dir: string, count: number): Promise<void> {
  generateSync(dir, count);
}

function generateSync(dir: string, count: number): void {
  const made = new Set<string>();
  for (const [rel, text] of benchNotes(count)) {
    const file = path.join(dir, rel);
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    fs.writeFileSync(file, text);
  }
}

/**
 * A benchmark vault of `count` notes in a cache folder under the system's temp folder, made once
 * and reused by later runs (a 100k vault takes a while to write). A `.complete` marker tells a
 * finished vault from one a killed run left half written.
 */
export function cachedVault(count: number): string {
  const dir = path.join(os.tmpdir(), 'selftrust-bench-vaults', `v${VAULT_VERSION}-${count}`);
  const marker = path.join(dir, '.complete');
  if (fs.existsSync(marker)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  generateSync(dir, count);
  fs.writeFileSync(marker, '');
  return dir;
}
