declare module 'virtual:ui-assets' {
  /** The dashboard renderer bundled for a browser (IIFE), inlined into the HTML report. */
  export const js: string;
  export const css: string;
}
