// @vitest-environment happy-dom
/**
 * What the real Obsidian does that a kinder fake would hide (issue 10, points 3, 4 and 5), through
 * the fake made faithful:
 * - a note open in an editor is the editor's: the view saves it two seconds after a change, and a
 *   write to the file from elsewhere reloads the editor (cursor to the start, unsaved typing gone);
 * - Obsidian's theme is CSS only (`css-change`), and a popout window has its own window object;
 * - data.json can change on disk under a loaded plugin (Sync), and Obsidian then calls
 *   onExternalSettingsChange.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as real from 'obsidian';
import manifest from '../../manifest.json';
import { logPromiseDay } from '../../src/core/edit/log-promise';
import type { Day } from '../../src/core/day';
import type { ChartKit, ChartLike, ChartTheme } from '../../src/ui/charts';
import { smallestChange } from '../../src/obsidian/vault-adapter';
import { fakeLeftovers, fakeNoticeEls, MarkdownView, type App, type Editor, type Plugin as FakePlugin, type PluginSettingTab } from '../fakes/obsidian';
import { afterDebounce, answerDayWords, dashboardLeaf, lastNotice, openModal, pinClock, run, settle, startPlugin, startPromise, TODAY } from './harness';
import { COOK, WALK } from './notes';

/** chart.js stands in: happy-dom has no canvas. Each chart keeps the accent colour it was last drawn with. */
const charts = vi.hoisted(() => ({ made: [] as { accent: string; updates: number }[] }));
vi.mock('../../src/ui/chart-kit', () => {
  const kit: ChartKit = {
    create(_canvas: HTMLCanvasElement, _config: unknown, theme: ChartTheme): ChartLike {
      const record = { accent: theme.accent, updates: 0 };
      charts.made.push(record);
      return {
        data: { datasets: [] },
        options: {},
        update() {
          record.updates += 1;
          record.accent = accentOf(this.data);
        },
        destroy() {},
      };
    },
  };
  /** The colour a chart's first dataset is drawn in (each chart's config uses the theme's accent there). */
  function accentOf(data: ChartLike['data']): string {
    const set = data.datasets.find((d) => typeof (d as { borderColor?: unknown }).borderColor === 'string');
    return String((set as { borderColor?: unknown } | undefined)?.borderColor ?? '');
  }
  return { chartKit: kit };
});

beforeEach(() => {
  pinClock();
  fakeNoticeEls.length = 0;
  charts.made.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.className = '';
});

const WALK_PATH = 'Self-trust/Walk.md';

async function openInEditor(app: App, path: string): Promise<{ view: MarkdownView; editor: Editor }> {
  const file = app.fakeVault.getFileByPath(path);
  if (!file) throw new Error(`no ${path}`);
  await app.fakeWorkspace.getLeaf(false).openFile(file);
  const view = app.fakeWorkspace.getLeavesOfType('markdown')[0]?.view as unknown;
  if (!(view instanceof MarkdownView)) throw new Error('the note did not open in an editor');
  return { view, editor: view.editor as unknown as Editor };
}

async function openDashboard(app: App): Promise<HTMLElement> {
  await run(app, 'open-dashboard');
  const content = dashboardLeaf(app)?.fakeEl.querySelector<HTMLElement>('.view-content');
  if (!content) throw new Error('the dashboard did not open');
  return content;
}

function keepButton(content: HTMLElement, path: string): HTMLButtonElement {
  const button = content.querySelector<HTMLButtonElement>(`[data-path="${path}"] [data-st-action="log-kept"]`);
  if (!button) throw new Error(`no keep button for ${path}`);
  return button;
}

/** What the editor shows from the cursor on. */
function fromCursor(editor: Editor): string {
  return editor.getValue().slice(editor.posToOffset(editor.getCursor()));
}

function logged(text: string): string {
  const outcome = logPromiseDay(WALK_PATH, text, 'keep', TODAY as Day, TODAY as Day);
  if (!outcome.ok || !outcome.changed) throw new Error('the core did not log');
  return outcome.text;
}

describe('the fake editor behaves as Obsidian’s', () => {
  it('a write to an open note from elsewhere reloads the editor: cursor to the start, unsaved typing gone', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const { view, editor } = await openInEditor(app, WALK_PATH);
    editor.setCursor({ line: 15, ch: 5 });
    editor.fakeType('really, ');
    expect(view.fakeSavePending()).toBe(true);
    await app.fakeVault.process(app.fakeVault.getFileByPath(WALK_PATH)!, (text) => text.replace('Walk after lunch', 'Walk'));
    expect(editor.getValue()).toBe(WALK.replace('Walk after lunch', 'Walk'));
    expect(editor.getCursor()).toEqual({ line: 0, ch: 0 });
    expect(view.fakeSavePending()).toBe(false);
  });

  it('an edit in the editor reaches the file when the view saves, two seconds later', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const { editor } = await openInEditor(app, WALK_PATH);
    editor.setCursor({ line: 15, ch: 5 });
    editor.fakeType('really, ');
    vi.advanceTimersByTime(1999);
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);
    vi.advanceTimersByTime(1);
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK.replace('Why: I', 'Why: really, I'));
  });
});

describe('logging a promise whose note is open in an editor (point 3)', () => {
  it('edits through the editor: the cursor, the rest of the note and what was just typed all stay', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const { view, editor } = await openInEditor(app, WALK_PATH);
    // The person is writing in the body and has not paused long enough for a save.
    editor.setCursor({ line: 15, ch: 5 });
    editor.fakeType('really, ');
    const typed = editor.getValue();
    const tail = fromCursor(editor);
    const cursorLine = editor.getCursor().line;

    const content = await openDashboard(app);
    keepButton(content, WALK_PATH).click();
    await settle();

    expect(editor.getValue()).toBe(logged(typed));
    expect(editor.getValue()).toContain('Why: really, I think');
    expect(fromCursor(editor)).toBe(tail);
    expect(editor.getCursor().line).toBe(cursorLine + 1); // one line added to the kept list above
    expect(lastNotice()).toMatch(/^Kept today: "Walk 15 minutes"\. Well done\./);

    // The editor saves its text, the log and the typing together; nothing wrote the file before it.
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(WALK);
    expect(view.fakeSavePending()).toBe(true);
    vi.advanceTimersByTime(2000);
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(logged(typed));

    // The dashboard counted it at once, from the editor's text.
    await afterDebounce();
    expect(keepButton(content, WALK_PATH).disabled).toBe(true);
  });

  it('Undo from the notice takes the keep back in the editor too', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const { editor } = await openInEditor(app, WALK_PATH);
    editor.setCursor({ line: 15, ch: 0 });
    const content = await openDashboard(app);
    keepButton(content, WALK_PATH).click();
    await settle();
    const undo = [...(fakeNoticeEls[fakeNoticeEls.length - 1]?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Undo');
    undo!.click();
    await settle();
    expect(editor.getValue()).toBe(WALK);
    expect(editor.getCursor()).toEqual({ line: 15, ch: 0 });
  });

  it('a note that is not UTF-8 is refused in the editor as on disk, unchanged', async () => {
    const path = 'Self-trust/Latin.md';
    const { app } = await startPlugin();
    await app.fakeVault.fakeWriteBinary(path, Uint8Array.from([...new TextEncoder().encode(COOK.replace('Three evenings', 'Caf')), 0xe9, 0x0a]));
    await afterDebounce();
    const { view, editor } = await openInEditor(app, path);
    const before = editor.getValue();
    expect(before).toContain('\uFFFD');
    await run(app, 'log-kept-promise');
    const modal = openModal();
    await modal.fakeType('Cook');
    modal.fakeChoose(0);
    await settle();
    await answerDayWords();
    expect(lastNotice()).toMatch(/"Self-trust\/Latin\.md" holds bytes that are not UTF-8 text/);
    expect(editor.getValue()).toBe(before);
    expect(view.fakeSavePending()).toBe(false);
  });

  it('a note that is not open is edited on disk, as before', async () => {
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const content = await openDashboard(app);
    keepButton(content, WALK_PATH).click();
    await settle();
    expect(app.fakeVault.fakeText(WALK_PATH)).toBe(logged(WALK));
  });
});

describe('smallestChange', () => {
  it('replaces only what differs, and never half of a surrogate pair', () => {
    expect(smallestChange('kept: [a]\nbody', 'kept: [a, b]\nbody')).toEqual({ from: 8, to: 8, insert: ', b' });
    expect(smallestChange('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
    expect(smallestChange('ab', 'b')).toEqual({ from: 0, to: 1, insert: '' });
    expect(smallestChange('aa', 'aaa')).toEqual({ from: 2, to: 2, insert: 'a' });
    // 😀 is D83D DE00 and 😁 is D83D DE01: they share a first half.
    const change = smallestChange('x😀y', 'x😁y');
    expect(change).toEqual({ from: 1, to: 3, insert: '😁' });
    // 🙂 (D83D DE42) and 😂 (D83D DE02) share their first half; 𝐀 (D835 DC00) and 𐐀 (D801 DC00) their second.
    expect(smallestChange('a𝐀b', 'a𐐀b')).toEqual({ from: 1, to: 3, insert: '𐐀' });
  });
});

describe('Obsidian’s theme and popout windows (point 4)', () => {
  const CHECK_IN_PATH = 'Self-trust/2026-11-20 Self-trust check-in.md';
  const CHECK_IN = [
    '---',
    'selftrust: self-trust-check-in',
    'date: 2026-11-20',
    'confidence: 3',
    'reliability: 3',
    'resilience: 2',
    'intuition: 2',
    'limits: 2',
    'alignment: 2',
    'accountability: 3',
    '---',
    '',
  ].join('\n');

  /**
   * The main window the renderer finds from its elements (`el.win`). Under vitest it is happy-dom's
   * window object, which the test's global `window` only copies from; stand-ins go on both.
   */
  function mainWindow(): Window & typeof globalThis {
    return (document.defaultView ?? window) as Window & typeof globalThis;
  }
  /** Obsidian's theme is a class on <body> and CSS variables; happy-dom computes no custom properties, so they are given here. */
  function themeFromBodyClass(win: Window & typeof globalThis): void {
    const original = win.getComputedStyle.bind(win);
    vi.spyOn(win, 'getComputedStyle').mockImplementation((elt: Element) => {
      const style = original(elt);
      const accent = document.body.classList.contains('theme-dark') ? '#ff8800' : '#0055aa';
      return new Proxy(style, {
        get(target, key) {
          if (key === 'getPropertyValue') return (name: string) => (name === '--st-accent' ? accent : target.getPropertyValue(name));
          const value = Reflect.get(target, key) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    });
  }

  /** happy-dom lays nothing out, so nothing ever intersects: every chart counts as on screen. */
  function everythingOnScreen(win: Window & typeof globalThis): void {
    win.IntersectionObserver = class {
      constructor(private readonly cb: IntersectionObserverCallback) {}
      observe(target: Element): void {
        this.cb([{ isIntersecting: true, target } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      }
      disconnect(): void {}
      unobserve(): void {}
      takeRecords(): IntersectionObserverEntry[] {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  }

  async function chartsDrawn(content: HTMLElement): Promise<void> {
    await vi.waitFor(() => expect(content.querySelector('.st-dashboard')?.getAttribute('data-st-charts')).toBe('ready'));
  }

  it('recolours the charts when Obsidian switches theme (css-change), and stops listening when closed', async () => {
    themeFromBodyClass(mainWindow());
    everythingOnScreen(mainWindow());
    const { app, plugin } = await startPlugin({ [WALK_PATH]: WALK, [CHECK_IN_PATH]: CHECK_IN });
    // Charts wait for a painted frame: real timers from here on.
    vi.useRealTimers();
    const content = await openDashboard(app);
    await chartsDrawn(content);
    expect(charts.made.length).toBeGreaterThan(0);
    expect(charts.made.every((c) => c.accent === '#0055aa')).toBe(true);

    document.body.classList.add('theme-dark');
    app.fakeWorkspace.trigger('css-change');
    expect(charts.made.every((c) => c.updates > 0 && c.accent === '#ff8800')).toBe(true);

    plugin.unload();
    await settle();
    expect(fakeLeftovers(app).listeners).toBe(0);
  });

  it('a dashboard in a popout window observes, waits for frames and asks the colour scheme there, not in the main window', async () => {
    everythingOnScreen(mainWindow());
    const { app } = await startPlugin({ [WALK_PATH]: WALK, [CHECK_IN_PATH]: CHECK_IN });
    const leaf = app.workspace.openPopoutLeaf({ size: { width: 420, height: 900 } });
    const popout = app.fakeWorkspace.fakePopouts[0]!;
    const used = watchWindow(popout);
    const main = watchWindow(mainWindow());
    everythingOnScreen(popout);
    vi.useRealTimers();
    try {
      await leaf.setViewState({ type: 'self-trust-dashboard', active: true });
      const content = (leaf as unknown as { fakeEl: HTMLElement }).fakeEl.querySelector<HTMLElement>('.view-content')!;
      expect(content.win).toBe(popout);
      await chartsDrawn(content);
      expect(used.observed).toContain(content.querySelector('.st-dashboard'));
      expect(used.media).toContain('(prefers-color-scheme: dark)');
      expect(used.frames).toBeGreaterThan(0);
      expect(main.observed).toEqual([]);
      expect(main.media).toEqual([]);
      expect(main.frames).toBe(0);
    } finally {
      main.restore();
      await app.fakeWorkspace.fakeClosePopouts();
    }
  });

  it('a dashboard dragged into a popout is drawn again there, with the popout’s observers', async () => {
    everythingOnScreen(mainWindow());
    const { app } = await startPlugin({ [WALK_PATH]: WALK });
    const content = await openDashboard(app);
    const first = content.querySelector('.st-dashboard');
    let used: ReturnType<typeof watchWindow> | null = null;
    app.fakeWorkspace.fakeOnPopout = (win) => {
      used = watchWindow(win);
      everythingOnScreen(win);
    };
    try {
      app.workspace.moveLeafToPopout(dashboardLeaf(app) as unknown as real.WorkspaceLeaf);
      expect(content.win).toBe(app.fakeWorkspace.fakePopouts[0]);
      const now = content.querySelector('.st-dashboard');
      expect(now).not.toBe(first);
      expect(content.querySelectorAll('.st-dashboard')).toHaveLength(1);
      expect(content.textContent).toContain('Walk 15 minutes');
      expect(used!.observed).toContain(now);
      expect(used!.media).toContain('(prefers-color-scheme: dark)');
    } finally {
      await app.fakeWorkspace.fakeClosePopouts();
    }
  });
});

/** Records what a window's observers, media queries and frames are asked for; restore() puts them back. */
function watchWindow(win: Window & typeof globalThis) {
  const record = { observed: [] as Element[], media: [] as string[], frames: 0, restore: () => undefined as void };
  const { ResizeObserver: RO, matchMedia: mm, requestAnimationFrame: raf } = win;
  win.ResizeObserver = class extends RO {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      record.observed.push(target);
      super.observe(target, options);
    }
  };
  win.matchMedia = (query: string) => {
    record.media.push(query);
    return mm.call(win, query);
  };
  win.requestAnimationFrame = (cb: FrameRequestCallback) => {
    record.frames += 1;
    return raf.call(win, cb);
  };
  record.restore = () => {
    win.ResizeObserver = RO;
    win.matchMedia = mm;
    win.requestAnimationFrame = raf;
  };
  return record;
}

describe('settings changed on disk by Sync (point 5)', () => {
  /** Weekly, three times; kept on Sunday 22 November: this week's count depends on the week's first day. */
  const COOK_SUNDAY = COOK.replace('kept: [2026-11-23]', 'kept: [2026-11-22]');

  function tab(app: App): PluginSettingTab {
    const t = app.fakeSettingTabs[0];
    if (!t) throw new Error('no settings tab');
    return t;
  }

  function cookCard(content: HTMLElement): string {
    return content.querySelector('[data-path="Self-trust/Cook.md"]')?.textContent ?? '';
  }

  it('the dashboard follows the synced week start and notes folder, and a later save keeps them', async () => {
    const { app, plugin } = await startPlugin({ 'Self-trust/Cook.md': COOK_SUNDAY }, { weekStart: 'monday', notesFolder: 'Self-trust' });
    const content = await openDashboard(app);
    expect(cookCard(content)).toContain('0 of 3');

    const synced = { weekStart: 'sunday', notesFolder: 'Journal/Practice' };
    await (plugin as unknown as FakePlugin).fakeExternalDataChange(synced);
    await settle();
    expect(cookCard(content)).toContain('1 of 3');

    await startPromise(app, 'Walk after lunch');
    expect(app.fakeVault.getFiles().some((f) => f.path.startsWith('Journal/Practice/'))).toBe(true);

    // A change made here afterwards is saved on top of the synced values, not of the old ones.
    tab(app).fakeShow();
    const toggle = [...tab(app).containerEl.querySelectorAll<HTMLElement>('.setting-item')]
      .find((el) => el.querySelector('.setting-item-name')?.textContent === 'Goals')
      ?.querySelector<HTMLElement>('.checkbox-container');
    toggle!.click();
    await settle();
    const saved = app.fakePluginData.get(manifest.id) as Record<string, unknown>;
    expect(saved['weekStart']).toBe('sunday');
    expect(saved['notesFolder']).toBe('Journal/Practice');
  });

  it('an open settings tab shows the synced values', async () => {
    const { app, plugin } = await startPlugin({}, { notesFolder: 'Self-trust' });
    tab(app).fakeShow();
    await (plugin as unknown as FakePlugin).fakeExternalDataChange({ notesFolder: 'Journal' });
    const field = [...tab(app).containerEl.querySelectorAll<HTMLElement>('.setting-item')].find(
      (el) => el.querySelector('.setting-item-name')?.textContent === 'Notes folder',
    );
    expect(field?.querySelector('input')?.value).toBe('Journal');
  });

  it('a bad synced value gets its default and a notice; the good ones are taken', async () => {
    const { app, plugin } = await startPlugin({ 'Self-trust/Cook.md': COOK_SUNDAY }, { weekStart: 'monday' });
    await (plugin as unknown as FakePlugin).fakeExternalDataChange({ weekStart: 'sunday', notesFolder: '../outside' });
    expect(lastNotice()).toMatch(/settings changed on disk are not valid.*"notesFolder" is "\.\.\/outside"/);
    await startPromise(app, 'Walk after lunch');
    expect(app.fakeVault.getFiles().some((f) => f.path.startsWith('Self-trust/') && f.path !== 'Self-trust/Cook.md')).toBe(true);
    const content = await openDashboard(app);
    expect(cookCard(content)).toContain('1 of 3');
  });
});
