/** The core's NoteStore over app.vault: never overwrites, and edits through vault.process (atomic). */
import { normalizePath, TFile, TFolder, type Vault } from 'obsidian';
import type { NoteStore } from '../core/ports';
import { nextFreePath } from '../core/templates/render';

export class VaultNoteStore implements NoteStore {
  constructor(private readonly vault: Vault) {}

  async list(): Promise<string[]> {
    return this.vault.getMarkdownFiles().map((f) => f.path);
  }

  async read(path: string): Promise<string> {
    return this.vault.cachedRead(this.fileAt(path));
  }

  async create(path: string, text: string): Promise<string> {
    const wanted = normalizePath(path);
    const slash = wanted.lastIndexOf('/');
    if (slash > 0) await this.ensureFolder(wanted.slice(0, slash));
    // Two tries: another device may sync in a note of the same name between the check and the write.
    for (let attempt = 0; ; attempt++) {
      const free = nextFreePath(wanted, (p) => this.taken(p));
      try {
        await this.vault.create(free, text);
        return free;
      } catch (e) {
        if (attempt > 0 || !this.taken(free)) throw e;
      }
    }
  }

  async process(path: string, edit: (text: string) => string | undefined): Promise<void> {
    await this.vault.process(this.fileAt(path), (text) => edit(text) ?? text);
  }

  private fileAt(path: string): TFile {
    const file = this.vault.getAbstractFileByPath(normalizePath(path));
    if (!(file instanceof TFile)) throw new Error(`The note "${path}" is no longer in your vault.`);
    return file;
  }

  /** Case-insensitive too: on macOS and Windows `a.md` and `A.md` are the same file. */
  private taken(path: string): boolean {
    if (this.vault.getAbstractFileByPath(path)) return true;
    const slash = path.lastIndexOf('/');
    const folder = slash > 0 ? this.vault.getAbstractFileByPath(path.slice(0, slash)) : this.vault.getRoot();
    const lower = path.toLowerCase();
    return folder instanceof TFolder && folder.children.some((c) => c.path.toLowerCase() === lower);
  }

  private async ensureFolder(folder: string): Promise<void> {
    const existing = this.vault.getAbstractFileByPath(folder);
    if (existing instanceof TFolder) return;
    if (existing) throw new Error(`"${folder}" is a file, so notes cannot go in it: choose another notes folder in the settings.`);
    await this.vault.createFolder(folder);
  }
}
