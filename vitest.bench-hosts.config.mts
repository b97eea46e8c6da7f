import { defineConfig } from 'vitest/config';

// Host benchmarks in real hosts (`npm run bench:vscode`): they print figures, they are not CI tests.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.bench.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 20 * 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
