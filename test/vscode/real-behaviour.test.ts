/**
 * The extension against VS Code as it really behaves (issue 10, points 6-8), through a fake that
 * models it: the disk watcher's coalescing and glob filter, save participants and the reload of a
 * clean document, and a dashboard left open past midnight. Where each behaviour comes from is
 * written next to it in test/fakes/vscode.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vscode from 'vscode';
import type { DashboardModel } from '../../src/core/dashboard/model';
import type { HostToWebview } from '../../src/ui/protocol';
import { COMMANDS, VIEW_ID } from '../../src/vscode/commands';
import { fake, trimTrailingWhitespace, Uri, type FakeWebviewView } from '../fakes/vscode';
import { PROMISE_NOTE, TODAY, VAULT, difference, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

function models(view: FakeWebviewView): DashboardModel[] {
  return (view.webview.posted as HostToWebview[]).flatMap((m) => (m.type === 'model' ? [m.model] : []));
}

/** Lets queued promise callbacks run (the fake answers at once, but through promises). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

async function openView(): Promise<FakeWebviewView> {
  const view = await fake.resolveView(VIEW_ID);
  view.webview.send({ type: 'ready' });
  await settle();
  return view;
}

const paths = (): string[] => [...(s?.vault.live.index.notes() ?? [])].map((n) => n.path).sort();
const promiseNamed = (name: string): string => PROMISE_NOTE.replace('Walk for 15 minutes', name);

describe('the fake watcher reports what VS Code reports (6)', () => {
  it('coalesces a folder delete into one event for the folder, which a watcher of *.md files never hears', () => {
    fake.reset();
    fake.setWorkspaceFolders([VAULT]);
    fake.writeFile(`${VAULT}/a/walk.md`, PROMISE_NOTE);
    fake.writeFile(`${VAULT}/a/deeper/swim.md`, PROMISE_NOTE);
    const md = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(Uri.file(VAULT), '**/*.md'));
    const all = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(Uri.file(VAULT), '**/*'));
    const heard: string[] = [];
    md.onDidDelete((u) => heard.push(`md deleted ${u.path}`));
    all.onDidDelete((u) => heard.push(`all deleted ${u.path}`));

    const batch = fake.outside.deleteFolder(`${VAULT}/a`);
    expect(batch.map((e) => [e.type, e.uri.path])).toEqual([['deleted', `${VAULT}/a`]]);
    expect(heard).toEqual([`all deleted ${VAULT}/a`]);

    // A single note deleted is its own event, which the *.md watcher hears.
    fake.writeFile(`${VAULT}/b.md`, PROMISE_NOTE);
    fake.outside.deleteFile(`${VAULT}/b.md`);
    expect(heard.slice(1)).toEqual([`md deleted ${VAULT}/b.md`, `all deleted ${VAULT}/b.md`]);
    md.dispose();
    all.dispose();
  });

  it('reports a folder moved as a delete of the old folder and a create of the new one, nothing per file', () => {
    fake.reset();
    fake.writeFile(`${VAULT}/a/walk.md`, PROMISE_NOTE);
    const batch = fake.outside.renameFolder(`${VAULT}/a`, `${VAULT}/archive`);
    expect(batch.map((e) => [e.type, e.uri.path])).toEqual([
      ['deleted', `${VAULT}/a`],
      ['created', `${VAULT}/archive`],
    ]);
    expect(fake.filesUnder(VAULT)).toEqual([`${VAULT}/archive/walk.md`]);
  });
});

describe('folders deleted or moved outside VS Code (6)', () => {
  const NOTES = { 'a/walk.md': PROMISE_NOTE, 'a/deeper/swim.md': promiseNamed('Swim'), 'b/run.md': promiseNamed('Run') };

  it('a folder deleted in a file manager takes its notes off the dashboard', async () => {
    s = await start(NOTES);
    const view = await openView();
    fake.outside.deleteFolder(`${VAULT}/a`);
    await s.vault.live.flush();
    await settle();
    expect(paths()).toEqual(['b/run.md']);
    expect(models(view).at(-1)?.promises.map((p) => p.promise)).toEqual(['Run']);
  });

  it('a folder moved (git checkout, a sync, mv) is followed: its notes are read again at their new paths', async () => {
    s = await start(NOTES);
    const view = await openView();
    fake.outside.renameFolder(`${VAULT}/a`, `${VAULT}/archive`);
    await s.vault.live.flush();
    await settle();
    expect(paths()).toEqual(['archive/deeper/swim.md', 'archive/walk.md', 'b/run.md']);
    expect(models(view).at(-1)?.promises.map((p) => p.path).sort()).toEqual(['archive/deeper/swim.md', 'archive/walk.md', 'b/run.md']);
  });

  it('a folder moved into a hidden folder (.trash) leaves the dashboard and is not read again', async () => {
    s = await start(NOTES);
    fake.outside.renameFolder(`${VAULT}/a`, `${VAULT}/.trash/a`);
    await s.vault.live.flush();
    expect(paths()).toEqual(['b/run.md']);
  });

  it('a folder deleted and then put back (two batches) ends as the disk is', async () => {
    s = await start(NOTES);
    fake.outside.deleteFolder(`${VAULT}/a`);
    fake.writeFile(`${VAULT}/a/new.md`, promiseNamed('New'));
    fake.outside.events([{ type: 'created', uri: Uri.file(`${VAULT}/a`) }]);
    await s.vault.live.flush();
    expect(paths()).toEqual(['a/new.md', 'b/run.md']);
  });

  it('a file that is not a note, created or deleted, changes nothing', async () => {
    s = await start(NOTES);
    const before = s.vault.live.index.revision;
    fake.outside.writeFile(`${VAULT}/a/picture.png`, 'png');
    fake.outside.deleteFile(`${VAULT}/a/picture.png`);
    await s.vault.live.flush();
    expect(paths()).toEqual(['a/deeper/swim.md', 'a/walk.md', 'b/run.md']);
    expect(s.vault.live.index.revision).toBe(before);
  });
});

describe('logging into a note open in an editor (7)', () => {
  /** A Markdown hard line break: two trailing spaces, which "trim trailing whitespace" would take. */
  const HARD_BREAK = PROMISE_NOTE.replace('Walking clears my head.', 'Walking clears my head.  \nEvery day.');

  it('the fake runs save participants on save(), as VS Code does', async () => {
    fake.reset();
    fake.writeFile(`${VAULT}/walk.md`, HARD_BREAK);
    fake.state.saveParticipants.push(trimTrailingWhitespace);
    const doc = await fake.openDocument(`${VAULT}/walk.md`, `${HARD_BREAK}typed  `);
    await doc.save();
    expect(fake.readFile(`${VAULT}/walk.md`)).toBe(`${HARD_BREAK.replace('head.  \n', 'head.\n')}typed`);
  });

  it('a clean open note is written on disk byte for byte, and the editor reloads it: no save, no save participant', async () => {
    s = await start({ 'walk.md': HARD_BREAK });
    fake.state.saveParticipants.push(trimTrailingWhitespace);
    const doc = await fake.openDocument(`${VAULT}/walk.md`);

    await vscode.commands.executeCommand(COMMANDS.logPromise, 'walk.md');

    expect(difference(HARD_BREAK, disk('walk.md') ?? '')).toEqual(['', `  - ${TODAY}\n`]);
    expect(doc.saves).toBe(0);
    expect(fake.state.appliedEdits).toEqual([]);
    await settle();
    // VS Code reloads a document without unsaved changes when its file changes on disk.
    expect(doc.getText()).toBe(disk('walk.md'));
    expect(doc.isDirty).toBe(false);
    expect(fake.state.messages[0]?.text).toBe('Well done: “Walk for 15 minutes” kept today. 3-day streak.');
  });

  it('a note with unsaved changes gets one WorkspaceEdit and is never saved, so no participant runs', async () => {
    s = await start({ 'walk.md': HARD_BREAK });
    fake.state.saveParticipants.push(trimTrailingWhitespace);
    const typed = HARD_BREAK.replace('Every day.', 'Every day, rain or not.');
    const doc = await fake.openDocument(`${VAULT}/walk.md`, typed);

    await vscode.commands.executeCommand(COMMANDS.logPromise, 'walk.md');

    expect(doc.getText()).toBe(typed.replace('  - 2026-11-25\n', `  - 2026-11-25\n  - ${TODAY}\n`));
    expect(doc.isDirty).toBe(true);
    expect(doc.saves).toBe(0);
    expect(disk('walk.md')).toBe(HARD_BREAK);
  });
});

describe('a dashboard left open past midnight (8)', () => {
  const fakeTimers = (now: Date): void => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(now);
  };

  it('posts the model of the new day within a minute of midnight', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fakeTimers(new Date(2026, 10, 26, 23, 59, 30));
    const view = await openView();
    expect(models(view).at(-1)?.today).toBe('2026-11-26');

    await vi.advanceTimersByTimeAsync(60_000);
    await settle();
    const last = models(view).at(-1);
    expect(last?.today).toBe('2026-11-27');
    expect(last?.promises[0]?.keptToday).toBe(false);
  });

  it('posts nothing while the day is the same, and nothing to a hidden view; shown again, the view has the new day', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fakeTimers(new Date(2026, 10, 26, 22, 0, 0));
    const view = await openView();
    const posted = view.webview.posted.length;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await settle();
    expect(view.webview.posted.length).toBe(posted);

    view.setVisible(false);
    await settle();
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    await settle();
    expect(view.webview.posted.length).toBe(posted);

    view.setVisible(true);
    await settle();
    expect(models(view).at(-1)?.today).toBe('2026-11-27');
  });

  it('the day check ends with the view', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    fakeTimers(new Date(2026, 10, 26, 12, 0, 0));
    const view = await openView();
    expect(vi.getTimerCount()).toBe(1);
    view.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
