import { expect } from 'vitest';
import { buildDashboard } from '../../../src/core/dashboard/build-dashboard';
import type { Day } from '../../../src/core/day';
import type { ParsedNote } from '../../../src/core/entry';
import { DEFAULT_SETTINGS, type IndexView, type Settings } from '../../../src/core/ports';

/** What an index holds, in a fixed order (by path), so two indexes compare whatever order notes arrived in. */
export function indexContent(index: IndexView): ParsedNote[] {
  return [...index.notes()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Asserts that two indexes hold the same notes (entries and problems) and give the same dashboard
 * model for a fixed day. Only `revision` may differ: it counts changes, not content.
 */
export function expectSameIndex(
  actual: IndexView,
  expected: IndexView,
  today: Day = '2026-11-26' as Day,
  settings: Settings = DEFAULT_SETTINGS,
): void {
  expect(indexContent(actual)).toEqual(indexContent(expected));
  const model = (index: IndexView) => ({ ...buildDashboard(index, today, settings), revision: 0 });
  expect(model(actual)).toEqual(model(expected));
}
