// The floor of `npm run bench` (issue 11): the least any program can do to report on a vault. Walks
// the folders and reads every `.md` file with readFileSync, as raw bytes, and nothing else: no
// decoding, no parsing. `node scripts/bench-floor.mjs DIR`; prints how many files and bytes it read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

let files = 0;
let bytes = 0;
function walk(dir) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) walk(full);
    else if (e.name.endsWith('.md')) {
      bytes += readFileSync(full).length;
      files++;
    }
  }
}
walk(process.argv[2] ?? '.');
process.stdout.write(`${files} files, ${bytes} bytes\n`);
