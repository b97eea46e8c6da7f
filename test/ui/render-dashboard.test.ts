// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DashboardModel } from '../../src/core/dashboard/model';
import { promiseRowText } from '../../src/core/summary/week-rollup-text';
import type { ChartKit, ChartLike, VisibilityWatch } from '../../src/ui/charts';
import { chartsSettled, renderDashboard } from '../../src/ui/render-dashboard';

import { HOSTILE, HOSTILE_SCRIPT, allSections, emptyModel, hostileModel, realisticModel } from './dashboard-model-builder';
import { now, spyActions } from './render-helpers';


/** A stand-in for chart.js that counts live instances, so reuse and leaks can be seen. */
function fakeKit() {
  const live = new Set<ChartLike>();
  let created = 0;
  let updated = 0;
  const kit: ChartKit = {
    create(_canvas, config) {
      created += 1;
      const chart: ChartLike = {
        data: config.data,
        options: config.options,
        update: () => { updated += 1; },
        destroy: () => { live.delete(chart); },
      };
      live.add(chart);
      return chart;
    },
  };
  return { kit, live, get created() { return created; }, get updated() { return updated; }, load: () => Promise.resolve(kit) };
}

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.appendChild(root);
});
afterEach(() => {
  root.remove();
});

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ');
const section = (id: string): HTMLElement | null => root.querySelector(`[data-st-section="${id}"]`);
function buttonNamed(scope: ParentNode, label: string): HTMLButtonElement {
  const found = [...scope.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

describe('renderDashboard with a realistic model', () => {
  const model = realisticModel();
  const walk = model.promises[0]!;

  it('shows each promise with its target, streaks, strength, period count and calendar', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const card = root.querySelector<HTMLElement>(`[data-path="${walk.path}"]`)!;
    expect(text(card)).toContain('Walk for 15 minutes');
    expect(text(card)).toContain('Every day');
    expect(text(card)).toContain(`${walk.currentStreak} days`);
    expect(walk.currentStreak).toBeGreaterThan(1);
    expect(text(card)).toContain(`${walk.bestStreak} days`);
    expect(text(card)).toContain(`${Math.round(walk.strength * 100)}%`);
    expect(text(card)).toContain(`${walk.keptThisPeriod} of ${walk.target}`);
    const cells = card.querySelectorAll('td.st-heat');
    expect(cells.length).toBe(walk.heatmap.length);
    expect(walk.heatmap.length).toBeGreaterThanOrEqual(84);
    const kept = walk.heatmap.filter((d) => d.state === 'kept').length;
    expect(card.querySelectorAll('td[data-state="kept"]').length).toBe(kept);
    // Each cell says in words what its colour shows.
    const firstKept = walk.heatmap.find((d) => d.state === 'kept')!;
    const cell = card.querySelector(`td[data-date="${firstKept.date}"]`);
    expect(cell?.getAttribute('aria-label')).toMatch(/: kept/);
    expect(cell?.getAttribute('title')).toBe(cell?.getAttribute('aria-label'));
    expect(text(card.querySelector('.st-legend'))).toBe('KeptRest dayNot keptTodayTo come');

    const weekly = model.promises[1]!;
    const weeklyCard = root.querySelector<HTMLElement>(`[data-path="${weekly.path}"]`)!;
    expect(text(weeklyCard)).toContain('3 times a week');
    expect(text(weeklyCard)).toContain(`${weekly.keptThisPeriod} of 3`);
    expect(text(weeklyCard)).toContain('Kept this week');
  });

  it('shows a broken streak as a fresh start, and a missed day without alarm words', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const phone = model.promises[2]!;
    expect(phone.currentStreak).toBe(0);
    const card = root.querySelector<HTMLElement>(`[data-path="${phone.path}"]`)!;
    expect(text(card)).toContain('Fresh start — day 1 is today');
    expect(text(card)).not.toContain('0 days');
    expect(text(root)).not.toMatch(/fail|broken|missed|lost/i);
  });

  it('shows a paused promise as resting, with no nudge and no buttons to log it', () => {
    const paused = structuredClone(model);
    const card0 = paused.promises[2]!;
    card0.status = 'paused';
    renderDashboard(root, paused, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const card = root.querySelector<HTMLElement>(`[data-path="${card0.path}"]`)!;
    expect(text(card)).toContain('Resting for now — pick it up when you are ready');
    expect(text(card)).not.toContain('Fresh start');
    expect(card.querySelector('[data-st-action="log-kept"]')).toBeNull();
  });

  it('ranks values with their latest alignment, a trend each, and kindly worded gaps', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const rows = [...root.querySelectorAll<HTMLElement>('.st-value')];
    expect(rows.map((r) => r.querySelector('.st-value-name')?.textContent)).toEqual(model.values.values.map((v) => v.name));
    expect(text(rows[0]!)).toContain('4/10');
    expect(text(rows[1]!)).toContain('7/10');
    expect(rows[0]!.querySelector('svg.st-sparkline')?.getAttribute('aria-label')).toMatch(/^Alignment of Family over time: /);
    expect(text(rows[rows.length - 1]!)).toContain('not rated yet');
    expect(text(section('values'))).toContain(
      'Family matters a lot to you and got less room lately — what would one small step toward it look like?',
    );
    expect(root.querySelectorAll('.st-gap').length).toBe(model.values.gaps.length);
  });

  it('draws the weeks: rating chart with a table of the numbers, wins, adjustments and roll-ups', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const s = section('weeks')!;
    const canvas = s.querySelector('canvas')!;
    expect(canvas.getAttribute('role')).toBe('img');
    expect(canvas.getAttribute('aria-label')).toMatch(/^Self-trust rating per week/);
    const rated = model.weeks.filter((w) => w.reflection?.rating != null);
    expect(s.querySelectorAll('details.st-numbers tbody tr').length).toBeGreaterThanOrEqual(rated.length);
    const latest = [...model.weeks].reverse().find((w) => w.reflection)!;
    const card = s.querySelector<HTMLElement>(`[data-week="${latest.label}"]`)!;
    for (const win of latest.reflection!.wins) expect(text(card)).toContain(win);
    for (const a of latest.reflection!.adjust) expect(text(card)).toContain(a);
    const p = latest.rollup.promises[0]!;
    // In the roll-up's own words, as the reflection note says them (a past week: no "so far").
    expect(text(card)).toContain(`${p.promise}: ${promiseRowText(p, false)}`);
    expect(text(card)).toContain(`${latest.rollup.notes} notes`);
  });

  it('shows feelings, the 7 elements, lessons, goals, practice and problems with their numbers', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const top = model.emotions.items[0]!;
    const emotionRows = [...section('emotions')!.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(emotionRows[0]).toBe(`${top.name}${top.count}${top.meanIntensity}`);
    expect(emotionRows.length).toBe(model.emotions.items.length);

    const checkRows = [...section('checkIn')!.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(checkRows).toContain('Accountability5––');
    expect(checkRows).toContain('Confidence in abilities43+1');
    expect(section('checkIn')!.querySelector('canvas')?.getAttribute('aria-label')).toContain('Reliability 4');

    expect(text(section('lessons'))).toContain(model.lessons[0]!.lesson!);
    expect(text(section('lessons'))).toContain('Ready for next time');
    expect(text(section('goals'))).toContain('I will walk two days a week with a friend');
    expect(text(section('goals'))).toContain('Planned around: Rainy evenings; Late meetings');
    expect(text(section('practice'))).toContain('3 of 4');
    expect(text(section('practice'))).toContain('95 minutes in all');
    expect(text(section('practice'))).toContain('Resting without guilt');
    const problems = section('problems')!;
    expect(text(problems)).toContain(model.problems[0]!.path);
    expect(text(problems)).toContain('is not a calendar day');
    expect(root.querySelectorAll('[data-st-section="exercises"] .st-exercises button').length).toBe(model.exercises.length);
    expect(text(root.querySelector('.st-footer'))).toContain('a practice tool, not therapy');
    expect(text(root.querySelector('.st-footer'))).toContain('988');
  });

  it('gives every chart an accessible name and a table of its numbers', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const canvases = [...root.querySelectorAll('canvas')];
    expect(canvases.length).toBe(3);
    for (const c of canvases) {
      expect(c.getAttribute('aria-label')?.length).toBeGreaterThan(10);
      const block = c.closest('.st-chart-block')!;
      expect(block.querySelector('details table')).not.toBeNull();
    }
  });

  it('makes every action a keyboard-reachable button', () => {
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    for (const node of root.querySelectorAll('[data-st-action]')) {
      expect(node.tagName).toBe('BUTTON');
      expect(node.getAttribute('type')).toBe('button');
      expect(node.getAttribute('tabindex')).toBeNull();
    }
  });
});

describe('years of notes', () => {
  it('keeps finished promises short, and builds older weeks only when asked', () => {
    const model = realisticModel({ years: 2 });
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const done = model.promises.filter((p) => p.status === 'done');
    expect(done.length).toBeGreaterThan(0);
    const rows = [...root.querySelectorAll('.st-finished-item')];
    expect(rows.length).toBe(done.length);
    expect(text(rows[0]!)).toContain(`${done[0]!.promise} ${done[0]!.keptDays} days kept · best streak ${done[0]!.bestStreak} days`);
    expect(rows[0]!.querySelector('td.st-heat')).toBeNull();
    expect(root.querySelectorAll('article.st-promise').length).toBe(model.promises.length - done.length);

    const rating = section('weeks')!.querySelector('.st-chart-block tbody')!;
    expect(rating.querySelectorAll('tr').length).toBe(model.weeks.slice(-53).filter((w) => w.reflection?.rating != null).length);
    const earlier = section('weeks')!.querySelector<HTMLDetailsElement>('details.st-earlier')!;
    expect(text(earlier.querySelector('summary'))).toBe(`Earlier weeks (${model.weeks.length - 4})`);
    expect(earlier.querySelector('table')).toBeNull();
    earlier.open = true;
    earlier.dispatchEvent(new Event('toggle'));
    const oldest = [...model.weeks].sort((a, b) => (a.start < b.start ? -1 : 1))[0]!;
    const lastRow = [...earlier.querySelectorAll('tbody tr')].pop()!;
    expect(text(lastRow.querySelector('th'))).toBe(oldest.label);
    expect(earlier.querySelectorAll('tbody tr').length).toBe(model.weeks.length - 4);
  });
});

describe('actions', () => {
  it('passes the right arguments to the host', () => {
    const model = realisticModel();
    const actions = spyActions();
    renderDashboard(root, model, actions, { loadCharts: fakeKit().load, whenVisible: now });
    const cook = model.promises[1]!;
    const card = root.querySelector<HTMLElement>(`[data-path="${cook.path}"]`)!;
    buttonNamed(card, 'Kept it today').click();
    expect(actions.logPromise).toHaveBeenLastCalledWith(cook.path, 'keep');
    buttonNamed(card, 'Mark a rest day').click();
    expect(actions.logPromise).toHaveBeenLastCalledWith(cook.path, 'rest');
    buttonNamed(card, 'Open note').click();
    expect(actions.openNote).toHaveBeenLastCalledWith(cook.path);

    buttonNamed(root, 'Reread my letter').click();
    expect(actions.rereadLetter).toHaveBeenCalledTimes(1);

    root.querySelector<HTMLButtonElement>('[data-st-action="start-mindfulness"]')!.click();
    expect(actions.startExercise).toHaveBeenLastCalledWith('mindfulness');

    const problem = root.querySelector<HTMLElement>('.st-problem')!;
    buttonNamed(problem, 'Open note').click();
    expect(actions.openNote).toHaveBeenLastCalledWith(model.problems[0]!.path);
  });

  it('does not offer to log a daily promise twice once today is kept, nor on paused promises', () => {
    const model = realisticModel();
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    const walk = root.querySelector<HTMLElement>(`[data-path="${model.promises[0]!.path}"]`)!;
    expect(buttonNamed(walk, 'Kept today ✓').disabled).toBe(true);
    const paused = root.querySelector<HTMLElement>(`[data-path="${model.promises[3]!.path}"]`)!;
    expect(text(paused)).toContain('Paused');
    expect(paused.querySelector('[data-st-action="log-kept"]')).toBeNull();
  });
});

describe('empty states', () => {
  it('leads a new user to one small first step, in kind words', () => {
    const actions = spyActions();
    renderDashboard(root, emptyModel(), actions, { loadCharts: fakeKit().load, whenVisible: now });
    const promises = section('promises')!;
    expect(text(promises)).toContain('Welcome.');
    buttonNamed(promises, 'Make one small promise').click();
    expect(actions.startExercise).toHaveBeenLastCalledWith('small-promise');
    expect(buttonNamed(section('values')!, 'Map your values')).toBeTruthy();
    expect(buttonNamed(section('weeks')!, 'Reflect on this week')).toBeTruthy();
    expect(buttonNamed(section('emotions')!, 'Start an emotional journal')).toBeTruthy();
    expect(buttonNamed(section('checkIn')!, 'Do a self-trust check-in')).toBeTruthy();
    expect(buttonNamed(section('lessons')!, 'Open the mistake ledger')).toBeTruthy();
    expect(buttonNamed(section('goals')!, 'Set one small goal')).toBeTruthy();
    buttonNamed(root, 'Write yourself a kind letter').click();
    expect(actions.startExercise).toHaveBeenLastCalledWith('self-compassion-letter');
    expect(text(section('practice'))).toContain('will gather here, whenever you try one');
    // One loud button: the first small step.
    expect([...root.querySelectorAll('.st-button-primary')].map((b) => b.textContent)).toEqual(['Make one small promise']);
    expect(root.querySelectorAll('canvas').length).toBe(0);
    expect(section('problems')).toBeNull();
    expect(text(root)).not.toMatch(/\bNaN\b|undefined|null/);
  });

  it('settles the chart state at once when no chart is drawn', async () => {
    renderDashboard(root, emptyModel(), spyActions());
    await expect(chartsSettled(root)).resolves.toBe('ready');
  });
});

describe('note text is data', () => {
  it('shows hostile text literally and creates no element from it', () => {
    const model = hostileModel();
    const alerts = vi.fn();
    vi.stubGlobal('alert', alerts);
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    expect(root.querySelector('img, script, b, iframe')).toBeNull();
    expect([...root.querySelectorAll('svg')].every((s) => s.classList.contains('st-sparkline'))).toBe(true);
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    }
    const promiseTitle = root.querySelector(`[data-path="${model.promises[0]!.path}"] .st-promise-title`);
    expect(promiseTitle?.textContent).toBe(HOSTILE);
    expect(text(root)).toContain(HOSTILE_SCRIPT);
    expect(text(root)).toContain('<b>bold?</b>');
    expect(text(section('emotions'))).toContain('<svg onload=alert(3)>');
    expect(alerts).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });
});

describe('settings', () => {
  it('draws only the sections the user wants', () => {
    const model: DashboardModel = { ...realisticModel(), sections: { ...allSections(), values: false, emotions: false, exercises: false } };
    renderDashboard(root, model, spyActions(), { loadCharts: fakeKit().load, whenVisible: now });
    expect(section('values')).toBeNull();
    expect(section('emotions')).toBeNull();
    expect(section('exercises')).toBeNull();
    expect(section('promises')).not.toBeNull();
    expect(section('weeks')).not.toBeNull();
    expect(root.querySelector('.st-footer')).not.toBeNull();
  });
});

describe('update and destroy', () => {
  it('redraws with new numbers and reuses the charts it made', async () => {
    const fake = fakeKit();
    const model = realisticModel();
    const handle = renderDashboard(root, model, spyActions(), { loadCharts: fake.load, whenVisible: now });
    await chartsSettled(root);
    expect(fake.created).toBe(3);
    expect(fake.live.size).toBe(3);
    const canvasBefore = section('weeks')!.querySelector('canvas');

    const next = structuredClone(model);
    next.promises[0]!.currentStreak = 41;
    next.emotions.items[0]!.count = 77;
    handle.update(next);
    expect(text(root)).toContain('41 days');
    await chartsSettled(root);
    expect(fake.created).toBe(3);
    // Only the chart whose numbers changed is given its new data; the weeks' and the check-in's are left alone.
    expect(fake.updated).toBe(1);
    expect(section('weeks')!.querySelector('canvas')).toBe(canvasBefore);
    const emotionsChart = [...fake.live].find((c) => (c.data.datasets[0]?.label ?? '') === 'Times named')!;
    expect(emotionsChart.data.datasets[0]!.data[0]).toBe(77);

    // Hiding a section destroys its chart; nothing leaks.
    handle.update({ ...next, sections: { ...next.sections, emotions: false, checkIn: false } });
    await chartsSettled(root);
    expect(fake.live.size).toBe(1);
    expect(root.querySelectorAll('canvas').length).toBe(1);
  });

  it('makes a chart only when it comes near the screen, and forgets charts it never showed', async () => {
    const fake = fakeKit();
    const waiting = new Map<string, () => void>();
    let stopped = 0;
    const later: VisibilityWatch = (box, onVisible) => {
      waiting.set(box.getAttribute('data-st-chart') ?? '', onVisible);
      return () => (stopped += 1);
    };
    const handle = renderDashboard(root, realisticModel(), spyActions(), { loadCharts: fake.load, whenVisible: later });
    await chartsSettled(root);
    expect(fake.created).toBe(0);
    expect([...waiting.keys()].sort()).toEqual(['check-in', 'emotions', 'self-trust']);
    waiting.get('self-trust')!();
    expect(fake.created).toBe(1);
    expect(section('weeks')!.querySelector('[data-st-drawn="true"]')).not.toBeNull();
    handle.destroy();
    expect(stopped).toBe(3);
    expect(fake.live.size).toBe(0);
  });

  it('destroy removes every node, chart and listener it made', async () => {
    const fake = fakeKit();
    const actions = spyActions();
    const handle = renderDashboard(root, realisticModel(), actions, { loadCharts: fake.load, whenVisible: now });
    await chartsSettled(root);
    const button = root.querySelector<HTMLButtonElement>('[data-st-action="start-small-promise"]')!;
    handle.destroy();
    expect(root.childNodes.length).toBe(0);
    expect(fake.live.size).toBe(0);
    button.click();
    expect(actions.startExercise).not.toHaveBeenCalled();
    handle.update(realisticModel());
    expect(root.childNodes.length).toBe(0);
  });

  it('draws no chart when destroyed before chart.js has loaded', async () => {
    const fake = fakeKit();
    let release!: () => void;
    const gate = new Promise<void>((r) => { release = r; });
    const handle = renderDashboard(root, realisticModel(), spyActions(), { loadCharts: () => gate.then(() => fake.kit), whenVisible: now });
    handle.destroy();
    release();
    await gate;
    await Promise.resolve();
    expect(fake.created).toBe(0);
  });

  it('keeps every number readable where canvas is not available (the real chart.js loader)', async () => {
    renderDashboard(root, realisticModel(), spyActions(), { whenVisible: now });
    await expect(chartsSettled(root)).resolves.toBe('unavailable');
    expect(root.querySelectorAll('details.st-numbers table').length).toBeGreaterThanOrEqual(3);
  });
});
