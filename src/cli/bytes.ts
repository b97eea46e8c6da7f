/**
 * Bytes as `Uint8Array`. Node's `Buffer` is one at run time, but the pinned @types/node (20.9) types
 * it so that TypeScript 5.9 will not pass it where a `Uint8Array` is asked, so files read as a
 * Buffer are viewed as a plain `Uint8Array` (no copy) at the edge, and compared here.
 */

/** The same memory, typed as a Uint8Array. */
export function asBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export function bytesStartWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return bytes.length >= prefix.length && Buffer.compare(bytes.subarray(0, prefix.length), prefix) === 0;
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  return asBytes(Buffer.concat(parts));
}
