import { defineConfig } from 'vitest/config';
import base from './vitest.config.mts';

// `npm run bench:obsidian`: the plugin's benchmark in the fake host; prints figures, not a CI test.
export default defineConfig({
  resolve: base.resolve,
  test: { include: ['test/bench/**/*.bench.ts'], testTimeout: 600_000 },
});
