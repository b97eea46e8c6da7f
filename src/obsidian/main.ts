/**
 * The plugin's lifecycle and composition root: it builds the adapters and registers everything.
 * Nothing is read or drawn at load: the first index waits for the layout, and the dashboard (with
 * chart.js) only when it is opened.
 */
import { Notice, Plugin } from 'obsidian';
import { localDayOf } from '../core/day';
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
  override async onload(): Promise<void> {
    const loaded = readSettings(await this.loadData());
    if (loaded.problems.length > 0) {
      new Notice(`Self-trust practice: some saved settings were not valid, so their defaults are used. ${loaded.problems.join(' ')}`);
    }
    let settings: Settings = loaded.settings;
    let settingsRevision = 0;

    const clock: Clock = { today: () => localDayOf(new Date()) };
    const index = new NoteIndex();
    const live = this.addChild(new LiveIndex(this.app, index));
    const host: PracticeHost = {
      app: this.app,
      clock,
      index,
      live,
      store: new VaultNoteStore(this.app.vault),
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

    this.registerView(VIEW_TYPE_DASHBOARD, (leaf) => new DashboardView(leaf, host, commands));
    registerCommands(this, commands);
    this.addRibbonIcon(DASHBOARD_ICON, 'Open self-trust dashboard', () => void commands.guard(() => commands.openDashboard()));
    this.addSettingTab(new SelfTrustSettingTab(this.app, this, host));
  }
}
