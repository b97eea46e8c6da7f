import { EXERCISES } from '../catalog/exercises';
import type { ExerciseId } from '../entry';

/** `Small promise`, `small_promise` and `SMALL-PROMISE` all mean small-promise; titles count too. */
function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_]+/g, '-');
}

const BY_NAME = new Map<string, ExerciseId>();
for (const exercise of EXERCISES) {
  BY_NAME.set(exercise.id, exercise.id);
  BY_NAME.set(normalise(exercise.title), exercise.id);
}

export type KindRead = { id: ExerciseId } | { suggestion: ExerciseId | null };

export function readExerciseKind(value: string): KindRead {
  const name = normalise(value);
  const id = BY_NAME.get(name);
  if (id) return { id };
  let best: { id: ExerciseId; distance: number } | null = null;
  for (const [known, knownId] of BY_NAME) {
    const distance = editDistance(name, known);
    if (!best || distance < best.distance) best = { id: knownId, distance };
  }
  // A suggestion only when it is plausibly a typo, not an unrelated word.
  const close = best !== null && best.distance <= Math.max(2, Math.floor(name.length / 3));
  return { suggestion: close && best ? best.id : null };
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Ids for a message listing what `selftrust` may say. */
export function exerciseIdList(): string {
  return EXERCISES.map((e) => e.id).join(', ');
}
