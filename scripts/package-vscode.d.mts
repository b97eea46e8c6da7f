export function buildVscode(options?: { minify?: boolean }): Promise<void>;
export function packageVscode(options?: { out?: string; build?: boolean }): Promise<string>;
export function readmeLinkFlags(pkg: { repository?: string | { url?: string } }): string[];
