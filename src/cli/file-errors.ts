/**
 * What a file-system error means, said plainly. Node's own messages ("EACCES: permission denied,
 * open '/home/…/.Walk.md.3f9a….tmp'") name a temp file the user never made and a code they should
 * not need to look up; the user sees one sentence that names their note and what was (not) done.
 */

/** What we were doing when the error came: it decides how the sentence ends. */
export type FileAction = 'read' | 'change' | 'create';

/** A plain-worded file error. `code` keeps Node's code (EEXIST, EACCES…) so callers can still branch on it. */
export class PlainFileError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'PlainFileError';
  }
}

const OUTCOME: Record<FileAction, string> = {
  read: 'so it was not read',
  change: 'so it was not changed',
  create: 'so no note was written',
};

/**
 * A few words for an errno code, for the report's "could not be opened (…)" and the sentences
 * below: "permission denied", "it is a folder". Unknown codes give "error CODE": rare, and
 * something to search for.
 */
export function plainReason(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
    case 'ERR_FS_EISDIR':
      return 'it is a folder';
    case 'ENOENT':
      return 'it no longer exists';
    case 'ENOTDIR':
      return 'part of its path is a file, not a folder';
    case 'ENAMETOOLONG':
      return 'its name is too long for this disk';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full';
    case 'ELOOP':
      return 'it goes through too many links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'another program is using it';
    case 'EIO':
      return 'the disk reported an input/output error';
    case 'EEXIST':
      return 'it already exists';
    case undefined:
      return 'read error';
    default:
      return `error ${code}`;
  }
}

/**
 * Turns a file-system error met while reading, changing or creating the note at `vaultPath` into
 * a PlainFileError with one sentence that names the note. Errors that are not file-system errors
 * (no string `code`), and errors already worded for the user (PlainFileError, NotUtf8Error), are
 * returned as they are.
 */
export function plainFileError(error: unknown, vaultPath: string, action: FileAction = 'change'): Error {
  if (!(error instanceof Error)) return new Error(String(error));
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof PlainFileError || typeof code !== 'string' || code === 'ENOTUTF8') return error;
  const note = `"${vaultPath}"`;
  const outcome = OUTCOME[action];
  const sentence = ((): string => {
    switch (code) {
      case 'EACCES':
      case 'EPERM':
        return action === 'read'
          ? `You do not have permission to open ${note}, ${outcome}.`
          : action === 'create'
            ? `You do not have permission to write ${note} in that folder, ${outcome}.`
            : `You do not have permission to change ${note} or files in its folder, ${outcome}.`;
      case 'EISDIR':
        return `${note} is a folder, not a note, ${outcome}.`;
      case 'ENOENT':
        return action === 'create'
          ? `The folder for ${note} could not be made, ${outcome}.`
          : `${note} no longer exists (it may have been moved or deleted), ${outcome}.`;
      case 'ENOTDIR':
        return `Part of the path ${note} is a file where a folder should be, ${outcome}.`;
      case 'EEXIST':
        return `${note} already exists, ${action === 'create' ? 'so it was not overwritten' : outcome}.`;
      case 'ENAMETOOLONG':
        return `The name ${note} is too long for this disk, ${outcome}. Give the note or its folder a shorter name.`;
      case 'EROFS':
        return `${note} is on a read-only disk, ${outcome}.`;
      case 'ENOSPC':
      case 'EDQUOT':
        return `The disk is full, so ${note} was not ${action === 'create' ? 'written' : action === 'read' ? 'read' : 'changed'}. Free some space and try again.`;
      default:
        return `${note} could not be ${action === 'read' ? 'read' : action === 'create' ? 'written' : 'changed'} (${plainReason(code)}), ${
          action === 'read' ? 'so it was not read' : 'so nothing was changed'
        }.`;
    }
  })();
  return new PlainFileError(sentence, code);
}
