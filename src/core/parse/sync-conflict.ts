/**
 * Sync tools keep both sides of a conflict by writing a second copy next to the note. That copy
 * holds the same frontmatter, so counting it would count the same promise or journal twice.
 * These patterns cover the copies made by Syncthing, Dropbox, Nextcloud/ownCloud, Obsidian Sync
 * and similar tools; each yields the path of the note it was copied from.
 */
const CONFLICT_PATTERNS: readonly RegExp[] = [
  // Syncthing: `note.sync-conflict-20261014-203311-ABCDEFG.md`
  /\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]+(?=\.[^./]+$|$)/,
  // Dropbox: `note (Sam's conflicted copy 2026-10-14).md`, `note (Sam's conflicted copy 2026-10-14 (1)).md`
  / ?\((?:[^()]*?'s )?conflicted copy\b[^()]*(?:\([^()]*\)[^()]*)*\)(?=\.[^./]+$|$)/i,
  // Nextcloud, Obsidian Sync and others: `note (conflicted copy 2026-10-14 203311).md`, `note (Conflict 2026-10-14).md`
  / ?\(conflict(?:ed)?\b[^()]*(?:\([^()]*\)[^()]*)*\)(?=\.[^./]+$|$)/i,
];

/** The path of the original note when `path` names a sync-conflict copy, else null. */
export function syncConflictOriginal(path: string): string | null {
  const slash = path.lastIndexOf('/');
  const folder = path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  for (const pattern of CONFLICT_PATTERNS) {
    const match = pattern.exec(name);
    if (match) {
      const original = (name.slice(0, match.index) + name.slice(match.index + match[0].length)).trim();
      return folder + original;
    }
  }
  return null;
}
