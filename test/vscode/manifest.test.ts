import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { EXERCISES } from '../../src/core/catalog/exercises';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import { COMMANDS, VIEW_CONTAINER_ID, VIEW_ID } from '../../src/vscode/commands';
import { fake } from '../fakes/vscode';
import { start, stop, type Started } from './harness';

interface Contributed {
  command: string;
  title: string;
  category?: string;
}

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  main: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: Contributed[];
    keybindings?: unknown;
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    views: Record<string, { type: string; id: string; name: string }[]>;
    configuration: { properties: Record<string, { default?: unknown; enum?: string[] }> };
  };
};
const palette = (c: Contributed): string => (c.category ? `${c.category}: ${c.title}` : c.title);

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

describe('package.json (the VS Code manifest)', () => {
  it('has a "Start exercise" command for every exercise in the catalog, and no other', () => {
    const starts = pkg.contributes.commands.filter((c) => c.command.startsWith('selftrust.startExercise.'));
    expect(starts.map((c) => [c.command, palette(c)])).toEqual(
      EXERCISES.map((e) => [COMMANDS.startExercise(e.id), `Self-Trust: Start exercise: ${e.title}`]),
    );
  });

  it('shows the other commands in the palette under Self-Trust', () => {
    const others = pkg.contributes.commands.filter((c) => !c.command.startsWith('selftrust.startExercise.')).map(palette);
    expect(others).toEqual([
      'Self-Trust: Log a kept promise',
      'Self-Trust: Mark a rest day',
      'Self-Trust: Log a slip',
      'Self-Trust: Note what got in the way',
      "Self-Trust: Start this week's reflection",
      'Self-Trust: Reread my self-compassion letter',
      'Self-Trust: Open dashboard',
      'Self-Trust: Prepare a session summary',
    ]);
  });

  it('contributes exactly the commands the extension registers', async () => {
    s = await start();
    const registered = [...fake.state.commands.keys()].sort();
    expect(pkg.contributes.commands.map((c) => c.command).sort()).toEqual(registered);
  });

  it('activates only on its own commands and view, never on *', () => {
    const ours = new Set([...pkg.contributes.commands.map((c) => `onCommand:${c.command}`), `onView:${VIEW_ID}`]);
    expect(pkg.activationEvents).not.toContain('*');
    expect(pkg.activationEvents.filter((e) => !ours.has(e))).toEqual([]);
    expect(pkg.activationEvents).toContain(`onView:${VIEW_ID}`);
  });

  it('puts the dashboard webview in its own activity-bar container with a packaged icon', () => {
    const [container] = pkg.contributes.viewsContainers.activitybar;
    expect(container).toEqual({ id: VIEW_CONTAINER_ID, title: 'Self-Trust', icon: 'media/activity-bar.svg' });
    expect(readFileSync(new URL(`../../${container?.icon}`, import.meta.url), 'utf8')).toMatch(/^<svg /);
    expect(readFileSync(new URL('../../.vscodeignore', import.meta.url), 'utf8')).toContain(`!${container?.icon}`);
    expect(pkg.contributes.views[VIEW_CONTAINER_ID]).toEqual([expect.objectContaining({ type: 'webview', id: VIEW_ID })]);
  });

  it('offers the settings with the same defaults as every other host', () => {
    const p = pkg.contributes.configuration.properties;
    expect(p['selftrust.notesFolder']?.default).toBe(DEFAULT_SETTINGS.notesFolder);
    expect(p['selftrust.templateFolder']?.default).toBe(DEFAULT_SETTINGS.templateFolder);
    expect(p['selftrust.weekStart']).toMatchObject({ default: DEFAULT_SETTINGS.weekStart, enum: ['monday', 'sunday'] });
    expect(p['selftrust.vaultFolder']?.default).toBe('');
  });

  it('installs in VS Code 1.100 (code-server 4.100.3), with types no newer than that, and no default keybindings', () => {
    expect(pkg.engines.vscode).toBe('^1.100.0');
    expect(pkg.devDependencies['@types/vscode']).toMatch(/^\^?1\.100\./);
    expect(pkg.main).toBe('./dist/vscode/extension.js');
    expect(pkg.contributes.keybindings).toBeUndefined();
  });
});
