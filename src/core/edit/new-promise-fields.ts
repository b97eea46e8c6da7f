import { isDay } from '../day';
import type { PromiseAim, PromisePer } from '../entry';

/** What a person answers when a host asks for a new promise before making its note (issue 12). */
export interface PromiseAnswers {
  /** The promise in their own words. */
  promise: string;
  /** `at-least` (do it; the default) or `at-most` (an "I won't…" promise). */
  aim: PromiseAim;
  /** As typed: a whole number, 1 or more (0 or more for `at-most`). */
  times: string;
  per: PromisePer;
  /** As typed: `YYYY-MM-DD`, or empty for the day the note is made. */
  start: string;
}

/**
 * The answers checked and turned into the fields of the new note (for renderExercise's `fields`),
 * or the first thing to fix, said kindly, naming the field. `start` left empty is the note's date
 * (the template's empty `start:` says so); a later day is fine: nothing counts before it. Never throws.
 */
export function promiseFieldsFrom(answers: PromiseAnswers): { fields: Record<string, string | string[]> } | { problem: string; field: keyof PromiseAnswers } {
  const promise = answers.promise.replace(/\s+/g, ' ').trim();
  if (promise === '') return { field: 'promise', problem: 'Write the promise in a few words of your own, such as "Walk for 15 minutes".' };
  const atMost = answers.aim === 'at-most';
  const timesText = answers.times.trim() === '' ? (atMost ? '0' : '1') : answers.times.trim();
  const times = /^\d{1,4}$/.test(timesText) ? Number(timesText) : NaN;
  if (!Number.isInteger(times) || times < (atMost ? 0 : 1)) {
    return {
      field: 'times',
      problem: atMost
        ? 'How many times at most? A whole number: 0 for never, 1 for at most once, and so on.'
        : 'How many times? A whole number, 1 or more.',
    };
  }
  const start = answers.start.trim();
  if (start !== '' && !isDay(start)) return { field: 'start', problem: 'From when? A day written YYYY-MM-DD, such as 2026-11-30, or leave it empty for today.' };
  const fields: Record<string, string | string[]> = { promise, times: String(times), per: answers.per };
  if (start !== '') fields.start = start;
  if (atMost) {
    fields.aim = 'at-most';
    fields.slipped = [];
  }
  return { fields };
}
