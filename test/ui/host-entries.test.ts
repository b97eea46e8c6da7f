// @vitest-environment happy-dom
/**
 * The browser entries remember which sections are folded: the VS Code webview in its state
 * (getState/setState, with the model it restores from), the HTML report in localStorage when the
 * browser allows it and not at all when it does not.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebviewState } from '../../src/ui/webview-entry';
import { jsonForScript } from '../../src/cli/html-report';
import { realisticModel } from './dashboard-model-builder';

/** report-entry.ts's key (importing it would start the report on import). */
const REPORT_FOLDS_KEY = 'selftrust.report.collapsed';

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

function toggleOf(id: string): HTMLButtonElement {
  return document.querySelector<HTMLButtonElement>(`[data-st-section="${id}"] h3 > button`)!;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the VS Code webview', () => {
  let state: Partial<WebviewState> | undefined;
  let posted: unknown[];

  beforeEach(() => {
    vi.resetModules();
    posted = [];
    document.body.innerHTML = '<main id="st-root" class="st-host-vscode"></main>';
    vi.stubGlobal('acquireVsCodeApi', () => ({
      postMessage: (m: unknown) => posted.push(m),
      getState: () => (state ? structuredClone(state) : undefined),
      setState: (s: Partial<WebviewState>) => {
        state = structuredClone(s);
      },
    }));
  });

  /** The state as VS Code holds it now (a function: the handlers set it behind the type checker's back). */
  const saved = (): Partial<WebviewState> | undefined => state;

  const send = (data: unknown): void => {
    window.dispatchEvent(new MessageEvent('message', { data }));
  };

  it('keeps the folded sections with the model in its state, and restores both, saying it is from earlier', async () => {
    state = undefined;
    await import('../../src/ui/webview-entry');
    expect(posted).toEqual([{ type: 'ready' }]);
    // Never blank: before the first model, the view says the notes are being read.
    expect(text(document.querySelector('[data-st-status="waiting"]'))).toBe('Reading your notes…');
    const model = realisticModel();
    send({ type: 'model', model });
    expect(document.querySelector('[data-st-status="waiting"]')).toBeNull();
    expect(document.querySelector('[data-st-section="today"]')).not.toBeNull();
    toggleOf('weeks').click();
    expect(saved()?.collapsed).toEqual(['weeks']);
    expect(saved()?.model?.today).toBe(model.today);

    // The view is hidden and shown again: a new page, the same state.
    document.body.innerHTML = '<main id="st-root" class="st-host-vscode"></main>';
    vi.resetModules();
    await import('../../src/ui/webview-entry');
    expect(text(document.querySelector('[data-st-status="earlier"]'))).toContain('from earlier');
    expect(toggleOf('weeks').getAttribute('aria-expanded')).toBe('false');
    expect(toggleOf('values').getAttribute('aria-expanded')).toBe('true');
    send({ type: 'model', model: realisticModel() });
    expect(document.querySelector('[data-st-status="earlier"]')).toBeNull();
    expect(toggleOf('weeks').getAttribute('aria-expanded')).toBe('false');
    expect(saved()?.collapsed).toEqual(['weeks']);
  });

  it('ignores a state that is not ours', async () => {
    state = { collapsed: ['weeks', '<script>'] as string[], model: { nope: true } as unknown as WebviewState['model'] };
    await import('../../src/ui/webview-entry');
    expect(document.querySelector('.st-dashboard')).toBeNull();
    send({ type: 'model', model: realisticModel() });
    expect(toggleOf('weeks').getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('[data-st-status="earlier"]')).toBeNull();
  });
});

describe('the HTML report', () => {
  beforeEach(() => {
    vi.resetModules();
    document.body.innerHTML = `<main id="st-root"></main><script type="application/json" id="st-model">${jsonForScript(realisticModel())}</script>`;
  });

  it('folds what localStorage remembers and writes each change back', async () => {
    localStorage.setItem(REPORT_FOLDS_KEY, JSON.stringify(['emotions']));
    await import('../../src/ui/report-entry');
    expect(toggleOf('emotions').getAttribute('aria-expanded')).toBe('false');
    toggleOf('lessons').click();
    expect(JSON.parse(localStorage.getItem(REPORT_FOLDS_KEY) ?? '[]')).toEqual(['emotions', 'lessons']);
    localStorage.removeItem(REPORT_FOLDS_KEY);
  });

  it('still folds, for this visit only, where the browser refuses storage', async () => {
    // As a browser does for a page it gives no storage: touching localStorage throws.
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    let asked = 0;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        asked += 1;
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    });
    try {
      await import('../../src/ui/report-entry');
      expect(document.querySelector('.st-dashboard')).not.toBeNull();
      toggleOf('values').click();
      expect(toggleOf('values').getAttribute('aria-expanded')).toBe('false');
      expect(asked).toBe(2);
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: unknown }).localStorage;
    }
  });
});
