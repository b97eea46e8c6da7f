// js-yaml 3 comes with gray-matter and has no bundled types; the frontmatter tests use it to read
// YAML the way Obsidian's metadataCache does (timestamps stay strings).
declare module 'js-yaml' {
  export const CORE_SCHEMA: unknown;
  export function safeLoad(text: string, options?: { schema?: unknown }): unknown;
}
