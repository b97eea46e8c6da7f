import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Entry } from '../../../src/core/entry';

/** The fixture notes: real files as a user would have them, each with the entry and problems we expect. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/notes/', import.meta.url));

export interface FixtureNote {
  /** The file name, used as the note's vault path. */
  name: string;
  text: string;
  expected: { entry: Omit<Entry, 'path'> | null; problems: string[]; draft?: { kind: string } };
}

export function fixtureNotes(): FixtureNote[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(FIXTURE_DIR + name, 'utf8'),
      expected: JSON.parse(readFileSync(FIXTURE_DIR + name.replace(/\.md$/, '.expected.json'), 'utf8')),
    }));
}

export function fixtureNote(name: string): FixtureNote {
  const found = fixtureNotes().find((f) => f.name === name);
  if (!found) throw new Error(`No fixture note ${name}`);
  return found;
}
