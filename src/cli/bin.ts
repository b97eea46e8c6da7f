#!/usr/bin/env node
import { localDayOf } from '../core/day';
import { runCli } from './run';
// Filled in at build time by esbuild.config.mjs: the dashboard renderer's script and styles.
import { css, js } from 'virtual:ui-assets';

// `selftrust report --json | head -c 10`: the reader has gone and wants no more; stop quietly, as
// `cat` does, instead of a stack trace. Any other failure to write is one line and exit 1.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`selftrust: the output could not be written (${error.code ?? error.message}).\n`);
  process.exit(1);
});
// Nowhere left to say anything: stderr's own failures are dropped.
process.stderr.on('error', () => undefined);

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => localDayOf(new Date()),
  uiAssets: async () => ({ js, css }),
}).then((code) => {
  process.exitCode = code;
});
