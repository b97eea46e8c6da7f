/**
 * Turns a template into a new note: fills {{date}}, {{week}} and {{title}}, and sets frontmatter
 * fields to the values given (from a command, the CLI's `--set`, a form). Whatever the user typed,
 * the frontmatter stays valid YAML and reads back as exactly what they typed.
 */
import { isDay, weekLabel, type Day, type WeekStart } from '../day';
import type { ExerciseId } from '../entry';
import type { Settings } from '../ports';
import { getExercise, isExerciseId } from '../catalog/exercises';
import { EXERCISE_FIELDS, fieldSpec, type FieldType } from '../catalog/fields';
import { BUNDLED_TEMPLATES } from './bundled';
import { isPlainSafe, quoteYaml, yamlScalar } from './yaml-scalar';

export interface TemplateValues {
  date: Day;
  weekStart: WeekStart;
  /**
   * Frontmatter keys to set, each to the text the user gave; several texts (a list field's items,
   * given one by one) make a list.
   */
  fields?: Record<string, string | readonly string[]>;
}

/** The text of templates/<id>.md as shipped. */
export function bundledTemplate(id: ExerciseId): string {
  return BUNDLED_TEMPLATES[id];
}

/** Fills a template. The exercise (for {{title}} and field types) is read from its `selftrust` key. */
export function renderTemplate(templateText: string, values: TemplateValues): string {
  const doc = splitNote(templateText);
  const id = exerciseIdOf(doc.frontmatter);
  const title = id ? (getExercise(id)?.title ?? '') : '';
  return render(doc, values, id, title);
}

/**
 * A new note for an exercise, from the bundled template or the user's own (`override`). A user's
 * template may lack `selftrust` or `date`; they are added so the note is always counted.
 */
export function renderExercise(id: ExerciseId, values: TemplateValues, override?: string): string {
  const doc = splitNote(override ?? bundledTemplate(id));
  const title = getExercise(id)?.title ?? id;
  if (!doc.frontmatter) doc.frontmatter = [];
  if (findKey(doc.frontmatter, 'selftrust') < 0) doc.frontmatter.unshift(`selftrust: ${id}`);
  if (findKey(doc.frontmatter, 'date') < 0) doc.frontmatter.splice(1, 0, 'date: {{date}}');
  return render(doc, values, id, title);
}

/** `folder/name.md` for a new note, from settings.fileNamePattern, safe on every platform. */
export function notePathFor(settings: Settings, id: ExerciseId, date: Day): string {
  const title = getExercise(id)?.title ?? id;
  const filled = settings.fileNamePattern.replace(/\{(date|title|id|week)\}/g, (_, name: string) =>
    name === 'date' ? date : name === 'title' ? title : name === 'id' ? id : weekLabel(date, settings.weekStart),
  );
  const name = safeFileName(filled) || id;
  const folder = normaliseFolder(settings.notesFolder);
  return folder ? `${folder}/${name}.md` : `${name}.md`;
}

/** `x.md` when free, else `x 2.md`, `x 3.md`, ...: never a path `taken` reports as used. */
export function nextFreePath(path: string, taken: (p: string) => boolean): string {
  if (!taken(path)) return path;
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  const cut = dot > slash + 1 ? dot : path.length;
  const stem = path.slice(0, cut);
  const ext = path.slice(cut);
  for (let n = 2; ; n++) {
    const candidate = `${stem} ${n}${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

// Characters that Windows, macOS, Android or iOS refuse in a file name, or that Obsidian uses for
// links (# ^ [ ] |); control characters and lone surrogates (no file system can store them) go too.
const ILLEGAL_IN_FILE_NAME = new Set('\\/:*?"<>|#^[]');

function safeFileName(name: string): string {
  return [...name]
    .filter((c) => c >= ' ' && c !== '\u007f' && !ILLEGAL_IN_FILE_NAME.has(c) && !isLoneSurrogate(c))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '') // Windows drops trailing dots and spaces
    .replace(/^[. ]+/, ''); // a leading dot hides the note: Obsidian, file managers and the CLI pass dot-files over
}

function isLoneSurrogate(c: string): boolean {
  return c.length === 1 && c >= '\ud800' && c <= '\udfff';
}

function normaliseFolder(folder: string): string {
  return folder
    .split(/[\\/]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .join('/');
}

// ---- the note as lines ----

interface NoteLines {
  /** Lines between the `---` fences, or null when the note has no frontmatter. */
  frontmatter: string[] | null;
  body: string[];
  eol: string;
}

function splitNote(text: string): NoteLines {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n/);
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((l, i) => i > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
    if (end > 0) return { frontmatter: lines.slice(1, end), body: lines.slice(end + 1), eol };
  }
  return { frontmatter: null, body: lines, eol };
}

function joinNote(doc: NoteLines): string {
  const body = doc.body.join(doc.eol);
  if (!doc.frontmatter) return body;
  return ['---', ...doc.frontmatter, '---'].join(doc.eol) + doc.eol + body;
}

function exerciseIdOf(frontmatter: string[] | null): ExerciseId | undefined {
  for (const line of frontmatter ?? []) {
    const m = /^selftrust\s*:\s*["']?([a-z-]+)["']?\s*$/.exec(line);
    if (m && isExerciseId(m[1])) return m[1];
  }
  return undefined;
}

function render(doc: NoteLines, values: TemplateValues, id: ExerciseId | undefined, title: string): string {
  const week = weekLabel(values.date, values.weekStart);
  const fill = (line: string): string =>
    line.replace(/\{\{\s*(date|week|title)\s*\}\}/g, (_, name: string) =>
      name === 'date' ? values.date : name === 'week' ? week : title,
    );
  doc.body = doc.body.map(fill);
  if (doc.frontmatter) doc.frontmatter = doc.frontmatter.map(fill);
  const fields = Object.entries(values.fields ?? {});
  if (fields.length > 0) {
    if (!doc.frontmatter) doc.frontmatter = [];
    for (const [key, text] of fields) setField(doc.frontmatter, key, fieldValue(typeOf(id, key), text));
  }
  return joinNote(doc);
}

// ---- setting one field ----

const SIMPLE_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function keyText(key: string): string {
  return SIMPLE_KEY.test(key) && isPlainSafe(key) ? key : quoteYaml(key);
}

/** The index of the top-level line `key:`, or -1. */
function findKey(frontmatter: string[], key: string): number {
  const written = keyText(key);
  return frontmatter.findIndex((line) => {
    if (!line.startsWith(written)) return false;
    return /^\s*:(\s|$)/.test(line.slice(written.length));
  });
}

/** Replaces the value of `key` (its line and any indented or list lines under it), or appends it. */
function setField(frontmatter: string[], key: string, value: string[]): void {
  const [first = '', ...rest] = value;
  const lines = [`${keyText(key)}:${first ? ' ' + first : ''}`, ...rest];
  const at = findKey(frontmatter, key);
  if (at < 0) {
    frontmatter.push(...lines);
    return;
  }
  let end = at + 1;
  while (end < frontmatter.length && isContinuation(frontmatter, end)) end++;
  frontmatter.splice(at, end - at, ...lines);
}

/** An indented line, a `- item` line, or a blank line that more of the same value follows. */
function isContinuation(lines: string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (/^(\s+\S|-(\s|$))/.test(line)) return true;
  if (line.trim() !== '') return false;
  for (let j = i + 1; j < lines.length; j++) {
    const next = lines[j] ?? '';
    if (next.trim() !== '') return /^(\s+\S|-(\s|$))/.test(next);
  }
  return false;
}

function typeOf(id: ExerciseId | undefined, key: string): FieldType {
  const own = id ? fieldSpec(id, key) : undefined;
  if (own) return own.type;
  // A template without (a known) selftrust: use the key's type in whichever exercise has it.
  for (const specs of Object.values(EXERCISE_FIELDS)) {
    const spec = specs.find((f) => f.key === key);
    if (spec) return spec.type;
  }
  return 'text';
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** The YAML for one value, as the lines after `key:` (the first goes on the key's line). */
function fieldValue(type: FieldType, given: string | readonly string[]): string[] {
  if (typeof given !== 'string') {
    // Several texts: a list field takes each as an item; any other field gets them as a list too
    // rather than losing all but one (the note's reader then names the field).
    if (given.length === 1 && type !== 'list') return fieldValue(type, given[0] as string);
    return given.length === 0 ? ['[]'] : ['', ...given.map((item) => `  - ${yamlScalar(item)}`)];
  }
  const text = given;
  const trimmed = text.trim();
  switch (type) {
    case 'number':
      if (trimmed === '') return [''];
      // Written canonically: `010` would be octal 8 to a YAML 1.1 parser.
      if (DECIMAL.test(trimmed) && Number.isFinite(Number(trimmed))) return [String(Number(trimmed))];
      return [quoteYaml(text)];
    case 'checkbox':
      if (trimmed === '') return [''];
      if (/^(true|false)$/i.test(trimmed)) return [trimmed.toLowerCase()];
      return [quoteYaml(text)];
    case 'date':
      if (trimmed === '') return [''];
      return [isDay(trimmed) ? trimmed : quoteYaml(text)];
    case 'list':
      // One item: the text as given. An empty text is an empty list.
      return text === '' ? ['[]'] : ['', `  - ${yamlScalar(text)}`];
    case 'text':
    case 'choice':
      return [text === '' ? '""' : yamlScalar(text)];
  }
}
