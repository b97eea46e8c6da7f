import * as esbuild from 'esbuild';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the build config is plain JavaScript.
import { mobileSafe } from '../../esbuild.config.mjs';

/*
 * Obsidian on a phone has no Node: no Buffer, no require, no process. The core is bundled for the
 * browser exactly as the plugin build does it and run in an empty JavaScript context, so a Node
 * dependency anywhere in parsing, logging, templates or the dashboard fails here, not on a phone.
 */
let core: string;

beforeAll(async () => {
  const entry = `
    import { NoteIndex } from './src/core/index/note-index';
    import { addDayToList } from './src/core/edit/frontmatter-list';
    import { buildDashboard } from './src/core/dashboard/build-dashboard';
    import { renderExercise } from './src/core/templates/render';
    import { DEFAULT_SETTINGS } from './src/core/ports';
    globalThis.run = (note) => {
      const index = new NoteIndex();
      const edit = addDayToList(note, 'kept', '2026-11-26');
      index.upsert('Self-trust/Walk.md', edit.text);
      const model = buildDashboard(index, '2026-11-26', DEFAULT_SETTINGS);
      const journal = renderExercise('emotional-journal', { date: '2026-11-26', weekStart: 'monday' });
      return JSON.stringify({ edit: edit.ok, promises: model.promises, problems: model.problems, journal });
    };`;
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: path.resolve(__dirname, '../..'), loader: 'ts' },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2021',
    plugins: [mobileSafe],
    logLevel: 'silent',
  });
  core = result.outputFiles[0]?.text ?? '';
}, 60_000);

describe('the core on Obsidian mobile (no Node at all)', () => {
  it('parses, logs a promise and builds the dashboard without Buffer, require or process', () => {
    const context = vm.createContext({});
    expect(vm.runInContext('typeof Buffer + typeof require + typeof process', context)).toBe('undefinedundefinedundefined');
    vm.runInContext(core, context);
    const note = '---\nselftrust: small-promise\ndate: 2026-11-20\npromise: Walk\nkept: [2026-11-24, 2026-11-25]\n---\n';
    const out = JSON.parse(vm.runInContext(`run(${JSON.stringify(note)})`, context) as string) as {
      edit: boolean;
      promises: { promise: string; currentStreak: number }[];
      problems: unknown[];
      journal: string;
    };
    expect(out.edit).toBe(true);
    expect(out.problems).toEqual([]);
    expect(out.promises).toMatchObject([{ promise: 'Walk', currentStreak: 3 }]);
    expect(out.journal).toContain('selftrust: emotional-journal');
  });
});
