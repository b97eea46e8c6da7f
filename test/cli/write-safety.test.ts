/**
 * The CLI's writes on disk (issue 8, faults 1, 2, 9 and 10): parallel logs and an appending program
 * lose nothing, bytes that are not UTF-8 are never rewritten, read-only notes and long names, plain
 * sentences instead of raw errno messages, and `new` never writes through a link out of the vault.
 * Real files and the real binary, as a user runs it.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cliBinary, selftrust, type RunResult } from './cli-binary';
import { loadVault } from '../../src/cli/load-vault';
import { NodeNoteStore } from '../../src/cli/node-store';
import { lockPathFor } from '../../src/cli/note-lock';
import { plainFileError, PlainFileError } from '../../src/cli/file-errors';
import { decodeUtf8Strict, firstBadByte, NotUtf8Error } from '../../src/cli/strict-utf8';

const vaults: string[] = [];
function tempDir(prefix = 'selftrust-write-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  vaults.push(dir);
  return dir;
}
function tempVault(files: Record<string, string | Uint8Array> = {}): string {
  const dir = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}
afterEach(() => {
  for (const dir of vaults.splice(0)) {
    spawnSync('chmod', ['-R', 'u+rwX', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
});

beforeAll(async () => {
  await cliBinary();
}, 120_000);

const promiseNote = (promise: string, kept: string[], body = 'Why this matters to me: I want to feel at home in my body again.\n') =>
  [
    '---',
    'selftrust: small-promise',
    'schema: 1',
    'date: 2026-10-01',
    `promise: ${JSON.stringify(promise)}`,
    'times: 1',
    'per: day',
    '# the days I kept it — “quoted”, ünïcödé 🙂',
    'kept:',
    ...kept.map((d) => `  - ${d}`),
    'skipped: []',
    'status: active',
    '---',
    '',
    body,
  ].join('\n');

const day = (d: number): string => `2026-11-${String(d).padStart(2, '0')}`;
const KEPT_ITEM = /^ {2}- (\d{4}-\d{2}-\d{2})\r?$/;

/** The days in the note's kept list, in order, and the note without those lines. */
function keptDays(text: string): { days: string[]; rest: string } {
  const days: string[] = [];
  const rest = text
    .split('\n')
    .filter((line) => {
      const m = KEPT_ITEM.exec(line);
      if (m) days.push(m[1] as string);
      return !m;
    })
    .join('\n');
  return { days, rest };
}

/** Nothing but the note is left in its folder: no temp file, no lock. */
function onlyNotes(dir: string): string[] {
  return readdirSync(dir).sort();
}

describe('parallel writes (fault 1)', () => {
  it('20 `selftrust log` runs started at once on one note all land, each day exactly once, every other byte kept', async () => {
    const before = promiseNote('Walk 15 minutes', ['2026-10-30']);
    const vault = tempVault({ 'Self-trust/Walk.md': before });
    const runs = await Promise.all(Array.from({ length: 20 }, (_, k) => selftrust(['log', 'Walk', '--date', day(k + 1)], { cwd: vault })));
    for (const [k, r] of runs.entries()) expect(r.code, `${day(k + 1)}: ${r.stderr}`).toBe(0);
    const after = readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8');
    const { days, rest } = keptDays(after);
    expect([...days].sort()).toEqual(['2026-10-30', ...Array.from({ length: 20 }, (_, k) => day(k + 1))]);
    expect(rest).toBe(keptDays(before).rest);
    expect(onlyNotes(path.join(vault, 'Self-trust'))).toEqual(['Walk.md']);
  }, 120_000);

  it('a program appending to the note while 10 logs run loses no line, and every day lands', async () => {
    const before = promiseNote('Walk', []);
    const vault = tempVault({ 'Self-trust/Walk.md': before });
    const note = path.join(vault, 'Self-trust/Walk.md');
    const stop = path.join(vault, 'stop');
    // Appends a numbered line every millisecond or so, the way a logging script would, until told to stop.
    const appenderSource = `
      const fs = require('node:fs');
      const pause = new Int32Array(new SharedArrayBuffer(4));
      let n = 0;
      while (!fs.existsSync(${JSON.stringify(stop)})) {
        fs.appendFileSync(${JSON.stringify(note)}, 'appended line ' + n + '\\n');
        n++;
        Atomics.wait(pause, 0, 0, 1);
      }
      process.stdout.write(String(n));`;
    const appender = spawn(process.execPath, ['-e', appenderSource], { stdio: ['ignore', 'pipe', 'inherit'] });
    let written = '';
    appender.stdout.on('data', (chunk: Buffer) => (written += chunk.toString()));
    const finished = new Promise<void>((resolve) => appender.on('close', () => resolve()));
    const runs = await Promise.all(Array.from({ length: 10 }, (_, k) => selftrust(['log', 'Walk', '--date', day(k + 1)], { cwd: vault })));
    writeFileSync(stop, '');
    await finished;
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const count = Number(written);
    expect(count).toBeGreaterThan(10); // The appender really ran alongside.
    const after = readFileSync(note, 'utf8');
    const { days, rest } = keptDays(after);
    expect([...days].sort()).toEqual(Array.from({ length: 10 }, (_, k) => day(k + 1)));
    const appended = rest.split('\n').filter((line) => line.startsWith('appended line '));
    // Every line, once.
    const numbers = appended.map((line) => Number(line.slice('appended line '.length)));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: count }, (_, n) => n));
    // In the order written, but for at most one line per log: an append that reaches the replaced
    // file after the rename is carried over a moment later, after lines written to the new file.
    const outOfOrder = numbers.filter((n, i) => i > 0 && n < (numbers[i - 1] as number)).length;
    expect(outOfOrder).toBeLessThanOrEqual(10);
    // Apart from the days and the appended lines, the note is what it was.
    expect(rest.split('\n').filter((line) => !line.startsWith('appended line ')).join('\n')).toBe(keptDays(before).rest);
    expect(onlyNotes(path.join(vault, 'Self-trust'))).toEqual(['Walk.md']);
  }, 120_000);

  it('edits again on the new text when another program rewrites the note between the read and the write', async () => {
    const vault = tempVault({ 'Walk.md': 'kept: []\nbody one\n' });
    const note = path.join(vault, 'Walk.md');
    const seen: string[] = [];
    await new NodeNoteStore(vault).process('Walk.md', (text) => {
      seen.push(text);
      if (seen.length === 1) writeFileSync(note, 'kept: []\nbody two, saved by an editor\n'); // In place, as Obsidian saves.
      return text.replace('kept: []', 'kept: [2026-11-03]');
    });
    expect(seen).toEqual(['kept: []\nbody one\n', 'kept: []\nbody two, saved by an editor\n']);
    expect(readFileSync(note, 'utf8')).toBe('kept: [2026-11-03]\nbody two, saved by an editor\n');
  });

  it('keeps what another program appended between the read and the write, without editing twice', async () => {
    const vault = tempVault({ 'Walk.md': 'kept: []\nbody\n' });
    const note = path.join(vault, 'Walk.md');
    let calls = 0;
    await new NodeNoteStore(vault).process('Walk.md', (text) => {
      if (calls++ === 0) writeFileSync(note, 'appended\n', { flag: 'a' });
      return text.replace('kept: []', 'kept: [2026-11-03]');
    });
    expect(readFileSync(note, 'utf8')).toBe('kept: [2026-11-03]\nbody\nappended\n');
  });

  it('gives up with a plain sentence, leaving the other program\'s text, when the note never stops changing', async () => {
    const vault = tempVault({ 'Walk.md': 'kept: []\n' });
    const note = path.join(vault, 'Walk.md');
    let n = 0;
    const e = await new NodeNoteStore(vault)
      .process('Walk.md', (text) => {
        writeFileSync(note, `# saved ${++n}\nkept: []\n`);
        return text.replace('kept: []', 'kept: [2026-11-03]');
      })
      .catch((error: Error) => error);
    expect((e as PlainFileError).code).toBe('ECHANGED');
    expect((e as Error).message).toMatch(/^"Walk.md" kept changing while Self-Trust was writing it/);
    expect(n).toBe(8);
    expect(readFileSync(note, 'utf8')).toBe(`# saved ${n}\nkept: []\n`);
    expect(onlyNotes(vault)).toEqual(['Walk.md']);
  });

  it('a lock left by a process that died does not block the next log', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', []) });
    const note = path.join(vault, 'Self-trust/Walk.md');
    const lock = lockPathFor(note);
    writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), token: 'left-over' }));
    const r = await selftrust(['log', 'Walk', '--date', day(3)], { cwd: vault });
    expect(r.code, r.stderr).toBe(0);
    expect(keptDays(readFileSync(note, 'utf8')).days).toEqual([day(3)]);
    expect(existsSync(lock)).toBe(false);
    // An old lock (over 10 s) from another machine is stale too.
    writeFileSync(lock, JSON.stringify({ pid: 1, host: 'another-computer', token: 'synced' }));
    utimesSync(lock, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    const r2 = await selftrust(['log', 'Walk', '--date', day(4)], { cwd: vault });
    expect(r2.code, r2.stderr).toBe(0);
    expect(keptDays(readFileSync(note, 'utf8')).days).toEqual([day(3), day(4)]);
  }, 60_000);

  it('waits for a live lock instead of failing, then writes', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', []) });
    const note = path.join(vault, 'Self-trust/Walk.md');
    const lock = lockPathFor(note);
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), token: 'held-by-the-test' }));
    const release = setTimeout(() => rmSync(lock, { force: true }), 1500);
    const started = Date.now();
    const r = await selftrust(['log', 'Walk', '--date', day(5)], { cwd: vault });
    clearTimeout(release);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(keptDays(readFileSync(note, 'utf8')).days).toEqual([day(5)]);
  }, 60_000);
});

describe('bytes that are not UTF-8 (fault 2)', () => {
  const latin1Note = (): Uint8Array => {
    const [head, tail] = promiseNote('Walk', ['2026-11-02'], 'Un caf\u0000 au lait after the walk.\n').split('\u0000') as [string, string];
    return new Uint8Array([...Buffer.from(head, 'utf8'), 0xe9, ...Buffer.from(tail, 'utf8')]);
  };

  it('log refuses the note, naming it and why, and leaves every byte', async () => {
    const bytes = latin1Note();
    const vault = tempVault({ 'Self-trust/Walk.md': bytes });
    const r = await selftrust(['log', 'Walk', '--date', day(3)], { cwd: vault });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('Self-trust/Walk.md');
    expect(r.stderr).toContain('not UTF-8');
    expect(r.stderr).toContain('byte E9');
    expect(new Uint8Array(readFileSync(path.join(vault, 'Self-trust/Walk.md')))).toEqual(bytes);
    expect(onlyNotes(path.join(vault, 'Self-trust'))).toEqual(['Walk.md']);
  });

  it('report lists it under the notes to check, with the same reason', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': latin1Note(), 'Notes/Old latin-1 diary.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]) });
    const r = await selftrust(['report', '--today', '2026-11-26'], { cwd: vault });
    expect(r.code).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.includes('Self-trust/Walk.md'));
    expect(line).toContain('not UTF-8');
    expect(line).toContain("line 15");
    // A note that is not ours stays out of the report, UTF-8 or not.
    expect(r.stdout).not.toContain('Old latin-1 diary');
    const json = await selftrust(['report', '--today', '2026-11-26', '--json'], { cwd: vault });
    const model = JSON.parse(json.stdout) as { problems: { path: string; message: string }[] };
    expect(model.problems.map((p) => p.path)).toEqual(['Self-trust/Walk.md']);
  });

  it('a note with a byte order mark keeps it, and its other non-ASCII bytes, byte for byte', async () => {
    const before = '\ufeff' + promiseNote('Walk', ['2026-11-01']);
    const vault = tempVault({ 'Self-trust/Walk.md': before });
    const r = await selftrust(['log', 'Walk', '--date', day(2)], { cwd: vault });
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(path.join(vault, 'Self-trust/Walk.md'));
    expect([...after.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { days, rest } = keptDays(after.toString('utf8'));
    expect(days).toEqual(['2026-11-01', day(2)]);
    expect(rest).toBe(keptDays(before).rest);
  });

  it('decodes strictly: overlong forms, surrogates and cut sequences are not UTF-8, and the first bad byte is found', () => {
    const bad: [number[], number][] = [
      [[0x61, 0xe9, 0x62], 1],
      [[0xc0, 0x80], 0],
      [[0x61, 0x0a, 0xed, 0xa0, 0x80], 2],
      [[0xf4, 0x90, 0x80, 0x80], 0],
      [[0xe2, 0x82], 0],
    ];
    for (const [bytes, offset] of bad) {
      expect(() => decodeUtf8Strict(new Uint8Array(bytes), 'x.md')).toThrow(NotUtf8Error);
      expect(firstBadByte(new Uint8Array(bytes))?.offset).toBe(offset);
    }
    expect(firstBadByte(new Uint8Array([0x61, 0x0a, 0xed, 0xa0, 0x80]))?.line).toBe(2);
    const good = Buffer.from('\ufeffé€𝄞 plain', 'utf8');
    expect(decodeUtf8Strict(new Uint8Array(good), 'x.md')).toBe('\ufeffé€𝄞 plain');
    expect(firstBadByte(new Uint8Array(good))).toBeUndefined();
  });
});

describe('unclear outcomes (fault 9)', () => {
  it('refuses a read-only note, byte for byte', async () => {
    const before = promiseNote('Walk', []);
    const vault = tempVault({ 'Self-trust/Walk.md': before });
    const note = path.join(vault, 'Self-trust/Walk.md');
    chmodSync(note, 0o444);
    const r = await selftrust(['log', 'Walk', '--date', day(3)], { cwd: vault });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('"Self-trust/Walk.md" is read-only, so it was not changed.');
    expect(readFileSync(note, 'utf8')).toBe(before);
    expect(statSync(note).mode & 0o777).toBe(0o444);
    expect(onlyNotes(path.join(vault, 'Self-trust'))).toEqual(['Walk.md']);
  });

  it('keeps the note mode (group-writable here) whatever the umask', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', []) });
    const note = path.join(vault, 'Self-trust/Walk.md');
    chmodSync(note, 0o664);
    const r = await selftrust(['log', 'Walk', '--date', day(3)], { cwd: vault });
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(note).mode & 0o777).toBe(0o664);
  });

  it('logs in a note whose name takes 239 of the 255 bytes a name may have', async () => {
    const name = `${'é'.repeat(118)}.md`; // 236 bytes of "é" and ".md": a temp name built from it would not fit.
    expect(Buffer.byteLength(name)).toBe(239);
    const before = promiseNote('Walk', []);
    const vault = tempVault({ [`Self-trust/${name}`]: before });
    const r = await selftrust(['log', 'Walk', '--date', day(3)], { cwd: vault });
    expect(r.code, r.stderr).toBe(0);
    const after = readFileSync(path.join(vault, 'Self-trust', name), 'utf8');
    expect(keptDays(after).days).toEqual([day(3)]);
    expect(onlyNotes(path.join(vault, 'Self-trust'))).toEqual([name]);
  });

  it('says "a file where a folder should be" in a sentence, not ENOTDIR or EEXIST', async () => {
    const vault = tempVault({ 'Self-trust': 'I am a file, not the notes folder.\n' });
    const r = await selftrust(['new', 'small-promise', '--set', 'promise=Walk', '--date', '2026-11-20'], { cwd: vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Self-trust');
    expect(r.stderr).not.toMatch(/E[A-Z]{3,}/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(path.join(vault, 'Self-trust'), 'utf8')).toBe('I am a file, not the notes folder.\n');
  });

  it('turns every raw file error into one sentence that names the note', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md/inside.txt': 'a folder named like a note' });
    const store = new NodeNoteStore(vault);
    const folderAsNote = await store.process('Self-trust/Walk.md', (t) => t + 'x').catch((e: Error) => e);
    expect(folderAsNote).toBeInstanceOf(PlainFileError);
    expect((folderAsNote as Error).message).toBe('"Self-trust/Walk.md" is a folder, not a note, so it was not changed.');
    const readFolder = await store.read('Self-trust/Walk.md').catch((e: Error) => e);
    expect((readFolder as Error).message).toBe('"Self-trust/Walk.md" is a folder, not a note, so it was not read.');
    const missing = await store.process('Self-trust/Gone.md', (t) => t).catch((e: Error) => e);
    expect((missing as Error).message).toContain('"Self-trust/Gone.md" no longer exists');
    const taken = await store.create('Self-trust/Walk.md/inside.txt', 'x').catch((e: Error) => e);
    expect((taken as PlainFileError).code).toBe('EEXIST'); // `new` branches on it to pick another name.
    expect((taken as Error).message).toBe('"Self-trust/Walk.md/inside.txt" already exists, so it was not overwritten.');
    for (const code of ['EEXIST', 'EACCES', 'EPERM', 'EISDIR', 'ENOENT', 'ENOTDIR', 'ENAMETOOLONG', 'EROFS', 'ENOSPC', 'EIO', 'EMFILE']) {
      for (const action of ['read', 'change', 'create'] as const) {
        const raw = Object.assign(new Error(`${code}: something, open '/x/.Walk.md.1234.tmp'`), { code });
        const plain = plainFileError(raw, 'Self-trust/Walk.md', action);
        expect(plain.message, `${code} ${action}`).toContain('"Self-trust/Walk.md"');
        expect(plain.message, `${code} ${action}`).not.toContain(code);
        expect(plain.message, `${code} ${action}`).not.toContain('.tmp');
        expect(plain.message, `${code} ${action}`).toMatch(/^[^\n]+\.$/);
      }
    }
  });
});

describe('`new` never writes outside the vault (fault 10)', () => {
  it('refuses a notes folder that is a link to a folder outside the vault, and writes nothing there', async () => {
    const outside = tempDir('selftrust-outside-');
    const vault = tempVault();
    symlinkSync(outside, path.join(vault, 'Self-trust'));
    const r = await selftrust(['new', 'small-promise', '--set', 'promise=Walk', '--date', '2026-11-20'], { cwd: vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The folder "Self-trust" is a link to a place outside your vault');
    expect(r.stderr).toContain('so no note was written there');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('refuses a link further up the way, before making any folder through it', async () => {
    const outside = tempDir('selftrust-outside-');
    const vault = tempVault({ '.obsidian/plugins/self-trust-practice/data.json': JSON.stringify({ notesFolder: 'Journal/Trust' }) });
    symlinkSync(outside, path.join(vault, 'Journal'));
    const r = await selftrust(['new', 'small-promise', '--set', 'promise=Walk', '--date', '2026-11-20'], { cwd: vault });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('The folder "Journal" is a link to a place outside your vault');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('writes through a link that stays inside the vault, where the reader finds the note', async () => {
    const vault = tempVault({ 'Real/keep.txt': '' });
    symlinkSync(path.join(vault, 'Real'), path.join(vault, 'Self-trust'));
    const r = await selftrust(['new', 'small-promise', '--set', 'promise=Walk', '--date', '2026-11-20'], { cwd: vault });
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(path.join(vault, 'Real')).filter((n) => n.endsWith('.md'))).toHaveLength(1);
  });

  it('never writes through a link in the note\'s own place', async () => {
    const outside = tempDir('selftrust-outside-');
    const vault = tempVault({ 'Self-trust/keep.txt': '' });
    const target = path.join(outside, 'victim.md');
    symlinkSync(target, path.join(vault, 'Self-trust', 'Mine.md'));
    const store = new NodeNoteStore(vault);
    const e = await store.create('Self-trust/Mine.md', 'x').catch((error: Error) => error);
    expect(e).toBeInstanceOf(PlainFileError);
    expect((e as Error).message).toContain('symbolic link');
    expect(existsSync(target)).toBe(false);
  });
});

describe('folders and notes that cannot be opened', () => {
  it('lists a folder that cannot be listed, instead of skipping it in silence (injected readdir)', async () => {
    const vault = tempVault({ 'Self-trust/Walk.md': promiseNote('Walk', []), 'Private/Walk 2.md': promiseNote('Run', []) });
    const index = await loadVault(vault, async (dir) => {
      if (path.basename(dir) === 'Private') throw Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' });
      const { readdir } = await import('node:fs/promises');
      return readdir(dir, { withFileTypes: true });
    });
    const notes = [...index.notes()];
    expect(notes.find((n) => n.path === 'Private/')?.problems).toEqual([
      { path: 'Private/', message: 'This folder could not be opened (permission denied), so the notes in it were not read.' },
    ]);
    expect(notes.some((n) => n.path === 'Self-trust/Walk.md' && n.entry !== null)).toBe(true);
  });

  const asNobody = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;
  it.skipIf(!asNobody)('run as another user (nobody, via setpriv): an unreadable folder and note are listed, a note it may not write is refused', async () => {
    // The binary, node and the vault must be readable by `nobody`; the test runs as root, which chmod does not stop.
    const binDir = tempDir('selftrust-bin-');
    chmodSync(binDir, 0o755);
    const bin = path.join(binDir, 'cli.js');
    copyFileSync(await cliBinary(), bin);
    chmodSync(bin, 0o644);
    const before = promiseNote('Walk', []);
    const vault = tempVault({ 'Self-trust/Walk.md': before, 'Private/Secret.md': promiseNote('Run', []), 'Self-trust/Closed.md': promiseNote('Swim', []) });
    chmodSync(vault, 0o755);
    chmodSync(path.join(vault, 'Private'), 0o700);
    chmodSync(path.join(vault, 'Self-trust/Closed.md'), 0o600);
    const run = (args: string[]): Promise<RunResult> =>
      new Promise((resolve) => {
        execFile(
          'setpriv',
          ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, ...args],
          { cwd: vault, env: { PATH: process.env.PATH, TZ: 'UTC', HOME: '/tmp' }, encoding: 'utf8' },
          (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
        );
      });
    const report = await run(['report', '--today', '2026-11-26', '--json']);
    expect(report.code, report.stderr).toBe(0);
    const model = JSON.parse(report.stdout) as { problems: { path: string; message: string }[] };
    expect(model.problems).toEqual(
      expect.arrayContaining([
        { path: 'Private/', message: 'This folder could not be opened (permission denied), so the notes in it were not read.' },
        { path: 'Self-trust/Closed.md', message: 'This note could not be opened (permission denied).' },
      ]),
    );
    // Root owns Walk.md (mode 644), so to `nobody` it is read-only.
    const log = await run(['log', 'Walk', '--date', day(3)]);
    expect(log.code).not.toBe(0);
    expect(log.stderr).not.toMatch(/E[A-Z]{3,}/);
    expect(log.stderr).toContain('Self-trust/Walk.md');
    expect(readFileSync(path.join(vault, 'Self-trust/Walk.md'), 'utf8')).toBe(before);
  }, 60_000);
});
