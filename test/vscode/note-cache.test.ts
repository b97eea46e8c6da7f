/**
 * The cache of parsed notes in a live index (issue 11), on a real folder read with Node's fs, as a
 * `file:` vault is in VS Code: a warm start shows the cached notes without reading them, notes
 * changed while VS Code was closed are read again, and whatever the cache holds, the dashboard ends
 * as a cold read of the vault makes it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import type { Day } from '../../src/core/day';
import { buildDashboard } from '../../src/core/dashboard/build-dashboard';
import { NOTE_CACHE_FORMAT } from '../../src/core/index/note-cache';
import { DEFAULT_SETTINGS } from '../../src/core/ports';
import { activate } from '../../src/vscode/extension';
import { LiveIndex } from '../../src/vscode/live-index';
import { NoteCacheFile } from '../../src/vscode/note-cache-file';
import { NodeNoteFiles, noteFilesFor, WorkspaceNoteFiles, type NoteFiles } from '../../src/vscode/note-files';
import { WorkspaceStore } from '../../src/vscode/workspace-store';
import { fake, type FakeOutputChannel } from '../fakes/vscode';
import { PAUSED_PROMISE_NOTE, PROMISE_NOTE, TODAY } from './harness';

const JOURNAL = '---\nselftrust: emotional-journal\ndate: 2026-11-25\nemotions:\n  - calm 4/10\ntrigger: a walk\n---\nA good day.\n';
const UNRELATED = '---\ntags: [garden]\n---\n# Tomatoes\n\nWater them.\n';
/** A note of ours with a Latin-1 "é" (the single byte E9): not UTF-8, listed under "Notes to check". */
const LATIN1 = new Uint8Array([...new TextEncoder().encode('---\nselftrust: trust-model\ndate: 2026-11-24\nsituation: caf'), 0xe9, ...new TextEncoder().encode('\n---\n')]);

/** An hour ago, minus a second per note: every stamp old enough to be kept (see RACY_MS). */
let clock = Math.floor(Date.now() / 1000) - 3600;

const made: string[] = [];
function folder(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `selftrust-${name}-`));
  made.push(dir);
  return dir;
}

function put(vault: string, rel: string, content: string | Uint8Array): void {
  const file = join(vault, rel);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  clock -= 1;
  utimesSync(file, clock, clock);
}

function vaultWithNotes(): string {
  const vault = folder('vault');
  put(vault, 'Self-trust/walk.md', PROMISE_NOTE);
  put(vault, 'Self-trust/cook.md', PAUSED_PROMISE_NOTE);
  put(vault, 'Self-trust/2026/journal.md', JOURNAL);
  put(vault, 'Self-trust/2026/cafe.md', LATIN1);
  put(vault, 'Self-trust/2026-11-20 Small promise.md', '');
  put(vault, 'Notes/tomatoes.md', UNRELATED);
  put(vault, 'Notes/old/walk copy.md', PROMISE_NOTE.replace('Walk for 15 minutes', 'Old walk'));
  for (let i = 0; i < 20; i++) put(vault, `Notes/n${i}.md`, `# Note ${i}\n`);
  return vault;
}

interface Opened {
  live: LiveIndex;
  reads: string[];
  lines: string[];
}

/** A live index over the folder, as extension.ts builds one, counting the notes it reads. */
function open(vault: string, storage: string | undefined, options: { build?: string; files?: NoteFiles; root?: vscode.Uri; saveDelayMs?: number } = {}): Opened {
  const root = options.root ?? vscode.Uri.file(vault);
  const files = options.files ?? new NodeNoteFiles(vault);
  const reads: string[] = [];
  const read = files.read.bind(files);
  files.read = (path) => {
    reads.push(path);
    return read(path);
  };
  const lines: string[] = [];
  const log = (line: string): void => void lines.push(line);
  const cache = storage === undefined ? undefined : NoteCacheFile.for(vscode.Uri.file(storage), root, options.build ?? 'test-build', log);
  const live = new LiveIndex(new WorkspaceStore(root, files), { log, readFirst: 'Self-trust', cache, debounceMs: 1, saveDelayMs: options.saveDelayMs });
  return { live, reads, lines };
}

const sortedNotes = (live: LiveIndex): string => JSON.stringify([...live.index.notes()].sort((a, b) => a.path.localeCompare(b.path)));
/** The dashboard's model, without the index's revision (a count of updates, which differs by how the index was filled). */
const modelOf = (live: LiveIndex): unknown => ({ ...buildDashboard(live.index, TODAY as Day, DEFAULT_SETTINGS), revision: undefined });

/** What a start without any cache makes of the vault: the notes and the model. */
async function cold(vault: string): Promise<{ notes: string; model: unknown }> {
  const { live } = open(vault, undefined);
  await live.ready;
  const out = { notes: sortedNotes(live), model: modelOf(live) };
  live.dispose();
  return out;
}

/** Starts, reads the whole vault, and closes (the cache is written on dispose). */
async function startAndClose(vault: string, storage: string, build?: string): Promise<Opened> {
  const opened = open(vault, storage, { build });
  await opened.live.ready;
  opened.live.dispose();
  return opened;
}

const cacheFileIn = (storage: string): string => {
  const names = readdirSync(storage).filter((n) => n.endsWith('.json'));
  expect(names).toHaveLength(1);
  return join(storage, names[0] as string);
};

afterEach(() => {
  vi.useRealTimers();
  fake.reset();
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('a warm start from the cache of parsed notes', () => {
  it('shows the cached notes before reading any note, and reads none when nothing changed', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = join(folder('storage'), 'not-yet-made');
    const before = readdirSync(vault, { recursive: true }).sort();
    const first = await startAndClose(vault, storage);
    expect(first.reads).toHaveLength(27);
    // The cache lives in the extension's storage, never in the vault.
    expect(existsSync(cacheFileIn(storage))).toBe(true);
    expect(readdirSync(vault, { recursive: true }).sort()).toEqual(before);

    const second = open(vault, storage);
    let changes = 0;
    second.live.onDidChange(() => (changes += 1));
    await second.live.firstPass;
    expect(second.reads).toEqual([]);
    expect(changes).toBe(1);
    const expected = await cold(vault);
    expect(sortedNotes(second.live)).toEqual(expected.notes);
    await second.live.ready;
    expect(second.reads).toEqual([]);
    expect(modelOf(second.live)).toEqual(expected.model);
    // The note that is not UTF-8 is still listed, from the cache.
    expect(second.live.index.get('Self-trust/2026/cafe.md')?.problems[0]?.message).toMatch(/UTF-8/);
    expect(second.lines.join('\n')).toMatch(/Showed 6 notes from the cache of 27 in \d+ ms/);
    second.live.dispose();
  });

  it('reads again the notes changed while VS Code was closed (size or mtime), new ones, and drops deleted ones: the model ends as a cold read makes it', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = folder('storage');
    await startAndClose(vault, storage);

    put(vault, 'Self-trust/walk.md', PROMISE_NOTE.replace('  - 2026-11-25', '  - 2026-11-25\n  - 2026-11-26'));
    // The same size, another mtime: "active" and "paused" are both six letters.
    put(vault, 'Self-trust/cook.md', PAUSED_PROMISE_NOTE.replace('status: paused', 'status: active'));
    put(vault, 'Self-trust/2026/new journal.md', JOURNAL.replace('calm', 'glad'));
    rmSync(join(vault, 'Self-trust/2026/journal.md'));
    rmSync(join(vault, 'Notes/old'), { recursive: true });
    put(vault, 'Notes/n3.md', JOURNAL);
    put(vault, 'Self-trust/2026-11-20 Small promise.md', LATIN1);

    const second = open(vault, storage);
    await second.live.firstPass;
    expect(second.reads).toEqual([]);
    // The cached notes show first, as they were.
    expect(second.live.index.get('Self-trust/2026/journal.md')).toBeDefined();
    await second.live.ready;
    expect(second.reads.sort()).toEqual([
      'Notes/n3.md',
      'Self-trust/2026-11-20 Small promise.md',
      'Self-trust/2026/new journal.md',
      'Self-trust/cook.md',
      'Self-trust/walk.md',
    ]);
    const expected = await cold(vault);
    expect(sortedNotes(second.live)).toEqual(expected.notes);
    expect(modelOf(second.live)).toEqual(expected.model);
    expect(second.live.index.get('Self-trust/2026/journal.md')).toBeUndefined();
    expect(second.live.index.get('Notes/old/walk copy.md')).toBeUndefined();
    second.live.dispose();

    // What was read is in the cache now: the third start reads nothing.
    const third = open(vault, storage);
    await third.live.ready;
    expect(third.reads).toEqual([]);
    expect(sortedNotes(third.live)).toEqual(expected.notes);
    third.live.dispose();
  });

  it('a change heard while running is in the cache at the next start', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = folder('storage');
    const first = open(vault, storage);
    await first.live.ready;
    put(vault, 'Self-trust/2026/journal.md', JOURNAL.replace('calm', 'proud'));
    fake.outside.events([{ type: 'changed', uri: vscode.Uri.file(join(vault, 'Self-trust/2026/journal.md')) }]);
    await first.live.flush();
    first.live.dispose();
    const second = open(vault, storage);
    await second.live.ready;
    expect(second.reads).toEqual([]);
    expect(JSON.stringify(second.live.index.get('Self-trust/2026/journal.md'))).toContain('proud');
    second.live.dispose();
  });
});

describe('a cache that cannot be trusted is ignored, never the dashboard', () => {
  async function readsAfter(vault: string, storage: string, spoil: (text: string) => string, build?: string): Promise<Opened> {
    const file = cacheFileIn(storage);
    writeFileSync(file, spoil(readFileSync(file, 'utf8')));
    const opened = open(vault, storage, { build });
    await opened.live.ready;
    expect(sortedNotes(opened.live)).toEqual((await cold(vault)).notes);
    opened.live.dispose();
    return opened;
  }

  it('corrupt JSON, another format or another build: every note is read, and the cache is written afresh', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = folder('storage');
    await startAndClose(vault, storage);
    const spoils: [string, (t: string) => string][] = [
      ['not JSON', (t) => t.slice(0, 200)],
      ['not JSON', () => '\u0000\u0001garbage'],
      ['not a cache', () => `{"format":${NOTE_CACHE_FORMAT}}`],
      ['another format', (t) => t.replace(`"format":${NOTE_CACHE_FORMAT}`, '"format":1')],
      ['another vault', (t) => t.replace(/"root":"[^"]*"/, '"root":"file:///elsewhere"')],
    ];
    for (const [why, spoil] of spoils) {
      const opened = await readsAfter(vault, storage, spoil);
      expect(opened.reads, why).toHaveLength(27);
      expect(opened.lines.join('\n')).toContain(`The cache of parsed notes was ignored (${why})`);
    }
    // A new build of the extension (its parser may read notes otherwise) trusts nothing an older one wrote.
    expect((await readsAfter(vault, storage, (t) => t, 'next-build')).reads).toHaveLength(27);
    // Each time the cache was written again: now it is trusted.
    const last = await startAndClose(vault, storage, 'next-build');
    expect(last.reads).toEqual([]);
  });

  it('a note with a field of the wrong type is read again; the others come from the cache', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = folder('storage');
    await startAndClose(vault, storage);
    const spoil = (text: string): string => {
      const data = JSON.parse(text) as { notes: [string, number, number, { entry: Record<string, unknown> } | null][] };
      for (const [path, , , note] of data.notes) {
        if (path === 'Self-trust/walk.md' && note) note.entry.times = '1';
        if (path === 'Self-trust/2026/journal.md' && note) note.entry.trigger = 7;
      }
      return JSON.stringify(data);
    };
    const opened = await readsAfter(vault, storage, spoil);
    expect(opened.reads.sort()).toEqual(['Self-trust/2026/journal.md', 'Self-trust/walk.md']);
  });

  it('the storage folder removed between runs, or impossible to write: the notes are read, the dashboard shows', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const base = folder('storage');
    const storage = join(base, 'ext');
    await startAndClose(vault, storage);
    rmSync(storage, { recursive: true });
    expect((await startAndClose(vault, storage)).reads).toHaveLength(27);
    expect((await startAndClose(vault, storage)).reads).toEqual([]);
    // Storage that is a file: nothing can be written under it.
    rmSync(storage, { recursive: true });
    writeFileSync(storage, 'in the way');
    const blocked = await startAndClose(vault, storage);
    expect(blocked.reads).toHaveLength(27);
    expect(blocked.live.index.size).toBe(6);
    expect(blocked.lines.join('\n')).toMatch(/Could not save the cache of parsed notes/);
    expect(readdirSync(base)).toEqual(['ext']);
  });

  it('the cache is written at most once per delay while notes change, not on every change', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = folder('storage');
    const opened = open(vault, storage, { saveDelayMs: 300 });
    await opened.live.ready;
    const saves = (): number => opened.lines.filter((l) => l.startsWith('Saved the cache')).length;
    for (let i = 0; i < 5; i++) {
      put(vault, 'Self-trust/2026/journal.md', JOURNAL.replace('calm', `calm${i}`));
      fake.outside.events([{ type: 'changed', uri: vscode.Uri.file(join(vault, 'Self-trust/2026/journal.md')) }]);
      await opened.live.flush();
    }
    expect(saves()).toBe(0);
    await vi.waitFor(() => expect(saves()).toBe(1), { timeout: 2000 });
    opened.live.dispose();
    // Nothing changed since: dispose writes nothing more.
    expect(saves()).toBe(1);
  });
});

describe('where notes are read from', () => {
  it("Node's fs for a file: folder on this disk; workspace.fs for another scheme, or a folder Node cannot see", () => {
    const vault = folder('vault');
    expect(noteFilesFor(vscode.Uri.file(vault))).toBeInstanceOf(NodeNoteFiles);
    expect(noteFilesFor(vscode.Uri.parse('vscode-vfs://github/me/notes'))).toBeInstanceOf(WorkspaceNoteFiles);
    expect(noteFilesFor(vscode.Uri.file(join(vault, 'not-there')))).toBeInstanceOf(WorkspaceNoteFiles);
  });

  it('a virtual workspace is read through workspace.fs, and cached too: a note changed while closed is the one read again', async () => {
    fake.reset();
    const ROOT = 'vscode-vfs://github/me/notes';
    fake.setWorkspaceFolders([ROOT]);
    fake.writeFile(`${ROOT}/Self-trust/walk.md`, PROMISE_NOTE);
    fake.writeFile(`${ROOT}/Self-trust/journal.md`, JOURNAL);
    fake.writeFile(`${ROOT}/Notes/tomatoes.md`, UNRELATED);
    const root = vscode.Uri.parse(ROOT);
    const storage = folder('storage');
    const start = async (): Promise<Opened> => {
      const files = noteFilesFor(root);
      expect(files).toBeInstanceOf(WorkspaceNoteFiles);
      const opened = open('', storage, { root, files });
      await opened.live.ready;
      opened.live.dispose();
      return opened;
    };
    expect((await start()).reads).toHaveLength(3);
    expect((await start()).reads).toEqual([]);
    fake.writeFile(`${ROOT}/Self-trust/journal.md`, JOURNAL.replace('calm', 'glad'));
    const third = await start();
    expect(third.reads).toEqual(['Self-trust/journal.md']);
    expect(JSON.stringify(third.live.index.get('Self-trust/journal.md'))).toContain('glad');
  });
});

describe('the extension with workspace storage', () => {
  it('keeps the cache in context.storageUri and shows the next start from it', async () => {
    fake.reset();
    const vault = vaultWithNotes();
    const storage = join(folder('storage'), 'selftrust');
    const run = async (): Promise<string> => {
      fake.reset();
      fake.setWorkspaceFolders([vault]);
      const context = fake.context('/ext', storage);
      const api = activate(context as unknown as vscode.ExtensionContext);
      await (await api.vault())?.live.ready;
      for (const d of context.subscriptions) d.dispose();
      return (fake.state.outputChannels[0] as FakeOutputChannel).lines.join('\n');
    };
    expect(await run()).toMatch(/No cache of parsed notes yet[\s\S]*Read 27 notes in/);
    // Written on dispose, into the storage folder.
    expect(existsSync(cacheFileIn(storage))).toBe(true);
    expect(await run()).toMatch(/Showed 6 notes from the cache of 27[\s\S]*Read 27 notes in \d+ ms \(27 unchanged from the cache, 0 read\)/);
  });
});
