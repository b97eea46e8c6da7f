// Lint: Obsidian's recommended rules (with typescript-eslint's type-checked rules) for everything that
// ships, and the one architectural rule that matters most: src/core cannot reach a host.
import { defineConfig, globalIgnores } from 'eslint/config';
import json from '@eslint/json';
import depend from 'eslint-plugin-depend';
import obsidianmd from 'eslint-plugin-obsidianmd';
import { PlainTextParser } from 'eslint-plugin-obsidianmd/dist/lib/plainTextParser.js';
import tseslint from 'typescript-eslint';

const HOSTS = ['obsidian', 'vscode', 'electron', 'chart.js', 'chart.js/*', '@codemirror/*'];
const NODE = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'url', 'util', 'stream', 'buffer', 'process'];

export default defineConfig([
  globalIgnores(['node_modules/', 'dist/', 'examples/', 'coverage/', 'test-results/', '**/*.mjs', '**/*.cjs', 'src/core/templates/bundled.ts']),
  {
    files: ['src/**/*.ts'],
    extends: [obsidianmd.configs.recommended],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    // TypeScript checks names itself; core no-undef does not know type-only globals such as NodeJS.
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: HOSTS, message: 'src/core is pure: no host API, no chart.js.' },
            { group: NODE, message: 'src/core runs on Obsidian mobile and in browsers: no Node built-ins.' },
            { group: ['**/ui/**', '**/obsidian/**', '**/vscode/**', '**/cli/**'], message: 'Imports point inward: hosts use the core, never the reverse.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes from the injected Clock, not new Date().' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Time comes from the injected Clock, not Date.now().' },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      // The renderer also runs in a VS Code webview and a plain browser, where Obsidian's createEl and
      // activeDocument do not exist: it builds DOM with the standard API, which Obsidian supports too.
      'obsidianmd/prefer-create-el': 'off',
      'no-restricted-imports': ['error', { patterns: [{ group: ['obsidian', 'vscode', ...NODE, '**/obsidian/**', '**/vscode/**', '**/cli/**'], message: 'The renderer imports no host API.' }] }],
    },
  },
  {
    // getSettingDefinitions() arrives in Obsidian 1.13; the plugin supports 1.8.7 and up (manifest
    // minAppVersion), where display() is the settings API. Revisit when minAppVersion reaches 1.13.
    files: ['src/obsidian/settings-tab.ts'],
    rules: { 'obsidianmd/settings-tab/prefer-setting-definitions': 'off' },
  },
  // What Obsidian's review lints besides the code: the manifest, the licence and package.json's
  // dependencies (eslint-plugin-obsidianmd's recommended config lints these files; our code block above
  // is limited to src/**/*.ts, so they are named here). validate-manifest reads manifest.json as an
  // ESTree object expression (the TypeScript parser); validate-license reads LICENSE as plain lines.
  {
    files: ['manifest.json'],
    languageOptions: { parser: tseslint.parser },
    plugins: { obsidianmd },
    rules: { 'obsidianmd/validate-manifest': 'error' },
  },
  {
    files: ['LICENSE'],
    languageOptions: { parser: PlainTextParser },
    plugins: { obsidianmd },
    rules: { 'obsidianmd/validate-license': 'error' },
  },
  {
    files: ['package.json'],
    language: 'json/json',
    plugins: { json, depend },
    rules: {
      'json/no-duplicate-keys': 'error',
      // js-yaml is a dev dependency only: tests use it to make the Dates another host's YAML 1.1 parser
      // hands over, so the core is shown to read them right. Nothing shipped uses it (see yamlOnly).
      'depend/ban-dependencies': ['error', { presets: ['native', 'microutilities', 'preferred'], allowed: ['js-yaml'] }],
    },
  },
  {
    // The CLI and the VS Code extension host run in Node, not in Obsidian: Obsidian-only rules do not apply.
    files: ['src/cli/**/*.ts', 'src/vscode/**/*.ts'],
    rules: {
      'obsidianmd/no-nodejs-modules': 'off',
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      'obsidianmd/hardcoded-config-path': 'off',
    },
  },
]);
