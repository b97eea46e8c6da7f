/** `selftrust log` as a user runs it: several keeps a day, undo, days that cannot count, notes with a problem. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust } from './cli-binary';

const vaults: string[] = [];
function vault(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-log-'));
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

const NOTE = 'Self-trust/Stretch.md';
const promise = (lines: string[]) =>
  ['---', 'selftrust: small-promise', 'date: 2026-11-01', 'promise: Stretch', ...lines, '---', 'My own words stay.', ''].join('\n');
const read = (dir: string) => readFileSync(path.join(dir, NOTE), 'utf8');
const run = (dir: string, ...args: string[]) => selftrust(['log', ...args, '--vault', dir], { cwd: dir });

describe('selftrust log: several keeps a day and undo', () => {
  it('times: 2 per day: two logs give "1 of 2" then "2 of 2"; a third changes nothing; --undo takes one back', async () => {
    const dir = vault({ [NOTE]: promise(['times: 2', 'per: day', 'kept: []']) });
    const first = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(first).toMatchObject({ code: 0 });
    expect(first.stdout).toContain('Kept: "Stretch" on 2026-11-20 (1 of 2 that day).');
    const second = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(second.stdout).toContain('(2 of 2 that day)');
    expect(read(dir)).toBe(promise(['times: 2', 'per: day', 'kept: [2026-11-20, 2026-11-20]']));
    const third = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(third).toMatchObject({ code: 0 });
    expect(third.stdout).toContain('already kept 2 of 2 times on 2026-11-20; nothing changed');
    const undo = await run(dir, 'Stretch', '--date', '2026-11-20', '--undo');
    expect(undo.stdout).toContain('Took back one keep of "Stretch" on 2026-11-20 (1 left that day).');
    expect(read(dir)).toBe(promise(['times: 2', 'per: day', 'kept: [2026-11-20]']));
  });

  it('once a day: a second log changes nothing and says how to record another; --again does', async () => {
    const dir = vault({ [NOTE]: promise(['times: 3', 'per: week', 'kept:', '  - 2026-11-20']) });
    const twice = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(twice.stdout).toContain('already logged as kept on 2026-11-20; nothing changed. To record another keep that day, add --again.');
    const again = await run(dir, 'Stretch', '--date', '2026-11-20', '--again');
    expect(again.stdout).toContain('Kept: "Stretch" on 2026-11-20 (2 times that day).');
    expect(read(dir)).toBe(promise(['times: 3', 'per: week', 'kept:', '  - 2026-11-20', '  - 2026-11-20']));
  });
});

describe('selftrust log: days that cannot count', () => {
  it('refuses a future day with exit 2 and writes nothing', async () => {
    const dir = vault({ [NOTE]: promise(['kept: []']) });
    const r = await run(dir, 'Stretch', '--date', '9031-01-01');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('9031-01-01 has not come yet');
    expect(read(dir)).toBe(promise(['kept: []']));
  });

  it('refuses a day before the start and says how to move start', async () => {
    const dir = vault({ [NOTE]: promise(['start: 2026-11-10', 'kept: []']) });
    const r = await run(dir, 'Stretch', '--date', '2026-11-05');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2026-11-05 is before this promise started (2026-11-10)');
    expect(r.stderr).toContain('change "start:" in the note to 2026-11-05 or earlier');
    expect(r.stdout).not.toContain('Streak');
    expect(read(dir)).toBe(promise(['start: 2026-11-10', 'kept: []']));
  });
});

describe('selftrust log: notes with a problem are named, not hidden', () => {
  it('a promise note with a key written twice is named with its problem, not "start one with selftrust new"', async () => {
    const dir = vault({ 'Self-trust/2026-11-01 Small promise.md': promise(['kept: []', 'kept: [2026-11-02]']) });
    const r = await selftrust(['log', 'Stretch', '--date', '2026-11-20', '--vault', dir], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Self-trust/2026-11-01 Small promise.md');
    expect(r.stderr).toContain('The key "kept" appears twice');
    expect(r.stderr).not.toContain('selftrust new');
  });

  it('an unknown promise is a usage error (exit 2) that lists the promises there are', async () => {
    const dir = vault({ [NOTE]: promise(['kept: []']) });
    const r = await run(dir, 'Swim');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('No promise matches "Swim". Your promises: "Stretch".');
  });

  it('logs into a capitalised Kept: without adding a second key', async () => {
    const dir = vault({ [NOTE]: promise(['Kept:', '  - 2026-11-19']) });
    const r = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(r.code).toBe(0);
    expect(read(dir)).toBe(promise(['Kept:', '  - 2026-11-19', '  - 2026-11-20']));
  });
});

describe('selftrust log: found by trying it as a user', () => {
  it('refuses to log a paused promise and says how to take it up again (its pause would turn into days not kept)', async () => {
    const dir = vault({ [NOTE]: promise(['kept: [2026-11-01]', 'status: paused']) });
    const r = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('"Stretch" is paused, so nothing was logged. To take it up again, set "status: active"');
    expect(read(dir)).toBe(promise(['kept: [2026-11-01]', 'status: paused']));
  });

  it('names an unreadable promise note found by the words in it, whatever its file name', async () => {
    const dir = vault({ 'Habits/Morning habit.md': promise(['kept: []', 'kept: [2026-11-02]']) });
    const r = await run(dir, 'Stretch', '--date', '2026-11-20');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Habits/Morning habit.md');
    expect(r.stderr).toContain('appears twice');
    expect(r.stderr).not.toContain('selftrust new');
  });

  it('says "3 times that day" after a keep beyond the day\'s target, never "3 of 2"', async () => {
    const dir = vault({ [NOTE]: promise(['times: 2', 'per: day', 'kept: [2026-11-20, 2026-11-20]']) });
    const r = await run(dir, 'Stretch', '--date', '2026-11-20', '--again');
    expect(r.stdout).toContain('(3 times that day)');
    expect(r.stdout).not.toContain('3 of 2');
  });
});
