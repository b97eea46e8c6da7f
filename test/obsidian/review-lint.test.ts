/**
 * What Obsidian's plugin review lints besides the code (issue 10, point 10): the manifest, the licence,
 * package.json's dependencies and the stylesheet. Runs ESLint with the project's own config, as
 * `npm run lint` does, on the real files and on broken copies, so the rules are shown to bite.
 */
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function lint(file: string, text?: string): Promise<string[]> {
  const results = text === undefined ? await eslint.lintFiles([file]) : await eslint.lintText(text, { filePath: file });
  return results.flatMap((r) => r.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`));
}

describe('review lint', () => {
  it('passes on the manifest, the licence and package.json as they are', async () => {
    expect(await lint('manifest.json')).toEqual([]);
    expect(await lint('LICENSE')).toEqual([]);
    expect(await lint('package.json')).toEqual([]);
  }, 60_000);

  it('catches a manifest the review would refuse', async () => {
    const manifest = JSON.parse(readFileSync('manifest.json', 'utf8')) as Record<string, unknown>;
    const bad = JSON.stringify({ ...manifest, name: 'Self-Trust Obsidian Plugin', description: 'an emoji ✨ description' }, null, 2);
    const messages = await lint('manifest.json', bad);
    expect(messages).toContain("obsidianmd/validate-manifest: The 'name' property cannot contain 'obsidian' or 'plugin'.");
    expect(messages.some((m) => m.includes("'description' property should be concise"))).toBe(true);
  }, 60_000);

  it("catches the sample plugin's licence left unchanged and a banned dependency", async () => {
    const sample = 'MIT License\n\nCopyright (C) 2020-2025 by Dynalist Inc.\n\nPermission is hereby granted...\n';
    expect((await lint('LICENSE', sample)).filter((m) => m.startsWith('obsidianmd/validate-license')).length).toBeGreaterThan(0);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
    const withMoment = JSON.stringify({ ...pkg, dependencies: { ...pkg.dependencies, moment: '2.30.1' } }, null, 2);
    expect((await lint('package.json', withMoment)).some((m) => m.startsWith('depend/ban-dependencies') && m.includes('moment'))).toBe(true);
  }, 60_000);

  it('ships no !important in the stylesheet', () => {
    expect(readFileSync('src/ui/dashboard.css', 'utf8')).not.toMatch(/!important/);
  });
});
