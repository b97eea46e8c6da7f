/** Types for scripts/changelog-version.mjs (used by test/release/). */
export function releaseChangelog(text: string, version: string, date: string): string;
