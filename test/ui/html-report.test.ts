import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReportHtml, jsonForScript } from '../../src/cli/html-report';
import { HOSTILE_SCRIPT, hostileModel, realisticModel } from './dashboard-model-builder';

const assets = { js: 'console.log("</script>" + 1)', css: '.st-dashboard{color:var(--st-text)}' };

function inlineScripts(html: string): { attrs: string; body: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? '', body: m[2] ?? '' }));
}

describe('buildReportHtml', () => {
  it('keeps a note holding </script> inside the JSON, and the model round-trips', () => {
    const model = hostileModel(realisticModel());
    const html = buildReportHtml(model, assets);
    const scripts = inlineScripts(html);
    // Exactly our two scripts: the data block and the bundle; the note could not open a third.
    expect(scripts.length).toBe(2);
    expect(scripts[0]!.attrs).toContain('id="st-model"');
    expect(scripts[0]!.body).not.toContain('<');
    expect(JSON.parse(scripts[0]!.body)).toEqual(model);
    expect(JSON.stringify(model)).toContain(HOSTILE_SCRIPT);
  });

  it('has a strict CSP whose hashes match the inline script and style', () => {
    const html = buildReportHtml(realisticModel(), assets);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('img-src data:');
    expect(csp).not.toContain('unsafe-inline');
    const script = inlineScripts(html)[1]!.body;
    expect(script).toBe('console.log("<\\/script>" + 1)');
    const hash = (t: string) => createHash('sha256').update(t).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
  });

  it('points nowhere: no URL of any kind', () => {
    const html = buildReportHtml(realisticModel(), assets);
    expect(html).not.toMatch(/(https?:|\/\/[a-z]|src=|href="(?!data:))/i);
  });

  it('refuses a stylesheet that could close its element', () => {
    expect(() => buildReportHtml(realisticModel(), { js: '', css: 'a{}</style><script>' })).toThrow(/<\/style/);
  });

  it('escapes the line separators JSON allows and HTML-significant characters', () => {
    expect(jsonForScript({ a: '\u2028<&>' })).toBe('{"a":"\\u2028\\u003c\\u0026\\u003e"}');
  });
});
