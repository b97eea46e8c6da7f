/**
 * `npm version 1.0.0` as a maintainer runs it, in a throwaway git repository holding this project's
 * package.json, manifest.json, versions.json, version-bump.mjs, .npmrc, CHANGELOG.md and the
 * changelog script: one commit and one tag, the bare version.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changelogSection } from '../../scripts/release-dry.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const FILES = ['package.json', 'manifest.json', 'versions.json', 'version-bump.mjs', '.npmrc', 'CHANGELOG.md', 'scripts/changelog-version.mjs'];

/** The environment without npm's own variables: inside `npm test` they point npm at this repository. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && k !== 'INIT_CWD') env[k] = v;
  return { ...env, GIT_CONFIG_NOSYSTEM: '1' };
}

function scratchRepo(edit?: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-npm-version-'));
  mkdirSync(path.join(dir, 'scripts'));
  for (const f of FILES) copyFileSync(path.join(repo, f), path.join(dir, f));
  edit?.(dir);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: cleanEnv(), stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'maintainer@example.invalid');
  git('config', 'user.name', 'Maintainer');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  git('add', '-A');
  git('commit', '-q', '-m', 'before the release');
  return dir;
}

const npmVersion = (dir: string, version: string) =>
  spawnSync('npm', ['version', version], { cwd: dir, env: cleanEnv(), encoding: 'utf8', timeout: 60_000 });
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
const json = (dir: string, f: string) => JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Record<string, unknown>;

describe('npm version 1.0.0', () => {
  let dir: string;
  let result: ReturnType<typeof npmVersion>;
  let before: { manifest: Record<string, unknown>; changelog: string };

  beforeAll(() => {
    dir = scratchRepo();
    before = { manifest: json(dir, 'manifest.json'), changelog: readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8') };
    result = npmVersion(dir, '1.0.0');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('succeeds and tags the bare version, as Obsidian’s release check and release.yml expect', () => {
    expect(result.status, result.stderr).toBe(0);
    expect(git(dir, 'tag', '--list')).toBe('1.0.0');
    expect(git(dir, 'rev-parse', '1.0.0^{commit}')).toBe(git(dir, 'rev-parse', 'HEAD'));
  });

  it('bumps package.json and manifest.json together, keeping minAppVersion', () => {
    expect(json(dir, 'package.json').version).toBe('1.0.0');
    expect(json(dir, 'manifest.json')).toEqual({ ...before.manifest, version: '1.0.0' });
  });

  it('moves the CHANGELOG’s Unreleased section under 1.0.0, dated, and commits it with the rest', () => {
    const changelog = readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[1\.0\.0\] - \d{4}-\d{2}-\d{2}$/m);
    expect(changelogSection(changelog, '1.0.0')).toBe(changelogSection(before.changelog, 'Unreleased'));
    expect(changelogSection(changelog, 'Unreleased')).toBe('');
    expect(git(dir, 'log', '-1', '--format=%s')).toBe('1.0.0');
    expect(git(dir, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(expect.arrayContaining(['CHANGELOG.md', 'manifest.json', 'package.json']));
    expect(git(dir, 'status', '--porcelain')).toBe('');
  });

  // The Obsidian sample plugin's version-bump adds a versions.json entry only when minAppVersion
  // changes; ours records every version, so the release check finds the tag's own entry.
  it('records 1.0.0 in versions.json with the manifest’s minAppVersion', () => {
    expect(json(dir, 'versions.json')['1.0.0']).toBe(before.manifest.minAppVersion);
  });
});

describe('npm version with nothing under Unreleased', () => {
  it('stops before the commit and the tag', () => {
    const dir = scratchRepo((d) => writeFileSync(path.join(d, 'CHANGELOG.md'), '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-11-26\n\n- First.\n'));
    try {
      const result = npmVersion(dir, '1.0.0');
      expect(result.status).not.toBe(0);
      expect(result.stderr + result.stdout).toContain('Unreleased is empty');
      expect(git(dir, 'tag', '--list')).toBe('');
      expect(git(dir, 'log', '-1', '--format=%s')).toBe('before the release');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
