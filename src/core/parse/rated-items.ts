import { isBlank, isPlainMap, numberOf, show, textOf, type FieldReader } from './field-readers';

/** A name with an optional 1-10 rating, as in `values` (alignment) and `emotions` (intensity). */
export interface RatedItem {
  name: string;
  rating: number | null;
}

const RATED_FORMS: readonly RegExp[] = [
  // `Honesty 8/10`, `Honesty: 8`, `Honesty - 8`, `Honesty 8`, `Honesty – 8/10`
  /^(.+?)\s*(?:[:\-–—]\s*|\s)(\d+(?:[.,]\d+)?)(?:\s*\/\s*(\d+))?$/,
  // `Honesty (8)`, `Honesty (8/10)`
  /^(.+?)\s*\(\s*(\d+(?:[.,]\d+)?)(?:\s*\/\s*(\d+))?\s*\)$/,
];

/**
 * Reads a list such as `values` or `emotions`: text items (`Honesty 8/10`, `Honesty (8)`, bare
 * `Honesty`), YAML map items (`- Honesty: 8`), or one map for the whole list (`values: {Honesty: 8}`).
 * Ratings outside 1-10 are dropped with a problem; the name stays.
 */
export function readRatedList(reader: FieldReader, key: string, ratingName: string): RatedItem[] {
  const value = reader.raw(key);
  if (isBlank(value)) return [];
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const out: RatedItem[] = [];
  for (const item of items) {
    if (isBlank(item)) continue;
    if (isPlainMap(item)) {
      for (const [name, rating] of Object.entries(item)) {
        pushRated(reader, key, ratingName, out, name.trim(), isBlank(rating) ? null : rating);
      }
      continue;
    }
    const text = textOf(item);
    if (text === null) {
      reader.problem(`An item in "${key}" (${show(item)}) is not text, so it was left out.`);
      continue;
    }
    const split = splitRated(text);
    pushRated(reader, key, ratingName, out, split.name, split.rating);
  }
  return out.filter((item) => item.name !== '');
}

function splitRated(text: string): { name: string; rating: string | null } {
  for (const form of RATED_FORMS) {
    const m = form.exec(text);
    if (m) return { name: m[1]!.trim(), rating: m[3] ? `${m[2]}/${m[3]}` : m[2]! };
  }
  return { name: text.trim(), rating: null };
}

function pushRated(
  reader: FieldReader,
  key: string,
  ratingName: string,
  out: RatedItem[],
  name: string,
  rawRating: unknown,
): void {
  if (name === '') return;
  if (rawRating === null) {
    out.push({ name, rating: null });
    return;
  }
  const n = numberOf(rawRating, 10);
  if (n === null || n < 1 || n > 10) {
    reader.problem(
      `The ${ratingName} ${show(rawRating)} for "${name}" in "${key}" is not a number from 1 to 10, so it was left blank.`,
    );
    out.push({ name, rating: null });
    return;
  }
  out.push({ name, rating: n });
}
