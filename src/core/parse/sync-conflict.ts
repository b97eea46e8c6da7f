/**
 * Sync tools keep both sides of a conflict by writing a second copy next to the note. That copy
 * holds the same frontmatter, so counting it would count the same promise or journal twice.
 *
 * Two kinds of name:
 * - **Explicit markers** (this file's `CONFLICT_PATTERNS`): the name says "conflict" in a way no
 *   person writes. Enough on their own: `syncConflictOriginal`.
 * - **Ambiguous copy names** (`copyNameRelation`): OneDrive's `-<computer name>`, the `(1)` of
 *   "keep both", iCloud's ` 2`. People and this plugin write such names too (`Walk-daily.md`, our own
 *   `2026-11-30 Small promise 2.md`), so a name alone never makes a copy: src/core/index/vault-scope.ts
 *   uses them only beside a note that reads the same.
 */
const CONFLICT_PATTERNS: readonly RegExp[] = [
  // Syncthing: `note.sync-conflict-20261014-203311-ABCDEFG.md`
  /\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]+(?=\.[^./]+$|$)/,
  // Dropbox: `note (Sam's conflicted copy 2026-10-14).md`, `note (Sam's conflicted copy 2026-10-14 (1)).md`
  / ?\((?:[^()]*?'s )?conflicted copy\b[^()]*(?:\([^()]*\)[^()]*)*\)(?=\.[^./]+$|$)/i,
  // Nextcloud, Obsidian Sync and others: `note (conflicted copy 2026-10-14 203311).md`, `note (Conflict 2026-10-14).md`;
  // Obsidian Sync writes `note (Conflicted copy ThinkPad-T14-G5 202603121129).md` (obsidianmd/obsidian-help#1056).
  / ?\(conflict(?:ed)?\b[^()]*(?:\([^()]*\)[^()]*)*\)(?=\.[^./]+$|$)/i,
  // Resilio Sync / Resilio Connect: `note.Conflict.md`, `note.Conflict1.md`, `note.Conflict 3.md`, and
  // `note.Conflict.Conflict.md` after a rename (help.resilio.com, "Conflict files in Sync"). Always
  // capitalised by Resilio; the original may differ in letter case (`Note.md`), which is why it conflicted.
  /(?:\.Conflict(?: ?\d+)?)+(?=\.[^./]+$|$)/,
];

/**
 * The path of the original note when `path` names a sync-conflict copy by an explicit marker
 * (Syncthing, Dropbox, Nextcloud/ownCloud, Obsidian Sync, Resilio), else null.
 */
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

/** Which tool's habit a copy name follows; see `copyNameRelation`. */
export type CopyName = 'onedrive-computer' | 'numbered' | 'icloud-number';

/**
 * How `copy`'s name derives from `original`'s, when it is one of the ambiguous copy names, else null.
 * Both paths must be in the same folder with the same extension. Compared after NFC normalisation
 * (macOS may hand one of them in decomposed form). The patterns:
 * - `onedrive-computer`: `<name>-<computer name>.<ext>`, and `-<computer name>-<n>` for later ones.
 *   The computer name may hold spaces and hyphens: `…-MacBook Pro de Charlyne.md`,
 *   `…-MacBook Pro de Charlyne-2.md` (JeffSteinbok/obsidian-onedrive#128), `…-DESKTOP-AB12CD3.md`.
 * - `numbered`: `<name> (1).<ext>`, what OneDrive's and Windows' "keep both" and browser downloads write
 *   (Microsoft's OneDrive help: "Report (2).docx").
 * - `icloud-number`: `<name> 2.<ext>`, iCloud Drive's and macOS Finder's duplicate; also the name this
 *   plugin gives a second note on one day (nextFreePath), so it is the weakest hint.
 */
export function copyNameRelation(copy: string, original: string): CopyName | null {
  const a = splitPath(copy.normalize('NFC'));
  const b = splitPath(original.normalize('NFC'));
  if (a.folder !== b.folder || a.ext.toLowerCase() !== b.ext.toLowerCase()) return null;
  if (a.stem.length <= b.stem.length || !a.stem.startsWith(b.stem)) return null;
  const rest = a.stem.slice(b.stem.length);
  if (/^ \(\d{1,3}\)$/.test(rest)) return 'numbered';
  if (/^ \d{1,3}$/.test(rest)) return 'icloud-number';
  if (/^-[^/]*\S$/.test(rest) && b.stem !== '') return 'onedrive-computer';
  return null;
}

function splitPath(path: string): { folder: string; stem: string; ext: string } {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const cut = dot > 0 ? dot : name.length;
  return { folder: path.slice(0, slash + 1), stem: name.slice(0, cut), ext: name.slice(cut) };
}
