/**
 * The core's NoteStore over app.vault: never overwrites, and edits a note where the user sees it. A
 * note open in an editor is changed through that editor (Obsidian's plugin guidelines: "Prefer the
 * Editor API instead of Vault.modify to the active file": the editor keeps the cursor, selection and
 * folds, and saves the change itself with whatever the user typed; a write to the file instead makes
 * the editor reload it, which loses all of that). Any other note is edited through vault.process
 * (atomic).
 *
 * An edit first reads the note's bytes and decodes them strictly as UTF-8: the text vault.process or
 * the editor holds was decoded by Obsidian with replacement characters (the Latin-1 "é", byte E9,
 * becomes "�"), and writing it back would lose the user's letters for good.
 */
import { MarkdownView, normalizePath, TFile, TFolder, type Editor, type Vault, type Workspace } from 'obsidian';
import { firstBadByte, notUtf8Clause } from '../core/parse/utf8-bytes';
import type { NoteStore } from '../core/ports';
import { nextFreePath } from '../core/templates/render';

/** Fatal on the first byte that is not UTF-8; a BOM stays in the text, as Obsidian's own read keeps it. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * A note whose bytes are not UTF-8 text: it is refused for any edit. The message names the note and
 * the first such byte, in the words the CLI uses (src/cli/strict-utf8.ts).
 */
export class NotUtf8NoteError extends Error {
  constructor(
    readonly path: string,
    bytes: Uint8Array,
  ) {
    super(
      `"${path}" ${notUtf8Clause(firstBadByte(bytes))}, so it was not changed. ` +
        'Save it as UTF-8 (most editors offer "Save with encoding") and try again.',
    );
    this.name = 'NotUtf8NoteError';
  }
}

function replacements(text: string): number {
  return text.split('\uFFFD').length - 1;
}

/**
 * The smallest change that turns `before` into `after`: the common start and end are kept, so only
 * the characters in between are replaced. A surrogate pair is never split.
 */
export function smallestChange(before: string, after: string): { from: number; to: number; insert: string } {
  const limit = Math.min(before.length, after.length);
  let start = 0;
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < limit - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export class VaultNoteStore implements NoteStore {
  /** Without a workspace (tests of the store alone), every edit goes through vault.process. */
  constructor(
    private readonly vault: Vault,
    private readonly workspace?: Workspace,
  ) {}

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

  /**
   * Edits the note, after checking its bytes are UTF-8 text; throws NotUtf8NoteError (and changes
   * nothing) when they are not. A note open in an editor is edited there, by the smallest change
   * (the editor saves it); any other through vault.process.
   */
  async process(path: string, edit: (text: string) => string | undefined): Promise<void> {
    const file = this.fileAt(path);
    const bytes = new Uint8Array(await this.vault.readBinary(file));
    let strict: string;
    try {
      strict = strictUtf8.decode(bytes);
    } catch {
      throw new NotUtf8NoteError(file.path, bytes);
    }
    // Looked up after the read: the note may have been opened or closed meanwhile.
    const editor = this.openEditor(file);
    if (editor) {
      const text = editor.getValue();
      if (replacements(text) > replacements(strict)) throw new NotUtf8NoteError(file.path, bytes);
      const next = edit(text);
      if (next === undefined || next === text) return;
      const change = smallestChange(text, next);
      editor.replaceRange(change.insert, editor.offsetToPos(change.from), editor.offsetToPos(change.to));
      return;
    }
    let replaced = false;
    await this.vault.process(file, (text) => {
      // More "�" than the bytes hold: the note was rewritten with other bytes since they were read.
      if (replacements(text) > replacements(strict)) {
        replaced = true;
        return text;
      }
      return edit(text) ?? text;
    });
    if (replaced) throw new NotUtf8NoteError(file.path, new Uint8Array(await this.vault.readBinary(file)));
  }

  /** The editor of a markdown view showing the note, in any window; null when it is not open. */
  private openEditor(file: TFile): Editor | null {
    if (!this.workspace) return null;
    for (const leaf of this.workspace.getLeavesOfType('markdown')) {
      const view = leaf.view;
      if (view instanceof MarkdownView && view.file?.path === file.path) return view.editor;
    }
    return null;
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
