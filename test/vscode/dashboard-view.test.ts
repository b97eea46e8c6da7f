import { afterEach, describe, expect, it } from 'vitest';
import type { DashboardModel } from '../../src/core/dashboard/model';
import type { HostToWebview } from '../../src/ui/protocol';
import { VIEW_ID } from '../../src/vscode/commands';
import { fake, Uri, type FakeWebviewView } from '../fakes/vscode';
import { PROMISE_NOTE, TODAY, VAULT, disk, start, stop, type Started } from './harness';

let s: Started | undefined;
afterEach(() => {
  stop(s);
  s = undefined;
});

function models(view: FakeWebviewView): DashboardModel[] {
  return (view.webview.posted as HostToWebview[]).flatMap((m) => (m.type === 'model' ? [m.model] : []));
}

async function openView(): Promise<FakeWebviewView> {
  const view = await fake.resolveView(VIEW_ID);
  view.webview.send({ type: 'ready' });
  await settle();
  return view;
}

/** Lets queued promise callbacks run (the fake answers at once, but through promises). */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((r) => setTimeout(r, 0));
}

describe('the dashboard webview page', () => {
  it('has a strict CSP with a fresh nonce, and loads only our bundle', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await fake.resolveView(VIEW_ID);
    const html = view.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    const nonce = /script-src 'nonce-([A-Za-z0-9]+)'/.exec(csp ?? '')?.[1];
    expect(csp).toBe(`default-src 'none'; img-src ${view.webview.cspSource} data:; style-src ${view.webview.cspSource}; script-src 'nonce-${nonce}'`);
    expect(nonce?.length).toBeGreaterThanOrEqual(16);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    expect(scripts).toEqual([` nonce="${nonce}" src="https://fake.vscode-cdn.net/ext/dist/vscode/webview.js"`]);
    expect(html).toContain('<link rel="stylesheet" href="https://fake.vscode-cdn.net/ext/dist/vscode/webview.css">');
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);
    // The model never travels in the HTML: no note text in the page.
    expect(html).not.toContain('Walk for 15 minutes');

    expect(view.webview.options.enableScripts).toBe(true);
    expect(view.webview.options.localResourceRoots?.map((u) => u.path)).toEqual(['/ext/dist/vscode']);
    expect(view.webview.options).not.toHaveProperty('retainContextWhenHidden');

    const again = await fake.resolveView(VIEW_ID);
    const nonce2 = /'nonce-([A-Za-z0-9]+)'/.exec(again.webview.html)?.[1];
    expect(nonce2).not.toBe(nonce);
  });
});

describe('messages between the extension and the webview', () => {
  it('sends the model when the page says ready', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE, 'README.md': '# Not ours\n' });
    const view = await openView();
    const [model] = models(view);
    expect(model?.today).toBe(TODAY);
    expect(model?.promises.map((p) => [p.promise, p.currentStreak, p.keptToday])).toEqual([['Walk for 15 minutes', 2, false]]);
  });

  it('logs a promise from the card button, then sends the model with the longer streak', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await openView();
    view.webview.send({ type: 'logPromise', path: 'walk.md', action: 'keep' });
    await s.vault.live.flush();
    await settle();
    expect(disk('walk.md')).toContain('  - 2026-11-25\n  - 2026-11-26\nskipped');
    const last = models(view).at(-1);
    expect(last?.promises[0]?.currentStreak).toBe(3);
    expect(last?.promises[0]?.keptToday).toBe(true);
  });

  it('opens a note, starts an exercise and opens the letter when asked', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE, 'letters/dear me.md': '---\nselftrust: self-compassion-letter\ndate: 2026-11-01\n---\nDear me,\n' });
    const view = await openView();
    view.webview.send({ type: 'openNote', path: 'walk.md' });
    view.webview.send({ type: 'startExercise', id: 'mistake-ledger' });
    view.webview.send({ type: 'rereadLetter' });
    await settle();
    await settle();
    expect(fake.state.shown).toEqual(expect.arrayContaining([`${VAULT}/walk.md`, `${VAULT}/letters/dear me.md`, `${VAULT}/Self-trust/${TODAY} Mistake ledger.md`]));
    expect(disk(`Self-trust/${TODAY} Mistake ledger.md`)).toContain('selftrust: mistake-ledger');
  });

  it('refuses messages it does not know, and paths outside the vault', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await openView();
    const before = fake.state.fsWrites.length;
    for (const m of [
      { type: 'deleteEverything' },
      { type: 'logPromise', path: '../outside.md', action: 'keep' },
      { type: 'logPromise', path: 'walk.md', action: 'maybe' },
      // The field before several keeps a day: a webview left open across an update may still send it.
      { type: 'logPromise', path: 'walk.md', mark: 'kept' },
      { type: 'startExercise', id: 'not-an-exercise' },
      'ready',
      null,
    ]) {
      view.webview.send(m);
    }
    await settle();
    expect(fake.state.fsWrites.length).toBe(before);
    expect(fake.state.shown).toEqual([]);
    expect(disk('walk.md')).toBe(PROMISE_NOTE);
    const log = fake.state.outputChannels[0]?.lines.filter((l) => /^\[\+\d+ ms\] Ignored a message/.test(l)) ?? [];
    expect(log).toHaveLength(7);
  });

  it('tells the page kindly when no folder is open', async () => {
    fake.reset();
    const { activate } = await import('../../src/vscode/extension');
    const context = fake.context();
    activate(context as never);
    const view = await openView();
    expect(view.webview.posted).toEqual([{ type: 'error', message: 'Open a folder to see your dashboard: Self-Trust reads the notes in your workspace folder.' }]);
    for (const d of context.subscriptions) d.dispose();
  });
});

describe('the watcher keeps the dashboard current', () => {
  it('a note created, changed or deleted outside VS Code reaches the view, one note at a time', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await openView();
    const watcher = fake.state.watchers[0];
    expect(watcher?.pattern).toMatchObject({ pattern: '**/*.md' });
    const upserts: string[] = [];
    const index = s.vault.live.index;
    const upsert = index.upsert.bind(index);
    index.upsert = (path: string, text: string) => {
      upserts.push(path);
      upsert(path, text);
    };

    // A sync brings a second promise.
    const swim = PROMISE_NOTE.replace('Walk for 15 minutes', 'Swim on Sundays');
    watcher?.fireCreate(fake.writeFile(`${VAULT}/synced/swim.md`, swim));
    // Noise the index must ignore: hidden folders, packages, and a path outside the vault.
    watcher?.fireCreate(fake.writeFile(`${VAULT}/.trash/old.md`, swim));
    watcher?.fireCreate(fake.writeFile(`${VAULT}/node_modules/pkg/README.md`, swim));
    watcher?.fireCreate(Uri.file('/elsewhere/swim.md'));
    await s.vault.live.flush();
    await settle();
    expect(upserts).toEqual(['synced/swim.md']);
    expect(models(view).at(-1)?.promises.map((p) => p.promise).sort()).toEqual(['Swim on Sundays', 'Walk for 15 minutes']);

    // Edited by hand elsewhere: paused.
    fake.writeFile(`${VAULT}/synced/swim.md`, swim.replace('status: active', 'status: paused'));
    watcher?.fireChange(Uri.file(`${VAULT}/synced/swim.md`));
    await s.vault.live.flush();
    await settle();
    expect(models(view).at(-1)?.promises.find((p) => p.promise === 'Swim on Sundays')?.status).toBe('paused');

    // Deleted.
    fake.deleteFile(`${VAULT}/walk.md`);
    watcher?.fireDelete(Uri.file(`${VAULT}/walk.md`));
    await s.vault.live.flush();
    await settle();
    expect(models(view).at(-1)?.promises.map((p) => p.promise)).toEqual(['Swim on Sundays']);
  });

  it('follows a folder deleted or renamed in the explorer', async () => {
    s = await start({ 'a/walk.md': PROMISE_NOTE, 'a/deeper/swim.md': PROMISE_NOTE.replace('Walk for 15 minutes', 'Swim'), 'b/run.md': PROMISE_NOTE.replace('Walk for 15 minutes', 'Run') });
    const view = await openView();
    const paths = (): string[] => [...s!.vault.live.index.notes()].map((n) => n.path).sort();

    fake.renameFolderInExplorer(`${VAULT}/a`, `${VAULT}/archive`);
    await s.vault.live.flush();
    expect(paths()).toEqual(['archive/deeper/swim.md', 'archive/walk.md', 'b/run.md']);

    fake.deleteFolderInExplorer(`${VAULT}/archive`);
    await s.vault.live.flush();
    await settle();
    expect(paths()).toEqual(['b/run.md']);
    expect(models(view).at(-1)?.promises.map((p) => p.promise)).toEqual(['Run']);
  });

  it('debounces a burst of changes into one update', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await openView();
    const posted = view.webview.posted.length;
    const watcher = fake.state.watchers[0];
    // A sync writing 20 notes, 10 ms apart: each event restarts the wait.
    for (let i = 0; i < 20; i++) {
      watcher?.fireChange(fake.writeFile(`${VAULT}/n${i}.md`, PROMISE_NOTE.replace('Walk', `Walk ${i}`)));
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(view.webview.posted.length).toBe(posted);
    await new Promise((r) => setTimeout(r, 400));
    await settle();
    expect(view.webview.posted.length).toBe(posted + 1);
    expect(models(view).at(-1)?.promises).toHaveLength(21);
  });

  it('does not post to a hidden view, and catches up when it shows again', async () => {
    s = await start({ 'walk.md': PROMISE_NOTE });
    const view = await openView();
    const posted = view.webview.posted.length;
    view.setVisible(false);
    fake.state.watchers[0]?.fireCreate(fake.writeFile(`${VAULT}/run.md`, PROMISE_NOTE.replace('Walk', 'Run')));
    await s.vault.live.flush();
    await settle();
    expect(view.webview.posted.length).toBe(posted);
    view.setVisible(true);
    await settle();
    expect(models(view).at(-1)?.promises).toHaveLength(2);
  });
});
