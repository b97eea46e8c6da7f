/**
 * Notes are UTF-8 text, read strictly: a note holding other bytes (a Latin-1 "é" is the single byte
 * E9) is never decoded with replacement characters and written back, because that would silently
 * turn the user's letter into "�" for good. A byte order mark stays part of the text, so writing the
 * text again gives the same first bytes.
 */

import { firstBadByte, notUtf8Clause, type BadByte } from '../core/parse/utf8-bytes';

/** Fatal on the first invalid sequence; `ignoreBOM` keeps a leading BOM in the text instead of dropping it. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export { firstBadByte, type BadByte } from '../core/parse/utf8-bytes';

/**
 * The one sentence that says a note is not UTF-8, for a thrown error (`subject` is the quoted path)
 * and for the report's list of notes to check (`subject` is "This note").
 */
export function notUtf8Sentence(subject: string, bad: BadByte): string {
  return `${subject} ${notUtf8Clause(bad)}, so Self-Trust will not change it. Save it as UTF-8 (most editors offer "Save with encoding") and try again.`;
}

/** A note whose bytes are not UTF-8: it is neither decoded lossily nor written. `code` lets callers branch as on a file error. */
export class NotUtf8Error extends Error {
  readonly code = 'ENOTUTF8';
  constructor(
    readonly vaultPath: string,
    readonly bad: BadByte,
  ) {
    super(notUtf8Sentence(`"${vaultPath}"`, bad));
    this.name = 'NotUtf8Error';
  }
}

/**
 * Decodes a note's bytes as UTF-8, keeping a BOM. Throws NotUtf8Error (naming `vaultPath` and the
 * first bad byte) when they are not UTF-8: overlong forms, surrogates and truncated sequences count
 * as not UTF-8, exactly as the WHATWG decoder says.
 */
export function decodeUtf8Strict(bytes: Uint8Array, vaultPath: string): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    throw new NotUtf8Error(vaultPath, firstBadByte(bytes) ?? { byte: 0, offset: 0, line: 1 });
  }
}

const encoder = new TextEncoder();
/** Replaces each bad sequence with U+FFFD: for reading a note that is not UTF-8, never for writing it back. */
const lossyDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The text's UTF-8 bytes. Text decoded by decodeUtf8Strict encodes back to the very same bytes. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** What can be read of bytes that are not UTF-8 (each bad sequence becomes "�"): for display only. */
export function decodeUtf8Lossy(bytes: Uint8Array): string {
  return lossyDecoder.decode(bytes);
}
