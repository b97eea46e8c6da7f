/**
 * The only way the renderer makes DOM. Text always goes in through text nodes and attributes
 * through setAttribute with names we choose, so note text can never become markup.
 */

type Child = Node | string | null | undefined | false;

export interface ElOptions {
  /** Space-separated `st-` classes. */
  cls?: string;
  /** Plain attributes; never `on*`, `style`, `href` or `src` (asserted below). */
  attrs?: Record<string, string | number | boolean | null | undefined>;
}

const UNSAFE_ATTR = /^(on|style$|href$|src$|srcdoc$|formaction$|action$)/i;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  opts: ElOptions | string | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  const o: ElOptions = typeof opts === 'string' ? { cls: opts } : (opts ?? {});
  if (o.cls) node.className = o.cls;
  if (o.attrs) setAttrs(node, o.attrs);
  append(node, ...children);
  return node;
}

export function setAttrs(node: Element, attrs: NonNullable<ElOptions['attrs']>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (UNSAFE_ATTR.test(name)) throw new Error(`Refusing to set attribute ${name}`);
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (UNSAFE_ATTR.test(name)) throw new Error(`Refusing to set attribute ${name}`);
    node.setAttribute(name, String(value));
  }
  append(node, ...children);
  return node;
}

/** Text for screen readers only (the visual twin is a chart, a colour or a bar). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', 'st-sr-only', text);
}

/**
 * The window a node is shown in. An Obsidian popout window has its own (`el.win` there), with its own
 * size, pixel ratio, observers and timers; the global `window` is always the main one.
 */
export function windowOf(node: Node): ViewWindow {
  return node.ownerDocument?.defaultView ?? window;
}

/** A window with its own constructors (ResizeObserver, IntersectionObserver...), as `defaultView` gives it. */
export type ViewWindow = NonNullable<Document['defaultView']>;

let idCounter = 0;
/** Ids unique within the page, for aria-labelledby / aria-describedby. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `st-${prefix}-${idCounter}`;
}
