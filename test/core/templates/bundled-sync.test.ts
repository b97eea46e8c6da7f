import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_TEMPLATES } from '../../../src/core/templates/bundled';
import { EXERCISE_IDS } from '../../../src/core/entry';

const templatesDir = fileURLToPath(new URL('../../../templates/', import.meta.url));

describe('src/core/templates/bundled.ts', () => {
  it('holds exactly templates/*.md, one per exercise (run `node scripts/bundle-templates.mjs` if this fails)', () => {
    const files = readdirSync(templatesDir).filter((f) => f.endsWith('.md'));
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...EXERCISE_IDS].sort());
    expect(Object.keys(BUNDLED_TEMPLATES).sort()).toEqual([...EXERCISE_IDS].sort());
    for (const f of files) {
      const onDisk = readFileSync(templatesDir + f, 'utf8').replace(/\r\n?/g, '\n');
      expect(BUNDLED_TEMPLATES[f.slice(0, -3) as keyof typeof BUNDLED_TEMPLATES], f).toBe(onDisk);
    }
  });
});
