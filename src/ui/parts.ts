/**
 * Keyed parts of the dashboard that survive an update: a part whose slice of the model is unchanged
 * keeps its DOM, its listeners and its charts; only parts whose slice changed are built again.
 *
 * A slice is compared by identity first (Obsidian draws in-process, and buildDashboard's memo hands
 * back the very same card objects when nothing changed), then by its JSON text (the VS Code webview
 * gets a structured clone, so identity is always lost there). Model objects are never mutated once
 * built, so an object's text is computed once and remembered.
 */
import type { ChartSlots } from './charts';

/** Each model object's JSON text, computed at most once (arrays item by item, so items share it). */
const texts = new WeakMap<object, string>();

/** The JSON text of a model value: arrays item by item, each item's text remembered with it. */
export function textOf(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  let text = texts.get(value);
  if (text === undefined) {
    text = Array.isArray(value) ? `[${value.map(textOf).join(',')}]` : JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}

/** Whether two dependency lists hold the same model slices: the same objects, or the same JSON text. */
export function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && textOf(a[i]) !== textOf(b[i])) return false;
  }
  return true;
}

/**
 * Makes `parent`'s children exactly `nodes`, in order, moving nothing that is already in place: a
 * kept node before or after a changed one stays where it is (its layout, focus and scroll with it).
 */
export function reconcile(parent: Node, nodes: readonly Node[]): void {
  const kept = new Set(nodes);
  let cursor = parent.firstChild;
  for (const node of nodes) {
    // Children that go are taken out first, so that the kept ones after them line up and stay put.
    while (cursor && !kept.has(cursor)) {
      const next: ChildNode | null = cursor.nextSibling;
      cursor.remove();
      cursor = next;
    }
    if (node === cursor) {
      cursor = cursor.nextSibling;
      continue;
    }
    parent.insertBefore(node, cursor);
  }
  while (cursor) {
    const next: ChildNode | null = cursor.nextSibling;
    cursor.remove();
    cursor = next;
  }
}

interface Part {
  deps: readonly unknown[];
  node: HTMLElement;
  /** Aborted when the part is built again or dropped: every listener of the part goes with it. */
  abort: AbortController;
  /** Keys of the parts built inside this one (all depths), kept with it. */
  inner: string[];
  /** Keys of the charts inside this one (all depths), kept with it. */
  charts: string[];
}

/**
 * The renderer's keyed parts, one pass at a time: begin(), part() for each, commit(). A part not
 * asked for in a pass (a section hidden, a promise gone) is dropped at commit and its listeners aborted.
 */
export class PartCache {
  private readonly parts = new Map<string, Part>();
  private used = new Set<string>();
  /** Keys asked for this pass, in order: an outer part's inner keys are a stretch of it. */
  private order: string[] = [];
  /** How many parts were built (not kept) in the latest pass; for tests and the benchmark. */
  built = 0;

  constructor(private readonly charts: ChartSlots) {}

  /** Starts a pass. */
  begin(): void {
    this.used = new Set();
    this.order = [];
    this.built = 0;
  }

  /**
   * The part under `key`: the one from the last pass when `deps` (the model slices `build` reads)
   * are the same, else the old one brought up to date by `patch` when it can do that in place (it
   * returns false when it cannot), else a new one from `build(signal)`. Keys are unique across the
   * dashboard.
   */
  part(key: string, deps: readonly unknown[], build: (signal: AbortSignal) => HTMLElement, patch?: (node: HTMLElement) => boolean): HTMLElement {
    this.used.add(key);
    this.order.push(key);
    const old = this.parts.get(key);
    // `patch` brings the old node up to date in place where it can (true), as a calendar's changed day.
    if (old && (sameDeps(old.deps, deps) || (patch !== undefined && old.inner.length === 0 && old.charts.length === 0 && patch(old.node)))) {
      // The newest objects, so the next comparison is again by identity where the host keeps them.
      old.deps = deps;
      for (const inner of old.inner) {
        this.used.add(inner);
        this.order.push(inner);
      }
      this.charts.keep(old.charts);
      return old.node;
    }
    old?.abort.abort();
    const abort = new AbortController();
    const firstInner = this.order.length;
    const firstChart = this.charts.requestedCount;
    const node = build(abort.signal);
    this.built += 1;
    this.parts.set(key, { deps, node, abort, inner: this.order.slice(firstInner), charts: this.charts.requestedSince(firstChart) });
    return node;
  }

  /** Ends a pass: parts not asked for are dropped, their listeners aborted. */
  commit(): void {
    for (const [key, part] of this.parts) {
      if (this.used.has(key)) continue;
      part.abort.abort();
      this.parts.delete(key);
    }
  }

  destroy(): void {
    for (const part of this.parts.values()) part.abort.abort();
    this.parts.clear();
  }
}
