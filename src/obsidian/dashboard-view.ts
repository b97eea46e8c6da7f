/**
 * The sidebar dashboard: the shared renderer drawing the core's model, in Obsidian's theme colours
 * (theme-obsidian.css maps the renderer's --st-* variables). It redraws only when the notes (with
 * the daily notes' check-ins), the day or the settings changed; the charts take the new colours when
 * Obsidian's CSS changes (a theme, light or dark, a snippet), and the whole dashboard is drawn again when the view moves to another
 * window (a popout has its own observers, size and pixel ratio, which the renderer takes from it).
 */
import { ItemView, type ViewStateResult, type WorkspaceLeaf } from 'obsidian';
import { buildDashboard } from '../core/dashboard/build-dashboard';
import { collapsedFromState, renderDashboard, type DashboardActions, type DashboardHandle } from '../ui/render-dashboard';
import { VIEW_TYPE_DASHBOARD, type PracticeCommands } from './commands';
import type { PracticeHost } from './practice-host';

export const DASHBOARD_ICON = 'heart-handshake';

/** How often the view checks whether the day turned over while it stays open. */
const DAY_CHECK_MS = 60_000;

export class DashboardView extends ItemView {
  private handle: DashboardHandle | null = null;
  private drawnKey = '';
  /** Sections folded away: part of the view's state, which Obsidian keeps in the workspace layout. */
  private collapsed: string[] = [];

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: PracticeHost,
    private readonly commands: PracticeCommands,
  ) {
    super(leaf);
    this.icon = DASHBOARD_ICON;
  }

  getViewType(): string {
    return VIEW_TYPE_DASHBOARD;
  }

  getDisplayText(): string {
    return 'Self-trust dashboard';
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), collapsed: this.handle?.collapsed() ?? this.collapsed };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const saved = state !== null && typeof state === 'object' ? (state as { collapsed?: unknown }).collapsed : undefined;
    this.collapsed = collapsedFromState(saved);
    this.handle?.setCollapsed(this.collapsed);
    await super.setState(state, result);
  }

  protected override async onOpen(): Promise<void> {
    this.contentEl.addClass('selftrust-view');
    this.register(this.host.live.onChange(() => this.refresh()));
    // Daily-note settings changed while the dashboard was closed (no event reaches every platform).
    this.host.live.checkDailyNoteSettings();
    // Switching Obsidian's theme changes its CSS variables only: no media query fires for it.
    this.registerEvent(this.app.workspace.on('css-change', () => this.handle?.retheme()));
    this.register(this.contentEl.onWindowMigrated(() => this.redrawFromScratch()));
    this.registerInterval(
      window.setInterval(() => {
        this.refresh();
        this.host.live.checkDailyNoteSettings();
      }, DAY_CHECK_MS),
    );
    this.refresh();
  }

  protected override async onClose(): Promise<void> {
    this.handle?.destroy();
    this.handle = null;
    this.drawnKey = '';
    this.contentEl.empty();
  }

  /** Draws everything anew, with the observers and timers of the window the view is in now. */
  private redrawFromScratch(): void {
    this.handle?.destroy();
    this.handle = null;
    this.drawnKey = '';
    this.contentEl.empty();
    this.refresh();
  }

  /** Draws the dashboard when what it shows may have changed. */
  refresh(): void {
    if (!this.host.live.ready) {
      if (this.contentEl.childElementCount === 0) {
        this.contentEl.createDiv({ cls: 'selftrust-loading', text: 'Reading your notes…' });
      }
      return;
    }
    const today = this.host.clock.today();
    const key = `${this.host.index.revision}|${today}|${this.host.settingsRevision()}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    const model = buildDashboard(this.host.index, today, this.host.settings());
    if (this.handle) {
      this.handle.update(model);
    } else {
      this.contentEl.empty();
      this.handle = renderDashboard(this.contentEl, model, this.actions(), {
        collapsed: this.collapsed,
        onCollapsedChange: (ids) => {
          this.collapsed = ids;
          // Obsidian writes each view's getState() into the layout when asked.
          void this.app.workspace.requestSaveLayout();
        },
      });
    }
  }

  private actions(): DashboardActions {
    const c = this.commands;
    return {
      openNote: (path) => void c.guard(() => c.openNote(path)),
      // startExercise asks a small promise's words first (issue 12); every other exercise starts from its template.
      startExercise: (id) => void c.guard(() => c.startExercise(id)),
      logPromise: (path, action) => void c.guard(() => c.logPromise(path, action)),
      rereadLetter: () => void c.guard(() => c.rereadLetter()),
    };
  }
}
