/** The week's roll-up text every host writes into a new weekly reflection (issue 13, point 2). */
import { describe, expect, it } from 'vitest';
import type { WeekCard } from '../../../src/core/dashboard/model';
import { promiseRowText, weekRollupMarkdown, withRollup } from '../../../src/core/summary/week-rollup-text';

const week = (rollup: Partial<WeekCard['rollup']>): WeekCard => ({
  label: '2026-W48',
  start: '2026-11-23',
  end: '2026-11-29',
  reflection: null,
  rollup: {
    promises: [],
    emotions: [],
    lessons: [],
    boundaries: { held: 0, total: 0 },
    mindfulness: { sessions: 0, minutes: 0 },
    selfCare: 0,
    notes: 0,
    ...rollup,
  },
});

describe('weekRollupMarkdown', () => {
  it('says "so far" for the week in progress, and what got in the way in the words written', () => {
    const text = weekRollupMarkdown(week({
      promises: [
        { promise: 'Walk', path: 'w.md', kept: 2, target: 3 },
        { promise: 'Cook', path: 'c.md', kept: 4, target: 3 },
        { promise: 'No phone in bed', path: 'p.md', kept: 2, target: 3, aim: 'at-most', slips: 1 },
      ],
      inTheWay: [{ promise: 'Walk', path: 'w.md', date: '2026-11-24', words: 'too tired\nafter the shift' }],
      emotions: [{ name: 'calm', count: 2 }],
      lessons: ['Ask sooner'],
      boundaries: { held: 1, total: 2 },
      mindfulness: { sessions: 1, minutes: 10 },
      selfCare: 1,
      notes: 6,
    }), { today: '2026-11-26' });
    expect(text).toBe([
      '## This week in your notes',
      '2026-11-23 to 2026-11-29, so far: 6 notes.',
      '- Promise "Walk": kept 2 of 3 so far',
      '- Promise "Cook": kept 4 (3 asked)',
      '- Promise "No phone in bed": within the limit 2 of 3 so far (1 slip)',
      '- In the way on 2026-11-24 ("Walk"): too tired after the shift',
      '- Emotions named: calm (2)',
      '- Lesson: Ask sooner',
      '- Boundaries held: 1 of 2',
      '- Mindfulness: 1 session, 10 minutes',
      '- Self-care check-ins: 1',
      '',
    ].join('\n'));
  });

  it('is kind about an empty week, this week or a past one', () => {
    expect(weekRollupMarkdown(week({}), { today: '2026-11-26' })).toContain('No self-trust notes yet this week. That is fine');
    expect(weekRollupMarkdown(week({}), { today: '2026-12-10' })).toContain('No self-trust notes that week. That is fine');
    expect(weekRollupMarkdown(undefined)).toContain('No self-trust notes yet this week.');
  });

  it('never writes "0 of 0"', () => {
    expect(promiseRowText({ promise: 'Stretch', path: 's.md', kept: 1, target: 0 }, true)).toBe('kept 1 (nothing asked yet)');
    expect(promiseRowText({ promise: 'Sugar', path: 's.md', kept: 0, target: 0, aim: 'at-most', slips: 0 }, true)).toBe('nothing decided yet');
  });
});

describe('withRollup', () => {
  it('goes before "## Wins", in the note\'s own line endings', () => {
    expect(withRollup('# R\r\n\r\n## Wins\r\n- x\r\n', '## This week\nfacts\n')).toBe('# R\r\n\r\n## This week\r\nfacts\r\n\r\n## Wins\r\n- x\r\n');
    expect(withRollup('# R\nno wins heading', '## This week\n')).toBe('# R\nno wins heading\n\n## This week\n');
  });
});
