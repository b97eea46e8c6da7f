import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      // `obsidian` and `vscode` ship types only; tests run against our fakes, typed by the real declarations.
      obsidian: fileURLToPath(new URL('./test/fakes/obsidian.ts', import.meta.url)),
      vscode: fileURLToPath(new URL('./test/fakes/vscode.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
