/**
 * The plugin's lifecycle and composition root: it builds the adapters and registers everything.
 * Nothing is read or drawn at load: the first index waits for the layout, and the dashboard (with
 * chart.js) only when it is opened.
 */
import { Notice, Plugin } from 'obsidian';
import { localDayOf } from '../core/day';
import { DailyNoteOverlay } from '../core/index/daily-note-overlay';
import { NoteIndex } from '../core/index/note-index';
import type { Clock, Settings } from '../core/ports';
import { PracticeCommands, registerCommands, VIEW_TYPE_DASHBOARD } from './commands';
import { DASHBOARD_ICON, DashboardView } from './dashboard-view';
import { LiveIndex } from './live-index';
import type { PracticeHost } from './practice-host';
import { readSettings } from '../core/settings-rules';
import { SelfTrustSettingTab } from './settings-tab';
import { VaultNoteStore } from './vault-adapter';

export default class SelfTrustPlugin extends Plugin {
  /** Set in onload: takes in settings read from data.json again (see onExternalSettingsChange). */
  private applySettings: ((next: Settings) => void) | null = null;

  override async onload(): Promise<void> {
    const loaded = readSettings(await this.loadData());
    if (loaded.problems.length > 0) {
      new Notice(`Self-trust practice: some saved settings were not valid, so their defaults are used. ${loaded.problems.join(' ')}`);
    }
    let settings: Settings = loaded.settings;
    let settingsRevision = 0;

    const clock: Clock = { today: () => localDayOf(new Date()) };
    const index = new NoteIndex();
    // What the dashboard and the commands read: our notes with the daily notes' check-ins (issue 12).
    const withDailyNotes = new DailyNoteOverlay(index);
    const live = this.addChild(new LiveIndex(this.app, index, withDailyNotes));
    const host: PracticeHost = {
      app: this.app,
      clock,
      index: withDailyNotes,
      live,
      store: new VaultNoteStore(this.app.vault, this.app.workspace),
      settings: () => settings,
      settingsRevision: () => settingsRevision,
      saveSettings: async (next) => {
        await this.saveData(next);
        settings = next;
        settingsRevision++;
        live.notify();
      },
    };
    const commands = new PracticeCommands(host);
    const settingTab = new SelfTrustSettingTab(this.app, this, host);

    this.applySettings = (next) => {
      if (JSON.stringify(next) === JSON.stringify(settings)) return;
      settings = next;
      settingsRevision++;
      live.notify();
      // An open settings tab shows the new values, so leaving a field does not save an old one back.
      if (settingTab.containerEl.isConnected) settingTab.display();
    };
    this.register(() => {
      this.applySettings = null;
    });

    this.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, host, commands));
    registerCommands(this, commands);
    this.addRibbonIcon(DASHBOARD_ICON, 'Open self-trust dashboard', () => void commands.guard(() => commands.openDashboard()));
    this.addSettingTab(settingTab);
  }

  /**
   * Obsidian calls this when data.json changed on disk from outside: "a Sync service or external
   * program has modified the plugin settings" (obsidian.d.ts). The file is read and checked as at
   * load, its values take effect (the dashboard redraws with them) and the next save starts from
   * them, so settings made on another device are not overwritten with this one's old values. Bad
   * values get their defaults and a notice; the file itself is left as it is.
   */
  override async onExternalSettingsChange(): Promise<void> {
    let data: unknown;
    try {
      data = await this.loadData();
    } catch (e) {
      new Notice(`Self-trust practice: the settings changed on disk but could not be read, so the current ones stay. ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const loaded = readSettings(data);
    if (loaded.problems.length > 0) {
      new Notice(`Self-trust practice: some settings changed on disk are not valid, so their defaults are used. ${loaded.problems.join(' ')}`);
    }
    this.applySettings?.(loaded.settings);
  }
}
