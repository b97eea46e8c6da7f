/** Types for scripts/release-dry.mjs (used by test/release/). */
export const OBSIDIAN_FILES: string[];
export const EXPECTED_VSIX: string[];
export function nodeUseIn(mainJs: string): string[];
export function readZip(bytes: Uint8Array | Buffer): { names: string[]; read(name: string): Buffer };
export function changelogSection(changelog: string, version: string): string | undefined;
export interface ReleaseCheck {
  passed: string[];
  failed: string[];
}
export function checkRelease(
  dir: string,
  input: { pkg: { name: string; version: string; repository?: string | { url?: string } }; versions: Record<string, string>; changelog: string; tag?: string },
): ReleaseCheck;
export function releaseDry(options?: { out?: string; tag?: string; build?: boolean; log?: (line: string) => void }): Promise<ReleaseCheck>;
