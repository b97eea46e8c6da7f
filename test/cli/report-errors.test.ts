/** `selftrust report --html` and `new` with files that cannot be written or read: one plain sentence, no raw error code. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

function vault(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-report-'));
  dirs.push(dir);
  return dir;
}

describe('report --html where a folder is in the way', () => {
  it('says so in one sentence, without EISDIR', async () => {
    const dir = vault();
    mkdirSync(path.join(dir, 'out.html'));
    const r = await selftrust(['report', '--vault', dir, '--html', path.join(dir, 'out.html')], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('out.html');
    expect(r.stderr).not.toMatch(/EISDIR|EACCES|errno/);
  });
});

describe('new with a template of your own that cannot be read', () => {
  it('says the template could not be read instead of silently using the bundled one', async () => {
    const dir = vault();
    const template = path.join(dir, 'Templates/Self-trust/mindfulness.md');
    mkdirSync(path.dirname(template), { recursive: true });
    writeFileSync(template, new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]));
    chmodSync(template, 0o644);
    const r = await selftrust(['new', 'mindfulness', '--vault', dir, '--date', '2026-11-20'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Templates/Self-trust/mindfulness.md');
    expect(r.stderr).toMatch(/UTF-8/);
  });
});

describe('new small-promise with days given by --set', () => {
  it('refuses a day that is not a calendar day, and writes nothing', async () => {
    const dir = vault();
    for (const bad of ['notadate', '2026-02-30']) {
      const r = await selftrust(['new', 'small-promise', '--vault', dir, '--set', 'promise=Walk', '--set', `kept=${bad}`], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--set kept=${bad}`);
    }
    const ok = await selftrust(['new', 'small-promise', '--vault', dir, '--set', 'promise=Walk', '--set', 'kept=2026-11-02', '--set', 'kept=2026-11-03'], { cwd: dir });
    expect(ok.code).toBe(0);
  });
});
