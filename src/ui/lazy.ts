/**
 * Heavy parts drawn when they come near the screen: a hundred promise calendars cost nothing until
 * scrolled to. The box holding such a part is in the page from the start, with the room the part will
 * take (dashboard.css) and a line for screen readers saying what it holds, so nothing jumps and
 * nothing is hidden; before printing, every part not yet drawn is drawn.
 */
import type { VisibilityWatch } from './charts';
import { el, srOnly } from './dom';

/** The boxes of the dashboard whose parts wait to be drawn. */
export class LazyParts {
  private readonly waiting = new Map<HTMLElement, () => void>();

  /**
   * `doc`: the dashboard's document (a popout window's own); `watch`: when a box comes near the
   * screen (by default an IntersectionObserver from the box's own window).
   */
  constructor(private readonly doc: Document, private readonly watch: VisibilityWatch) {}

  /**
   * A box (`cls`, plus data-st-lazy "waiting" then "drawn") that gets `build()`'s node when it comes
   * near the screen; `said` is what a screen reader hears there until then. Stops watching when
   * `signal` aborts (its part is built again or dropped).
   */
  box(cls: string, said: string, build: () => Node, signal: AbortSignal): HTMLElement {
    const box = el('div', { cls, attrs: { 'data-st-lazy': 'waiting' } }, srOnly(said));
    // Into the dashboard's document before it is watched: in a popout, its window does the watching.
    this.doc.adoptNode(box);
    let stop = (): void => undefined;
    const draw = (): void => {
      if (!this.waiting.delete(box)) return;
      stop();
      box.replaceChildren(build());
      box.setAttribute('data-st-lazy', 'drawn');
    };
    this.waiting.set(box, draw);
    signal.addEventListener('abort', () => {
      this.waiting.delete(box);
      stop();
    }, { once: true });
    stop = this.watch(box, draw);
    return box;
  }

  /** Draws every part still waiting (for print, where every calendar must be on paper). */
  drawAll(): void {
    for (const draw of [...this.waiting.values()]) draw();
  }

  /** Parts still waiting to be drawn, for tests and the benchmark. */
  get size(): number {
    return this.waiting.size;
  }

  destroy(): void {
    this.waiting.clear();
  }
}
