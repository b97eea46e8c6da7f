// Browser builds (the Obsidian plugin) only ever read YAML: this keeps js-yaml's loader and leaves
// its dumper out of the bundle. gray-matter binds `safeDump` when it loads, so it must exist.
const loader = require('js-yaml/lib/js-yaml/loader.js');

module.exports = {
  load: loader.load,
  safeLoad: loader.safeLoad,
  safeDump() {
    throw new Error('Writing YAML is not part of this build.');
  },
};
