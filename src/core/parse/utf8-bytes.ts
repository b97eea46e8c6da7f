/**
 * Where a note's bytes stop being UTF-8 text, for the one sentence every host says when it refuses
 * to change such a note (a Latin-1 "é" is the single byte E9). Pure byte arithmetic, so the CLI,
 * Obsidian (mobile too) and VS Code share it; decoding itself stays with each host.
 */

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
 * The first byte that does not start a well-formed UTF-8 sequence (Unicode table 3-7), or undefined
 * when all are well formed. Called only after a strict decoder refused, so its speed does not matter.
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

/** "holds bytes that are not UTF-8 text (for example byte E9 on line 3, at byte 41 of the file)". */
export function notUtf8Clause(bad: BadByte | undefined): string {
  if (!bad) return 'holds bytes that are not UTF-8 text';
  const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
  return `holds bytes that are not UTF-8 text (for example byte ${hex} on line ${bad.line}, at byte ${bad.offset} of the file)`;
}
