/** `selftrust report` prints an "I won't…" promise as a limit, and the words on days not kept. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust } from './cli-binary';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
beforeAll(async () => {
  await cliBinary();
}, 120_000);

function vault(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-atmost-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('report: "I won\'t…" promises and what got in the way', () => {
  it('says the limit and the slips, and lists the words on a missed day this week', async () => {
    const dir = vault({
      'Self-trust/Phone in bed.md': '---\nselftrust: small-promise\ndate: 2026-11-16\npromise: Look at my phone in bed\naim: at-most\ntimes: 0\nper: day\nslipped:\n  - 2026-11-18 after the late shift\n---\n',
      'Self-trust/Walk.md': '---\nselftrust: small-promise\ndate: 2026-11-16\npromise: Walk\ntimes: 1\nper: day\nkept: [2026-11-16, 2026-11-17, 2026-11-19, 2026-11-21]\nmissed:\n  - 2026-11-20 too tired after the late shift\n---\n',
    });
    const r = await selftrust(['report', '--vault', dir, '--today', '2026-11-22'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Look at my phone in bed\n {4}never; /);
    expect(r.stdout).toContain('within the limit; today no slip so far');
    expect(r.stdout).toContain('What got in the way:');
    expect(r.stdout).toContain('2026-11-20 Walk: too tired after the late shift');
    expect(r.stdout).toContain('2026-11-18 Look at my phone in bed: after the late shift');
    expect(r.stdout).not.toContain('0 times a day');
  });

  it('counts slips against the limit, and says on a week\'s first day that none of it ended yet', async () => {
    const coffee = (slipped: string) =>
      `---\nselftrust: small-promise\ndate: 2026-11-02\npromise: Coffee after four\naim: at-most\ntimes: 2\nper: week\nslipped: [${slipped}]\n---\n`;
    const monday = vault({ 'Self-trust/Coffee.md': coffee('2026-11-23') });
    const first = await selftrust(['report', '--vault', monday, '--today', '2026-11-23'], { cwd: monday });
    expect(first.stdout).toContain('this week 1 slip of at most 2');
    expect(first.stdout).toContain('  Coffee after four: no day of it ended yet, 1 slip\n');
    expect(first.stdout).not.toContain('0 of 0');
    const over = vault({ 'Self-trust/Coffee.md': coffee('2026-11-23, 2026-11-24, 2026-11-25') });
    const later = await selftrust(['report', '--vault', over, '--today', '2026-11-26'], { cwd: over });
    expect(later.stdout).toContain('this week 3 slips, past the limit of 2');
  });

  it('says a weekly reflection is started but empty, not a bare heading', async () => {
    const dir = vault({
      'Self-trust/2026-11-26 Weekly reflection.md': '---\nselftrust: weekly-reflection\ndate: 2026-11-26\nweek: 2026-W48\nrating:\nwins: []\nadjust: []\n---\n',
    });
    const r = await selftrust(['report', '--vault', dir, '--today', '2026-11-26'], { cwd: dir });
    expect(r.stdout).toContain('  Reflection: started, nothing filled in yet\n');
  });
});
