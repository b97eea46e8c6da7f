import type { MistakeLedgerEntry } from '../entry';
import type { LessonItem } from '../dashboard/model';
import { newestFirst } from './note-entries';

/** Every mistake-ledger note, newest first (same day: by path). */
export function lessonItems(entries: readonly MistakeLedgerEntry[]): LessonItem[] {
  return [...entries]
    .sort(newestFirst)
    .map((e) => ({ path: e.path, date: e.date, mistake: e.mistake, lesson: e.lesson, applied: e.applied }));
}
