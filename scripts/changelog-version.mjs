#!/usr/bin/env node
// Run by `npm version` (the "version" script, after version-bump.mjs): in CHANGELOG.md (Keep a
// Changelog), the Unreleased section becomes the new version's, dated today, under a fresh empty
// Unreleased heading. Refuses when Unreleased says nothing or the version already has a section, so
// a release never goes out without notes (its GitHub release notes are that section).
//   node scripts/changelog-version.mjs [VERSION] [--date YYYY-MM-DD]   (defaults: npm_package_version, today)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The changelog with Unreleased moved under `## [version] - date`. Throws when it cannot. */
export function releaseChangelog(text, version, date) {
  const lines = text.split('\n');
  const head = lines.findIndex((l) => /^## \[Unreleased\]\s*$/i.test(l));
  if (head < 0) throw new Error('CHANGELOG.md has no "## [Unreleased]" heading.');
  if (lines.some((l) => l.startsWith(`## [${version}]`))) throw new Error(`CHANGELOG.md already has a section for ${version}.`);
  let end = lines.findIndex((l, i) => i > head && (/^## /.test(l) || /^\[[^\]]+\]:\s/.test(l)));
  if (end < 0) end = lines.length;
  const body = lines.slice(head + 1, end).join('\n').trim();
  if (!body) throw new Error(`CHANGELOG.md: Unreleased is empty; say what ${version} changes before releasing it.`);
  return [...lines.slice(0, head + 1), '', `## [${version}] - ${date}`, '', body, '', ...lines.slice(end)].join('\n').replace(/\n{3,}/g, '\n\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dateAt = args.indexOf('--date');
  const date = dateAt >= 0 ? args[dateAt + 1] : new Date().toISOString().slice(0, 10);
  const version = args.find((a, i) => !a.startsWith('--') && i !== dateAt + 1) ?? process.env.npm_package_version;
  try {
    if (!version) throw new Error('no version: run from `npm version`, or name one.');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new Error(`--date ${date} is not YYYY-MM-DD.`);
    const file = 'CHANGELOG.md';
    writeFileSync(file, releaseChangelog(readFileSync(file, 'utf8'), version, date));
    console.log(`CHANGELOG.md: Unreleased is now ${version} (${date})`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
