import type { AchievableGoalEntry } from '../entry';
import type { GoalItem } from '../dashboard/model';
import { comparePaths, newestFirst } from './note-entries';

/**
 * Goals in two lists. Active holds `active` and `paused` goals, newest first. Reached holds
 * `reached` goals, most recently reached first (by `reached`, else the note's date). A `released`
 * goal is in neither: letting a goal go is a choice, not a loss, and it needs no card.
 */
export function goalLists(entries: readonly AchievableGoalEntry[]): { active: GoalItem[]; reached: GoalItem[] } {
  const active = entries.filter((e) => e.status === 'active' || e.status === 'paused').sort(newestFirst);
  const reached = entries
    .filter((e) => e.status === 'reached')
    .sort((a, b) => comparePaths(b.reached ?? b.date, a.reached ?? a.date) || newestFirst(a, b));
  return { active: active.map(goalItem), reached: reached.map(goalItem) };
}

function goalItem(e: AchievableGoalEntry): GoalItem {
  return {
    path: e.path,
    date: e.date,
    goal: e.goal ?? untitled(e.path),
    status: e.status,
    reached: e.reached,
    obstacles: [...e.obstacles],
  };
}

/** A goal left blank is shown by its note's name. */
function untitled(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.replace(/\.md$/i, '');
}
