// @vitest-environment happy-dom
/**
 * `npm run bench:obsidian`: the plugin in the fake Obsidian (typed by the real obsidian.d.ts).
 * Figures: onload (registrations only: no index, no chart.js), and the time from layout-ready to the
 * first drawn dashboard on a 10,000-note vault (half ours), whose frontmatter the metadata cache holds.
 * Printed, and written to test-results/obsidian-bench.json. Not part of the test suite.
 */
import { promises as fs } from 'node:fs';
import { expect, it } from 'vitest';
import type * as real from 'obsidian';
import manifest from '../../manifest.json';
import SelfTrustPlugin from '../../src/obsidian/main';
import { benchNotes } from '../../scripts/bench-vault';
import { App, type Plugin as FakePlugin } from '../fakes/obsidian';
import { dashboardText, settle } from '../obsidian/harness';

const NOTES = Number(process.env.SELFTRUST_BENCH_NOTES ?? 10_000);
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

async function vault(count: number): Promise<App> {
  const app = new App();
  for (const [path, text] of benchNotes(count)) await app.fakeVault.fakeWrite(path, text);
  await settle();
  return app;
}

async function load(app: App): Promise<{ plugin: SelfTrustPlugin; ms: number }> {
  const t0 = performance.now();
  const plugin = new SelfTrustPlugin(app as unknown as real.App, manifest as real.PluginManifest);
  plugin.load();
  await (plugin as unknown as FakePlugin).fakeLoading;
  return { plugin, ms: performance.now() - t0 };
}

it(`loads, then draws the first dashboard of a ${NOTES}-note vault`, async () => {
  // onload on an empty vault, many times: what every Obsidian start pays.
  const onloads: number[] = [];
  for (let i = 0; i < 30; i++) {
    const { plugin, ms } = await load(new App());
    onloads.push(ms);
    plugin.unload();
  }

  const app = await vault(NOTES);
  const { ms: onloadBig } = await load(app);
  app.fakeWorkspace.getLeavesOfType('self-trust-dashboard'); // nothing open yet
  const t0 = performance.now();
  app.fakeWorkspace.fakeLayoutReady();
  await app.fakeRunCommand(`${manifest.id}:open-dashboard`);
  let waited = 0;
  while (!dashboardText(app).includes('Walk 0 minutes') && waited < 60_000) {
    await new Promise((r) => setTimeout(r, 5));
    waited += 5;
  }
  const firstDashboardMs = performance.now() - t0;
  expect(dashboardText(app)).toContain('Walk 0 minutes');

  const figures = { notes: NOTES, onloadMedianMs: median(onloads), onloadOn10kMs: onloadBig, firstDashboardMs };
  console.log(
    `Obsidian (fake host): onload ${figures.onloadMedianMs.toFixed(2)} ms (median of 30; ${onloadBig.toFixed(2)} ms with ${NOTES} notes in the vault); ` +
      `layout ready to first dashboard on ${NOTES} notes: ${firstDashboardMs.toFixed(0)} ms`,
  );
  await fs.mkdir('test-results', { recursive: true });
  await fs.writeFile('test-results/obsidian-bench.json', JSON.stringify(figures, null, 2));
}, 600_000);
