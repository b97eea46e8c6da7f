import * as vscode from 'vscode';
import type { NoteStore } from '../core/ports';
import { nextFreePath } from '../core/templates/render';

/**
 * Folders no note of ours lives in: dot-folders (.git, .obsidian, .vscode, .trash) and installed
 * packages. Skipping them keeps a code workspace that happens to hold a vault fast to scan.
 */
export function isNotePath(vaultPath: string): boolean {
  if (!vaultPath.toLowerCase().endsWith('.md')) return false;
  return vaultPath.split('/').every((part) => part !== '' && !part.startsWith('.') && part !== 'node_modules');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The vault is one workspace folder; notes are named by vault-relative paths with `/`. */
export class WorkspaceStore implements NoteStore {
  constructor(readonly root: vscode.Uri) {}

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

  async list(): Promise<string[]> {
    const out: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      let entries: [string, vscode.FileType][];
      try {
        entries = await vscode.workspace.fs.readDirectory(dir === '' ? this.root : this.uriOf(dir));
      } catch {
        return; // An unreadable folder is not ours to report on.
      }
      const subdirs: string[] = [];
      for (const [name, type] of entries) {
        const path = dir === '' ? name : `${dir}/${name}`;
        // Links are never followed: a linked note is either in the vault already or outside it.
        if (type & vscode.FileType.SymbolicLink) continue;
        if (name.startsWith('.') || name === 'node_modules') continue;
        if (type & vscode.FileType.Directory) subdirs.push(path);
        else if (type & vscode.FileType.File && isNotePath(path)) out.push(path);
      }
      await Promise.all(subdirs.map(walk));
    };
    await walk('');
    return out.sort();
  }

  async read(vaultPath: string): Promise<string> {
    return decoder.decode(await vscode.workspace.fs.readFile(this.uriOf(vaultPath)));
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
   * Read-modify-write of one note. When the note is open in an editor, the edit is made to the
   * editor's current text (unsaved typing included) as one WorkspaceEdit replacing only the
   * changed range, and saved only if the document had no unsaved changes before: the user's
   * unsaved work is never lost or saved behind their back. A note that is not open is rewritten
   * through workspace.fs, byte for byte except the edit.
   */
  async process(vaultPath: string, edit: (text: string) => string | undefined): Promise<void> {
    await this.processNote(vaultPath, edit);
  }

  /** As `process`, and says whether the change is on disk or waits in a document with unsaved changes. */
  async processNote(vaultPath: string, edit: (text: string) => string | undefined): Promise<'unchanged' | 'saved' | 'unsaved'> {
    const uri = this.uriOf(vaultPath);
    let open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && !d.isClosed);
    if (open && !open.isDirty && open.getText() !== (await this.read(vaultPath))) {
      // The note changed on disk and the editor has not reloaded it yet. With no unsaved work to
      // keep, the disk is the truth: edit it there, and the editor reloads (saving the stale text
      // would overwrite the newer note, or stop at a conflict).
      open = undefined;
    }
    if (!open) {
      const text = await this.read(vaultPath);
      const next = edit(text);
      if (next === undefined || next === text) return 'unchanged';
      await vscode.workspace.fs.writeFile(uri, encoder.encode(next));
      return 'saved';
    }
    const wasDirty = open.isDirty;
    const text = open.getText();
    const next = edit(text);
    if (next === undefined || next === text) return 'unchanged';
    const { start, oldEnd, newEnd } = changedSpan(text, next);
    const workspaceEdit = new vscode.WorkspaceEdit();
    workspaceEdit.replace(uri, new vscode.Range(open.positionAt(start), open.positionAt(oldEnd)), next.slice(start, newEnd));
    if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
      throw new Error(`VS Code did not apply the change to "${vaultPath}"; the note is unchanged.`);
    }
    if (wasDirty) return 'unsaved';
    await open.save();
    return 'saved';
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
