/**
 * Issue 12 as a user runs the CLI: a promise named by its words, a word on the day (`--note`), what
 * got in the way (`--missed`), "I won't…" promises and their slips (`--slip`), and the report.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust } from './cli-binary';

const vaults: string[] = [];
function vault(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-issue12-'));
  vaults.push(dir);
  mkdirSync(path.join(dir, '.obsidian'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
afterEach(() => {
  for (const dir of vaults.splice(0)) rmSync(dir, { recursive: true, force: true });
});
beforeAll(async () => {
  await cliBinary();
}, 120_000);

const run = (dir: string, ...args: string[]) => selftrust([...args], { cwd: dir });
const notes = (dir: string) => readdirSync(path.join(dir, 'Self-trust')).sort();
const read = (dir: string, name: string) => readFileSync(path.join(dir, 'Self-trust', name), 'utf8');

describe('selftrust new small-promise: the promise first, then the note', () => {
  it('names the note after the promise, safely, and never overwrites: the same words again get the day, and both count', async () => {
    const dir = vault();
    const first = await run(dir, 'new', 'small-promise', '--date', '2026-11-20', '--set', 'promise=Walk 15 minutes: after lunch?');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout.trim()).toBe(path.join(dir, 'Self-trust', 'Walk 15 minutes after lunch.md'));
    const text = read(dir, 'Walk 15 minutes after lunch.md');
    expect(text).toContain('promise: "Walk 15 minutes: after lunch?"\n');
    expect(text).toContain('date: 2026-11-20\n');
    const second = await run(dir, 'new', 'small-promise', '--date', '2026-11-21', '--set', 'promise=Walk 15 minutes: after lunch?');
    // Not "… 2.md": that name with the same promise is what a sync copy looks like, and would not be counted.
    expect(second.stdout.trim()).toBe(path.join(dir, 'Self-trust', 'Walk 15 minutes after lunch (2026-11-21).md'));
    expect(read(dir, 'Walk 15 minutes after lunch.md')).toBe(text);
    const third = await run(dir, 'new', 'small-promise', '--date', '2026-11-21', '--set', 'promise=Walk 15 minutes: after lunch?');
    expect(third.stdout.trim()).toBe(path.join(dir, 'Self-trust', 'Walk 15 minutes after lunch (2026-11-21, 2).md'));
    // Two promises with the same words on different days both count; the third is the second to the letter: a copy, listed.
    const report = JSON.parse((await run(dir, 'report', '--today', '2026-11-22', '--json')).stdout);
    expect(report.promises.map((p: { path: string }) => p.path)).toEqual(['Self-trust/Walk 15 minutes after lunch (2026-11-21).md', 'Self-trust/Walk 15 minutes after lunch.md']);
    expect(report.counts.problems).toBe(1);
  }, 30_000);

  it('cuts a long promise at a word; keeps dated names for a draft and for every other exercise', async () => {
    const dir = vault();
    const long = 'Put the phone in the kitchen before nine so the evening is mine again and sleep comes easier';
    expect((await run(dir, 'new', 'small-promise', '--date', '2026-11-20', '--set', `promise=${long}`)).code).toBe(0);
    expect((await run(dir, 'new', 'small-promise', '--date', '2026-11-20')).code).toBe(0);
    expect((await run(dir, 'new', 'mindfulness', '--date', '2026-11-20')).code).toBe(0);
    expect(notes(dir)).toEqual([
      '2026-11-20 Mindfulness for self-trust.md',
      '2026-11-20 Small promise.md',
      'Put the phone in the kitchen before nine so the evening is mine again and sleep.md',
    ]);
  }, 30_000);

  it('makes an "I won\'t…" promise with --set aim=at-most (times 0: never; or a limit)', async () => {
    const dir = vault();
    const never = await run(dir, 'new', 'small-promise', '--date', '2026-11-20', '--set', 'promise=Look at my phone in bed', '--set', 'aim=at-most');
    expect(never.code).toBe(0);
    const text = read(dir, 'Look at my phone in bed.md');
    expect(text).toMatch(/\ntimes: 0\n/);
    expect(text).toMatch(/\naim: at-most\n/);
    expect(text).toMatch(/\nslipped: \[\]\n/);
    const two = await run(dir, 'new', 'small-promise', '--set', 'promise=Coffee', '--set', 'aim=at most', '--set', 'times=2', '--set', 'per=week');
    expect(two.code).toBe(0);
    expect(read(dir, 'Coffee.md')).toMatch(/\ntimes: 2\nper: week\n/);
    const bad = await run(dir, 'new', 'small-promise', '--set', 'promise=X', '--set', 'aim=sometimes');
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('"aim" takes at-least');
    const zero = await run(dir, 'new', 'small-promise', '--set', 'promise=Y', '--set', 'times=0');
    expect(zero.code).toBe(2);
    expect(existsSync(path.join(dir, 'Self-trust', 'Y.md'))).toBe(false);
  }, 30_000);
});

const WALK = 'Self-trust/Walk.md';
const walk = ['---', 'selftrust: small-promise', 'schema: 1', 'date: 2026-11-16', 'promise: Walk', 'times: 1', 'per: day', 'kept:', '  - 2026-11-16', 'skipped: []', 'status: active', '---', 'Mine.', ''].join('\n');
const PHONE = 'Self-trust/Phone in bed.md';
const phone = ['---', 'selftrust: small-promise', 'schema: 1', 'date: 2026-11-16', 'promise: Phone in bed', 'aim: at-most', 'times: 0', 'per: day', 'kept: []', 'skipped: []', 'slipped: []', 'status: active', '---', ''].join('\n');
const file = (dir: string, rel: string) => readFileSync(path.join(dir, rel), 'utf8');

describe('selftrust log: a word on the day', () => {
  it('--note writes the words after the day; on a day already kept the words go on that keep; --undo takes both back', async () => {
    const dir = vault({ [WALK]: walk });
    const kept = await run(dir, 'log', 'Walk', '--date', '2026-11-17', '--note', 'walked with Sam');
    expect(kept).toMatchObject({ code: 0 });
    expect(kept.stdout).toContain('Kept: "Walk" on 2026-11-17: walked with Sam.');
    expect(file(dir, WALK)).toContain('kept:\n  - 2026-11-16\n  - 2026-11-17 walked with Sam\n');
    const words = await run(dir, 'log', 'Walk', '--date', '2026-11-16', '--note', 'first day: rain');
    expect(words.stdout).toContain('Your words are on the keep of "Walk" on 2026-11-16: first day: rain.');
    expect(file(dir, WALK)).toContain('  - "2026-11-16 first day: rain"\n');
    const undo = await run(dir, 'log', 'Walk', '--date', '2026-11-17', '--undo');
    expect(undo.stdout).toContain('Took back one keep of "Walk" on 2026-11-17');
    expect(file(dir, WALK)).not.toContain('walked with Sam');
    expect((await run(dir, 'log', 'Walk', '--undo', '--note', 'x')).code).toBe(2);
  }, 30_000);

  it('words on a day that has words say which words they replaced and how to put them back; the same words again change nothing', async () => {
    const before = walk.replace('  - 2026-11-16\n', '  - 2026-11-16 first day\n');
    const dir = vault({ [WALK]: before });
    const replaced = await run(dir, 'log', 'Walk', '--date', '2026-11-16', '--note', 'replaced words');
    expect(replaced).toMatchObject({ code: 0, stderr: '' });
    expect(replaced.stdout).toBe(
      'Your words for "Walk" on 2026-11-16 now read "replaced words" (they were "first day"). To put them back, log the day again with --note "first day".\n',
    );
    expect(file(dir, WALK)).toBe(before.replace('2026-11-16 first day', '2026-11-16 replaced words'));
    const again = await run(dir, 'log', 'Walk', '--date', '2026-11-16', '--note', 'replaced words');
    expect(again.stdout).toBe('Your words for "Walk" on 2026-11-16 already read "replaced words"; nothing changed.\n');
    expect(file(dir, WALK)).toBe(before.replace('2026-11-16 first day', '2026-11-16 replaced words'));
    // As the sentence says: the same log with the old words gives them back, and the note is as it was.
    expect((await run(dir, 'log', 'Walk', '--date', '2026-11-16', '--note', 'first day')).stdout).toContain('now read "first day" (they were "replaced words")');
    expect(file(dir, WALK)).toBe(before);

    const rest = await run(dir, 'log', 'Walk', '--date', '2026-11-18', '--skip', '--note', 'dentist');
    expect(rest.stdout).toContain('Rest day: "Walk" on 2026-11-18: dentist.');
    expect((await run(dir, 'log', 'Walk', '--date', '2026-11-18', '--skip', '--note', 'flu')).stdout).toContain(
      'Your words for "Walk" on 2026-11-18 now read "flu" (they were "dentist").',
    );
    await run(dir, 'log', 'Walk', '--date', '2026-11-19', '--missed', '--note', 'too tired');
    expect((await run(dir, 'log', 'Walk', '--date', '2026-11-19', '--missed', '--note', 'late shift')).stdout).toContain(
      'Your words for "Walk" on 2026-11-19 now read "late shift" (they were "too tired").',
    );
    expect(file(dir, WALK)).toContain('skipped: [2026-11-18 flu]\n');
    expect(file(dir, WALK)).toContain('missed:\n  - 2026-11-19 late shift\n');
  }, 30_000);

  it('--skip --note gives a rest day its reason; --missed --note says what got in the way and changes no number', async () => {
    const dir = vault({ [WALK]: walk });
    expect((await run(dir, 'log', 'Walk', '--date', '2026-11-18', '--skip', '--note', 'dentist')).stdout).toContain('Rest day: "Walk" on 2026-11-18: dentist.');
    const before = await run(dir, 'report', '--today', '2026-11-22', '--json');
    const missed = await run(dir, 'log', 'Walk', '--date', '2026-11-19', '--missed', '--note', 'too tired after the late shift');
    expect(missed.stdout).toContain('Noted what got in the way of "Walk" on 2026-11-19: too tired after the late shift. It changes no number');
    expect(file(dir, WALK)).toContain('missed:\n  - 2026-11-19 too tired after the late shift\n---');
    const after = await run(dir, 'report', '--today', '2026-11-22', '--json');
    const card = (out: string) => JSON.parse(out).promises[0];
    const { heatmap: _a, heatmapYear: _ay, ...beforeFigures } = card(before.stdout);
    const { heatmap: _b, heatmapYear: _by, ...afterFigures } = card(after.stdout);
    expect(afterFigures).toEqual(beforeFigures);
    expect(JSON.parse(after.stdout).weeks[0].rollup.inTheWay).toEqual([{ promise: 'Walk', path: WALK, date: '2026-11-19', words: 'too tired after the late shift' }]);
    const noWords = await run(dir, 'log', 'Walk', '--date', '2026-11-20', '--missed');
    expect(noWords.code).toBe(2);
    expect(noWords.stderr).toContain('--missed writes what got in the way');
    const keptDay = await run(dir, 'log', 'Walk', '--date', '2026-11-16', '--missed', '--note', 'rain');
    expect(keptDay.code).toBe(1);
    expect(keptDay.stderr).toContain('2026-11-16 is kept, so it was not marked missed');
  }, 30_000);
});

describe('selftrust log --slip: "I won\'t…" promises', () => {
  it('logs each slip kindly with where the day stands, takes one back, and refuses a keep', async () => {
    const dir = vault({ [PHONE]: phone });
    const slip = await run(dir, 'log', 'Phone in bed', '--slip', '--date', '2026-11-18', '--note', 'after the late shift');
    expect(slip).toMatchObject({ code: 0 });
    expect(slip.stdout).toContain('Slip logged: "Phone in bed" on 2026-11-18 (after the late shift): 1 that day, at most 0 a day. That is past the limit of 0; the next day starts fresh. A slip is information, not a verdict.');
    expect(file(dir, PHONE)).toContain('slipped: [2026-11-18 after the late shift]');
    const keep = await run(dir, 'log', 'Phone in bed');
    expect(keep.code).toBe(2);
    expect(keep.stderr).toContain('"I won\'t…" promise');
    const onWalk = await run(dir, 'log', 'Walk', '--slip', '--vault', vault({ [WALK]: walk }));
    expect(onWalk.code).toBe(2);
    const undo = await run(dir, 'log', 'Phone in bed', '--slip', '--undo', '--date', '2026-11-18');
    expect(undo.stdout).toContain('Took back one slip of "Phone in bed" on 2026-11-18.');
    expect(file(dir, PHONE)).toContain('slipped: []');
    expect((await run(dir, 'log', 'Phone in bed', '--slip', '--skip')).code).toBe(2);
  }, 30_000);
});

describe('selftrust new small-promise: a name that would hide the note', () => {
  it('drops a leading dot, so the promise is listed and can be logged', async () => {
    const dir = vault();
    const made = await run(dir, 'new', 'small-promise', '--date', '2026-11-20', '--set', 'promise=.NET kata 20 minutes');
    expect(made.stdout.trim()).toBe(path.join(dir, 'Self-trust', 'NET kata 20 minutes.md'));
    expect(read(dir, 'NET kata 20 minutes.md')).toContain('promise: ".NET kata 20 minutes"\n');
    const report = await run(dir, 'report', '--today', '2026-11-20');
    expect(report.stdout).toContain('  .NET kata 20 minutes\n');
    expect((await run(dir, 'log', '.NET kata', '--date', '2026-11-20')).code).toBe(0);
  }, 30_000);
});

describe('selftrust report: a promise that starts later', () => {
  it('says when it starts instead of "0 of 1 today", and a keep before then is refused with how to move start', async () => {
    const dir = vault();
    const made = await run(dir, 'new', 'small-promise', '--date', '2026-11-30', '--set', 'promise=Run before work', '--set', 'start=2026-12-07');
    expect(made.code).toBe(0);
    const out = await run(dir, 'report', '--today', '2026-11-30');
    expect(out.stdout).toContain('  Run before work\n    once a day; starts on 2026-12-07: nothing is asked before then\n');
    expect(out.stdout).not.toContain('0 of 1');
    const early = await run(dir, 'log', 'Run before work', '--date', '2026-11-30');
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('2026-11-30 is before this promise starts (2026-12-07), so it would not count and was not logged. Nothing is asked before then; to begin sooner, change "start:" in the note to 2026-11-30 or earlier.');
  }, 30_000);
});

describe('selftrust report: check-ins from daily notes', () => {
  it('reads the daily notes where Obsidian keeps them, counts a day once, and never writes them', async () => {
    const daily = '# Friday\n- [x] Walked after lunch [[Walk]]\n- [ ] Stretch [[Walk]]\n';
    const rest = '- [x] day off [[Self-trust/Walk|the walk]] #rest\n';
    const dir = vault({
      [WALK]: walk,
      '.obsidian/daily-notes.json': JSON.stringify({ folder: 'Journal', format: 'D MMMM YYYY' }),
      'Journal/16 November 2026.md': daily, // also kept in the promise note: one keep
      'Journal/17 November 2026.md': daily,
      'Journal/18 November 2026.md': rest,
      'Journal/Ideas.md': daily, // not a daily note by its name
      '2026-11-19.md': daily, // not in the daily folder, not in its format
    });
    const out = await run(dir, 'report', '--today', '2026-11-19', '--json');
    expect(out.code).toBe(0);
    const card = JSON.parse(out.stdout).promises[0];
    const heat = (day: string) => card.heatmap.find((h: { date: string }) => h.date === day);
    expect(heat('2026-11-16')).toEqual({ date: '2026-11-16', state: 'kept', count: 1, from: ['Journal/16 November 2026.md'] });
    expect(heat('2026-11-17')).toEqual({ date: '2026-11-17', state: 'kept', count: 1, from: ['Journal/17 November 2026.md'] });
    expect(heat('2026-11-18')).toMatchObject({ state: 'rest', from: ['Journal/18 November 2026.md'] });
    expect(heat('2026-11-19').state).toBe('pending');
    expect(card.currentStreak).toBe(2);
    expect(file(dir, 'Journal/17 November 2026.md')).toBe(daily);
    expect(file(dir, WALK)).toBe(walk);
  }, 30_000);

  it('reads a note with a date property anywhere as a daily note, and the session summary and weekly reflection count its days', async () => {
    const standup = '---\ntags: [work]\ndate: 2026-11-17\n---\n# Stand-up\n- [x] walked to the office [[Walk]]\n';
    const dir = vault({
      [WALK]: walk,
      'Work/Stand-up.md': standup, // not in the daily folder (the top, by default), but it has a date
      'Work/Ideas.md': '- [x] walked [[Walk]]\n', // no date, no day in its name: not a daily note
    });
    const out = await run(dir, 'report', '--today', '2026-11-19', '--json');
    const card = JSON.parse(out.stdout).promises[0];
    expect(card.heatmap.find((h: { date: string }) => h.date === '2026-11-17')).toEqual({ date: '2026-11-17', state: 'kept', count: 1, from: ['Work/Stand-up.md'] });
    expect(card.heatmap.find((h: { date: string }) => h.date === '2026-11-18').state).toBe('missed');
    const summary = await run(dir, 'summary', '--from', '2026-11-16', '--to', '2026-11-19', '--sections', 'promises', '--today', '2026-11-19');
    expect(summary.code).toBe(0);
    const written = readdirSync(path.join(dir, 'Self-trust')).find((n) => /summary/i.test(n));
    expect(written).toBeDefined();
    expect(read(dir, written as string)).toMatch(/Walk[^\n]*2 of/);
    const reflection = await run(dir, 'new', 'weekly-reflection', '--date', '2026-11-19');
    expect(reflection.code).toBe(0);
    expect(readFileSync(reflection.stdout.trim(), 'utf8')).toMatch(/Walk[^\n]*2 of/);
    expect(file(dir, 'Work/Stand-up.md')).toBe(standup);
  }, 30_000);
});
