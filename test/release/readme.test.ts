/**
 * The README is the store page (GitHub for Obsidian's store and BRAT, the .vsix for the VS Code
 * Marketplace and Open VSX): it keeps its first two commands, shows the screenshots, and says how to
 * install, how to use it, what it does with your data and where to find help. Every link into the
 * repository leads somewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
const headings = [...readme.matchAll(/^(#{2,3}) (.+)$/gm)].map((m) => m[2]);

describe('README as the stores read it', () => {
  it('starts with the two commands, unchanged', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toBe([
      '# Self-Trust Practice',
      '',
      '```sh',
      'npm install && npm start   # builds, then prints the report of the demo vault and writes dist/demo/dashboard.html',
      'npm test                   # typecheck + every unit and host test; needs nothing but Node 20',
      '```',
    ].join('\n'));
  });

  it('has the store page’s sections', () => {
    expect(headings).toEqual(expect.arrayContaining([
      'Install', 'Obsidian (desktop and mobile, 1.8.7 or later)', 'VS Code (1.100 or later; code-server too)', 'Use',
      'The exercises', 'Command line', 'Privacy', 'Not therapy; where to find help', 'Developing', 'Credits',
    ]));
  });

  it('shows the dashboard in an Obsidian theme and a VS Code theme, from docs/screenshots/', () => {
    const images = [...readme.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images).toEqual(expect.arrayContaining([expect.stringMatching(/^docs\/screenshots\/dashboard-obsidian-(light|dark)\.png$/), expect.stringMatching(/^docs\/screenshots\/dashboard-vscode-(light|dark)\.png$/)]));
    for (const image of images) expect(existsSync(path.join(repo, image)), image).toBe(true);
  });

  it('says how to install from the community store, BRAT, by hand and from the .vsix', () => {
    expect(readme).toContain('Community plugins');
    expect(readme).toContain('BRAT');
    expect(readme).toContain('`.obsidian/plugins/self-trust-practice/`');
    expect(readme).toMatch(/`main\.js`, `manifest\.json` and `styles\.css`/);
    expect(readme).toContain('Install from VSIX');
  });

  it('keeps the command line’s exit codes', () => {
    expect(readme).toContain('| exit code | meaning |');
    for (const code of ['| 0 |', '| 1 |', '| 2 |']) expect(readme).toContain(code);
  });

  it('says what it reads and writes, that nothing leaves the machine, and where to find help', () => {
    const privacy = readme.slice(readme.indexOf('## Privacy'), readme.indexOf('## Not therapy'));
    expect(privacy).toMatch(/no network request/i);
    expect(privacy).toMatch(/no telemetry/i);
    expect(privacy).toContain('What it reads');
    expect(privacy).toContain('What it writes');
    expect(readme).toContain('988');
    expect(readme).toContain('findahelpline.com');
  });

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(existsSync(path.join(repo, link)), link).toBe(true);
  });
});
