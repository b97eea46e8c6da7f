/**
 * scripts/release-dry.mjs's checks on small release folders made here: each check passes on a good
 * release and names the fault on a bad one. (The real build is checked by `npm run release:dry`,
 * which .ci/run runs; building here would rewrite dist/ under other test files.)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { EXPECTED_VSIX, changelogSection, checkRelease, nodeUseIn, readZip } from '../../scripts/release-dry.mjs';
import { releaseChangelog } from '../../scripts/changelog-version.mjs';

type Bytes = Uint8Array;
const bytes = (s: string | Bytes): Bytes => (typeof s === 'string' ? new TextEncoder().encode(s) : s);
const concat = (parts: Bytes[]): Bytes => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

/** A zip as vsce writes one (deflated entries, central directory at the end); CRCs left 0, as readZip ignores them. */
function zip(files: Record<string, string | Bytes>): Bytes {
  const parts: Bytes[] = [];
  const central: Bytes[] = [];
  let offset = 0;
  let count = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = bytes(content);
    const packed = Uint8Array.from(deflateRawSync(data));
    const n = bytes(name);
    const local = new Uint8Array(30);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 20, true);
    l.setUint16(8, 8, true);
    l.setUint32(18, packed.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, n.length, true);
    const entry = new Uint8Array(46);
    const e = new DataView(entry.buffer);
    e.setUint32(0, 0x02014b50, true);
    e.setUint16(4, 20, true);
    e.setUint16(6, 20, true);
    e.setUint16(10, 8, true);
    e.setUint32(20, packed.length, true);
    e.setUint32(24, data.length, true);
    e.setUint16(28, n.length, true);
    e.setUint32(42, offset, true);
    parts.push(local, n, packed);
    central.push(entry, n);
    offset += 30 + n.length + packed.length;
    count += 1;
  }
  const cd = concat(central);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, cd.length, true);
  v.setUint32(16, offset, true);
  return concat([...parts, cd, end]);
}

/** A PNG's first bytes: the signature and the IHDR chunk's width and height. */
function pngHeader(width: number, height: number): Bytes {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const v = new DataView(b.buffer);
  v.setUint32(8, 13);
  b.set(bytes('IHDR'), 12);
  v.setUint32(16, width);
  v.setUint32(20, height);
  return b;
}

const PKG = { name: 'self-trust-practice', version: '1.0.0', repository: { type: 'git', url: 'https://github.com/someone/self-trust-practice.git' } };
const MANIFEST = { id: 'self-trust-practice', name: 'Self-Trust Practice', version: '1.0.0', minAppVersion: '1.8.7' };
const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-01\n\n### Added\n\n- Everything.\n';

function vsixFiles(overrides: Record<string, string | Bytes | undefined> = {}): Record<string, string | Bytes> {
  const files: Record<string, string | Bytes | undefined> = {};
  for (const name of EXPECTED_VSIX) files[name] = 'x';
  files['extension/package.json'] = JSON.stringify({ ...PKG, main: './dist/vscode/extension.js', icon: 'media/icon.png' });
  files['extension.vsixmanifest'] = `<Identity Language="en-US" Id="self-trust-practice" Version="${PKG.version}" Publisher="selftrust"/>`;
  files['extension/media/icon.png'] = pngHeader(128, 128);
  Object.assign(files, overrides);
  return Object.fromEntries(Object.entries(files).filter((e): e is [string, string | Bytes] => e[1] !== undefined));
}

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function release(o: { main?: string; manifest?: object | string; omit?: string[]; vsix?: Record<string, string | Bytes> } = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'selftrust-release-'));
  dirs.push(dir);
  const files: Record<string, string | Bytes> = {
    'main.js': o.main ?? 'var o=require("obsidian");module.exports=class extends o.Plugin{};',
    'manifest.json': typeof o.manifest === 'string' ? o.manifest : JSON.stringify(o.manifest ?? MANIFEST),
    'styles.css': '.st-dashboard{}',
    'self-trust-practice-1.0.0.vsix': zip(o.vsix ?? vsixFiles()),
  };
  for (const [name, content] of Object.entries(files)) if (!o.omit?.includes(name)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const input = { pkg: PKG, versions: { '0.1.0': '1.8.7', '1.0.0': '1.8.7' }, changelog: CHANGELOG, tag: '1.0.0' };

describe('checkRelease', () => {
  it('passes a release with the three Obsidian files, matching versions and the expected .vsix', () => {
    const result = checkRelease(release(), input);
    expect(result.failed).toEqual([]);
    expect(result.passed.length).toBeGreaterThanOrEqual(15);
  });

  it('names a missing or empty Obsidian file', () => {
    const dir = release({ omit: ['styles.css'] });
    writeFileSync(path.join(dir, 'main.js'), '');
    expect(checkRelease(dir, input).failed).toEqual(expect.arrayContaining(['styles.css is missing or empty', 'main.js is missing or empty']));
  });

  it('refuses a main.js that requires a Node built-in or uses a Node global', () => {
    const failed = checkRelease(release({ main: 'const f=require("fs"),p=require(\'node:path\');Buffer.from("x");' }), input).failed;
    expect(failed.join('\n')).toContain('require("fs") (a Node built-in)');
    expect(failed.join('\n')).toContain('require("node:path") (a Node built-in)');
    expect(failed.join('\n')).toContain('Buffer.from (a Node global)');
  });

  it('names version mismatches: manifest, versions.json, tag, and a CHANGELOG without the version', () => {
    const failed = checkRelease(release({ manifest: { ...MANIFEST, version: '0.9.0' } }), {
      ...input,
      versions: { '0.1.0': '1.8.7', '1.2.0': '1.8.7' },
      changelog: '# Changelog\n\n## [Unreleased]\n\n- Something.\n',
      tag: 'v1.0.0',
    }).failed.join('\n');
    expect(failed).toContain('manifest version 0.9.0 ≠ package.json version 1.0.0');
    expect(failed).toContain('versions.json has no "1.0.0"; it needs "1.0.0": "1.8.7"');
    expect(failed).toContain('versions.json names versions newer than 1.0.0: 1.2.0');
    expect(failed).toContain('tag v1.0.0 ≠ version 1.0.0 (the tag is the bare version, no "v")');
    expect(failed).toContain('CHANGELOG.md has no "## [1.0.0]" section');
  });

  it('asks for the real repository only when releasing a tag', () => {
    const placeholder = { ...PKG, repository: { type: 'git', url: 'https://example.invalid/self-trust-practice.git' } };
    expect(checkRelease(release(), { ...input, pkg: placeholder }).failed.join('\n')).toContain('a release needs the public GitHub repository');
    expect(checkRelease(release(), { ...input, pkg: placeholder, tag: undefined }).failed).toEqual([]);
  });

  it('names a manifest with another id, or one that is not JSON', () => {
    expect(checkRelease(release({ manifest: { ...MANIFEST, id: 'self-trust' } }), input).failed.join('\n')).toContain('the id never changes');
    expect(checkRelease(release({ manifest: '{"id":' }), input).failed.join('\n')).toContain('manifest.json is not JSON');
  });

  it('names files the .vsix should not hold and files it lacks', () => {
    const failed = checkRelease(release({ vsix: vsixFiles({ 'extension/src/core/day.ts': 'x', 'extension/CHANGELOG.md': undefined, 'extension/changelog.md': undefined }) }), input).failed;
    expect(failed.join('\n')).toContain('unexpected extension/src/core/day.ts; missing extension/changelog.md');
  });

  it('checks the .vsix’s own version, entry point and icon', () => {
    const failed = checkRelease(release({
      vsix: vsixFiles({
        'extension/package.json': JSON.stringify({ ...PKG, version: '0.1.0', main: './dist/vscode/other.js' }),
        'extension/media/icon.png': pngHeader(64, 64),
        'extension.vsixmanifest': '<Identity Version="0.1.0"/>',
      }),
    }), input).failed.join('\n');
    expect(failed).toContain("the .vsix's package.json says 0.1.0, not 1.0.0");
    expect(failed).toContain('the .vsix lacks its entry point ./dist/vscode/other.js');
    expect(failed).toContain('the .vsix lacks its icon (no icon field)');
    expect(failed).toContain('the icon is 64x64, not a 128x128 PNG');
    expect(failed).toContain('extension.vsixmanifest does not name the version');
  });

  it('names a missing .vsix', () => {
    expect(checkRelease(release({ omit: ['self-trust-practice-1.0.0.vsix'] }), input).failed).toContain('self-trust-practice-1.0.0.vsix is missing');
  });
});

describe('nodeUseIn', () => {
  it('allows what Obsidian provides and ignores look-alikes', () => {
    expect(nodeUseIn('require("obsidian");require("@codemirror/view");require("@lezer/common");x.process.env;new ArrayBuffer(2);a.Buffer.from(1)')).toEqual([]);
  });
  it('names electron and other packages as not provided by Obsidian (mobile has no electron)', () => {
    expect(nodeUseIn('require("electron");require(`left-pad`)')).toEqual(['require("electron") (not provided by Obsidian)', 'require("left-pad") (not provided by Obsidian)']);
  });
});

describe('readZip', () => {
  it('lists and reads deflated entries', () => {
    const z = readZip(zip({ 'a.txt': 'hello', 'dir/b.json': '{"x":1}' }));
    expect(z.names).toEqual(['a.txt', 'dir/b.json']);
    expect(z.read('dir/b.json').toString()).toBe('{"x":1}');
    expect(() => z.read('c')).toThrow('c is not in the zip');
  });
  it('refuses what is not a zip', () => {
    expect(() => readZip(bytes('not a zip at all, just some text to scan'))).toThrow('not a zip file');
  });
});

describe('the CHANGELOG', () => {
  const text = '# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- A thing.\n\n## [0.9.0] - 2026-01-01\n\n- Old.\n';

  it('npm version moves Unreleased under the new version, dated, with a fresh Unreleased above it', () => {
    const out = releaseChangelog(text, '1.0.0', '2026-12-01');
    expect(out).toBe('# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [1.0.0] - 2026-12-01\n\n### Added\n\n- A thing.\n\n## [0.9.0] - 2026-01-01\n\n- Old.\n');
    expect(changelogSection(out, '1.0.0')).toBe('### Added\n\n- A thing.');
    expect(changelogSection(out, 'Unreleased')).toBe('');
    expect(changelogSection(out, '0.9.0')).toBe('- Old.');
  });

  it('refuses an empty Unreleased, a version already there, and a changelog without Unreleased', () => {
    expect(() => releaseChangelog('## [Unreleased]\n\n## [0.9.0] - 2026-01-01\n', '1.0.0', '2026-12-01')).toThrow('Unreleased is empty');
    expect(() => releaseChangelog(text, '0.9.0', '2026-12-01')).toThrow('already has a section for 0.9.0');
    expect(() => releaseChangelog('# Changelog\n', '1.0.0', '2026-12-01')).toThrow('no "## [Unreleased]" heading');
  });
});
