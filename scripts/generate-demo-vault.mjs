#!/usr/bin/env node
// Writes examples/vault: about 14 weeks (2026-08-24 .. 2026-11-26) of one person's self-trust practice,
// every exercise, plus a few ordinary notes and one sync-conflict copy. Deterministic: a seeded PRNG
// and a fixed end day, so re-running it gives the same bytes. Run: `node scripts/generate-demo-vault.mjs`.
//
// The frontmatter layout repeats templates/*.md (selftrust, schema, date, week, then the exercise's
// fields), written the way src/core/templates/render.ts writes values. This script imports no TS.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const defaultVault = join(root, 'examples/vault');
// `--out DIR` writes elsewhere (the tests compare a fresh run with the committed vault).
const outAt = process.argv.indexOf('--out');
const vault = outAt > 0 && process.argv[outAt + 1] ? resolve(process.argv[outAt + 1]) : defaultVault;
if (vault !== defaultVault && existsSync(vault) && readdirSync(vault).length > 0) {
  console.error(`${vault} is not empty; give --out a new or empty folder.`);
  process.exit(2);
}
const FOLDER = 'Self-trust'; // DEFAULT_SETTINGS.notesFolder
const FIRST = '2026-08-24';
const LAST = '2026-11-26'; // "today" in the demo: a Thursday

// ---- a seeded PRNG (mulberry32) ----
let seed = 20261126;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const chance = (p) => random() < p;
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
/** Takes items from a pool in a shuffled order, reshuffling when it runs out, so neighbours rarely repeat. */
function deck(items) {
  let order = [];
  return () => {
    if (order.length === 0) {
      order = items.slice();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    return order.pop();
  };
}

// ---- days (UTC arithmetic only, like src/core/day.ts) ----
const MS = 86_400_000;
const toN = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / MS;
const fromN = (n) => new Date(n * MS).toISOString().slice(0, 10);
const addDays = (d, n) => fromN(toN(d) + n);
const weekday = (d) => (((toN(d) + 3) % 7) + 7) % 7; // 0 = Monday
function isoWeek(d) {
  const thursday = addDays(d, 3 - weekday(d));
  const year = +thursday.slice(0, 4);
  const week = Math.floor((toN(thursday) - toN(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
function* days(from, to) {
  for (let n = toN(from); n <= toN(to); n++) yield fromN(n);
}
const inRange = (d, from, to) => d >= from && d <= to;

// ---- frontmatter, written as render.ts writes it ----
const RESERVED = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'null']);
function quote(text) {
  const named = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
  return `"${[...text].map((c) => named[c] ?? c).join('')}"`;
}
function scalar(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v; // a date, unquoted as Obsidian writes it
  const plain = /^[A-Za-z][A-Za-z0-9 _.,'()/+-]*$/.test(v) && !v.endsWith(' ') && !RESERVED.has(v.toLowerCase());
  return plain ? v : quote(v);
}
function frontmatter(id, date, fields) {
  const lines = ['---', `selftrust: ${id}`, 'schema: 1', `date: ${date}`, `week: ${isoWeek(date)}`];
  for (const [key, value] of Object.entries(fields)) {
    if (Array.isArray(value)) {
      if (value.length === 0) lines.push(`${key}: []`);
      else lines.push(`${key}:`, ...value.map((item) => `  - ${scalar(item)}`));
    } else {
      const s = scalar(value);
      lines.push(s === '' ? `${key}:` : `${key}: ${s}`);
    }
  }
  lines.push('---');
  return lines.join('\n') + '\n';
}

// ---- the vault ----
const files = new Map(); // vault-relative path -> text
const TITLES = {
  'small-promise': 'Small promise',
  'value-mapping': 'Value mapping',
  'emotional-journal': 'Emotional journal',
  'mistake-ledger': 'Mistake ledger',
  'self-compassion-letter': 'Self-compassion letter',
  'trust-model': 'TRUST model',
  'strengths-weaknesses': 'Strengths and weaknesses',
  'achievable-goal': 'Achievable goal',
  mindfulness: 'Mindfulness for self-trust',
  'boundary-log': 'Boundary log',
  'weekly-reflection': 'Weekly reflection',
  'self-care-check-in': 'Self-care check-in',
  'self-trust-check-in': 'Self-trust check-in',
  'getting-support': 'Getting support',
};
/** Writes a note of ours at `Self-trust/<date> <Title>.md` (then ` 2`, ` 3`: as nextFreePath names them). */
function note(id, date, fields, body) {
  const base = `${FOLDER}/${date} ${TITLES[id]}`;
  let path = `${base}.md`;
  for (let n = 2; files.has(path); n++) path = `${base} ${n}.md`;
  files.set(path, frontmatter(id, date, fields) + `# ${TITLES[id]}\n\n` + body.trim() + '\n');
  return path;
}
/** Joins lines; `''` is a blank line, `null` or `false` leaves a line out. */
const para = (...lines) => lines.filter((l) => l !== null && l !== false).join('\n');

// The story: a project coordinator, partner Sam, sister Lena, friend Priya. A trip on 9-11 October,
// a hard deadline week 12-18 October, a slow climb in self-trust.
const TRIP = ['2026-10-09', '2026-10-11'];
const HARD_WEEK = ['2026-10-12', '2026-10-18'];

// ---- small promises ----
function promiseLog({ from, to, keepP, hardP, rest = [], restFrom, restTo }) {
  const kept = [];
  const skipped = [];
  for (const d of days(from, to)) {
    if (rest.includes(d) || (restFrom && inRange(d, restFrom, restTo))) {
      skipped.push(d);
      continue;
    }
    const p = inRange(d, ...HARD_WEEK) ? hardP : keepP;
    if (chance(p)) kept.push(d);
  }
  return { kept, skipped };
}

/** Days each promise was kept, for the weekly reflections. */
const keptLog = { walk: [], cook: [] };
{
  // A daily walk: kept most days, rests on the trip, a rough patch in the hard week, a clean run lately.
  const early = promiseLog({ from: '2026-08-24', to: '2026-11-12', keepP: 0.86, hardP: 0.4, restFrom: TRIP[0], restTo: TRIP[1] });
  const late = [...days('2026-11-14', '2026-11-25')]; // today (the 26th) is still open
  keptLog.walk = [...early.kept, ...late];
  note(
    'small-promise',
    '2026-08-24',
    { promise: 'Walk for 15 minutes after lunch', times: 1, per: 'day', kept: keptLog.walk, skipped: early.skipped, status: 'active', start: null },
    para(
      '## The promise',
      'Fifteen minutes outside after lunch, any pace, any weather. Even around the block counts.',
      '',
      '## Why it matters',
      'I keep telling myself I will move more and then I do not, and every time I let it slide I trust my own word a little less. This is small on purpose.',
      '',
      '## How it feels',
      '- First week: awkward leaving my desk while everyone eats at theirs. By Thursday nobody noticed.',
      '- Mid September: I look forward to it now. The afternoon slump is gentler.',
      '- The deadline week in October I missed a few days. Started again on the Monday without making a drama of it.',
      '- November: twelve days in a row. It has stopped being a decision.',
    ),
  );
}
{
  // Water on waking: done once it became automatic.
  const log = promiseLog({ from: '2026-08-25', to: '2026-10-05', keepP: 0.93, hardP: 0.9 });
  note(
    'small-promise',
    '2026-08-25',
    { promise: 'Drink a glass of water when I wake up', times: 1, per: 'day', kept: log.kept, skipped: [], status: 'done', start: null },
    para(
      '## The promise',
      'A glass of water before coffee. The glass sits by the kettle so I see it.',
      '',
      '## How it feels',
      'Almost too easy, which is the point. It is nice to start every day with one thing already done.',
      '',
      '## Done',
      'Six weeks in I do it without thinking, so I marked it done on 5 October. Keeping it on the list felt like counting breaths.',
    ),
  );
}
{
  // Cooking three times a week: per calendar week.
  const kept = [];
  for (let monday = '2026-08-31'; monday <= LAST; monday = addDays(monday, 7)) {
    const week = [...days(monday, addDays(monday, 6))].filter((d) => d <= LAST);
    const target = monday === '2026-10-12' ? 1 : monday === '2026-10-05' ? 2 : pick([3, 3, 3, 4, 2, 3]);
    const chosen = week.filter(() => chance(0.6)).slice(0, target);
    for (const d of week) if (chosen.length < target && !chosen.includes(d) && chance(0.5)) chosen.push(d);
    kept.push(...chosen.sort());
  }
  keptLog.cook = kept.filter((d) => d < LAST);
  note(
    'small-promise',
    '2026-08-31',
    { promise: 'Cook dinner at home', times: 3, per: 'week', kept: keptLog.cook, skipped: [], status: 'active', start: null },
    para(
      '## The promise',
      'Three dinners a week that I cook myself. Simple is fine: eggs and toast count.',
      '',
      '## Why it matters',
      'Takeaway has become the default when I am tired, and I feel worse for it, in my body and in my bank account. Cooking is also time with Sam.',
      '',
      '## What helps',
      '- Planning the three nights on Sunday.',
      '- Keeping a lentil soup in the freezer for the nights that fall apart.',
      '- Not counting a week as lost when it is only two.',
    ),
  );
}
{
  // Reading before bed: paused after the hard week.
  const log = promiseLog({ from: '2026-09-07', to: '2026-10-18', keepP: 0.72, hardP: 0.15, rest: ['2026-10-09', '2026-10-10'] });
  note(
    'small-promise',
    '2026-09-07',
    { promise: 'Read for 20 minutes before bed', times: 1, per: 'day', kept: log.kept, skipped: log.skipped, status: 'paused', start: null },
    para(
      '## The promise',
      'Twenty minutes with a paper book before sleep instead of my phone.',
      '',
      '## How it feels',
      'Good on the nights I do it. I fall asleep faster and I remember I used to love this.',
      '',
      '## Paused',
      'After the deadline week I kept falling asleep after two pages and then feeling bad about the streak. Pausing it on 19 October on purpose, until the evenings are lighter. Pausing is not quitting.',
    ),
  );
}

// ---- value mapping, every four weeks ----
const VALUE_MAPS = [
  {
    date: '2026-08-25',
    values: ['Family 3/10', 'Honesty 7/10', 'Health 4/10', 'Creativity 3/10', 'Friendship 5/10', 'Learning 6/10'],
    note: 'Family is at the top and I rated it a 3. That stings. I see my mother once a month and I answer Lena in emojis. Work takes the evenings. Health is low too: I sit all day.',
    change: 'One small change: call Lena on Sundays, even for ten minutes.',
  },
  {
    date: '2026-09-22',
    values: ['Family 4/10', 'Honesty 7/10', 'Health 6/10', 'Friendship 5/10', 'Creativity 4/10', 'Learning 6/10'],
    note: 'Health moved up: the walks are working and I can feel it. Family barely moved. I called Lena twice this month, which is two more than before, but I still cancelled on Mum.',
    change: 'Book the next visit to Mum now, in the calendar, not "some weekend".',
  },
  {
    date: '2026-10-20',
    values: ['Family 3/10', 'Health 6/10', 'Honesty 6/10', 'Rest 3/10', 'Friendship 4/10', 'Creativity 4/10'],
    note: 'After the deadline week everything dipped. I added Rest because I finally admitted it matters to me. I was not honest with my manager about how stretched I was, so Honesty went down as well.',
    change: 'Say out loud when a week is too full, before it is too late.',
  },
  {
    date: '2026-11-17',
    values: ['Family 4/10', 'Health 7/10', 'Honesty 8/10', 'Rest 5/10', 'Creativity 6/10', 'Friendship 6/10'],
    note: 'Family is still my first value and still lived the least. It is not for lack of caring: it is the weekends. The pottery class lifted Creativity. Honesty is up because I have been saying no more clearly.',
    change: 'A standing Sunday lunch with Mum, every other week. Sam offered to drive.',
  },
];
for (const v of VALUE_MAPS) {
  note(
    'value-mapping',
    v.date,
    { values: v.values },
    para(
      '## What matters',
      `In order: ${v.values.map((x) => x.replace(/ \d+\/10$/, '').toLowerCase()).join(', ')}.`,
      '',
      '## How I live them',
      v.note,
      '',
      '## One change',
      v.change,
    ),
  );
}

// ---- emotional journals, several a week, sometimes two a day ----
// Each moment: emotions with a typical intensity, the trigger, what happened, why it stirred me, what it says.
const WORK_MOMENTS = [
  {
    emotions: [['anxious', 6], ['tense', 5]],
    trigger: 'Monday planning meeting',
    what: 'The planning meeting ran long and three new tasks landed on my list before I had said a word.',
    why: 'I did not object, and afterwards I felt the familiar tightness in my chest. I think it is less about the work and more about not speaking up.',
    need: 'I need a moment to think before I say yes. "Let me check my week" is a full sentence.',
  },
  {
    emotions: [['proud', 7], ['relieved', 6]],
    trigger: 'Finished the supplier report',
    what: 'Sent the supplier report a day early. My manager replied with one word: "great".',
    why: 'I noticed how much I wanted that word, and how good it felt to have done it for myself first.',
    need: 'Finishing things early gives me room to breathe. I like that feeling more than the rush.',
  },
  {
    emotions: [['frustrated', 7], ['irritated', 5]],
    trigger: 'A colleague took over my slides',
    what: 'Dan rewrote half my slides without asking, an hour before the review.',
    why: 'It felt like being told I could not be trusted with my own work. That is an old feeling, older than this job.',
    need: 'I want to be asked. I can say that to Dan calmly tomorrow, without making it a big thing.',
  },
  {
    emotions: [['overwhelmed', 8], ['tired', 7]],
    trigger: 'Deadline moved forward',
    what: 'The client moved the launch forward by a week. Everyone looked at me.',
    why: 'My first thought was "I cannot do this". My second was a list. The list helped.',
    need: 'When it all feels like too much, writing the list is how I get my feet back under me.',
  },
  {
    emotions: [['calm', 5], ['content', 6]],
    trigger: 'A quiet afternoon at work',
    what: 'No meetings after lunch. I walked, came back, and worked through the budget with the radio on low.',
    why: 'Nothing special happened, which is maybe why it felt so good.',
    need: 'I need more afternoons like this. I could protect one a week in my calendar.',
  },
  {
    emotions: [['embarrassed', 6], ['ashamed', 4]],
    trigger: 'Wrong figure in an email',
    what: 'I sent the team a cost estimate with a zero too many. Priya spotted it within minutes.',
    why: 'My face went hot. I wanted to disappear. Then I sent a correction and nobody cared as much as I did.',
    need: 'Mistakes feel bigger inside me than they look from outside. Worth remembering.',
  },
  {
    emotions: [['uncertain', 5], ['curious', 5]],
    trigger: 'Asked to lead the next project',
    what: 'My manager asked whether I would lead the warehouse project next year.',
    why: 'Part of me lit up and part of me wanted to hide. I do not know yet which part to listen to.',
    need: 'I want time to decide, and to decide for my own reasons, not to please anyone.',
  },
  {
    emotions: [['grateful', 7], ['warm', 6]],
    trigger: 'Priya covered for me',
    what: 'Priya took my afternoon call so I could leave early for the dentist, and would not let me thank her twice.',
    why: 'I am not good at receiving help. It felt strange and kind at the same time.',
    need: 'Letting people help is part of trusting them, and myself.',
  },
];
const HOME_MOMENTS = [
  {
    emotions: [['lonely', 6], ['sad', 5]],
    trigger: 'Sam away for work',
    what: 'Sam is in Leeds until Thursday. The flat is very quiet and I ate dinner standing up.',
    why: 'I notice I stop looking after myself when nobody is watching. As if I only count when someone else is there.',
    need: 'I can set the table for one. I am worth the effort on my own.',
  },
  {
    emotions: [['joyful', 8], ['loved', 7]],
    trigger: 'Dinner with Sam',
    what: 'Cooked the mushroom risotto, and Sam and I sat at the table for two hours talking about the trip we want to take.',
    why: 'I was fully there, not half on my phone. It is rare enough that I noticed.',
    need: 'I need slow evenings. They refill something that work drains.',
  },
  {
    emotions: [['guilty', 6], ['sad', 4]],
    trigger: 'Cancelled on Mum',
    what: 'I told Mum I could not come on Sunday after all. She said it was fine, in the voice that means it is not.',
    why: 'Family is the value I rank first and I keep letting it slide. The guilt is a message, not a punishment.',
    need: 'I need to plan visits when I have energy, not promise them when I feel guilty.',
  },
  {
    emotions: [['peaceful', 6], ['grateful', 5]],
    trigger: 'Morning walk by the canal',
    what: 'Got up early on Saturday and walked along the canal. Mist on the water, a heron, nobody else.',
    why: 'I did not have to be anything for anyone for an hour.',
    need: 'Time alone outside is one of the things that makes me feel like myself.',
  },
  {
    emotions: [['angry', 7], ['hurt', 6]],
    trigger: 'Argument with Lena',
    what: 'Lena said I always make everything about work. We both said things we did not mean.',
    why: 'It hurt because there is some truth in it. Underneath the anger I feel missed: I want her to ask how I am.',
    need: 'I will call her tomorrow, when we are both calmer, and say the soft part first.',
  },
  {
    emotions: [['restless', 5], ['bored', 4]],
    trigger: 'A rainy Sunday',
    what: 'Rain all day. I scrolled, tidied a drawer, scrolled again.',
    why: 'Without a plan I drift and then judge myself for drifting.',
    need: 'A rainy day can be rest if I call it rest. Next time I will pick one thing I enjoy on purpose.',
  },
  {
    emotions: [['excited', 7], ['nervous', 5]],
    trigger: 'First pottery class',
    what: 'First pottery class tonight. My bowl collapsed twice. The teacher laughed kindly and said everyone\'s does.',
    why: 'Being a beginner is uncomfortable for me. I am used to knowing what I am doing.',
    need: 'I want to let myself be bad at something and enjoy it anyway.',
  },
  {
    emotions: [['content', 6], ['calm', 6]],
    trigger: 'A slow evening at home',
    what: 'Lentil soup, a bath, an early night. Nothing to report, and that is the report.',
    why: 'I used to feel that quiet evenings were wasted. Tonight it felt like I was taking care of someone I like.',
    need: 'Rest is not something I have to earn.',
  },
  {
    emotions: [['anxious', 5], ['hopeful', 5]],
    trigger: 'Sunday evening',
    what: 'The Sunday evening feeling arrived around six, the one where the week ahead looks like a wall.',
    why: 'When I actually looked at the calendar it was an ordinary week. The fear was bigger than the facts.',
    need: 'Looking at the real week, instead of imagining it, calms me.',
  },
  {
    emotions: [['proud', 6], ['happy', 7]],
    trigger: 'Long call with Lena',
    what: 'Called Lena just to talk. We laughed about Dad\'s terrible holiday photos for half an hour.',
    why: 'I kept my Sunday promise to call, and it did not feel like a duty at all.',
    need: 'Small, regular contact keeps us close better than big gestures.',
  },
];
const HARD_MOMENTS = [
  {
    emotions: [['overwhelmed', 9], ['afraid', 6]],
    trigger: 'Launch week',
    what: 'Worked until ten again. Woke at four with the task list running through my head.',
    why: 'I am scared that if I slow down, everything will fall apart and it will be my fault.',
    need: 'This is not sustainable and I know it. I need to tell someone how stretched I am.',
  },
  {
    emotions: [['numb', 6], ['tired', 8]],
    trigger: 'Another late night',
    what: 'Missed my walk, missed dinner, ate crisps at the desk. I feel flat rather than sad.',
    why: 'I think numb is what tired turns into when I ignore it for long enough.',
    need: 'Sleep. And asking for help before I hit the wall, not after.',
  },
  {
    emotions: [['relieved', 8], ['drained', 7]],
    trigger: 'The launch went out',
    what: 'It launched. A few bugs, nothing serious. I cried a little in the car, which surprised me.',
    why: 'All the held-in tension had to go somewhere.',
    need: 'I need a proper rest this weekend, and to look at how the week got this bad.',
  },
];
const OPENINGS = [
  'Sat on the bed with a hand on my heart for a few breaths before writing.',
  'Five slow breaths first.',
  'Writing this at the kitchen table with tea.',
  'Quick one before bed.',
  'Took a minute on the bench outside the office to do this.',
  null,
  null,
];
const workDeck = deck(WORK_MOMENTS);
const homeDeck = deck(HOME_MOMENTS);
const hardDeck = deck(HARD_MOMENTS);
const openingDeck = deck(OPENINGS);

function journal(date, moment, intensityShift) {
  const emotions = moment.emotions.map(([name, n]) => {
    const level = Math.max(1, Math.min(10, n + intensityShift + between(-1, 1)));
    return `${name} ${level}/10`;
  });
  return note(
    'emotional-journal',
    date,
    { emotions, intensity: null, trigger: moment.trigger },
    para(
      openingDeck(),
      '',
      '## What I feel',
      `${moment.emotions.map(([name]) => name).join(', ').replace(/^./, (c) => c.toUpperCase())}.`,
      '',
      '## What stirred it',
      moment.what,
      '',
      moment.why,
      '',
      '## What it tells me',
      moment.need,
    ),
  );
}

for (const d of days(FIRST, LAST)) {
  const hard = inRange(d, ...HARD_WEEK);
  const weekend = weekday(d) >= 5;
  const trip = inRange(d, ...TRIP);
  if (trip) continue;
  if (!(hard ? chance(0.75) : chance(0.5)) && d !== '2026-10-14') continue;
  const shift = hard ? 1 : d > '2026-11-01' ? -1 : 0;
  journal(d, hard ? hardDeck() : weekend ? homeDeck() : chance(0.6) ? workDeck() : homeDeck(), shift);
  if (chance(0.18) || d === '2026-10-14') journal(d, hard ? hardDeck() : homeDeck(), shift);
}

// ---- mistake ledger ----
const MISTAKES = [
  ['2026-08-28', 'Promised two deadlines to two people for the same afternoon', 'Check my calendar before I say yes, every time', true,
    'Told Priya and my manager both that I would have something to them by three. I could only do one.',
    'I say yes to make the moment easier and pay for it later. It was not carelessness so much as wanting to be helpful.'],
  ['2026-09-11', 'Snapped at Sam about the dishes', 'When I am tired, say that I am tired before I say anything else', true,
    'Came home late and picked a fight about the dishes, which were not the point at all.',
    'I was exhausted and felt nobody had noticed. Sam would have, if I had said so.'],
  ['2026-09-18', 'Rushed the budget and used last year\'s rates', 'Block an hour for numbers, with no meetings around it', true,
    'Squeezed the budget between two calls and used last year\'s rates. Finance caught it.',
    'Numbers need my full attention. Half attention is where my mistakes come from.'],
  ['2026-10-01', 'Forgot Lena\'s birthday call until nine at night', 'Put birthdays in the calendar with a reminder the day before', false,
    'Remembered at nine. She was gracious. I felt awful anyway.',
    'I carry too much in my head. A reminder is not a sign that I do not care; it is how I make sure my caring shows.'],
  ['2026-10-16', 'Kept quiet about the workload until I was at breaking point', 'Say "this is too much" in the first week, not the third', true,
    'Told my manager on Friday of the launch week that I could not keep going like this. She asked why I had not said so earlier.',
    'I thought asking for help would look like failing. It turned out not saying anything was what put the launch at risk.'],
  ['2026-10-27', 'Agreed to a Saturday workshop I did not want to run', 'Sleep on any request for my weekend', false,
    'Said yes on the spot to running a workshop on a Saturday. I resented it the whole week.',
    'Another quick yes. The pattern is clear: the faster I answer, the less it reflects what I want.'],
  ['2026-11-09', 'Interrupted Priya in the client meeting', 'Let people finish; write my point down and wait', false,
    'I was so sure of my answer that I talked over Priya. She was right, and I was not.',
    'Confidence is good. Listening is part of it.'],
  ['2026-11-20', 'Left the pottery bowl to dry too fast and it cracked', 'Slow drying, covered loosely, and patience', true,
    'Put my first proper bowl on the radiator to speed it up. It cracked right across.',
    'A small one, but I laughed about it instead of sulking, which feels like progress.'],
];
for (const [date, mistake, lesson, applied, what, learned] of MISTAKES) {
  note(
    'mistake-ledger',
    date,
    { mistake, lesson, applied },
    para('## What happened', what, '', '## What I learned', learned, '', '## Next time', `${lesson}.`, applied && '\nApplied: I did this the next time it came up, and it worked.'),
  );
}

// ---- a self-compassion letter ----
note(
  'self-compassion-letter',
  '2026-09-14',
  {},
  `## The moment
The quarterly presentation today. I lost my place, my voice shook, and I skipped the part I was proudest of.

## The letter
Dear me,

I watched you today, and I want you to know what I saw. I saw someone who stood up in front of thirty people while her heart was racing, and kept going. You lost your place for a few seconds. Nobody remembers that now except you.

You have been carrying a lot: the project, your mum, the feeling that you should be further along than you are. You still showed up and you still did the work. That counts for more than a smooth delivery.

You would never tell Priya she was a failure for stumbling in a presentation. You would bring her tea and tell her the content was good, because it was. So here is your tea.

Next time you can practise once out loud the night before. But you do not have to earn kindness by getting it right.

With love, and more patience than you give yourself,
me

## Reading it again
- 16 October, in the middle of the launch week. It helped more than I expected.
- 10 November, after the meeting where I talked over Priya.
`,
);

// ---- TRUST model ----
note(
  'trust-model',
  '2026-09-30',
  { situation: 'Whether to lead the warehouse project next year' },
  `## The situation
My manager offered me the lead on the warehouse project. I keep changing my mind.

## T: Transparency
The why behind wanting it: I want to grow, and I know I can do more than I am doing. The why behind not wanting it: I am scared of being visible when things go wrong. Both are true.

## R: Relationship
My manager offered it because she thinks I can do it. I can assume she means that, rather than looking for hidden meanings.

## U: Understanding
If Lena were in my place I would tell her to take it and to ask for support. I can stand under that view for myself.

## S: Shared success
A win for me, the team and the project: I lead, with Priya as my second, and a clear plan for the first three months. I can ask for that.

## T: Testing assumptions
I assumed I would be on my own. I have not actually asked what support comes with it. I will ask on Monday before deciding.
`,
);
note(
  'trust-model',
  '2026-10-22',
  { situation: 'What to say to Lena after our argument' },
  `## The situation
Lena and I argued. I want to call her but I keep rehearsing the conversation instead.

## T: Transparency
I want to tell her I felt hurt, and why: I wanted her to ask how I was doing, not what I was doing.

## R: Relationship
She is my sister and she loves me. I can assume she was tired too, not trying to wound me.

## U: Understanding
From her side, I cancel a lot. She has a point. I can listen to that without it meaning I am a bad sister.

## S: Shared success
We both want to feel close again. A standing Sunday call would help us both.

## T: Testing assumptions
I assumed she is still angry. I do not know that. I will call and find out.

Called her that evening. She had been worrying I was still angry. We laughed about it in the end.
`,
);
note(
  'trust-model',
  '2026-11-12',
  { situation: 'Saying yes to the warehouse project' },
  `## The situation
Final decision on the warehouse project lead, due Friday.

## T: Transparency
I want it. I have stopped pretending I do not.

## R: Relationship
My manager agreed to Priya as my second and to a check-in every two weeks. That is respect in both directions.

## U: Understanding
Sam pointed out that I come home happier on days I have solved something hard. He is right.

## S: Shared success
The team gets a lead who knows the suppliers; I get to grow; the project gets someone who cares.

## T: Testing assumptions
"I will fail in front of everyone" is a story. The facts: I have run three smaller projects well. I will say yes.
`,
);

// ---- strengths and weaknesses ----
note(
  'strengths-weaknesses',
  '2026-08-27',
  {
    strengths: ['Organising people and plans', 'Staying calm for others in a crisis', 'Noticing details', 'Keeping my word to other people', 'Making people feel welcome'],
    weaknesses: ['Saying no', 'Asking for help before it is urgent', 'Keeping my word to myself', 'Resting without guilt'],
  },
  `## Looking back
Thought about school, my first job, looking after Dad when he was ill, and the last two years at work.

## Strengths
The pattern is that I am good at holding things together for other people. Everyone comes to me when a plan needs making.

## Weaknesses
The pattern here is the flip side: I hold everything together for everyone except me. I keep promises to others and break the ones to myself.

## Asking someone
Asked Sam. He added "you make people feel welcome" to my strengths, and "you think you have to earn a day off" to the other column. Fair.
`,
);
note(
  'strengths-weaknesses',
  '2026-11-05',
  {
    strengths: ['Organising people and plans', 'Staying calm for others in a crisis', 'Noticing details', 'Keeping small promises to myself', 'Learning new things as a beginner'],
    weaknesses: ['Saying no quickly enough', 'Resting without guilt', 'Speaking up early when overloaded'],
  },
  `## Looking back
Ten weeks on from the first list. I wanted to see what had changed.

## Strengths
"Keeping small promises to myself" moved across from the other column. The walks did that. I added being a beginner, because of pottery.

## Weaknesses
Saying no is better but still slow: I manage it, but a day late. The launch week showed I still wait too long to say when I am overloaded.

## Asking someone
Priya said I am "much less of a martyr than in August". I will take it.
`,
);

// ---- achievable goals ----
note(
  'achievable-goal',
  '2026-08-26',
  { goal: 'I will walk at least 2 days a week for a month', status: 'reached', obstacles: ['Rain: walk at the shopping centre or take an umbrella', 'Lunch meetings: walk after work instead'], reached: '2026-10-02' },
  `## The change I want
To move more, and to prove to myself that I can stick to something.

## The goal
Two days a week, for a month. Deliberately smaller than the daily walk promise, so that the goal is safe even on a bad week.

## Obstacles
Rain, and meetings that eat lunch. Plans for both are in the list above.

## Reached
2 October: five weeks of at least two walks, most weeks far more. I stepped it up into the daily promise.
`,
);
note(
  'achievable-goal',
  '2026-09-20',
  { goal: 'I will take a beginners pottery class this autumn', status: 'active', obstacles: ['Cost: use the birthday money from Mum', 'Feeling silly as a beginner: remind myself everyone starts there', 'Thursday evenings at work: leave at five on Thursdays'], reached: null },
  `## The change I want
More making things with my hands, less screen. Creativity is a value I rate low in how I live it.

## The goal
Sign up for the eight-week beginners course at the community studio, and go to every class I can.

## Progress
- 24 September: signed up.
- 1 October: first class. Collapsed bowl. Loved it.
- November: five classes so far, one missed for the launch. First bowl that held its shape.
`,
);
note(
  'achievable-goal',
  '2026-10-25',
  { goal: 'I will visit Mum every other Sunday', status: 'paused', obstacles: ['Weekend work: protect Sundays', 'Train times: Sam offered to drive'], reached: null },
  `## The change I want
Family is my first value and I live it the least. I want that to change.

## The goal
Every other Sunday, lunch with Mum.

## Paused
Mum is at my aunt's until December, so this is on hold until she is back. Paused rather than dropped: it matters.
`,
);

// ---- mindfulness, about twice a week ----
const SITS = [
  ['Sat on the floor by the window. My mind ran to the budget at least ten times; I kept coming back.', 'I remembered the morning I walked even though it was pouring. I had forgotten how smug and warm I felt afterwards.'],
  ['Short one before work. Hard to settle, but the breath did slow down by the end.', 'Pictured the light in my chest. It felt silly for a moment, then it did not.'],
  ['Did it in the car before going into the office. Engine off, eyes closed.', 'Thought of finishing the supplier report early. I let myself feel proud of it, which I rarely do.'],
  ['Evening sit after a long day. I was fidgety and that was fine.', 'Recalled the first week of walks, when every day felt like a negotiation. It does not any more.'],
  ['Sunday morning, coffee after. The quietest my head has been in weeks.', 'The light image worked today: warm, spreading out through my shoulders.'],
  ['Lay on the bed rather than sitting. Nearly fell asleep.', 'Remembered ringing Lena after the argument. I did the hard thing and it was fine.'],
  ['Sat in the park on my walk, on the bench by the pond.', 'Breathing with my eyes open, watching the ducks. Kept my promise and practised at once.'],
  ['Used the timer this time so I would stop checking the clock.', 'Thought about reaching my walking goal. Small, but mine.'],
  ['Tense sit. The launch is in my shoulders.', 'Could not find a kept promise at first. Then: I have had a glass of water every morning for six weeks. Even that counts.'],
  ['Five minutes at my desk with headphones on.', 'Noticed I was holding my breath while reading email. Now I know to look for it.'],
];
const sitDeck = deck(SITS);
for (const d of days(FIRST, LAST)) {
  if (inRange(d, ...TRIP) || !chance(inRange(d, ...HARD_WEEK) ? 0.15 : 0.3)) continue;
  const [settle, remember] = sitDeck();
  note('mindfulness', d, { minutes: pick([5, 5, 8, 10, 10, 12, 15]) }, para('## How it went', settle, '', '## What I noticed', remember));
}

// ---- boundary log, about once a week ----
const BOUNDARIES = [
  ['Said no to a 6pm meeting', true, 'Offered the next morning instead. Nobody minded.', 'My heart was pounding while I typed it. Ten minutes later I felt lighter.'],
  ['Did not answer work email on Saturday', true, 'Turned notifications off on Friday night.', 'Itchy for the first hour, then a proper weekend.'],
  ['Said yes to Priya\'s invitation to the quiz night', true, 'A yes can be a boundary too: time for friends is mine to protect.', 'Good night. We came fourth.'],
  ['Said no to lending my car to my cousin again', true, 'Explained that I need it on Mondays. He sulked a little.', 'Guilty for a day. Then relieved.'],
  ['Tried to decline the Saturday workshop', false, 'Said "I will think about it" and then said yes anyway when pushed.', 'Annoyed with myself, and learning: decide before the conversation, not during.'],
  ['Asked Dan to check with me before editing my slides', true, 'Said it calmly, first thing in the morning.', 'He apologised and said he had not realised. Easier than I feared.'],
  ['Left the office at five on pottery night', true, 'Put it in the shared calendar as a fixed appointment.', 'Nobody commented. I had been expecting resistance that never came.'],
  ['Turned down extra hours in launch week', false, 'I meant to, but stayed until ten three nights running.', 'I know where the line is. I just did not hold it yet.'],
  ['Told Mum I could visit on the 8th, not the 1st', true, 'Offered a date I could keep rather than one I would cancel.', 'She was happier with a real date than with a vague promise.'],
  ['Said no to hosting the family Christmas', true, 'Offered to bring dessert and help wash up instead.', 'Scary. Lena said "finally" and laughed.'],
  ['Told Sam I needed an evening alone', true, 'Asked for Tuesday to myself.', 'He was glad I asked rather than going quiet. I read and went to bed early.'],
  ['Did not check the client chat on holiday', true, 'Left my work phone at home for the weekend away.', 'The world did not end. I slept nine hours.'],
  ['Pushed back on a same-day deadline', true, 'Asked what would happen if it arrived tomorrow. Nothing would.', 'I used to assume every deadline was real. Asking is allowed.'],
  ['Said no to the second committee', true, 'One committee is enough this year.', 'It felt honest. I would have done it badly anyway.'],
];
const boundaryDeck = deck(BOUNDARIES);
for (let monday = FIRST; monday <= LAST; monday = addDays(monday, 7)) {
  const d = addDays(monday, between(0, 6));
  if (d > LAST) continue;
  const [boundary, held, how, felt] = boundaryDeck();
  note('boundary-log', d, { boundary, held }, para('## What I said', how, '', '## How it felt', felt));
}

// ---- weekly reflection, every Sunday ----
const WEEKS = [
  [4, 'First week. It feels strange to write about myself on purpose.', ['Started the walk promise', 'Wrote my values down'], ['Plan walks around lunch meetings']],
  [5, 'The walks are happening. Cooking is harder than I thought.', ['Tried a new recipe'], ['Plan three dinners on Sunday']],
  [5, 'Steady. Values map showed family is where my days and my values disagree most.', ['Called Lena'], ['Book a visit to Mum']],
  [4, 'The presentation wobble. Wrote myself a letter, which I did not expect to help, and it did.', ['Self-compassion letter'], ['Practise presentations out loud once']],
  [5, 'Calmer week. Asked about the warehouse project support before deciding.', ['Asked a question instead of assuming'], ['Protect one quiet afternoon a week']],
  [6, 'Walking goal reached. Started pottery. Best week so far.', ['Reached my first goal', 'First pottery class'], ['Keep the evenings lighter']],
  [6, 'Short trip with Sam. Rest days on the walk promise, on purpose, and I did not feel guilty.', ['A real weekend away'], ['Work is piling up for next week: talk to my manager on Monday']],
  [3, 'The launch week. I did not talk to my manager on Monday. Barely slept. Wrote a note about getting support.', ['The launch went out', 'Told my manager how stretched I was, in the end'], ['Say it earlier next time', 'Pause the reading promise for now']],
  [4, 'Recovering. Sleeping better. Made up with Lena.', ['Called Lena and talked it through'], ['Rest is a value: treat it like one']],
  [5, 'Said yes to a workshop I did not want. Noticed it, wrote it down.', ['Left at five on pottery night'], ['Decide before conversations, not during']],
  [6, 'Updated my strengths list. Keeping promises to myself has moved across.', ['Strengths list update', 'Six walks'], ['Listen more in meetings']],
  [7, 'Said yes to the warehouse project, for my own reasons. Good talks with Sam.', ['Decided on the project', 'Said no to hosting Christmas'], ['Keep Sunday calls with Lena']],
  [7, 'Quiet, good week. My first bowl that held its shape. Values map: family still lowest, with a plan now.', ['First bowl', 'Lunch with Priya'], ['Start Sunday lunches with Mum when she is back']],
];
WEEKS.forEach(([rating, story, wins, adjust], i) => {
  const monday = addDays(FIRST, i * 7);
  const sunday = addDays(monday, 6);
  const inWeek = (d) => d >= monday && d <= sunday;
  const walks = keptLog.walk.filter(inWeek).length;
  const dinners = keptLog.cook.filter(inWeek).length;
  const counted = [`Walked ${walks} of 7 days`];
  if (monday >= '2026-08-31') counted.push(`Cooked ${dinners} ${dinners === 1 ? 'dinner' : 'dinners'} at home`);
  note(
    'weekly-reflection',
    sunday,
    { rating, wins: [...wins, ...counted], adjust },
    para('## How it went', story, '', '## Wins', wins.concat(counted).map((w) => `- ${w}`).join('\n'), '', '## Adjust', adjust.map((a) => `- ${a}`).join('\n')),
  );
});

// ---- self-care check-ins, every ten days or so ----
const CARE = [
  ['2026-08-29', 5, ['Sleep', 'Time outside'], ['Lie-in on Sunday', 'Walk by the canal'], 'Tired but okay. Sleeping badly because I look at my phone in bed.'],
  ['2026-09-08', 6, ['Quiet evenings'], ['No plans on Wednesday evening'], 'Better. The walks help more than I expected.'],
  ['2026-09-19', 5, ['Company', 'Fun'], ['Quiz night with Priya'], 'A bit flat. I have been all work and a little bit of walking.'],
  ['2026-09-29', 6, ['Something creative'], ['Sign up for pottery'], 'Decent. Restless in a way that wants to make something.'],
  ['2026-10-13', 3, ['Sleep', 'Help at work', 'Proper meals'], ['Bed by eleven even this week', 'Ask Priya to take the supplier calls'], 'Running on empty. Launch week. Writing this at midnight, which says enough.'],
  ['2026-10-19', 4, ['Rest', 'Nothing scheduled'], ['A completely empty Saturday', 'Pause the reading promise'], 'Coming back up slowly. Still tired in my bones.'],
  ['2026-10-30', 6, ['Movement', 'Time with Sam'], ['Long walk on Sunday together', 'Cook the risotto'], 'Much better. Sleep is back to normal.'],
  ['2026-11-10', 7, ['Time alone'], ['Tuesday evening to myself'], 'Good energy. I want to protect it.'],
  ['2026-11-21', 7, ['Warmth', 'Slow mornings'], ['Saturday breakfast in bed', 'Pottery on Thursday'], 'Steady. Dark evenings are drawing in; I want cosy, not more busy.'],
];
for (const [date, energy, needs, plan, how] of CARE) {
  note('self-care-check-in', date, { energy, needs, plan }, para('## My energy', how, '', '## What I need', needs.join(', ') + '.', '', '## Time for me', plan.map((p) => `- ${p}`).join('\n')));
}

// ---- self-trust check-ins, every three weeks ----
const CHECK_INS = [
  ['2026-08-26', [3, 3, 2, 2, 2, 2, 3], 'Reliability to others is high; to myself it is low, and that drags the whole thing down. Perfectionism and fear of judgement both feel familiar.'],
  ['2026-09-16', [3, 3, 3, 2, 2, 3, 3], 'A little steadier. The presentation knocked my confidence, but the letter helped me bounce back faster than usual.'],
  ['2026-10-07', [3, 4, 3, 3, 3, 3, 4], 'Reliability up: I keep the walks. Limits still the weak spot; I can feel the launch coming and I have not said anything.'],
  ['2026-10-28', [3, 4, 3, 3, 3, 3, 4], 'After the launch week. Limits did not drop, oddly: I did finally ask for help, and I learned where my edge is.'],
  ['2026-11-18', [4, 4, 4, 4, 3, 4, 4], 'The best so far. Deciding on the warehouse project for my own reasons moved intuition. Limits is still the one to watch.'],
];
const ELEMENTS = ['confidence', 'reliability', 'resilience', 'intuition', 'limits', 'alignment', 'accountability'];
for (const [date, scores, reflection] of CHECK_INS) {
  note(
    'self-trust-check-in',
    date,
    Object.fromEntries(ELEMENTS.map((k, i) => [k, scores[i]])),
    para('## Reflect', reflection, '', '## What might be in the way', 'Fear of failure, and relying on other people\'s approval to know I did well. One small step: notice when I am waiting for someone to say "great".'),
  );
}

// ---- getting support ----
note(
  'getting-support',
  '2026-10-17',
  {},
  `## What is going on
The launch week took more out of me than a busy week should. I have been waking at four, and the low mood has hung around for most of October. This app is a practice tool, not therapy, and I think I need more than practice right now.

## Where to find help
- In an emergency: my local emergency number.
- The work Employee Assistance Programme: six free sessions, confidential.
- My GP can refer me; I can also look at the national therapist directory.

## What I would like from support
To understand why I wait until I am at breaking point before asking for help, and to sleep properly again.

## My next step
Call the assistance line on Monday morning. Sam will remind me.

Update, 2 November: first session done. She was kind and practical. Five more booked.
`,
);

// ---- a sync-conflict copy of one journal note, as Syncthing leaves it ----
{
  const original = `${FOLDER}/2026-10-14 Emotional journal.md`;
  const text = files.get(original);
  if (!text) throw new Error(`the demo needs ${original}`);
  const conflicted = text.replace(/\n## What it tells me\n/, '\n## What it tells me\n(Started this on my phone on the train.)\n');
  files.set(`${FOLDER}/2026-10-14 Emotional journal.sync-conflict-20261014-203311-ABCDEFG.md`, conflicted);
}

// ---- ordinary notes: not ours, never counted ----
const ORDINARY = {
  'Welcome.md': `# Welcome to the demo vault

This vault holds fourteen weeks of one person's notes from Self-Trust Practice, in the folder \`Self-trust/\`, beside a few ordinary notes that the plugin leaves alone.

Open the Self-trust dashboard to see promises, values, emotions and weekly reflections drawn from these notes.
`,
  'Daily/2026-11-23.md': `---
tags: [daily]
---
# Monday 23 November

- Warehouse project kick-off at 10
- Buy clay tools
- Call the boiler people
`,
  'Daily/2026-11-24.md': `---
tags: [daily]
mood: fine
---
# Tuesday 24 November

- Supplier list for the warehouse project
- Evening to myself
`,
  'Daily/2026-11-25.md': `---
tags: [daily]
---
# Wednesday 25 November

- Review Priya's plan
- Pick up prescription
- Sam's parents on Saturday: bring flowers
`,
  'Daily/2026-11-26.md': `---
tags: [daily]
date: 2026-11-26
---
# Thursday 26 November

- Pottery at 6:30
- Finish the risk register
`,
  'Projects/Warehouse project.md': `---
status: starting
owner: me
---
# Warehouse project

## Goals
- Move stock to the new site by March
- No lost orders during the move

## People
- Priya (second)
- Dan (IT)

## Risks
- Supplier delays in January
- Staff holidays over Christmas
`,
  'Projects/Kitchen shelves.md': `# Kitchen shelves

Measurements: 92 cm wide, 3 shelves, 28 cm apart.
Brackets from the hardware shop on the corner. Ask Sam about the drill.
`,
  'Recipes/Lentil soup.md': `---
tags: [recipe]
serves: 4
---
# Lentil soup

1 onion, 2 carrots, 2 sticks celery, 250 g red lentils, 1 tin tomatoes, 1.2 l stock, cumin.

Soften the vegetables, add the rest, simmer 25 minutes, blend half. Freezes well.
`,
  'Reading list.md': `# Reading list

- [x] The Midnight Library
- [ ] Four Thousand Weeks
- [ ] A book about clay, any book about clay
`,
  'Templates/Daily note.md': `---
tags: [daily]
---
# {{date}}

- 
`,
};
for (const [path, text] of Object.entries(ORDINARY)) files.set(path, text);
// Opened in Obsidian, the demo vault has the plugin enabled (`npm run dev` puts it in .obsidian/plugins).
files.set('.obsidian/community-plugins.json', '["self-trust-practice"]\n');

// ---- write ----
// Everything is written afresh, except a plugin build that `npm run dev` put in .obsidian/plugins.
if (existsSync(vault)) {
  for (const name of readdirSync(vault)) if (name !== '.obsidian') rmSync(join(vault, name), { recursive: true, force: true });
  rmSync(join(vault, '.obsidian', 'community-plugins.json'), { force: true });
}
for (const [path, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const full = join(vault, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}
const ours = [...files.keys()].filter((p) => p.startsWith(`${FOLDER}/`)).length;
console.log(`Wrote ${[...files.keys()].filter((p) => p.endsWith(".md")).length} notes to examples/vault (${ours} in ${FOLDER}/).`);
