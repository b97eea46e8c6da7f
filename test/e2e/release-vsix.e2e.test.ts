/**
 * The release's own .vsix (dist/release/, from `npm run release:dry`) installs into a real VS Code
 * (code-server 4.100.3, offline, fresh folders) and lands as the files the extension needs. The
 * extension's behaviour once installed is vscode.e2e.test.ts's business; this is the package as
 * a user downloads it from the GitHub release.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPECTED_VSIX, releaseDry } from '../../scripts/release-dry.mjs';
import { REPO, installCodeServer } from './vscode-host';

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; publisher: string };
const vsix = path.join(REPO, 'dist', 'release', `${pkg.name}-${pkg.version}.vsix`);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'selftrust-release-vsix-'));

let bin: string;
let run: (...args: string[]) => string;

beforeAll(async () => {
  // .ci/run makes the release before the e2e tests; on its own, this test makes it.
  if (!existsSync(vsix)) {
    const result = await releaseDry({ log: () => undefined });
    expect(result.failed).toEqual([]);
  }
  bin = installCodeServer();
  const env = {
    ...process.env,
    EXTENSIONS_GALLERY: '{}',
    XDG_CONFIG_HOME: path.join(scratch, 'xdg-config'),
    XDG_DATA_HOME: path.join(scratch, 'xdg-data'),
    XDG_CACHE_HOME: path.join(scratch, 'xdg-cache'),
  };
  const common = ['--user-data-dir', path.join(scratch, 'user-data'), '--extensions-dir', path.join(scratch, 'extensions')];
  run = (...args) => execFileSync(bin, [...common, ...args], { env, encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
}

describe('the release .vsix in code-server', () => {
  it('installs offline and is listed with the release’s version', () => {
    const out = run('--install-extension', vsix);
    expect(out).toMatch(/successfully installed/i);
    expect(run('--list-extensions', '--show-versions').split('\n')).toContain(`${pkg.publisher}.${pkg.name}@${pkg.version}`);
  });

  it('lands as exactly the packaged files', () => {
    const dir = path.join(scratch, 'extensions', `${pkg.publisher}.${pkg.name}-${pkg.version}`);
    const expected = EXPECTED_VSIX.filter((f) => f.startsWith('extension/')).map((f) => f.slice('extension/'.length));
    // VS Code adds its own .vsixmanifest beside the files.
    expect(filesUnder(dir).filter((f) => f !== '.vsixmanifest').sort()).toEqual(expected.sort());
  });
});
