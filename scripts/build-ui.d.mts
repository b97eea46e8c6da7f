/** Types for scripts/build-ui.mjs (called from TypeScript tests and the lead's build). */
export interface UiAssets {
  /** IIFE of src/ui/report-entry.ts, chart.js bundled in. */
  js: string;
  /** theme-report.css + dashboard.css: the HTML report's styles, light and dark. */
  css: string;
  /** IIFE of src/ui/webview-entry.ts. */
  webviewJs: string;
  /** theme-vscode.css + dashboard.css. */
  webviewCss: string;
  /** theme-obsidian.css + dashboard.css (the plugin's styles.css). */
  obsidianCss: string;
}
export function buildUiAssets(options?: { minify?: boolean }): Promise<UiAssets>;
