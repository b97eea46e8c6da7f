import { defineConfig } from 'vitest/config';

// Real browsers and real hosts, no fakes: slow, so long timeouts and one file at a time
// (the machine is shared).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
