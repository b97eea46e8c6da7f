/**
 * What the VS Code extension package holds, and what the marketplaces show of it.
 * `vsce ls` runs on this repository as it is (whatever else lies in the working tree); the package
 * itself is made from a scratch copy with the repository's .vscodeignore and some of everything
 * that must stay out, so the check does not depend on a build.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED_VSIX, readZip } from '../../scripts/release-dry.mjs';
import { readmeLinkFlags } from '../../scripts/package-vscode.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const vsce = path.join(repo, 'node_modules', '@vscode', 'vsce', 'vsce');
const pkg = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as Record<string, unknown> & { version: string; name: string; repository?: { url?: string } };

const BUNDLE = ['dist/vscode/extension.js', 'dist/vscode/webview.css', 'dist/vscode/webview.js'];
const ALWAYS = ['CHANGELOG.md', 'LICENSE', 'README.md', 'media/activity-bar.svg', 'media/icon.png', 'package.json'];

function runVsce(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [vsce, ...args], { cwd, encoding: 'utf8', input: 'y\n', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`vsce ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

describe('vsce ls --no-dependencies', () => {
  it('lists only the bundle, its icons, the manifest, README, CHANGELOG and LICENSE', () => {
    const listed = runVsce(repo, ['ls', '--no-dependencies']).split('\n').map((l) => l.trim()).filter(Boolean).sort();
    // The bundle is listed once built (npm run build); on a fresh clone it is not there yet.
    const expected = [...ALWAYS, ...BUNDLE.filter((f) => existsSync(path.join(repo, f)))].sort();
    expect(listed).toEqual(expected);
  }, 60_000);
});

describe('the .vsix', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'selftrust-vsix-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds exactly the expected files, whatever else the tree holds', () => {
    for (const f of ['package.json', '.vscodeignore', ...ALWAYS.filter((f) => f !== 'package.json')]) {
      mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
      copyFileSync(path.join(repo, f), path.join(scratch, f));
    }
    // What a working tree holds besides: none of it may reach the package.
    const junk = [...BUNDLE, 'dist/cli.js', 'dist/obsidian/main.js', 'dist/release/main.js', 'src/core/day.ts', 'test/core/day.test.ts',
      'docs/screenshots/dashboard-obsidian-light.png', 'docs/schema.md', 'examples/vault/a.md', 'media/icon.svg', 'scripts/release-dry.mjs',
      '.github/workflows/ci.yml', 'node_modules/yaml/index.js', 'test-results/x.png', 'manifest.json', 'versions.json', 'styles.css', '.npmrc', 'old.vsix'];
    for (const f of junk) {
      mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
      writeFileSync(path.join(scratch, f), '// x\n');
    }
    const out = path.join(os.tmpdir(), `selftrust-vsix-${process.pid}.vsix`);
    try {
      runVsce(scratch, ['package', '--no-dependencies', ...readmeLinkFlags(pkg), '--out', out]);
      const zip = readZip(readFileSync(out));
      expect([...zip.names].sort()).toEqual(EXPECTED_VSIX);
      expect(JSON.parse(zip.read('extension/package.json').toString('utf8'))).toMatchObject({ version: pkg.version, icon: 'media/icon.png' });
    } finally {
      rmSync(out, { force: true });
    }
  }, 60_000);
});

describe('what the marketplaces show (package.json store fields)', () => {
  // The categories the VS Code Marketplace accepts (vsce refuses others).
  const CATEGORIES = ['AI', 'Azure', 'Chat', 'Data Science', 'Debuggers', 'Education', 'Extension Packs', 'Formatters', 'Keymaps', 'Language Packs',
    'Linters', 'Machine Learning', 'Notebooks', 'Other', 'Programming Languages', 'SCM Providers', 'Snippets', 'Testing', 'Themes', 'Visualization'];

  it('has a display name, a one-line description, a licence and a repository', () => {
    expect(pkg.displayName).toBe('Self-Trust Practice');
    expect(typeof pkg.description).toBe('string');
    expect((pkg.description as string).length).toBeLessThanOrEqual(200);
    expect(pkg.license).toBe('MIT');
    expect(pkg.repository).toMatchObject({ type: 'git', url: expect.any(String) });
    expect(pkg.publisher).toEqual(expect.any(String));
  });

  it('has a 128 px PNG icon, a gallery banner, known categories and at most 30 keywords', () => {
    const png = readFileSync(path.join(repo, pkg.icon as string));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([128, 128]);
    expect(pkg.galleryBanner).toEqual({ color: expect.stringMatching(/^#[0-9a-f]{6}$/i), theme: expect.stringMatching(/^(dark|light)$/) });
    for (const c of pkg.categories as string[]) expect(CATEGORIES).toContain(c);
    const keywords = pkg.keywords as string[];
    expect(keywords.length).toBeGreaterThan(0);
    expect(keywords.length).toBeLessThanOrEqual(30);
    expect(new Set(keywords).size).toBe(keywords.length);
  });
});
