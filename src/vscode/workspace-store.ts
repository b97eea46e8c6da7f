import * as vscode from 'vscode';
import { firstBadByte, notUtf8Clause, type BadByte } from '../core/parse/utf8-bytes';
import type { NoteStore } from '../core/ports';
import { nextFreePath } from '../core/templates/render';
import { noteFilesFor, type NoteFiles } from './note-files';
import { isNoteFolder, isNotePath } from './note-paths';

export { isNoteFolder, isNotePath };

const encoder = new TextEncoder();
/** Fatal on the first byte that is not UTF-8; a BOM stays in the text, so writing it back keeps it. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** For a note that is not UTF-8: what can be read of it (each bad sequence as U+FFFD), never written back. */
const lossyUtf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * A note whose bytes are not UTF-8 text (a Latin-1 "é" is the single byte E9). Decoding it would
 * turn such bytes into "�", and writing that back would lose the user's letters for good: it is
 * never edited, and the index lists it as a note to check.
 */
export class NotUtf8NoteError extends Error {
  readonly bad: BadByte | undefined;
  constructor(
    readonly vaultPath: string,
    readonly bytes: Uint8Array,
  ) {
    const bad = firstBadByte(bytes);
    super(`${vaultPath} ${notUtf8Clause(bad)}, so it was not changed. ${SAVE_AS_UTF8}`);
    this.name = 'NotUtf8NoteError';
    this.bad = bad;
  }

  /** What the index can read of the note, for its days to count: each bad sequence becomes U+FFFD. */
  lossyText(): string {
    return lossyUtf8.decode(this.bytes);
  }

  /** The problem the dashboard lists under "Notes to check", in the CLI's words (src/cli/strict-utf8.ts). */
  problem(): string {
    return `This note ${notUtf8Clause(this.bad)}, so Self-Trust will not change it. ${SAVE_AS_UTF8}`;
  }
}

const SAVE_AS_UTF8 = 'Save it as UTF-8 (most editors offer "Save with encoding") and try again.';

/** The note's text, decoded strictly as UTF-8; throws NotUtf8NoteError when its bytes are not UTF-8. */
export function decodeNote(vaultPath: string, bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new NotUtf8NoteError(vaultPath, bytes);
  }
}

/** The vault is one workspace folder; notes are named by vault-relative paths with `/`. */
export class WorkspaceStore implements NoteStore {
  /** The edit of each note in progress, so that two edits of one note run one after the other. */
  private readonly editing = new Map<string, Promise<unknown>>();

  /**
   * @param files how notes are read: by default Node's fs for a `file:` vault, workspace.fs for any
   *   other (see noteFilesFor). Writes always go through workspace.fs.
   */
  constructor(
    readonly root: vscode.Uri,
    readonly files: NoteFiles = noteFilesFor(root),
  ) {}

  uriOf(vaultPath: string): vscode.Uri {
    const parts = vaultPath.split('/');
    if (parts.some((p) => p === '..')) throw new Error(`"${vaultPath}" is outside the vault.`);
    return vscode.Uri.joinPath(this.root, ...parts.filter((p) => p !== '' && p !== '.'));
  }

  /** The vault path of a uri, or undefined when it is not inside the vault. */
  pathOf(uri: vscode.Uri): string | undefined {
    if (uri.scheme !== this.root.scheme || uri.authority !== this.root.authority) return undefined;
    const base = this.root.path.endsWith('/') ? this.root.path : `${this.root.path}/`;
    return uri.path.startsWith(base) ? uri.path.slice(base.length) : undefined;
  }

  /**
   * Every note path in the vault, sorted; or, given a folder (vault-relative), every note path
   * under it. A folder that is not there, or is a file, holds none.
   */
  list(under = ''): Promise<string[]> {
    return this.files.list(under);
  }

  /** The note's text, decoded strictly: throws NotUtf8NoteError when its bytes are not UTF-8 text. */
  async read(vaultPath: string): Promise<string> {
    return decodeNote(vaultPath, (await this.files.read(vaultPath)).bytes);
  }

  async exists(vaultPath: string): Promise<boolean> {
    try {
      await vscode.workspace.fs.stat(this.uriOf(vaultPath));
      return true;
    } catch {
      return false;
    }
  }

  /** Never overwrites: when the name is taken (say, by a note that arrived by sync), the next free one is used. */
  async create(vaultPath: string, text: string): Promise<string> {
    const slash = vaultPath.lastIndexOf('/');
    const folder = slash === -1 ? '' : vaultPath.slice(0, slash);
    if (folder !== '') await vscode.workspace.fs.createDirectory(this.uriOf(folder));
    const taken = new Set<string>();
    try {
      for (const [name] of await vscode.workspace.fs.readDirectory(folder === '' ? this.root : this.uriOf(folder))) {
        taken.add((folder === '' ? name : `${folder}/${name}`).toLowerCase());
      }
    } catch {
      // A folder we cannot list holds nothing we could clobber.
    }
    // Lower case: on macOS and Windows `Note.md` and `note.md` are the same file.
    const path = nextFreePath(vaultPath, (p) => taken.has(p.toLowerCase()));
    if (await this.exists(path)) throw new Error(`"${path}" already exists; nothing was written.`);
    await vscode.workspace.fs.writeFile(this.uriOf(path), encoder.encode(text));
    return path;
  }

  /**
   * Read-modify-write of one note. A note open with unsaved changes gets the edit in the editor,
   * on its current text (the typing included), as one WorkspaceEdit replacing only the changed
   * range, and is not saved: the user's unsaved work is never lost or saved behind their back.
   * Any other note, open or not, is rewritten through workspace.fs, byte for byte except the
   * edit; an editor showing it reloads it from disk, as VS Code does for a document without
   * unsaved changes. It is never saved through the editor: `save()` runs the save participants
   * (format on save, trim trailing whitespace), which could rewrite lines the user never touched.
   * A note whose bytes on disk are not UTF-8 text is refused (NotUtf8NoteError) even when open:
   * the editor's text of it is already a guess.
   */
  async process(vaultPath: string, edit: (text: string) => string | undefined): Promise<void> {
    await this.processNote(vaultPath, edit);
  }

  /** As `process`, and says whether the change is on disk or waits in a document with unsaved changes. */
  async processNote(vaultPath: string, edit: (text: string) => string | undefined): Promise<'unchanged' | 'saved' | 'unsaved'> {
    // A double click sends two logs at once: each must read what the one before it wrote.
    const before = this.editing.get(vaultPath) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(() => this.processNow(vaultPath, edit));
    this.editing.set(vaultPath, mine);
    try {
      return await mine;
    } finally {
      if (this.editing.get(vaultPath) === mine) this.editing.delete(vaultPath);
    }
  }

  private async processNow(vaultPath: string, edit: (text: string) => string | undefined): Promise<'unchanged' | 'saved' | 'unsaved'> {
    const uri = this.uriOf(vaultPath);
    const onDisk = await this.read(vaultPath);
    const dirty = (): vscode.TextDocument | undefined =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed && d.isDirty);
    const open = dirty();
    if (open) return this.editInEditor(vaultPath, open, edit);
    const next = edit(onDisk);
    if (next === undefined || next === onDisk) return 'unchanged';
    // Typing may have begun while the note was read: then the editor's text is the one to edit.
    const typedMeanwhile = dirty();
    if (typedMeanwhile) return this.editInEditor(vaultPath, typedMeanwhile, edit);
    await vscode.workspace.fs.writeFile(uri, encoder.encode(next));
    return 'saved';
  }

  /** The edit as one WorkspaceEdit on a document with unsaved changes, left unsaved for the user. */
  private async editInEditor(vaultPath: string, open: vscode.TextDocument, edit: (text: string) => string | undefined): Promise<'unchanged' | 'unsaved'> {
    const text = open.getText();
    const next = edit(text);
    if (next === undefined || next === text) return 'unchanged';
    const { start, oldEnd, newEnd } = changedSpan(text, next);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(open.uri, new vscode.Range(open.positionAt(start), open.positionAt(oldEnd)), next.slice(start, newEnd));
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
      throw new Error(`VS Code did not apply the change to "${vaultPath}"; the note is unchanged.`);
    }
    return 'unsaved';
  }
}

/** The smallest span that differs between two texts: a common prefix and suffix are left alone. */
export function changedSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  // Never cut a CRLF or a surrogate pair in two: an editor cannot place a position inside one.
  const splits = (text: string, at: number): boolean =>
    at > 0 && at < text.length && ((text[at - 1] === '\r' && text[at] === '\n') || isHighSurrogate(text.charCodeAt(at - 1)));
  while (start > 0 && (splits(before, start) || splits(after, start))) start--;
  while (oldEnd < before.length && (splits(before, oldEnd) || splits(after, newEnd))) {
    oldEnd++;
    newEnd++;
  }
  return { start, oldEnd, newEnd };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
