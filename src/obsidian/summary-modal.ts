/**
 * "Prepare a session summary": the person chooses the period and the sections, then the summary is
 * written as a new note for them to read over (commands.ts). Nothing is sent anywhere.
 */
import { Modal, Setting, type App } from 'obsidian';
import { parseDay, type Day } from '../core/day';
import { SUMMARY_SECTIONS, type SummaryPeriod, type SummarySectionId } from '../core/summary/summary-options';

/** What the person chose. */
export interface SummaryChoice {
  from: Day;
  to: Day;
  sections: SummarySectionId[];
}

const CUSTOM = 'custom';

export class SessionSummaryModal extends Modal {
  private from: string;
  private to: string;
  private readonly sections = new Set<SummarySectionId>(SUMMARY_SECTIONS.map((s) => s.id));
  private messageEl: HTMLElement | null = null;

  /** `periods` are offered in a list (the first is chosen); `submit` gets the choice once it reads well. */
  constructor(
    app: App,
    private readonly periods: readonly SummaryPeriod[],
    private readonly submit: (choice: SummaryChoice) => void,
    chosen: SummaryPeriod['id'] = 'last-4-weeks',
  ) {
    super(app);
    const first = periods.find((p) => p.id === chosen) ?? periods[0];
    this.from = first?.from ?? '';
    this.to = first?.to ?? '';
  }

  override onOpen(): void {
    const { contentEl } = this;
    this.setTitle('Prepare a session summary');
    contentEl.createEl('p', {
      text: 'Choose a period and what to include. The summary is written as a new note in your notes folder, for you to read over and change as you like. Nothing is sent anywhere.',
    });

    let fromText: { setValue(value: string): unknown } | null = null;
    let toText: { setValue(value: string): unknown } | null = null;
    let periodDropdown: { setValue(value: string): unknown } | null = null;
    const chosenId = this.periods.find((p) => p.from === this.from && p.to === this.to)?.id ?? CUSTOM;
    new Setting(contentEl).setName('Period').addDropdown((dropdown) => {
      periodDropdown = dropdown;
      for (const p of this.periods) dropdown.addOption(p.id, `${p.label} (${p.from} to ${p.to})`);
      dropdown.addOption(CUSTOM, 'Other days');
      dropdown.setValue(chosenId);
      dropdown.onChange((id) => {
        const period = this.periods.find((p) => p.id === id);
        if (!period) return;
        this.from = period.from;
        this.to = period.to;
        fromText?.setValue(period.from);
        toText?.setValue(period.to);
      });
    });
    const typed = (): void => {
      const match = this.periods.find((p) => p.from === this.from && p.to === this.to);
      periodDropdown?.setValue(match?.id ?? CUSTOM);
    };
    new Setting(contentEl).setName('From').setDesc('The first day, written like 2026-11-02.').addText((text) => {
      fromText = text;
      text.setValue(this.from).onChange((value) => {
        this.from = value.trim();
        typed();
      });
    });
    new Setting(contentEl).setName('To').setDesc('The last day, written like 2026-11-26.').addText((text) => {
      toText = text;
      text.setValue(this.to).onChange((value) => {
        this.to = value.trim();
        typed();
      });
    });

    new Setting(contentEl).setName('Include').setHeading();
    for (const section of SUMMARY_SECTIONS) {
      new Setting(contentEl)
        .setName(section.title)
        .setDesc(section.hint)
        .addToggle((toggle) =>
          toggle.setValue(this.sections.has(section.id)).onChange((on) => {
            if (on) this.sections.add(section.id);
            else this.sections.delete(section.id);
          }),
        );
    }

    this.messageEl = contentEl.createEl('p', { cls: 'selftrust-summary-message' });
    new Setting(contentEl).addButton((button) =>
      button
        .setButtonText('Prepare summary')
        .setCta()
        .onClick(() => this.done()),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  /** Checks the choice; says what is wrong in the modal, or hands it over and closes. */
  private done(): void {
    const from = parseDay(this.from);
    const to = parseDay(this.to);
    const problem =
      from === undefined || from !== this.from
        ? `"${this.from}" is not a day: write the first day as YYYY-MM-DD, such as 2026-11-02.`
        : to === undefined || to !== this.to
          ? `"${this.to}" is not a day: write the last day as YYYY-MM-DD, such as 2026-11-26.`
          : from > to
            ? 'The period starts after it ends: choose a first day before the last.'
            : this.sections.size === 0
              ? 'Choose at least one part to include.'
              : null;
    if (problem !== null || from === undefined || to === undefined) {
      this.messageEl?.setText(problem ?? '');
      return;
    }
    const sections = SUMMARY_SECTIONS.map((s) => s.id).filter((id) => this.sections.has(id));
    this.close();
    this.submit({ from, to, sections });
  }
}
