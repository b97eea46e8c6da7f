/** The pickers behind "Insert exercise here", the log commands and the day of "Note what got in the way". */
import { FuzzySuggestModal, SuggestModal, type App } from 'obsidian';
import type { Exercise } from '../core/catalog/exercises';
import { EXERCISES } from '../core/catalog/exercises';
import type { PromiseCard } from '../core/dashboard/model';
import { promiseNames } from '../core/edit/find-promise';
import type { RecentDay } from '../core/edit/log-promise';
import { rankByMatch } from '../core/text-match';

export class ExerciseSuggestModal extends FuzzySuggestModal<Exercise> {
  constructor(
    app: App,
    private readonly choose: (exercise: Exercise) => void,
  ) {
    super(app);
    this.setPlaceholder('Choose an exercise to insert');
  }

  getItems(): Exercise[] {
    return [...EXERCISES];
  }

  getItemText(exercise: Exercise): string {
    return exercise.title;
  }

  onChooseItem(exercise: Exercise): void {
    this.choose(exercise);
  }
}

/** How a promise stands, in kind words: a streak of 0 is a fresh start, not a failure. */
export function promiseStanding(card: PromiseCard): string {
  const unit = card.streakUnit === 'week' ? 'week' : 'day';
  const streak =
    card.currentStreak === 0
      ? 'a fresh start'
      : `${card.currentStreak}-${unit} streak`;
  const period = card.per === 'week' ? 'this week' : 'today';
  const today = card.keptToday ? ', kept today' : card.restToday ? ', resting today' : '';
  return `${streak} · ${card.keptThisPeriod} of ${card.target} ${period}${today}`;
}

export class PromiseSuggestModal extends SuggestModal<PromiseCard> {
  constructor(
    app: App,
    private readonly promises: PromiseCard[],
    placeholder: string,
    private readonly choose: (card: PromiseCard) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = 'No active promise matches.';
  }

  /** The same matching as `selftrust log`: NFC, case folded, accents optional as a fallback; best matches first. */
  getSuggestions(query: string): PromiseCard[] {
    return rankByMatch(query, this.promises, promiseNames);
  }

  renderSuggestion(card: PromiseCard, el: HTMLElement): void {
    el.createDiv({ cls: 'selftrust-suggest-title', text: card.promise });
    el.createEl('small', { cls: 'selftrust-suggest-note', text: promiseStanding(card) });
  }

  onChooseSuggestion(card: PromiseCard): void {
    this.choose(card);
  }
}

/**
 * Which day, for a note after the fact: the days offered (today first), each with what its note lists;
 * a day typed in full (YYYY-MM-DD) is offered too, through `typed`, which says why it would be refused.
 */
export class DaySuggestModal extends SuggestModal<RecentDay> {
  constructor(
    app: App,
    private readonly days: RecentDay[],
    private readonly typed: (text: string) => RecentDay | undefined,
    placeholder: string,
    private readonly choose: (day: RecentDay) => void,
  ) {
    super(app);
    this.setPlaceholder(placeholder);
    this.emptyStateText = 'Type a day as YYYY-MM-DD, such as 2026-11-20.';
  }

  getSuggestions(query: string): RecentDay[] {
    const q = query.trim().toLowerCase();
    const matching = this.days.filter((d) => d.name.toLowerCase().includes(q) || d.day.includes(q));
    const own = this.typed(query.trim());
    return own && !matching.some((d) => d.day === own.day) ? [own, ...matching] : matching;
  }

  renderSuggestion(d: RecentDay, el: HTMLElement): void {
    el.createDiv({ cls: 'selftrust-suggest-title', text: d.name });
    const note = d.name === d.day ? d.listed : [d.day, d.listed].filter((t) => t !== '').join(' · ');
    if (note !== '') el.createEl('small', { cls: 'selftrust-suggest-note', text: note });
  }

  onChooseSuggestion(d: RecentDay): void {
    this.choose(d);
  }
}
