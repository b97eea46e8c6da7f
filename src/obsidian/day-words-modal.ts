/**
 * A word on the day (issue 12): after a promise is picked for a log, a small prompt for a few words
 * ("walked with Sam", "dentist"). They are optional: left empty, the day is logged without words.
 * A missed day's words are required (`required`): left empty, the prompt stays open and says so.
 * Closing the prompt (Escape) logs nothing, as closing the picker does.
 */
import { Modal, Setting, type App } from 'obsidian';

export interface DayWordsQuestion {
  title: string;
  /** What the words are for, e.g. "A few words for the day?". */
  question: string;
  placeholder: string;
  /** The button's text, e.g. "Log it". */
  action: string;
  /** When the words are required: the line under the question, and what to say when none are given. */
  required?: { hint: string; problem: string };
}

export class DayWordsModal extends Modal {
  private words = '';
  private done = false;
  private problemEl: HTMLElement | null = null;

  /** `onDone` gets the words (trimmed, '' when none), or null when the prompt was closed. */
  constructor(
    app: App,
    private readonly ask: DayWordsQuestion,
    private readonly onDone: (words: string | null) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.ask.title);
    new Setting(this.contentEl)
      .setName(this.ask.question)
      .setDesc(this.ask.required?.hint ?? 'Optional: leave it empty to log the day without words.')
      .addText((text) => {
        text.setPlaceholder(this.ask.placeholder).onChange((value) => (this.words = value));
        text.inputEl.addEventListener('keydown', (event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            this.submit();
          }
        });
        // The person can type at once, or press Enter to log without words.
        text.inputEl.focus();
      });
    if (this.ask.required) this.problemEl = this.contentEl.createDiv({ cls: 'selftrust-form-problem' });
    new Setting(this.contentEl).addButton((button) => button.setButtonText(this.ask.action).setCta().onClick(() => this.submit()));
  }

  /** Closes with the words; required words left empty keep the prompt open with the problem under it. */
  submit(): void {
    if (this.ask.required && this.words.trim() === '') {
      if (this.problemEl) this.problemEl.textContent = this.ask.required.problem;
      return;
    }
    this.done = true;
    this.close();
    this.onDone(this.words.trim());
  }

  override onClose(): void {
    this.contentEl.empty?.();
    if (!this.done) this.onDone(null);
  }
}
