/**
 * Restricted Mode and virtual workspaces (issue 10, point 9). package.json declares what the
 * extension supports, in the shapes VS Code documents:
 * - untrustedWorkspaces (https://code.visualstudio.com/api/extension-guides/workspace-trust,
 *   "Static declarations"): `{ supported: true }` | `{ supported: false, description }` |
 *   `{ supported: 'limited', description, restrictedConfigurations? }`;
 * - virtualWorkspaces (https://code.visualstudio.com/api/extension-guides/virtual-workspaces):
 *   `true` | `false` | `{ supported: false | 'limited', description }`.
 * Each claim is then checked against the code: nothing runs from the workspace, and every file is
 * reached through `workspace.fs` by uri, so a folder on another file system works as one on disk.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/vscode/commands';
import { activate } from '../../src/vscode/extension';
import { fake, type FakeExtensionContext } from '../fakes/vscode';
import { PROMISE_NOTE, TODAY, difference, pinToday } from './harness';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: unknown; virtualWorkspaces?: unknown };
  contributes: { configuration: { properties: Record<string, unknown> } };
};

/** Why a value does not fit VS Code's documented `untrustedWorkspaces` shape; undefined when it fits. */
function untrustedShapeProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return 'must be an object';
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v);
  if (v.supported === true) return keys.every((k) => k === 'supported' || k === 'description') ? undefined : `unknown keys: ${keys.join(', ')}`;
  if (v.supported !== false && v.supported !== 'limited') return 'supported must be true, false or "limited"';
  if (typeof v.description !== 'string' || v.description.trim() === '') return 'a description is required when supported is false or "limited"';
  if (v.restrictedConfigurations !== undefined) {
    if (v.supported !== 'limited') return 'restrictedConfigurations only go with "limited"';
    const settings = pkg.contributes.configuration.properties;
    if (!Array.isArray(v.restrictedConfigurations) || !v.restrictedConfigurations.every((k) => typeof k === 'string' && k in settings)) {
      return 'restrictedConfigurations must name contributed settings';
    }
  }
  return undefined;
}

/** Why a value does not fit VS Code's documented `virtualWorkspaces` shape; undefined when it fits. */
function virtualShapeProblem(value: unknown): string | undefined {
  if (typeof value === 'boolean') return undefined;
  if (typeof value !== 'object' || value === null) return 'must be a boolean or an object';
  const v = value as Record<string, unknown>;
  if (v.supported !== false && v.supported !== 'limited') return 'supported must be false or "limited" in the object form';
  if (typeof v.description !== 'string' || v.description.trim() === '') return 'the object form needs a description';
  return undefined;
}

describe('package.json capabilities, in the shapes VS Code documents', () => {
  it('the shape checks accept what the docs allow and refuse the rest', () => {
    expect(untrustedShapeProblem({ supported: true })).toBeUndefined();
    expect(untrustedShapeProblem({ supported: 'limited', description: 'Reads only.', restrictedConfigurations: ['selftrust.notesFolder'] })).toBeUndefined();
    expect(untrustedShapeProblem({ supported: false })).toMatch(/description/);
    expect(untrustedShapeProblem({ supported: 'limited', description: 'x', restrictedConfigurations: ['other.setting'] })).toMatch(/contributed/);
    expect(untrustedShapeProblem({ supported: 'yes' })).toMatch(/supported/);
    expect(virtualShapeProblem(true)).toBeUndefined();
    expect(virtualShapeProblem({ supported: 'limited', description: 'No watcher.' })).toBeUndefined();
    expect(virtualShapeProblem({ supported: true })).toMatch(/supported/);
  });

  it('runs in Restricted Mode: it only reads and writes markdown in the workspace, and runs nothing from it', () => {
    expect(untrustedShapeProblem(pkg.capabilities?.untrustedWorkspaces)).toBeUndefined();
    expect(pkg.capabilities?.untrustedWorkspaces).toEqual({ supported: true });
  });

  it('runs in virtual workspaces: every read and write goes through workspace.fs', () => {
    expect(virtualShapeProblem(pkg.capabilities?.virtualWorkspaces)).toBeUndefined();
    expect(pkg.capabilities?.virtualWorkspaces).toBe(true);
  });
});

/** Every module the extension's entry reaches through relative imports, each bare module it names, and which files name each. */
function importsFrom(entry: string): { files: string[]; bare: Set<string>; namedBy: Map<string, string[]> } {
  const root = resolve(dirname(new URL(import.meta.url).pathname), '../..');
  const seen = new Set<string>();
  const bare = new Set<string>();
  const namedBy = new Map<string, string[]>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\('([^']+)'\)/g)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec.endsWith('.ts') ? spec : `${spec}.ts`));
      else {
        bare.add(spec);
        namedBy.set(spec, [...(namedBy.get(spec) ?? []), relative(root, file)].sort());
      }
    }
  };
  visit(join(root, entry));
  return { files: [...seen].map((f) => relative(root, f)).sort(), bare, namedBy };
}

describe('what the claims rest on', () => {
  it("Node's fs is reached in two files only: reading a file: vault (note-files) and the cache in workspace storage; writes go through workspace.fs", () => {
    const { files, bare, namedBy } = importsFrom('src/vscode/extension.ts');
    expect(files).toContain('src/vscode/workspace-store.ts');
    // node:crypto makes the webview's nonce and names the cache file; yaml and gray-matter parse text they are handed.
    expect([...bare].sort()).toEqual(['gray-matter', 'node:crypto', 'node:fs', 'node:path', 'vscode', 'yaml']);
    // Issue 11: a file: vault is read with fs (workspace.fs round trips cost seconds at 10k notes); any
    // other scheme through workspace.fs (see the virtual file system tests below).
    expect(namedBy.get('node:fs')).toEqual(['src/vscode/note-cache-file.ts', 'src/vscode/note-files.ts']);
  });

  describe('a vault on a virtual file system (vscode-vfs://)', () => {
    const ROOT = 'vscode-vfs://github/me/notes';
    let context: FakeExtensionContext | undefined;
    afterEach(() => {
      for (const d of context?.subscriptions ?? []) d.dispose();
      context = undefined;
      vi.useRealTimers();
    });

    it('is read, logged into and written to on that file system, never on the disk', async () => {
      fake.reset();
      pinToday();
      fake.setWorkspaceFolders([ROOT]);
      fake.writeFile(`${ROOT}/Self-trust/walk.md`, PROMISE_NOTE);
      context = fake.context();
      const api = activate(context as unknown as vscode.ExtensionContext);
      const vault = await api.vault();
      await vault?.live.ready;
      expect(vault?.store.root.toString()).toBe(ROOT);
      expect([...(vault?.live.index.notes() ?? [])].map((n) => n.path)).toEqual(['Self-trust/walk.md']);

      await vscode.commands.executeCommand(COMMANDS.logPromise, 'Self-trust/walk.md');
      expect(difference(PROMISE_NOTE, fake.readFile(`${ROOT}/Self-trust/walk.md`) ?? '')).toEqual(['', `  - ${TODAY}\n`]);

      await vscode.commands.executeCommand(COMMANDS.startExercise('boundary-log'));
      expect(fake.readFile(`${ROOT}/Self-trust/${TODAY} Boundary log.md`)).toContain('selftrust: boundary-log');
      // Nothing was written under a file: path.
      expect(fake.state.fsWrites.filter((k) => !k.startsWith(`${ROOT}/`))).toEqual([]);
      expect(fake.filesUnder('/')).toEqual([]);
    });
  });
});
