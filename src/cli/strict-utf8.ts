/**
 * Notes are UTF-8 text, read strictly: a note holding other bytes (a Latin-1 "é" is the single byte
 * E9) is never decoded with replacement characters and written back, because that would silently
 * turn the user's letter into "�" for good. A byte order mark stays part of the text, so writing the
 * text again gives the same first bytes.
 */

/** Fatal on the first invalid sequence; `ignoreBOM` keeps a leading BOM in the text instead of dropping it. */
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Where the first byte that is not UTF-8 sits, so the user can find it. */
export interface BadByte {
  /** The byte, e.g. 0xE9. */
  byte: number;
  /** Its offset in the file, counting from 0 (as hex editors show it). */
  offset: number;
  /** Its line, counting from 1. */
  line: number;
}

/**
 * The one sentence that says a note is not UTF-8, for a thrown error (`subject` is the quoted path)
 * and for the report's list of notes to check (`subject` is "This note").
 */
export function notUtf8Sentence(subject: string, bad: BadByte): string {
  const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
  return (
    `${subject} holds bytes that are not UTF-8 text (for example byte ${hex} on line ${bad.line}, at byte ${bad.offset} of the file), ` +
    'so Self-Trust will not change it. Save it as UTF-8 (most editors offer "Save with encoding") and try again.'
  );
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

/**
 * The first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7), or undefined
 * when all are well formed. Only called after the decoder refused, so its speed does not matter.
 */
export function firstBadByte(bytes: Uint8Array): BadByte | undefined {
  let line = 1;
  let i = 0;
  const at = (k: number): number => bytes[k] ?? -1;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => at(k) >= lo && at(k) <= hi;
  while (i < bytes.length) {
    const b = at(i);
    let length = 0;
    if (b <= 0x7f) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0;
    else if (b === 0xe0) length = cont(i + 1, 0xa0) && cont(i + 2) ? 3 : 0;
    else if (b === 0xed) length = cont(i + 1, 0x80, 0x9f) && cont(i + 2) ? 3 : 0;
    else if (b >= 0xe1 && b <= 0xef) length = cont(i + 1) && cont(i + 2) ? 3 : 0;
    else if (b === 0xf0) length = cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) length = cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    else if (b === 0xf4) length = cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    if (length === 0) return { byte: b, offset: i, line };
    if (b === 0x0a) line++;
    i += length;
  }
  return undefined;
}
