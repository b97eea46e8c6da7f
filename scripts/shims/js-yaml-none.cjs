// gray-matter requires js-yaml for its default YAML engine, which we never use: every call passes its
// own `engines.yaml`, the `yaml` package's YAML 1.2 reader (src/core/parse/yaml-frontmatter.ts).
// This stands in for js-yaml in every bundle, so a second YAML parser (with YAML 1.1 rules) never ships.
// gray-matter binds `safeLoad` and `safeDump` when it loads, so they must exist.
function notHere() {
  throw new Error('js-yaml is not part of this build: frontmatter is read with the yaml package.');
}
module.exports = { load: notHere, safeLoad: notHere, dump: notHere, safeDump: notHere };
