// Builds the dashboard's browser assets with esbuild's JS API, in memory:
//   js         the HTML report's IIFE (src/ui/report-entry.ts, chart.js bundled in)
//   css        theme-report.css (light + dark defaults) + dashboard.css, for the HTML report
//   webviewJs  the VS Code webview's IIFE (src/ui/webview-entry.ts)
//   webviewCss theme-vscode.css + dashboard.css;  obsidianCss  theme-obsidian.css + dashboard.css
// The lead calls it from esbuild.config.mjs and the CLI's `report --html`.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ui = (name) => fileURLToPath(new URL(`../src/ui/${name}`, import.meta.url));

async function bundleJs(entry, minify) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [ui(entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100'],
    minify,
    write: false,
    legalComments: minify ? 'eof' : 'inline',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const file = result.outputFiles[0];
  if (!file) throw new Error(`esbuild produced no output for ${entry}`);
  return withoutUrls(file.text);
}

/**
 * The licence notices of bundled libraries stay (their licences ask for it), but the HTML report
 * promises no URL to anywhere: their homepage links lose the scheme and read as plain names.
 */
function withoutUrls(js) {
  return js.replace(/\/\*(?:!|\*\s*@license)[\s\S]*?\*\//g, (comment) => comment.replace(/https?:\/\//g, ''));
}

async function bundleCss(names, minify) {
  const text = (await Promise.all(names.map((n) => readFile(ui(n), 'utf8')))).join('\n');
  const result = await esbuild.transform(text, { loader: 'css', minify, logLevel: 'silent' });
  return result.code;
}

/** @param {{ minify?: boolean }} [options] */
export async function buildUiAssets({ minify = true } = {}) {
  const [js, webviewJs, css, webviewCss, obsidianCss] = await Promise.all([
    bundleJs('report-entry.ts', minify),
    bundleJs('webview-entry.ts', minify),
    bundleCss(['theme-report.css', 'dashboard.css'], minify),
    bundleCss(['theme-vscode.css', 'dashboard.css'], minify),
    bundleCss(['theme-obsidian.css', 'dashboard.css'], minify),
  ]);
  return { js, css, webviewJs, webviewCss, obsidianCss };
}

// `node scripts/build-ui.mjs` prints the sizes.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const assets = await buildUiAssets({ minify: true });
  for (const [name, text] of Object.entries(assets)) console.log(`${name.padEnd(12)} ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`);
}
