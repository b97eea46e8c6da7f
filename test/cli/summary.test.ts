/** `selftrust summary` through the real binary (issue 13, point 3). */
import { beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust } from './cli-binary';

const DEMO = path.resolve(__dirname, '../../examples/vault');
const EXPECTED = path.resolve(__dirname, '../fixtures/summary/Session summary 2026-11-02 to 2026-11-26.md');

function demoCopy(): string {
  const vault = path.join(mkdtempSync(path.join(os.tmpdir(), 'selftrust-summary-')), 'vault');
  cpSync(DEMO, vault, { recursive: true });
  return vault;
}

beforeAll(async () => {
  await cliBinary();
}, 120_000);

describe('selftrust summary', () => {
  it("writes the demo vault's last 4 weeks as a new note, and a second one beside it", async () => {
    const vault = demoCopy();
    const first = await selftrust(['summary', '--today', '2026-11-26'], { cwd: vault });
    expect(first.code).toBe(0);
    const note = path.join(vault, 'Self-trust', 'Session summary 2026-11-02 to 2026-11-26.md');
    expect(first.stdout).toBe(`${note}\n`);
    expect(first.stderr).toBe('selftrust: Your summary is ready to read over. It stays in your vault: nothing was sent anywhere.\n');
    expect(readFileSync(note, 'utf8')).toBe(readFileSync(EXPECTED, 'utf8'));

    const second = await selftrust(['summary', '--from', '2026-11-02', '--to', '2026-11-26', '--today', '2026-11-26'], { cwd: vault });
    expect(second.stdout).toBe(`${path.join(vault, 'Self-trust', 'Session summary 2026-11-02 to 2026-11-26 2.md')}\n`);
    expect(readFileSync(note, 'utf8')).toBe(readFileSync(EXPECTED, 'utf8'));

    // The summary is not a note of ours: the report counts what it counted before.
    const report = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault });
    const model = JSON.parse(report.stdout) as { problems: { path: string }[] };
    expect(model.problems.some((p) => p.path.includes('Session summary'))).toBe(false);
  }, 60_000);

  it('holds the sections asked for, for the period asked for', async () => {
    const vault = demoCopy();
    const r = await selftrust(['summary', '--from', '2026-09-01', '--to', '2026-09-30', '--sections', 'feelings,Promises', '--sections', 'checkins', '--today', '2026-11-26'], { cwd: vault });
    expect(r.code).toBe(0);
    const text = readFileSync(r.stdout.trim(), 'utf8');
    expect(text.match(/^## .*/gm)).toEqual(['## Promises', '## Feelings', '## The 7 elements']);
    expect(text).toContain('# Self-trust practice: 1 Sep 2026 to 30 Sep 2026');
    expect(text).toContain('| 31 Aug – 6 Sep |');
  }, 60_000);

  it('says plainly what it cannot do, and writes nothing', async () => {
    const vault = demoCopy();
    const before = readdirSync(path.join(vault, 'Self-trust')).length;
    const backwards = await selftrust(['summary', '--from', '2026-11-20', '--to', '2026-11-01'], { cwd: vault });
    expect(backwards.code).toBe(2);
    expect(backwards.stderr).toBe('selftrust: --from (2026-11-20) is after --to (2026-11-01): the period must start before it ends.\n');
    const unknown = await selftrust(['summary', '--sections', 'promises,diary'], { cwd: vault });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no section "diary"; choose from promises, values, feelings, lessons, goals, check-ins, reflections.');
    const badDay = await selftrust(['summary', '--from', '2026-02-30'], { cwd: vault });
    expect(badDay.code).toBe(2);
    expect(readdirSync(path.join(vault, 'Self-trust')).length).toBe(before);
    const help = await selftrust(['--help'], { cwd: vault });
    expect(help.stdout).toContain('summary [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--sections LIST]');
  }, 60_000);
});
