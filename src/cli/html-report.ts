/**
 * One self-contained HTML file: the renderer's script, its styles and the model inline, a strict
 * CSP, and no URL to anywhere, so it opens from disk with a double click and nothing leaves it.
 */
import { createHash } from 'node:crypto';
import type { DashboardModel } from '../core/dashboard/model';

export interface ReportAssets {
  /** The IIFE bundle of src/ui/report-entry.ts. */
  js: string;
  /** dashboard.css with the report's light and dark defaults. */
  css: string;
}

/**
 * JSON that stays data inside <script type="application/json">: `<` becomes \u003c so a note
 * holding `</script>` or `<!--` cannot end or bend the element; U+2028/9 are escaped for old parsers.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Text is only ever placed in the title; escape what HTML would read. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function buildReportHtml(model: DashboardModel, assets: ReportAssets): string {
  // Our own bundle: `</script` inside a string or regex is harmless as `<\/script`; a stylesheet
  // has no such escape, so one that could close its element is refused.
  const js = assets.js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  if (/<\/style/i.test(assets.css)) throw new Error('The dashboard stylesheet contains "</style"; it cannot be inlined.');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(assets.css)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = `Self-trust practice — ${escapeText(model.today)}`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${title}</title>`,
    // No favicon request, not even to the file's own folder.
    '<link rel="icon" href="data:,">',
    `<style>${assets.css}</style>`,
    '</head>',
    '<body class="st-report">',
    '<main id="st-root"></main>',
    `<script type="application/json" id="st-model">${jsonForScript(model)}</script>`,
    `<script>${js}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
