#!/usr/bin/env node
import { localDayOf } from '../core/day';
import { runCli } from './run';
// Filled in at build time by esbuild.config.mjs: the dashboard renderer's script and styles.
import { css, js } from 'virtual:ui-assets';

void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => localDayOf(new Date()),
  uiAssets: async () => ({ js, css }),
}).then((code) => {
  process.exitCode = code;
});
