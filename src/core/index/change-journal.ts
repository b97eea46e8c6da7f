/**
 * Which paths changed at which revision, so that a dashboard rebuild can follow what changed instead
 * of walking every note (NoteIndex and DailyNoteOverlay keep one each). It holds up to JOURNAL_LIMIT
 * changes; past that it forgets the older half, and a caller that fell further behind is told to read
 * every note.
 */
export class ChangeJournal {
  private entries: { rev: number; path: string }[] = [];
  /** The oldest revision the journal still reaches back to. */
  private from = 0;

  /** Notes that `paths` changed at revision `rev` (revisions only grow). */
  add(rev: number, paths: Iterable<string>): void {
    for (const path of paths) this.entries.push({ rev, path });
    if (this.entries.length > JOURNAL_LIMIT) {
      // Keep the newer half: a caller that fell further behind rebuilds from every note.
      const cut = this.entries.length - JOURNAL_LIMIT / 2;
      this.from = (this.entries[cut - 1] as { rev: number }).rev;
      this.entries = this.entries.slice(cut);
    }
  }

  /** Forgets every change: nothing before revision `rev` can be followed any more. */
  reset(rev: number): void {
    this.entries = [];
    this.from = rev;
  }

  /**
   * The paths changed after revision `since`, each once, in no particular order, when `now` is the
   * current revision; undefined when `since` is older than the journal reaches (or newer than `now`),
   * and the caller then looks at every note.
   */
  since(since: number, now: number): string[] | undefined {
    if (since < this.from || since > now) return undefined;
    const entries = this.entries;
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((entries[mid] as { rev: number }).rev <= since) lo = mid + 1;
      else hi = mid;
    }
    const paths = new Set<string>();
    for (let i = lo; i < entries.length; i++) paths.add((entries[i] as { path: string }).path);
    return [...paths];
  }
}

/** How many changes a journal holds before it forgets the older half. */
const JOURNAL_LIMIT = 4096;
