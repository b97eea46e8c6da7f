/**
 * The `process` the `yaml` package sees in the Node bundles (CLI, VS Code extension host). yaml reads
 * `process.env.LOG_TOKENS` for every token and `process.env.LOG_STREAM` for every document, two debug
 * switches. In Node `process.env` is not a plain object: each read asks the C++ side for the variable
 * (an interceptor calling getenv), which made a fifth of the library's parse time on a two-year
 * promise log (docs/dev/performance.md). The two switches are read once, at load; warnings still go
 * through the real `process.emitWarning`. The browser bundles use yaml's browser build, which has no
 * `process`.
 */
'use strict';
const real = require('node:process');
module.exports = {
  env: { LOG_TOKENS: real.env.LOG_TOKENS, LOG_STREAM: real.env.LOG_STREAM },
  emitWarning: (...args) => real.emitWarning(...args),
};
