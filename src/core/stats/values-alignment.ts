import type { ValueMappingEntry } from '../entry';
import type { ValueItem, ValuesCard } from '../dashboard/model';
import { byDateThenPath } from './note-entries';

/** Alignment at or under this, for a value ranked in the top third, is a gap worth a kind look. */
export const GAP_ALIGNMENT = 4;

/**
 * The newest value-mapping note's ranking, each value's alignment over time (oldest first, matched
 * by name regardless of case and spacing), and the gaps: ranked in the top third
 * (rank <= ceil(n / 3)) with an alignment of 4 or less. An unrated value is never a gap.
 */
export function valuesCard(mappings: readonly ValueMappingEntry[]): ValuesCard {
  const sorted = [...mappings].sort(byDateThenPath);
  const latest = sorted[sorted.length - 1];
  if (!latest) return { source: null, values: [], gaps: [] };
  const topThird = Math.ceil(latest.values.length / 3);
  // Each note's ratings by name, read once: the first rating of a name in a note wins.
  const rated = sorted.map((note) => {
    const byName = new Map<string, number>();
    for (const v of note.values) {
      const key = valueKey(v.name);
      if (v.alignment !== null && !byName.has(key)) byName.set(key, v.alignment);
    }
    return { date: note.date, byName };
  });
  const values: ValueItem[] = latest.values.map((v, i) => {
    const rank = i + 1;
    const key = valueKey(v.name);
    const history: ValueItem['history'] = [];
    for (const note of rated) {
      const alignment = note.byName.get(key);
      if (alignment !== undefined) history.push({ date: note.date, alignment });
    }
    const gap = rank <= topThird && v.alignment !== null && v.alignment <= GAP_ALIGNMENT;
    return { rank, name: v.name, alignment: v.alignment, history, gap };
  });
  return {
    source: { path: latest.path, date: latest.date },
    values,
    gaps: values.filter((v) => v.gap).map((v) => v.name),
  };
}

function valueKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
