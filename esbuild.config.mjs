// Builds every shipped artefact from one core:
//   dist/cli.js                the `selftrust` CLI (Node >= 20), with the dashboard renderer inlined for --html
//   dist/obsidian/             main.js, manifest.json, styles.css: the Obsidian plugin as released
//   dist/vscode/               extension.js, webview.js, webview.css: the VS Code extension
//   dist/bench.js              the benchmark (`npm run bench`)
// `node esbuild.config.mjs dev` builds the plugin into examples/vault/.obsidian/plugins/<id>/ instead, unminified.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildUiAssets } from './scripts/build-ui.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
const at = (...p) => path.join(root, ...p);
const PLUGIN_ID = 'self-trust-practice';

/**
 * Obsidian mobile has no Node: no `fs`, no `Buffer`. gray-matter requires `fs` only for `matter.read`,
 * which we never call, and copies every note into a `Buffer` (`file.orig`), which we never read.
 * For browser builds, `fs` becomes an empty module and that one copy keeps the string instead.
 * js-yaml is left out as in every bundle (see yamlOnly).
 */
export const mobileSafe = {
  name: 'mobile-safe',
  setup(build) {
    build.onResolve({ filter: /^fs$/ }, () => ({ path: 'fs', namespace: 'empty' }));
    build.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    yamlOnly.setup(build);
    build.onLoad({ filter: /gray-matter[\\/]lib[\\/]utils\.js$/ }, async (args) => {
      const source = await fs.readFile(args.path, 'utf8');
      const patched = source.replace("typeof input === 'string' ? Buffer.from(input) : input", 'input');
      if (patched === source) throw new Error('gray-matter changed: check its use of Buffer before building for mobile.');
      return { contents: patched, loader: 'js' };
    });
  },
};

/**
 * gray-matter requires js-yaml for a default engine we never use (every call passes the `yaml`
 * package as its engine): a stub stands in for it in every bundle, so YAML 1.1 rules never ship.
 * The yaml package's `process` is one read once at load (scripts/shims/yaml-process.cjs).
 */
export const yamlOnly = {
  name: 'yaml-only',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, (args) =>
      /gray-matter/.test(args.importer) ? { path: at('scripts', 'shims', 'js-yaml-none.cjs') } : undefined,
    );
    // yaml reads two debug switches from process.env per token: read once instead (scripts/shims/yaml-process.cjs).
    build.onResolve({ filter: /^(node:)?process$/ }, (args) =>
      /node_modules[\\/]yaml[\\/]/.test(args.importer) ? { path: at('scripts', 'shims', 'yaml-process.cjs') } : undefined,
    );
  },
};

/** Serves `virtual:ui-assets`: the renderer's browser bundle and styles, inlined into the CLI for `report --html`. */
export function uiAssetsModule(assets) {
  return {
    name: 'ui-assets',
    setup(build) {
      build.onResolve({ filter: /^virtual:ui-assets$/ }, () => ({ path: 'ui-assets', namespace: 'virtual' }));
      build.onLoad({ filter: /.*/, namespace: 'virtual' }, () => ({
        contents: `export const js = ${JSON.stringify(assets.js)};\nexport const css = ${JSON.stringify(assets.css)};\n`,
        loader: 'js',
      }));
    },
  };
}

const nodeBase = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', legalComments: 'none' };

export async function buildAll(mode = 'production') {
  const production = mode === 'production';
  const ui = await buildUiAssets({ minify: production });
  await fs.mkdir(at('dist', 'vscode'), { recursive: true });

  const builds = [
    esbuild.build({
      ...nodeBase,
      entryPoints: [at('src/cli/bin.ts')],
      outfile: at('dist/cli.js'),
      plugins: [uiAssetsModule(ui), yamlOnly],
    }),
    esbuild.build({
      ...nodeBase,
      entryPoints: [at('scripts/bench.ts')],
      outfile: at('dist/bench.js'),
      plugins: [uiAssetsModule(ui), yamlOnly],
    }),
    esbuild.build({
      ...nodeBase,
      entryPoints: [at('src/vscode/extension.ts')],
      outfile: at('dist/vscode/extension.js'),
      external: ['vscode'],
      plugins: [yamlOnly],
      minify: production,
      sourcemap: production ? false : 'inline',
    }),
  ];

  // The Obsidian plugin: the sample plugin's settings; no Node built-in may reach it (mobile).
  const pluginDir = production ? at('dist', 'obsidian') : at('examples', 'vault', '.obsidian', 'plugins', PLUGIN_ID);
  await fs.mkdir(pluginDir, { recursive: true });
  builds.push(
    esbuild.build({
      bundle: true,
      entryPoints: [at('src/obsidian/main.ts')],
      outfile: path.join(pluginDir, 'main.js'),
      format: 'cjs',
      platform: 'browser',
      target: 'es2021',
      external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      plugins: [mobileSafe],
      minify: production,
      sourcemap: production ? false : 'inline',
      treeShaking: true,
      logLevel: 'warning',
      legalComments: 'none',
      metafile: true,
    }).then(async (result) => {
      const nodeImports = Object.values(result.metafile.outputs)
        .flatMap((o) => o.imports)
        .filter((i) => i.external && !/^(obsidian|electron|@codemirror\/|@lezer\/)/.test(i.path));
      if (nodeImports.length) throw new Error(`The Obsidian bundle imports Node built-ins: ${nodeImports.map((i) => i.path).join(', ')}`);
      return result;
    }),
  );

  await Promise.all([
    ...builds,
    fs.writeFile(path.join(pluginDir, 'styles.css'), ui.obsidianCss),
    fs.copyFile(at('manifest.json'), path.join(pluginDir, 'manifest.json')),
    fs.writeFile(at('dist', 'vscode', 'webview.js'), ui.webviewJs),
    fs.writeFile(at('dist', 'vscode', 'webview.css'), ui.webviewCss),
  ]);
  await fs.chmod(at('dist', 'cli.js'), 0o755);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mode = process.argv[2] === 'dev' ? 'dev' : 'production';
  buildAll(mode).catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
