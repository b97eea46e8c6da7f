import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, promises as fs, rmSync, symlinkSync, mkdirSync, writeFileSync, readFileSync, readdirSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust } from './cli-binary';
import { EXERCISES } from '../../src/core/catalog/exercises';
import { addDays, localDayOf } from '../../src/core/day';

const vaults: string[] = [];
function tempVault(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-vault-'));
  vaults.push(dir);
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

const promiseNote = (promise: string, kept: string[], extra = '') =>
  [
    '---',
    'selftrust: small-promise',
    'schema: 1',
    'date: 2026-11-01',
    `promise: ${JSON.stringify(promise)}`,
    'times: 1',
    'per: day',
    '# the days I kept it',
    'kept:',
    ...kept.map((d) => `  - ${d}`),
    'skipped: []',
    'status: active',
    extra,
    '---',
    '',
    'Why this matters to me: I want to feel at home in my body again.',
    '',
  ].join('\n');

describe('selftrust list', () => {
  it('prints every exercise with its id and title', async () => {
    const r = await selftrust(['list'], { cwd: os.tmpdir() });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(EXERCISES.length);
    expect(lines[0]).toMatch(/^small-promise\s+Small promise$/);
    expect(r.stdout).toContain('getting-support');
  });
});

describe('selftrust new', () => {
  it('creates the note in the notes folder, fills the date and fields, and prints its path', async () => {
    const vault = tempVault();
    const r = await selftrust(['new', 'small-promise', '--vault', vault, '--date', '2026-11-26', '--set', 'promise=Walk 15 minutes: around the block #health', '--set', 'times=2', '--set', 'per=week'], {
      cwd: os.tmpdir(),
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = r.stdout.trim();
    expect(file.startsWith(path.join(vault, 'Self-trust') + path.sep)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('selftrust: small-promise');
    expect(text).toMatch(/date: "?2026-11-26"?/);
    // The note reads back as the promise the user typed.
    const report = await selftrust(['report', '--vault', vault, '--today', '2026-11-26', '--json'], { cwd: vault });
    const model = JSON.parse(report.stdout) as { promises: { promise: string; times: number; per: string }[]; problems: unknown[] };
    expect(model.problems).toEqual([]);
    expect(model.promises).toMatchObject([{ promise: 'Walk 15 minutes: around the block #health', times: 2, per: 'week' }]);
  });

  it('never overwrites: a second note the same day gets a free name', async () => {
    const vault = tempVault();
    const first = await selftrust(['new', 'emotional-journal', '--date', '2026-11-26'], { cwd: vault });
    const second = await selftrust(['new', 'emotional-journal', '--date', '2026-11-26'], { cwd: vault });
    expect(first.code).toBe(0);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).not.toBe(first.stdout.trim());
    writeFileSync(first.stdout.trim(), 'my own words');
    const third = await selftrust(['new', 'emotional-journal', '--date', '2026-11-26'], { cwd: vault });
    expect(readFileSync(first.stdout.trim(), 'utf8')).toBe('my own words');
    expect(readdirSync(path.join(vault, 'Self-trust'))).toHaveLength(3);
    expect(third.code).toBe(0);
  });

  it('uses the template the user keeps in the template folder', async () => {
    const vault = tempVault({ 'Templates/Self-trust/mindfulness.md': '---\nselftrust: mindfulness\ndate: {{date}}\nminutes: 10\n---\nMy own breathing script.\n' });
    const r = await selftrust(['new', 'mindfulness', '--date', '2026-11-20'], { cwd: vault });
    expect(readFileSync(r.stdout.trim(), 'utf8')).toContain('My own breathing script.');
  });

  it('puts notes where the Obsidian plugin would, by its saved settings, read by its rules', async () => {
    const data = (saved: object) => ({ '.obsidian/plugins/self-trust-practice/data.json': JSON.stringify(saved) });
    const good = tempVault(data({ notesFolder: 'Journal/Trust', fileNamePattern: '{title} {date}' }));
    const r = await selftrust(['new', 'boundary-log', '--date', '2026-11-26'], { cwd: good });
    expect(r.stdout.trim()).toBe(path.join(good, 'Journal', 'Trust', 'Boundary log 2026-11-26.md'));
    // Values the plugin would refuse (outside the vault, a pattern without {date}) fall back to the defaults.
    const bad = tempVault(data({ notesFolder: '../Elsewhere', fileNamePattern: '{title}' }));
    const b = await selftrust(['new', 'boundary-log', '--date', '2026-11-26'], { cwd: bad });
    expect(b.stdout.trim()).toBe(path.join(bad, 'Self-trust', '2026-11-26 Boundary log.md'));
  });

  it('rejects an unknown exercise or a bad date with a one-line message and exit 2', async () => {
    const vault = tempVault();
    for (const args of [['new', 'gratitude'], ['new', 'small-promise', '--date', '2026-02-30'], ['new'], ['report', '--frobnicate'], ['nonsense']]) {
      const r = await selftrust(args, { cwd: vault });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

describe('selftrust log', () => {
  it('adds the day to kept by promise text, changing nothing else, idempotently', async () => {
    const before = promiseNote('Walk 15 minutes', ['2026-11-24', '2026-11-25']);
    const vault = tempVault({ 'Self-trust/Walk.md': before, 'Daily/2026-11-26.md': '# Just a day\n' });
    const r = await selftrust(['log', 'walk 15 minutes', '--date', '2026-11-26'], { cwd: vault });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Walk 15 minutes');
    const after = readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8');
    expect(after).toBe(before.replace('  - 2026-11-25\n', '  - 2026-11-25\n  - 2026-11-26\n'));
    const again = await selftrust(['log', 'Walk', '--date', '2026-11-26'], { cwd: vault });
    expect(again.code).toBe(0);
    expect(readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8')).toBe(after);
    // No temp file is left beside the note.
    expect(readdirSync(path.join(vault, 'Self-trust'))).toEqual(['Walk.md']);
  });

  it('records a rest day with --skip, by file name', async () => {
    const before = promiseNote('Cook at home', []);
    const vault = tempVault({ 'Self-trust/Cooking.md': before });
    const r = await selftrust(['log', 'Cooking', '--skip', '--date', '2026-11-20', '--vault', vault], { cwd: os.tmpdir() });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(vault, 'Self-trust/Cooking.md'), 'utf8')).toBe(before.replace('skipped: []', 'skipped: [2026-11-20]'));
  });

  it('logs today by default and reports the streak', async () => {
    const today = localDayOf(new Date());
    const yesterday = addDays(today, -1);
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', [addDays(today, -2), yesterday]) });
    const r = await selftrust(['log', 'Walk'], { cwd: vault });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8')).toContain(`  - ${today}\n`);
    expect(r.stdout).toContain('3 days');
  });

  it('says kindly when no promise matches, and exits 2 (a usage error)', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', []) });
    const r = await selftrust(['log', 'Meditate'], { cwd: vault });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No promise matches "Meditate"');
    expect(r.stderr).toContain('"Walk"');
  });
});

describe('selftrust report', () => {
  it('reads every folder, skips dot-folders and never follows a link out of the vault', async () => {
    const outside = tempVault({ 'Secret.md': promiseNote('Outside the vault', ['2026-11-25']) });
    const vault = tempVault({
      'Self-trust/Walk.md': promiseNote('Walk', ['2026-11-24', '2026-11-25']),
      'Deep/er/Read.md': promiseNote('Read a page', ['2026-11-25']),
      '.trash/Old.md': promiseNote('Deleted promise', ['2026-11-25']),
      '.obsidian/Nope.md': promiseNote('Config promise', ['2026-11-25']),
      'Broken.md': '---\nselftrust: small-promise\npromise: [unclosed\n---\n',
    });
    symlinkSync(outside, path.join(vault, 'Linked'));
    const r = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault });
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as {
      promises: { promise: string; path: string; currentStreak: number; bestStreak: number; streakUnit: string; strength: number; keptRate: number }[];
      problems: { path: string; message: string }[];
    };
    expect(model.promises.map((p) => p.promise).sort()).toEqual(['Read a page', 'Walk']);
    const walk = model.promises.find((p) => p.promise === 'Walk');
    expect(walk).toMatchObject({ path: 'Self-trust/Walk.md', currentStreak: 2, bestStreak: 2, streakUnit: 'day' });
    expect(walk?.strength).toBeGreaterThan(0);
    expect(walk?.keptRate).toBeGreaterThan(0);
    expect(model.problems).toHaveLength(1);
    expect(model.problems[0]?.path).toBe('Broken.md');
  });

  it('prints a readable summary that names notes with problems, exit 0', async () => {
    const vault = tempVault({
      'Self-trust/Walk.md': promiseNote('Walk', ['2026-11-24', '2026-11-25']),
      'Self-trust/Empty.md': '',
      'Self-trust/Binary.md': '---\nselftrust: small-promise\n\u0000\u0001\u0002\u0003---\n',
    });
    const r = await selftrust(['report', '--today', '2026-11-26'], { cwd: vault });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Walk');
    expect(r.stdout).toContain('2 days');
    expect(r.stdout).toContain('Self-trust/Binary.md');
    expect(r.stdout).toContain('not therapy');
  });

  it('writes a self-contained HTML dashboard with --html', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('<img src=x onerror=alert(1)>', ['2026-11-25']) });
    const r = await selftrust(['report', '--today', '2026-11-26', '--html', 'out/dash.html'], { cwd: vault });
    expect(r.code).toBe(0);
    const html = await fs.readFile(path.join(vault, 'out/dash.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(html).not.toContain('<img src=x onerror=alert(1)>');
  });

  it('gives the same days under every time zone', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', ['2026-11-24', '2026-11-25', '2026-11-26']) });
    const outputs = await Promise.all(
      ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati'].map((tz) => selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault, tz })),
    );
    const models = outputs.map((o) => JSON.parse(o.stdout) as { promises: { heatmap: unknown; currentStreak: number }[] });
    expect(models[0]?.promises[0]?.currentStreak).toBe(3);
    expect(models[1]).toEqual(models[0]);
    expect(models[2]).toEqual(models[0]);
  });
});

