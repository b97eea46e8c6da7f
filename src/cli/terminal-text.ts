/**
 * What the CLI prints comes partly from notes and file names, which anyone (a sync, a shared vault, a
 * downloaded template) may have filled with terminal control sequences: ESC[2J clears the screen, OSC 8
 * hides a link behind innocent text, OSC 0 retitles the window. None of them may reach the terminal raw.
 */

// C0 controls except tab and newline (the layout of our own text), DEL, and the C1 controls (U+0080 to
// U+009F; some terminals read U+009B as CSI, the same as ESC [).
// eslint-disable-next-line no-control-regex -- finding control characters is this regex's whole job.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

const hex = (c: string): string => c.charCodeAt(0).toString(16).padStart(2, '0');

/**
 * Text made safe to print: every control character but tab and newline is shown as `\xHH`
 * (ESC as `\x1b`), so a note's escape sequences are visible and inert.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${hex(c)}`);
}

/**
 * A value as JSON for the terminal: JSON.stringify escapes the C0 controls inside strings but leaves
 * DEL and the C1 controls raw; they are written as `\u00HH`, which is still valid JSON for the same value.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(CONTROL, (c) => `\\u00${hex(c)}`);
}

/**
 * A value from a note or a file name, shown inside one line of our own text: controls escaped as by
 * escapeControls, and its own tabs and newlines shown as `\t` and `\n` so it cannot forge a line.
 */
export function inline(text: string): string {
  return escapeControls(text).replace(/\t/g, '\\t').replace(/\n/g, '\\n');
}
