/**
 * The promise first, then the note (issue 12): a small form asking what you promise yourself, whether
 * it is something you will do or won't, how often and from when. The answers are checked by the core
 * (promiseFieldsFrom) so every host asks and refuses alike; a problem is shown under the form, kindly.
 */
import { Modal, Setting, type App } from 'obsidian';
import type { PromiseAnswers } from '../core/edit/new-promise-fields';
import type { PromiseAim, PromisePer } from '../core/entry';

type Check = (answers: PromiseAnswers) => { fields: Record<string, string | string[]> } | { problem: string };

export class NewPromiseModal extends Modal {
  private readonly answers: PromiseAnswers = { promise: '', aim: 'at-least', times: '1', per: 'day', start: '' };
  private problemEl: HTMLElement | null = null;
  private done = false;

  /** `onDone` gets the note's fields, or null when the form was closed without making the promise. */
  constructor(
    app: App,
    private readonly check: Check,
    private readonly onDone: (fields: Record<string, string | string[]> | null) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle('Make a small promise');
    const { contentEl } = this;
    const submitOnEnter = (input: HTMLInputElement): void => {
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          this.submit();
        }
      });
    };
    new Setting(contentEl)
      .setName('What do you promise yourself?')
      .setDesc('In your own words, small enough to keep on a tired day. The note is named after it.')
      .addText((text) => {
        text.setPlaceholder('Walk for 15 minutes after lunch').onChange((value) => (this.answers.promise = value));
        submitOnEnter(text.inputEl);
      });
    new Setting(contentEl)
      .setName('Something you will do, or won\'t?')
      .addDropdown((dropdown) =>
        dropdown
          .addOptions({ 'at-least': 'I will do it', 'at-most': 'I won\'t (at most a few times)' })
          .setValue('at-least')
          .onChange((value) => {
            this.answers.aim = value as PromiseAim;
            // "I won't…" starts at never; a promise to do something at once.
            if (this.answers.times === '1' && value === 'at-most') this.answers.times = '0';
            else if (this.answers.times === '0' && value === 'at-least') this.answers.times = '1';
            timesInput?.setValue(this.answers.times);
          }),
      );
    let timesInput: { setValue(value: string): unknown } | undefined;
    new Setting(contentEl)
      .setName('How often?')
      .setDesc('Times a day or a week; for something you won\'t do, the most times (0 means never).')
      .addText((text) => {
        timesInput = text;
        text.setValue(this.answers.times).onChange((value) => (this.answers.times = value));
        text.inputEl.inputMode = 'numeric';
        submitOnEnter(text.inputEl);
      })
      .addDropdown((dropdown) =>
        dropdown
          .addOptions({ day: 'a day', week: 'a week' })
          .setValue('day')
          .onChange((value) => (this.answers.per = value as PromisePer)),
      );
    new Setting(contentEl)
      .setName('From when?')
      .setDesc('A day like 2026-11-30; empty for today.')
      .addText((text) => {
        text.setPlaceholder('Today').onChange((value) => (this.answers.start = value));
        submitOnEnter(text.inputEl);
      });
    this.problemEl = contentEl.createDiv({ cls: 'selftrust-form-problem' });
    new Setting(contentEl).addButton((button) => button.setButtonText('Make the promise').setCta().onClick(() => this.submit()));
  }

  /** Checks the answers: a problem stays in the form to fix; good answers close it and make the note. */
  submit(): void {
    const checked = this.check(this.answers);
    if ('problem' in checked) {
      if (this.problemEl) this.problemEl.textContent = checked.problem;
      return;
    }
    this.done = true;
    this.close();
    this.onDone(checked.fields);
  }

  override onClose(): void {
    this.contentEl.empty?.();
    if (!this.done) this.onDone(null);
  }
}
