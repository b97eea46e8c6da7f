import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { EXERCISE_IDS } from '../../../src/core/entry';
import { EXERCISE_FIELDS } from '../../../src/core/catalog/fields';
import { isDay, utcDayOf, weekLabel, type Day } from '../../../src/core/day';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const vault = join(root, 'examples/vault');

/** Every file, but a plugin build that `npm run dev` may have put in .obsidian/plugins (not checked in). */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === 'plugins' && dir.endsWith('.obsidian')) return [];
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

const notes = walk(vault)
  .map((full) => ({ path: relative(vault, full).split('\\').join('/'), text: readFileSync(full, 'utf8') }))
  .sort((a, b) => (a.path < b.path ? -1 : 1));

describe('the demo vault', () => {
  it('is what scripts/generate-demo-vault.mjs writes (run it again if this fails)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'demo-vault-')), 'vault');
    try {
      execFileSync(process.execPath, [join(root, 'scripts/generate-demo-vault.mjs'), '--out', out]);
      const fresh = walk(out).map((full) => ({ path: relative(out, full).split('\\').join('/'), text: readFileSync(full, 'utf8') }));
      expect(fresh.sort((a, b) => (a.path < b.path ? -1 : 1))).toEqual(notes);
    } finally {
      rmSync(join(out, '..'), { recursive: true, force: true });
    }
  });

  const ours = notes.filter((n) => n.path.startsWith('Self-trust/') && !n.path.includes('.sync-conflict-'));

  it('has notes of every exercise in Self-trust/, each with the template\'s keys, a valid date and its week', () => {
    const seen = new Set<string>();
    for (const n of ours) {
      const data = matter(n.text, {}).data as Record<string, unknown>;
      const id = data.selftrust as (typeof EXERCISE_IDS)[number];
      expect(EXERCISE_IDS, n.path).toContain(id);
      seen.add(id);
      const date = data.date instanceof Date ? utcDayOf(data.date) : String(data.date);
      expect(isDay(date), n.path).toBe(true);
      expect(n.path.startsWith(`Self-trust/${date} `), n.path).toBe(true);
      expect(data.week, n.path).toBe(weekLabel(date as Day, 'monday'));
      expect(data.schema, n.path).toBe(1);
      expect(Object.keys(data).sort(), n.path).toEqual(['selftrust', 'schema', 'date', 'week', ...EXERCISE_FIELDS[id].map((f) => f.key)].sort());
    }
    expect([...seen].sort()).toEqual([...EXERCISE_IDS].sort());
  });

  it('spans 2026-08-24 to 2026-11-26 and keeps every day inside it', () => {
    const dates = ours.map((n) => n.path.slice('Self-trust/'.length, 'Self-trust/'.length + 10)).sort();
    expect(dates[0]).toBe('2026-08-24');
    expect(dates[dates.length - 1]! <= '2026-11-26').toBe(true);
    for (const n of ours.filter((x) => x.text.includes('selftrust: small-promise'))) {
      const data = matter(n.text, {}).data as { kept: Date[]; skipped: Date[] };
      for (const d of [...data.kept, ...data.skipped]) expect(utcDayOf(d) <= '2026-11-26', n.path).toBe(true);
    }
  });

  it('holds one of each promise state, a sync-conflict copy, and ordinary notes that are not ours', () => {
    const statuses = ours
      .map((n) => matter(n.text, {}).data as Record<string, unknown>)
      .filter((d) => d.selftrust === 'small-promise')
      .map((d) => `${d.per} ${d.status}`);
    expect(statuses.sort()).toEqual(['day active', 'day done', 'day paused', 'week active']);
    expect(notes.filter((n) => n.path.includes('.sync-conflict-')).map((n) => n.path)).toEqual([
      'Self-trust/2026-10-14 Emotional journal.sync-conflict-20261014-203311-ABCDEFG.md',
    ]);
    const others = notes.filter((n) => !n.path.startsWith('Self-trust/'));
    expect(others.length).toBeGreaterThanOrEqual(10);
    for (const n of others) expect(n.text, n.path).not.toMatch(/^selftrust:/m);
  });
});
