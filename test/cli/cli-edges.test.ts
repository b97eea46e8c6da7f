/**
 * The CLI's edges a user hits (issue 9, fault 11; fault 10's days from the command line; fault 8's
 * bad settings): a closed pipe, terminal escapes in notes, a file given as the vault, exit codes,
 * `--set` values, the vault's root, settings that were not used, and days out of range.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust } from './cli-binary';
import { EXERCISE_FIELDS } from '../../src/core/catalog/fields';
import type { ExerciseId } from '../../src/core/entry';
import { parseNote } from '../../src/core/parse/parse-note';
import { bundledTemplate, renderExercise } from '../../src/core/templates/render';
import type { Day } from '../../src/core/day';
import { UsageError } from '../../src/cli/args';
import { NUMBER_RULES, readSetFields } from '../../src/cli/set-fields';
import { escapeControls, jsonForTerminal } from '../../src/cli/terminal-text';

const vaults: string[] = [];
function tempVault(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-edges-'));
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

const promiseNote = (promise: string, kept: string[], per = 'day') =>
  [
    '---',
    'selftrust: small-promise',
    'schema: 1',
    'date: 2026-11-01',
    `promise: ${JSON.stringify(promise)}`,
    'times: 1',
    `per: ${per}`,
    'kept:',
    ...kept.map((d) => `  - ${d}`),
    'skipped: []',
    'status: active',
    '---',
    '',
  ].join('\n');

/** Every raw control character a terminal could act on (tab and newline are layout). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('a closed pipe', () => {
  it('report --json | head -c 10 stops quietly, exit 0, nothing on stderr', async () => {
    // Enough output to fill the pipe many times over, so the writer is still writing when the reader goes.
    const files: Record<string, string> = {};
    const kept = Array.from({ length: 60 }, (_, i) => `2026-${String(9 + Math.floor(i / 28)).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`);
    for (let i = 0; i < 150; i++) files[`Self-trust/Promise ${i}.md`] = promiseNote(`Promise number ${i}`, kept);
    const vault = tempVault(files);
    const bin = await cliBinary();
    const result = await new Promise<{ code: number | null; stderr: string; got: number }>((resolve) => {
      const child = spawn(process.execPath, [bin, 'report', '--json', '--today', '2026-11-26'], { cwd: vault, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let got = 0;
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.stdout.once('data', (chunk: Buffer) => {
        got = chunk.subarray(0, 10).length;
        child.stdout.destroy();
      });
      child.on('close', (code) => resolve({ code, stderr, got }));
    });
    expect(result.got).toBe(10);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('terminal escapes from notes and file names', () => {
  const nasty = 'Walk\u001b[2J \u001b]8;;http://x\u0007here\u001b]8;;\u0007 \u009b31m';
  const title = '\u001b]0;pwned\u0007';

  it('report prints them visibly and inert; report --json stays valid JSON with the same text', async () => {
    const vault = tempVault({
      'Self-trust/Walk.md': promiseNote(nasty, ['2026-11-25']),
      [`Self-trust/${title}.md`]: '---\nselftrust: small-promise\npromise: [unclosed\n---\n',
    });
    const text = await selftrust(['report', '--today', '2026-11-26'], { cwd: vault });
    expect(text.code).toBe(0);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('Walk\\x1b[2J \\x1b]8;;http://x\\x07here');
    expect(text.stdout).toContain('\\x9b31m');
    expect(text.stdout).toContain('\\x1b]0;pwned\\x07.md');

    const json = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault });
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const model = JSON.parse(json.stdout) as { promises: { promise: string }[]; problems: { path: string }[] };
    expect(model.promises.map((p) => p.promise)).toEqual([nasty]);
    expect(model.problems.map((p) => p.path)).toContain(`Self-trust/${title}.md`);
  }, 30_000);

  it('log and its errors print them visibly and inert', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote(nasty, ['2026-11-24']) });
    const miss = await selftrust(['log', 'Meditate\u001b[2J'], { cwd: vault });
    expect(miss.code).not.toBe(0);
    expect(miss.stderr).not.toMatch(RAW_CONTROL);
    expect(miss.stderr).toContain('Meditate\\x1b[2J');
    expect(miss.stderr).toContain('Walk\\x1b[2J');
    const hit = await selftrust(['log', 'Walk', '--date', '2026-11-26'], { cwd: vault });
    expect(hit.code).toBe(0);
    expect(hit.stdout).not.toMatch(RAW_CONTROL);
    expect(hit.stdout).toContain('\\x1b]8;;http://x\\x07');
  }, 30_000);

  it('usage errors print them visibly and inert', async () => {
    const r = await selftrust(['report', '--vault', `missing${title}`], { cwd: tempVault() });
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('missing\\x1b]0;pwned\\x07');
  });

  it('escapes every C0 and C1 control but tab and newline; the JSON form parses back to the same text', () => {
    const all = Array.from({ length: 0xa0 }, (_, i) => String.fromCharCode(i)).join('');
    const shown = escapeControls(all);
    expect(shown).not.toMatch(RAW_CONTROL);
    expect(shown).toContain('\t\n');
    expect(JSON.parse(jsonForTerminal({ all }))).toEqual({ all });
    expect(jsonForTerminal({ all })).not.toMatch(RAW_CONTROL);
  });
});

describe('--vault', () => {
  it('naming a file says it is a file, not a folder, exit 2', async () => {
    const vault = tempVault({ 'notes.md': 'hello' });
    const r = await selftrust(['report', '--vault', 'notes.md'], { cwd: vault });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a file, not a folder');
    expect(r.stderr).not.toContain('does not exist');
  });

  it('defaults to the vault the current folder is in: the nearest folder up that holds .obsidian', async () => {
    const vault = tempVault({ '.obsidian/app.json': '{}', 'Self-trust/Walk.md': promiseNote('Walk', ['2026-11-25']) });
    const inside = path.join(vault, 'Self-trust');
    const made = await selftrust(['new', 'emotional-journal', '--date', '2026-11-26'], { cwd: inside });
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toBe(path.join(vault, 'Self-trust', '2026-11-26 Emotional journal.md'));
    expect(existsSync(path.join(vault, 'Self-trust', 'Self-trust'))).toBe(false);
    const report = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: inside });
    expect((JSON.parse(report.stdout) as { promises: { path: string }[] }).promises.map((p) => p.path)).toEqual(['Self-trust/Walk.md']);
    const logged = await selftrust(['log', 'Walk', '--date', '2026-11-26'], { cwd: inside });
    expect(logged.code).toBe(0);
    expect(readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8')).toContain('  - 2026-11-26\n');
  }, 30_000);

  it('is the current folder when no folder up holds .obsidian', async () => {
    const vault = tempVault();
    const made = await selftrust(['new', 'boundary-log', '--date', '2026-11-26'], { cwd: vault });
    expect(made.stdout.trim()).toBe(path.join(vault, 'Self-trust', '2026-11-26 Boundary log.md'));
  });
});

describe('new --set', () => {
  it('refuses an unknown key and lists the known ones, exit 2, writing nothing', async () => {
    const vault = tempVault();
    const r = await selftrust(['new', 'small-promise', '--set', 'colour=blue'], { cwd: vault });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"colour"');
    expect(r.stderr).toContain('promise, times, per, kept, skipped, status, start');
    expect(existsSync(path.join(vault, 'Self-trust'))).toBe(false);
  });

  it('refuses values their field cannot hold, with what the field takes', async () => {
    const vault = tempVault();
    const cases: [string[], string][] = [
      [['new', 'small-promise', '--set', 'times=abc'], '"times" takes a whole number of 1 or more'],
      [['new', 'small-promise', '--set', 'times=0'], '"times" takes a whole number of 1 or more'],
      [['new', 'small-promise', '--set', 'per=month'], '"per" takes day or week'],
      [['new', 'small-promise', '--set', 'status=someday'], '"status" takes active, paused or done'],
      [['new', 'small-promise', '--set', 'start=0099-06-15'], '"start" takes a day from 1000-01-01 to 9999-12-31'],
      [['new', 'boundary-log', '--set', 'held=maybe'], '"held" takes true or false'],
      [['new', 'emotional-journal', '--set', 'intensity=11'], '"intensity" takes a number from 1 to 10'],
      [['new', 'small-promise', '--set', 'promise=A', '--set', 'promise=B'], 'only a list field takes several values'],
      [['new', 'small-promise', '--set', 'date=2026-11-26'], '--date'],
      [['new', 'self-compassion-letter', '--set', 'mood=ok'], 'has no fields'],
    ];
    const results = await Promise.all(cases.map(([args]) => selftrust(args, { cwd: vault })));
    cases.forEach(([args, message], i) => {
      const r = results[i];
      expect(r?.code, args.join(' ')).toBe(2);
      expect(r?.stderr, args.join(' ')).toContain(message);
      expect(r?.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    });
    expect(existsSync(path.join(vault, 'Self-trust'))).toBe(false);
  }, 30_000);

  it('takes repeated --set for a list field as its items', async () => {
    const vault = tempVault();
    const r = await selftrust(['new', 'value-mapping', '--date', '2026-11-20', '--set', 'values=Honesty 8/10', '--set', 'values=Health 5/10'], { cwd: vault });
    expect(r.code).toBe(0);
    const report = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault });
    const model = JSON.parse(report.stdout) as { values: { values: { name: string; alignment: number | null }[] }; problems: unknown[] };
    expect(model.problems).toEqual([]);
    expect(model.values.values.map((v) => [v.name, v.alignment])).toEqual([
      ['Honesty', 8],
      ['Health', 5],
    ]);
  }, 30_000);

  it('accepts good values, a choice in any case, and a key of the user\'s own template', async () => {
    const vault = tempVault({ 'Templates/Self-trust/mindfulness.md': '---\nselftrust: mindfulness\ndate: {{date}}\nminutes: 10\nplace:\n---\nBreathe.\n' });
    const promise = await selftrust(['new', 'small-promise', '--date', '2026-11-20', '--set', 'promise=Swim', '--set', 'times=2', '--set', 'per=Week'], { cwd: vault });
    expect(promise.code).toBe(0);
    expect(readFileSync(promise.stdout.trim(), 'utf8')).toMatch(/\nper: week\n/);
    const own = await selftrust(['new', 'mindfulness', '--date', '2026-11-20', '--set', 'place=the park', '--set', 'minutes=12'], { cwd: vault });
    expect(own.code).toBe(0);
    expect(readFileSync(own.stdout.trim(), 'utf8')).toContain('place: the park\n');
  }, 30_000);

  it('refuses exactly the numbers the note reader would not count', () => {
    const tries = ['-1', '0', '0.5', '1', '1.5', '4', '5', '6', '10', '10.5', '11', '1e3', 'abc'];
    for (const [id, specs] of Object.entries(EXERCISE_FIELDS) as [ExerciseId, (typeof EXERCISE_FIELDS)[ExerciseId]][]) {
      for (const spec of specs.filter((f) => f.type === 'number')) {
        expect(NUMBER_RULES[spec.key], `${id}.${spec.key} has a rule`).toBeDefined();
        for (const value of tries) {
          const refused = (() => {
            try {
              readSetFields(id, [`${spec.key}=${value}`], bundledTemplate(id));
              return false;
            } catch (error) {
              if (!(error instanceof UsageError)) throw error;
              return true;
            }
          })();
          const fields = id === 'small-promise' ? { promise: 'Walk', [spec.key]: value } : { [spec.key]: value };
          const note = renderExercise(id, { date: '2026-11-26' as Day, weekStart: 'monday', fields });
          const flagged = parseNote('Self-trust/n.md', note).problems.some((p) => p.message.includes(`"${spec.key}"`));
          expect(refused, `${id} --set ${spec.key}=${value}`).toBe(flagged);
        }
      }
    }
  });
});

describe('settings the CLI could not use', () => {
  const data = (text: string) => ({ '.obsidian/plugins/self-trust-practice/data.json': text });

  it('names the setting, its value and what was used, on stderr, for new, log and report', async () => {
    const vault = tempVault({ ...data(JSON.stringify({ notesFolder: '../escape', weekStart: 'friday' })), 'Self-trust/Walk.md': promiseNote('Walk', ['2026-11-24']) });
    const made = await selftrust(['new', 'boundary-log', '--date', '2026-11-26'], { cwd: vault });
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toBe(path.join(vault, 'Self-trust', '2026-11-26 Boundary log.md'));
    expect(made.stderr).toContain('.obsidian/plugins/self-trust-practice/data.json: The setting "notesFolder" is "../escape", but the notes folder must stay inside your vault; "Self-trust" was used instead.');
    expect(made.stderr).toContain('The setting "weekStart" is "friday", but a week starts on "monday" or "sunday"; "monday" was used instead.');
    expect(made.stderr.trim().split('\n')).toHaveLength(2);
    const logged = await selftrust(['log', 'Walk', '--date', '2026-11-26'], { cwd: vault });
    expect(logged.code).toBe(0);
    expect(logged.stderr).toContain('"notesFolder"');
    const json = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault });
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    expect(json.stderr).toContain('"notesFolder"');
    const text = await selftrust(['report', '--today', '2026-11-26'], { cwd: vault });
    expect(text.stderr).toContain('"notesFolder"');
  }, 30_000);

  it('a data.json that is not JSON is one message, and the defaults serve', async () => {
    const vault = tempVault(data('{ "notesFolder": "Journal", '));
    const made = await selftrust(['new', 'boundary-log', '--date', '2026-11-26'], { cwd: vault });
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toBe(path.join(vault, 'Self-trust', '2026-11-26 Boundary log.md'));
    expect(made.stderr.trim().split('\n')).toHaveLength(1);
    expect(made.stderr).toContain('data.json is not valid JSON');
  }, 30_000);

  it('says nothing about good or absent settings', async () => {
    const good = tempVault(data(JSON.stringify({ notesFolder: 'Journal' })));
    expect((await selftrust(['new', 'boundary-log'], { cwd: good })).stderr).toBe('');
    expect((await selftrust(['new', 'boundary-log'], { cwd: tempVault(data('')) })).stderr).toBe('');
  }, 30_000);
});

describe('days out of range and exit codes', () => {
  it('refuses days outside 1000-01-01..9999-12-31 wherever a day is read, exit 2, writing nothing', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', []) });
    const before = readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8');
    const cases = [
      ['new', 'small-promise', '--date', '0099-06-15'],
      ['new', 'mindfulness', '--date', '0999-12-31'],
      ['report', '--today', '0000-01-01'],
      ['report', '--today', '10000-01-01'],
      ['log', 'Walk', '--date', '0099-06-15'],
      ['log', 'Walk', '--date', '+2026-11-26'],
    ];
    const results = await Promise.all(cases.map((args) => selftrust(args, { cwd: vault })));
    cases.forEach((args, i) => {
      expect(results[i]?.code, args.join(' ')).toBe(2);
      expect(results[i]?.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    });
    expect(results[0]?.stderr).toContain('--date must be a day from 1000-01-01 to 9999-12-31, not "0099-06-15"');
    expect(results[2]?.stderr).toContain('--today must be a day from 1000-01-01 to 9999-12-31, not "0000-01-01"');
    expect(readdirSync(path.join(vault, 'Self-trust'))).toEqual(['Walk.md']);
    expect(readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8')).toBe(before);
  }, 30_000);

  it('takes the first and last days', async () => {
    const vault = tempVault();
    const first = await selftrust(['new', 'weekly-reflection', '--date', '1000-01-01'], { cwd: vault });
    expect(first.code).toBe(0);
    expect(readFileSync(first.stdout.trim(), 'utf8')).toContain('week: 1000-W01');
    const last = await selftrust(['new', 'weekly-reflection', '--date', '9999-12-31'], { cwd: vault });
    expect(last.code).toBe(0);
    expect(readFileSync(last.stdout.trim(), 'utf8')).toContain('week: 9999-W52');
  }, 30_000);

  it('report --today 9999-12-27 with a weekly promise finishes', async () => {
    const vault = tempVault({ 'Self-trust/Swim.md': promiseNote('Swim', ['9999-12-20', '9999-12-21'], 'week') });
    const r = await selftrust(['report', '--today', '9999-12-27', '--json'], { cwd: vault });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { promises: unknown[] }).promises).toHaveLength(1);
  }, 30_000);
});
