// `npm run bench:bundle`: what the Obsidian main.js is made of (esbuild's metafile, minified as released),
// by package and by folder of ours, and what a few build options would change. Figures, not a test.
import * as esbuild from 'esbuild';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mobileSafe } from '../esbuild.config.mjs';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');

async function build(extra = {}) {
  const result = await esbuild.build({
    bundle: true,
    entryPoints: [path.join(root, 'src/obsidian/main.ts')],
    outfile: path.join(root, 'dist/bench-bundle/main.js'),
    write: false,
    format: 'cjs',
    platform: 'browser',
    target: 'es2021',
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
    plugins: [mobileSafe],
    minify: true,
    treeShaking: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'silent',
    ...extra,
  });
  return result;
}

const groupOf = (input) => {
  const nm = input.lastIndexOf('node_modules/');
  if (nm !== -1) {
    const rest = input.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  return input.split('/').slice(0, 2).join('/');
};

const base = await build();
const out = Object.values(base.metafile.outputs)[0];
const groups = new Map();
for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
console.log(`Obsidian main.js as built: ${out.bytes.toLocaleString('en-US')} bytes (target <= 300,000)`);
for (const [group, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  if (bytes > 0) console.log(`  ${group.padEnd(28)} ${bytes.toLocaleString('en-US').padStart(9)}`);
}
const yaml = Object.entries(out.inputs)
  .filter(([input]) => input.includes('node_modules/yaml/'))
  .map(([input, { bytesInOutput }]) => [input.replace(/.*node_modules\/yaml\/browser\/dist\//, ''), bytesInOutput])
  .sort((a, b) => b[1] - a[1]);
console.log('  yaml, its largest modules:');
for (const [input, bytes] of yaml.slice(0, 12)) console.log(`    ${input.padEnd(40)} ${bytes.toLocaleString('en-US').padStart(7)}`);
const utf8 = await build({ charset: 'utf8' });
console.log(`With charset: 'utf8' (non-ASCII text as UTF-8, not \\u escapes): ${Object.values(utf8.metafile.outputs)[0].bytes.toLocaleString('en-US')} bytes`);
const ours = Object.entries(out.inputs)
  .filter(([input]) => input.startsWith('src/'))
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
console.log('Our largest files in it:');
for (const [input, { bytesInOutput }] of ours.slice(0, 15)) console.log(`  ${input.padEnd(44)} ${bytesInOutput.toLocaleString('en-US').padStart(7)}`);
