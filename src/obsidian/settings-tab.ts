/**
 * The settings tab. Text fields are checked when the user leaves them (Enter or Tab): a bad value
 * gets a notice saying why, the field shows the old value again, and nothing is saved.
 */
import { Notice, PluginSettingTab, Setting, type App, type Plugin, type TextComponent } from 'obsidian';
import type { SectionId, Settings } from '../core/ports';
import { SECTION_IDS } from '../core/ports';
import type { PracticeHost } from './practice-host';
import { checkFileNamePattern, checkFolder, checkWeekStart, type Checked } from '../core/settings-rules';

const SECTION_NAMES: Record<SectionId, string> = {
  promises: 'Promises',
  values: 'Values',
  weeks: 'Weekly reflections',
  emotions: 'Emotions',
  lessons: 'Lessons learned',
  goals: 'Goals',
  checkIn: 'Self-trust check-in',
  practice: 'Practice',
  exercises: 'Exercises',
};

type TextKey = 'notesFolder' | 'fileNamePattern' | 'templateFolder';

// Declarative settings (getSettingDefinitions) arrive in Obsidian 1.13, whose types this project does not
// have yet; on 1.13 they replace display(), and with it the check-on-leave behaviour below.
export class SelfTrustSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly host: PracticeHost,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const s = this.host.settings();

    new Setting(containerEl)
      .setName('Notes folder')
      .setDesc('Where new notes go, inside your vault.')
      .addText((text) => this.textField(text, 'notesFolder', s.notesFolder, (v) => checkFolder('The notes folder', v)));

    new Setting(containerEl)
      .setName('File name')
      .setDesc('The name of a new note. {date} is required; {title}, {id} and {week} are optional.')
      .addText((text) => this.textField(text, 'fileNamePattern', s.fileNamePattern, checkFileNamePattern));

    new Setting(containerEl)
      .setName('Template folder')
      .setDesc('Keep a note named after an exercise here (for example small-promise.md) to use it instead of the built-in template.')
      .addText((text) => this.textField(text, 'templateFolder', s.templateFolder, (v) => checkFolder('The template folder', v)));

    new Setting(containerEl)
      .setName('Week starts on')
      .setDesc('For weekly promises, reflections and the calendars.')
      .addDropdown((dropdown) =>
        dropdown
          .addOption('monday', 'Monday')
          .addOption('sunday', 'Sunday')
          .setValue(s.weekStart)
          .onChange(async (value) => {
            const checked = checkWeekStart(value);
            if (!checked.ok) {
              new Notice(checked.message);
              dropdown.setValue(this.host.settings().weekStart);
              return;
            }
            await this.save({ ...this.host.settings(), weekStart: checked.value });
          }),
      );

    new Setting(containerEl).setName('Dashboard').setHeading();
    for (const id of SECTION_IDS) {
      new Setting(containerEl).setName(SECTION_NAMES[id]).addToggle((toggle) =>
        toggle.setValue(s.sections[id]).onChange(async (on) => {
          const current = this.host.settings();
          await this.save({ ...current, sections: { ...current.sections, [id]: on } });
        }),
      );
    }
  }

  private textField(text: TextComponent, key: TextKey, value: string, check: (raw: string) => Checked<string>): void {
    text.setValue(value);
    // 'change' fires when the field is left, not on every keystroke: no notice while typing.
    text.inputEl.addEventListener('change', () => {
      const checked = check(text.getValue());
      if (!checked.ok) {
        new Notice(checked.message);
        text.setValue(this.host.settings()[key]);
        return;
      }
      text.setValue(checked.value);
      if (checked.value !== this.host.settings()[key]) void this.save({ ...this.host.settings(), [key]: checked.value });
    });
  }

  private async save(next: Settings): Promise<void> {
    try {
      await this.host.saveSettings(next);
    } catch (e) {
      new Notice(`The settings could not be saved: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
}
