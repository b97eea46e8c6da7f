#!/usr/bin/env node
// Builds the VS Code extension's three files (dist/vscode/extension.js, webview.js, webview.css)
// and packages them as a .vsix with @vscode/vsce. Prints the .vsix path.
//   node scripts/package-vscode.mjs [--out FILE] [--no-build]
// The build here covers only the extension, with the same settings as esbuild.config.mjs, so the
// extension can be packaged (and tested end to end) while other hosts' entry points are in flux.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);

export async function buildVscode({ minify = true } = {}) {
  const { buildUiAssets } = await import('./build-ui.mjs');
  await fs.mkdir(at('dist', 'vscode'), { recursive: true });
  const [ui, theme, vscodeTheme] = await Promise.all([
    buildUiAssets({ minify }),
    fs.readFile(at('src', 'ui', 'dashboard.css'), 'utf8'),
    fs.readFile(at('src', 'ui', 'theme-vscode.css'), 'utf8'),
    esbuild.build({
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      entryPoints: [at('src', 'vscode', 'extension.ts')],
      outfile: at('dist', 'vscode', 'extension.js'),
      external: ['vscode'],
      minify,
      logLevel: 'warning',
      legalComments: 'none',
    }),
  ]);
  await Promise.all([
    fs.writeFile(at('dist', 'vscode', 'webview.js'), ui.webviewJs),
    fs.writeFile(at('dist', 'vscode', 'webview.css'), `${theme}\n${vscodeTheme}`),
  ]);
}

export async function packageVscode({ out, build = true } = {}) {
  if (build) await buildVscode();
  const pkg = JSON.parse(await fs.readFile(at('package.json'), 'utf8'));
  const vsix = path.resolve(out ?? at('dist', `${pkg.name}-${pkg.version}.vsix`));
  await fs.mkdir(path.dirname(vsix), { recursive: true });
  const vsce = at('node_modules', '@vscode', 'vsce', 'vsce');
  // --no-dependencies: everything is bundled; node_modules never goes into the package.
  const flags = ['--no-dependencies', ...readmeLinkFlags(pkg)];
  const result = spawnSync(process.execPath, [vsce, 'package', ...flags, '--out', vsix], {
    cwd: root,
    encoding: 'utf8',
    input: 'y\n',
  });
  if (result.status !== 0) throw new Error(`vsce package failed:\n${result.stdout}\n${result.stderr}`);
  return vsix;
}

/**
 * The marketplace shows the README from the .vsix, where its relative links (screenshots, docs/) lead
 * nowhere: vsce rewrites them to the repository's files when package.json names a GitHub or GitLab
 * repository. Until it does (the placeholder URL), they are left as they are rather than failing.
 */
export function readmeLinkFlags(pkg) {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? '';
  return /^(https:\/\/|git@|git\+https:\/\/)(github\.com|gitlab\.com)[/:]/.test(url) ? [] : ['--no-rewrite-relative-links'];
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  packageVscode({ out: outAt >= 0 ? args[outAt + 1] : undefined, build: !args.includes('--no-build') })
    .then((vsix) => console.log(vsix))
    .catch((error) => {
      console.error(error.message ?? error);
      process.exit(1);
    });
}
