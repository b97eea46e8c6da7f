/** Builds the real `selftrust` binary once per test run, the way `npm run build` does, and runs it as a user would. */
import * as esbuild from 'esbuild';
// @ts-expect-error: the build config is plain JavaScript.
import { uiAssetsModule, yamlOnly } from '../../esbuild.config.mjs';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

let built: Promise<string> | undefined;

export function cliBinary(): Promise<string> {
  built ??= (async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'selftrust-cli-')), 'cli.js');
    const { buildUiAssets } = await import('../../scripts/build-ui.mjs');
    const ui = await buildUiAssets({ minify: true });
    await esbuild.build({
      entryPoints: [path.resolve(__dirname, '../../src/cli/bin.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
      plugins: [uiAssetsModule(ui), yamlOnly],
    });
    return out;
  })();
  return built;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function selftrust(args: string[], options: { cwd: string; tz?: string }): Promise<RunResult> {
  const bin = await cliBinary();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd, env: { ...process.env, TZ: options.tz ?? process.env.TZ ?? 'UTC' }, encoding: 'utf8' },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
