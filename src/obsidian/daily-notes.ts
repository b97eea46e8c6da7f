/**
 * Daily notes as Obsidian knows them (issue 12, point 4): which notes are daily notes, and their
 * checked tasks read from the metadata cache, never from the file. Daily notes are never written.
 *
 * The settings come from the files Obsidian and Periodic Notes save them in, read through the vault's
 * adapter (`app.vault.configDir`, `.obsidian` unless the user chose another): the core Daily notes
 * plugin's options live in `daily-notes.json`, and Periodic Notes' in `plugins/periodic-notes/data.json`
 * (its `daily` block wins when it has a folder or format and is not turned off), as the CLI reads them
 * (src/cli/daily-notes.ts). `app.internalPlugins…options`, which obsidian-daily-notes-interface reads,
 * is not in obsidian.d.ts.
 */
import { getLinkpath, type CachedMetadata, type DataAdapter, type TFile } from 'obsidian';
import type { Day } from '../core/day';
import type { DailyNote, DailyTask } from '../core/parse/daily-note';
import { chooseDailyNoteSettings, dailyNoteDayByName, dailyNoteSettingsFiles, type DailyNoteSettings } from '../core/parse/daily-note-settings';
import { dayOf, fieldOf, isPlainMap } from '../core/parse/field-readers';

export type { DailyNoteSettings } from '../core/parse/daily-note-settings';
export { dailyNoteSettingsFiles } from '../core/parse/daily-note-settings';

async function readText(adapter: DataAdapter, path: string): Promise<string | undefined> {
  try {
    return await adapter.read(path);
  } catch {
    return undefined; // no such file (the plugin was never set up): the defaults stand
  }
}

/**
 * The vault's daily-note settings, chosen by the core's one rule (chooseDailyNoteSettings): Periodic
 * Notes' daily ones when that plugin has them, else the core Daily notes plugin's, else `YYYY-MM-DD`
 * at the top of the vault. Never throws.
 */
export async function readDailyNoteSettings(adapter: DataAdapter, configDir: string): Promise<DailyNoteSettings> {
  const [periodicFile, coreFile] = dailyNoteSettingsFiles(configDir);
  return chooseDailyNoteSettings(await readText(adapter, periodicFile), await readText(adapter, coreFile));
}

/**
 * The day a note is the daily note of, or null: a note in the daily-note folder or below it named as a
 * day in the format (the last segments of its path, as many as the format has: `YYYY/MM/YYYY-MM-DD`),
 * as the Calendar plugin's getAllDailyNotes finds them (obsidian-daily-notes-interface, src/daily.ts)
 * and the CLI reads them (src/cli/load-vault.ts); else a note with a `date` property, in any case.
 */
export function dailyNoteDay(path: string, frontmatter: unknown, settings: DailyNoteSettings): Day | null {
  const named = dailyNoteDayByName(path, settings);
  if (named !== null || !isPlainMap(frontmatter)) return named;
  const date = fieldOf(frontmatter, 'date');
  const read = date === undefined ? null : dayOf(date);
  return read !== null && 'day' in read ? read.day : null;
}

/**
 * A daily note's check-ins from its metadata cache: the list items whose task is `x` or `X` (Obsidian
 * counts any other character as done too; `-` is cancelled, `>` forwarded, so only `x` counts, as in
 * the core's checkedTasks), the links on each such item's lines (`cache.links`: embeds and web links
 * are not there), and `#rest` among its tags. `resolve` turns a link path into what the core matches
 * a promise by: the path of the note Obsidian opens for it, or the link path as written when none (an
 * alias, or a promise not made yet). Null when the note holds no checked task with a link.
 */
export function dailyNoteFromCache(path: string, day: Day, cache: CachedMetadata, resolve: (linkpath: string) => string): DailyNote | null {
  const items = (cache.listItems ?? []).slice().sort((a, b) => a.position.start.line - b.position.start.line);
  if (!items.some((i) => i.task === 'x' || i.task === 'X')) return null;
  // A line belongs to the innermost list item covering it: a child item's lines are not its parent's.
  const itemAt = (line: number): number => {
    for (let i = items.length - 1; i >= 0; i--) {
      const { start, end } = (items[i] as (typeof items)[number]).position;
      if (start.line <= line && line <= end.line) return i;
    }
    return -1;
  };
  const tasks = new Map<number, DailyTask>();
  const taskAt = (line: number): DailyTask | undefined => {
    const i = itemAt(line);
    const item = items[i];
    if (item === undefined || (item.task !== 'x' && item.task !== 'X')) return undefined;
    let task = tasks.get(i);
    if (!task) tasks.set(i, (task = { line: item.position.start.line, links: [], rest: false }));
    return task;
  };
  for (const link of cache.links ?? []) {
    const linkpath = getLinkpath(link.link).trim();
    if (linkpath !== '') taskAt(link.position.start.line)?.links.push(resolve(linkpath));
  }
  for (const tag of cache.tags ?? []) {
    if (tag.tag.toLowerCase() !== '#rest') continue;
    const task = taskAt(tag.position.start.line);
    if (task) task.rest = true;
  }
  const withLinks = [...tasks.values()].filter((t) => t.links.length > 0).sort((a, b) => a.line - b.line);
  return withLinks.length > 0 ? { path, day, tasks: withLinks } : null;
}

/** How a link path reads for the core: the resolved file's path, so Obsidian's own resolution decides. */
export function linkResolver(getFirstLinkpathDest: (linkpath: string, sourcePath: string) => TFile | null, sourcePath: string): (linkpath: string) => string {
  return (linkpath) => getFirstLinkpathDest(linkpath, sourcePath)?.path ?? linkpath;
}
