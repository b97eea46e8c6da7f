// Preloaded by `npm run bench` into each process it measures (`node --require scripts/bench-usage.cjs`):
// at exit, writes the process's own CPU time and peak memory (max RSS) as JSON to the file named by
// SELFTRUST_BENCH_USAGE, the same way for the floor and for the CLI.
'use strict';
const { writeFileSync } = require('node:fs');
const file = process.env.SELFTRUST_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }));
  });
}
