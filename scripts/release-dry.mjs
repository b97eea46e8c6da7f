#!/usr/bin/env node
// The release, built and checked without publishing anything (`npm run release:dry`):
//   1. builds every artefact (esbuild.config.mjs, production) and packages the .vsix;
//   2. gathers what a release attaches into one folder (default dist/release/):
//        main.js  manifest.json  styles.css   the Obsidian plugin, one file each
//        self-trust-practice-<version>.vsix   the VS Code extension
//        notes.md                             the CHANGELOG's section for this version
//   3. checks them: the three Obsidian files there and main.js free of Node built-ins; the
//      manifest's version equal to package.json's and recorded in versions.json; with --tag, the tag
//      equal to that version; the .vsix's file list exactly the expected one, its package.json the
//      same version, its entry point and icon inside.
//   node scripts/release-dry.mjs [--out DIR] [--tag TAG] [--no-build]
// Exit code 0 when every check passes, 1 otherwise (each failure named).
import { builtinModules } from 'node:module';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);

export const OBSIDIAN_FILES = ['main.js', 'manifest.json', 'styles.css'];

/** What the .vsix holds, no more and no less (vsce renames README, CHANGELOG and LICENSE). */
export const EXPECTED_VSIX = [
  '[Content_Types].xml',
  'extension.vsixmanifest',
  'extension/LICENSE.txt',
  'extension/changelog.md',
  'extension/dist/vscode/extension.js',
  'extension/dist/vscode/webview.css',
  'extension/dist/vscode/webview.js',
  'extension/media/activity-bar.svg',
  'extension/media/icon.png',
  'extension/package.json',
  'extension/readme.md',
].sort();

/** Modules Obsidian provides to a plugin on every platform; anything else required is a Node built-in or worse. */
const OBSIDIAN_PROVIDED = /^(obsidian|@codemirror\/.+|@lezer\/.+)$/;
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Modules main.js requires that Obsidian mobile cannot give it, and Node globals it uses. */
export function nodeUseIn(mainJs) {
  const found = new Set();
  for (const m of mainJs.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)) {
    const name = m[2];
    if (OBSIDIAN_PROVIDED.test(name)) continue;
    found.add(NODE_BUILTINS.has(name) || name.startsWith('node:') ? `require("${name}") (a Node built-in)` : `require("${name}") (not provided by Obsidian)`);
  }
  for (const m of mainJs.matchAll(/(?<![\w$.])(Buffer\.(?:from|alloc|concat)|__dirname|__filename|process\.(?:env|cwd|platform|versions))\b/g)) {
    found.add(`${m[1]} (a Node global)`);
  }
  return [...found].sort();
}

/** The names in a zip's central directory, and a reader for one entry's bytes. */
export function readZip(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const EOCD = 0x06054b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory)');
  const count = buffer.readUInt16LE(eocd + 10);
  let p = buffer.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (buffer.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry ${n}`);
    const method = buffer.readUInt16LE(p + 10);
    const compressedSize = buffer.readUInt32LE(p + 20);
    const nameLength = buffer.readUInt16LE(p + 28);
    const extraLength = buffer.readUInt16LE(p + 30);
    const commentLength = buffer.readUInt16LE(p + 32);
    const localOffset = buffer.readUInt32LE(p + 42);
    const name = buffer.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, { method, compressedSize, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return {
    names: [...entries.keys()],
    read(name) {
      const e = entries.get(name);
      if (!e) throw new Error(`${name} is not in the zip`);
      const l = e.localOffset;
      const start = l + 30 + buffer.readUInt16LE(l + 26) + buffer.readUInt16LE(l + 28);
      const data = buffer.subarray(start, start + e.compressedSize);
      if (e.method === 0) return data;
      if (e.method === 8) return inflateRawSync(data);
      throw new Error(`${name}: compression method ${e.method}`);
    },
  };
}

/** The CHANGELOG's section for `version` (without its heading), or undefined. */
export function changelogSection(changelog, version) {
  const lines = changelog.split('\n');
  const escaped = version.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const start = lines.findIndex((l) => new RegExp(`^## \\[${escaped}\\]`).test(l));
  if (start < 0) return undefined;
  let end = lines.findIndex((l, i) => i > start && (/^## /.test(l) || /^\[[^\]]+\]:\s/.test(l)));
  if (end < 0) end = lines.length;
  return lines.slice(start + 1, end).join('\n').trim();
}

/**
 * Checks a release folder. Returns what passed and what failed, one sentence each.
 * `pkg`, `versions` and `changelog` are the repository's package.json, versions.json and CHANGELOG.md.
 */
export function checkRelease(dir, { pkg, versions, changelog, tag }) {
  const passed = [];
  const failed = [];
  const check = (ok, good, bad) => (ok ? passed.push(good) : failed.push(bad));
  const file = (name) => path.join(dir, name);
  const exists = (name) => { try { return readFileSync(file(name)).length > 0; } catch { return false; } };

  for (const name of OBSIDIAN_FILES) check(exists(name), `${name} is there`, `${name} is missing or empty`);

  if (exists('main.js')) {
    const used = nodeUseIn(readFileSync(file('main.js'), 'utf8'));
    check(used.length === 0, 'main.js uses no Node built-in or global (Obsidian mobile has none)', `main.js uses what Obsidian mobile lacks: ${used.join(', ')}`);
  }

  let manifest;
  if (exists('manifest.json')) {
    try { manifest = JSON.parse(readFileSync(file('manifest.json'), 'utf8')); } catch (e) { failed.push(`manifest.json is not JSON: ${e.message}`); }
  }
  if (manifest) {
    check(manifest.id === 'self-trust-practice', 'manifest id is self-trust-practice', `manifest id is ${manifest.id}, not self-trust-practice (the id never changes)`);
    check(manifest.version === pkg.version, `manifest version ${manifest.version} = package.json version`, `manifest version ${manifest.version} ≠ package.json version ${pkg.version}`);
    check(/^\d+\.\d+\.\d+$/.test(manifest.version ?? ''), 'manifest version is X.Y.Z', `manifest version ${manifest.version} is not X.Y.Z (Obsidian compares versions as x.y.z)`);
    // Obsidian reads versions.json to find, for an older app, the newest release whose minAppVersion
    // it meets: the release's own entry must be there and say this minAppVersion.
    check(versions[pkg.version] === manifest.minAppVersion,
      `versions.json["${pkg.version}"] = minAppVersion ${manifest.minAppVersion}`,
      `versions.json has ${pkg.version in versions ? `"${pkg.version}": "${versions[pkg.version]}"` : `no "${pkg.version}"`}; it needs "${pkg.version}": "${manifest.minAppVersion}" (manifest minAppVersion)`);
    const newer = Object.keys(versions).filter((v) => compareVersions(v, pkg.version) > 0);
    check(newer.length === 0, 'versions.json names no version newer than this one', `versions.json names versions newer than ${pkg.version}: ${newer.join(', ')}`);
  }
  if (tag !== undefined) {
    check(tag === pkg.version, `tag ${tag} = version`, `tag ${tag} ≠ version ${pkg.version} (the tag is the bare version, no "v")`);
    // Obsidian's store lists plugins from GitHub repositories, and vsce points the marketplace
    // README's screenshots at the repository: a release needs the real one, not the placeholder.
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
    check(/^(git\+)?https:\/\/github\.com\/[^/]+\/[^/]+/.test(repo), `package.json repository is ${repo}`,
      `package.json repository is ${repo || 'missing'}: a release needs the public GitHub repository (https://github.com/OWNER/NAME)`);
    check(changelogSection(changelog, pkg.version) !== undefined, `CHANGELOG.md has a section for ${pkg.version}`, `CHANGELOG.md has no "## [${pkg.version}]" section (run npm version, which moves Unreleased there)`);
  }

  const vsixName = `${pkg.name}-${pkg.version}.vsix`;
  if (!exists(vsixName)) {
    failed.push(`${vsixName} is missing`);
  } else {
    const zip = readZip(readFileSync(file(vsixName)));
    const names = [...zip.names].sort();
    const extra = names.filter((n) => !EXPECTED_VSIX.includes(n));
    const missing = EXPECTED_VSIX.filter((n) => !names.includes(n));
    check(extra.length === 0 && missing.length === 0, `${vsixName} holds exactly the ${EXPECTED_VSIX.length} expected files`,
      `${vsixName}: ${[extra.length ? `unexpected ${extra.join(', ')}` : '', missing.length ? `missing ${missing.join(', ')}` : ''].filter(Boolean).join('; ')}`);
    if (names.includes('extension/package.json')) {
      const inner = JSON.parse(zip.read('extension/package.json').toString('utf8'));
      check(inner.version === pkg.version, `the .vsix is version ${inner.version}`, `the .vsix's package.json says ${inner.version}, not ${pkg.version}`);
      const main = `extension/${path.posix.normalize(inner.main ?? '')}`;
      check(names.includes(main) || names.includes(`${main}.js`), `the .vsix holds its entry point ${inner.main}`, `the .vsix lacks its entry point ${inner.main}`);
      check(typeof inner.icon === 'string' && names.includes(`extension/${inner.icon}`), `the .vsix holds its icon ${inner.icon}`, `the .vsix lacks its icon (${inner.icon ?? 'no icon field'})`);
      if (names.includes('extension/media/icon.png')) {
        const png = zip.read('extension/media/icon.png');
        const isPng = png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        const size = isPng ? `${png.readUInt32BE(16)}x${png.readUInt32BE(20)}` : 'not a PNG';
        check(size === '128x128', 'the icon is a 128x128 PNG', `the icon is ${size}, not a 128x128 PNG`);
      }
    }
    if (manifest) {
      const vsixManifest = names.includes('extension.vsixmanifest') ? zip.read('extension.vsixmanifest').toString('utf8') : '';
      check(vsixManifest.includes(`Version="${pkg.version}"`), 'extension.vsixmanifest names the version', 'extension.vsixmanifest does not name the version');
    }
  }
  return { passed, failed };
}

function compareVersions(a, b) {
  const pa = a.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  const pb = b.split(/[.-]/).map((x) => Number.parseInt(x, 10) || 0);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Builds and gathers the release into `out`; returns the check result. */
export async function releaseDry({ out = at('dist', 'release'), tag, build = true, log = console.log } = {}) {
  const readJson = async (name) => JSON.parse(await fs.readFile(at(name), 'utf8'));
  const [pkg, versions, changelog] = await Promise.all([readJson('package.json'), readJson('versions.json'), fs.readFile(at('CHANGELOG.md'), 'utf8')]);

  if (build) {
    log('building every artefact (esbuild.config.mjs production)');
    const { buildAll } = await import('../esbuild.config.mjs');
    await buildAll('production');
  }
  await fs.rm(out, { recursive: true, force: true });
  await fs.mkdir(out, { recursive: true });
  await Promise.all(OBSIDIAN_FILES.map((name) => fs.copyFile(at('dist', 'obsidian', name), path.join(out, name)).catch(() => undefined)));
  log('packaging the .vsix');
  const { packageVscode } = await import('./package-vscode.mjs');
  // The full build above made dist/vscode with the release's settings: package it as it is.
  await packageVscode({ out: path.join(out, `${pkg.name}-${pkg.version}.vsix`), build: false });

  const section = changelogSection(changelog, pkg.version) ?? changelogSection(changelog, 'Unreleased') ?? '';
  await fs.writeFile(path.join(out, 'notes.md'), `${section}\n`);

  const result = checkRelease(out, { pkg, versions, changelog, tag });
  for (const line of result.passed) log(`  ok    ${line}`);
  for (const line of result.failed) log(`  FAIL  ${line}`);
  const listing = await fs.readdir(out);
  const sizes = await Promise.all(listing.sort().map(async (n) => `${String((await fs.stat(path.join(out, n))).size).padStart(9)}  ${n}`));
  log(`${path.relative(root, out) || out}:\n${sizes.join('\n')}`);
  const total = result.passed.length + result.failed.length;
  log(result.failed.length ? `release dry run: ${result.failed.length} of ${total} checks FAILED` : `release dry run: all ${total} checks passed`);
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (flag) => { const i = args.indexOf(flag); return i >= 0 ? args[i + 1] : undefined; };
  const out = value('--out');
  releaseDry({ out: out ? path.resolve(out) : undefined, tag: value('--tag'), build: !args.includes('--no-build') })
    .then((result) => process.exit(result.failed.length ? 1 : 0))
    .catch((error) => {
      console.error(error.stack ?? error.message ?? error);
      process.exit(1);
    });
}
