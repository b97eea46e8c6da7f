/** The pickers behind "Insert exercise here", "Log a kept promise" and "Mark a rest day". */
import { FuzzySuggestModal, SuggestModal, type App } from 'obsidian';
import type { Exercise } from '../core/catalog/exercises';
import { EXERCISES } from '../core/catalog/exercises';
import type { PromiseCard } from '../core/dashboard/model';
import { promiseNames } from '../core/edit/find-promise';
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
