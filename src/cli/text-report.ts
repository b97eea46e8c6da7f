import type { DashboardModel, PromiseCard } from '../core/dashboard/model';
import { inline as one } from './terminal-text';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

function target(p: PromiseCard): string {
  const times = p.times === 1 ? 'once' : p.times === 2 ? 'twice' : `${p.times} times`;
  // An "I won't…" promise: its times are a limit (0: never).
  if (p.aim === 'at-most') return p.times === 0 ? 'never' : `at most ${times} a ${p.per}`;
  return `${times} a ${p.per}`;
}

/** Where an "I won't…" promise stands today or this week: "no slip so far", "1 slip", "3 slips, past the limit". */
/** "no slip so far", "1 slip of at most 2", "3 slips, past the limit of 2": always against the limit, as the dashboard says it. */
function slipsLine(p: PromiseCard): string {
  const n = p.slipsThisPeriod ?? 0;
  if (n === 0) return 'no slip so far';
  return p.overLimit || n > p.times ? `${plural(n, 'slip')}, past the limit of ${p.times}` : `${plural(n, 'slip')} of at most ${p.times}`;
}

function streakLine(p: PromiseCard): string {
  if (p.currentStreak === 0) {
    return p.bestStreak > 0 ? `fresh start (best ${plural(p.bestStreak, p.streakUnit)})` : 'ready for a first day';
  }
  return `streak ${plural(p.currentStreak, p.streakUnit)} (best ${plural(p.bestStreak, p.streakUnit)})`;
}

/**
 * The readable summary `selftrust report` prints: the dashboard's content, as plain text. What comes
 * from notes and file names is shown on one line each (its own newlines as `\n`), so it cannot forge
 * a line of the report; runCli escapes the remaining control characters on the way out.
 */
export function formatTextReport(model: DashboardModel): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`Self-trust practice, ${model.today}`);
  line(`${plural(model.counts.entries, 'note')} read${model.counts.problems ? `, ${plural(model.counts.problems, 'note')} to look at` : ''}.`);

  line();
  line('Promises');
  const promises = model.promises;
  if (promises.length === 0) line('  No promises yet. A good first step: make one small promise (selftrust new small-promise).');
  for (const p of promises) {
    const status = p.status === 'active' ? '' : ` [${p.status}]`;
    const period = p.per === 'day' ? 'today' : 'this week';
    line(`  ${one(p.promise)}${status}`);
    // A finished promise is its record; a paused one asks nothing (docs/schema.md, "Paused and done").
    if (p.status === 'done') {
      const span = p.lastKept === null ? `from ${p.start}, not kept` : `${p.start} to ${p.lastKept}`;
      line(`    ${target(p)}; finished: ${plural(p.keptDays, 'day')} kept, best streak ${plural(p.bestStreak, p.streakUnit)}, ${span}`);
    } else if (p.status === 'paused') {
      line(`    ${target(p)}; paused, nothing asked; ${p.currentStreak > 0 ? `streak on hold ${plural(p.currentStreak, p.streakUnit)} (best ${plural(p.bestStreak, p.streakUnit)})` : `best streak ${plural(p.bestStreak, p.streakUnit)}`}; strength ${pct(p.strength)}; last kept ${p.lastKept ?? 'never'}`);
    } else if (p.startsLater) {
      line(`    ${target(p)}; starts on ${p.start}: nothing is asked before then`);
    } else if (p.aim === 'at-most') {
      line(`    ${target(p)}; ${streakLine(p)}; strength ${pct(p.strength)}; last 4 weeks ${pct(p.keptRate)} within the limit; ${period} ${slipsLine(p)}${p.restToday ? '; resting today' : ''}`);
    } else {
      line(
        `    ${target(p)}; ${streakLine(p)}; strength ${pct(p.strength)}; last 4 weeks ${pct(p.keptRate)}; ${period} ${p.keptThisPeriod} of ${p.target}${p.restToday ? '; resting today' : ''}`,
      );
    }
  }
  // Notes made from a template and not filled in yet: waiting, not a problem.
  for (const d of model.drafts) line(`  Waiting for its words: ${one(d.path)} (${d.title.toLowerCase()})`);

  const values = model.values;
  if (values.values.length > 0) {
    line();
    line(`Values${values.source ? ` (from ${values.source.date})` : ''}`);
    for (const v of values.values) {
      line(`  ${v.rank}. ${one(v.name)}${v.alignment === null ? '' : ` ${v.alignment}/10`}${v.gap ? '  (matters a lot, got less room lately)' : ''}`);
    }
  }

  const week = model.weeks[0];
  if (week) {
    line();
    line(`This week (${week.label})`);
    const r = week.rollup;
    for (const p of r.promises) {
      // A week's days count once they end: on its first day none has ended yet ("0 of 0" would say nothing).
      if (p.aim === 'at-most') {
        const days = p.target === 0 ? 'no day of it ended yet' : `${p.kept} of ${p.target} within the limit`;
        line(`  ${one(p.promise)}: ${days}, ${plural(p.slips ?? 0, 'slip')}`);
      }
      else line(`  ${one(p.promise)}: ${p.kept} of ${p.target}`);
    }
    // The words on missed days and slips: they change no number (docs/schema.md, "A word on the day").
    if (r.inTheWay?.length) {
      line('  What got in the way:');
      for (const w of r.inTheWay) line(`    ${w.date} ${one(w.promise)}: ${one(w.words)}`);
    }
    if (r.emotions.length) line(`  Emotions: ${r.emotions.map((e) => `${one(e.name)} ×${e.count}`).join(', ')}`);
    if (r.lessons.length) line(`  Lessons: ${r.lessons.length}`);
    if (r.boundaries.total) line(`  Boundaries held: ${r.boundaries.held} of ${r.boundaries.total}`);
    if (r.mindfulness.sessions) line(`  Mindfulness: ${plural(r.mindfulness.sessions, 'session')}, ${r.mindfulness.minutes} min`);
    if (week.reflection) {
      const { rating, wins, adjust } = week.reflection;
      const empty = rating === null && wins.length === 0 && adjust.length === 0;
      line(`  Reflection${rating !== null ? `: self-trust ${rating}/10` : empty ? ': started, nothing filled in yet' : ''}`);
      for (const w of week.reflection.wins) line(`    + ${one(w)}`);
      for (const a of week.reflection.adjust) line(`    ~ ${one(a)}`);
    }
  }

  if (model.emotions.items.length > 0) {
    line();
    line(`Emotions since ${model.emotions.since}`);
    for (const e of model.emotions.items.slice(0, 8)) {
      line(`  ${one(e.name)} ×${e.count}${e.meanIntensity === null ? '' : `, intensity ${e.meanIntensity.toFixed(1)}`}`);
    }
  }

  if (model.lessons.length > 0) {
    line();
    line('Lessons learned');
    for (const l of model.lessons.slice(0, 5)) line(`  ${l.date} ${one(l.lesson ?? l.mistake ?? '')}${l.applied ? ' (applied)' : ''}`);
  }

  if (model.goals.active.length + model.goals.reached.length > 0) {
    line();
    line('Goals');
    for (const g of model.goals.active) line(`  ${one(g.goal)}${g.status === 'paused' ? ' [paused]' : ''}`);
    for (const g of model.goals.reached) line(`  ${one(g.goal)} (${g.status === 'reached' ? `reached${g.reached ? ' ' + g.reached : ''}` : g.status})`);
  }

  const check = model.checkIn;
  if (check.latest) {
    line();
    line(`Self-trust check-in (${check.latest.date})`);
    for (const el of check.elements) {
      const score = check.latest.scores[el.id];
      const change = check.change[el.id];
      const delta = change === null || change === 0 ? '' : ` (${change > 0 ? '+' : ''}${change})`;
      line(`  ${el.label}: ${score === null ? '-' : `${score}/5`}${delta}`);
    }
  }

  if (model.problems.length > 0) {
    line();
    line('Notes that could not be read fully');
    for (const p of model.problems) line(`  ${one(p.path)}: ${one(p.message)}`);
  }

  line();
  line(model.help.disclaimer);
  for (const r of model.help.resources) line(`  ${r.name}: ${r.detail}`);
  return out.join('\n') + '\n';
}
