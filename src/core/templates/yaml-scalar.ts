/**
 * Writes user text as one YAML scalar that every YAML parser reads back as exactly that text.
 * Plain style for ordinary words (so notes stay pleasant to read and edit by hand), double-quoted
 * with escapes for anything else: YAML gives meaning to many characters and words
 * (`: `, ` #`, a leading `-`, `yes`, `null`, `012`, ...), and quoting is the one form without exceptions.
 */

/** Plain only when it starts with a letter and holds nothing YAML could read as syntax. */
const PLAIN_SAFE = /^[A-Za-z][A-Za-z0-9 _.,'()/+-]*$/;

/** Words that some YAML parser (1.1 or 1.2) reads as a boolean or null. */
const RESERVED = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'null']);

export function isPlainSafe(text: string): boolean {
  return PLAIN_SAFE.test(text) && !text.endsWith(' ') && !RESERVED.has(text.toLowerCase());
}

/** The text as a YAML scalar: plain when safe, otherwise double-quoted. */
export function yamlScalar(text: string): string {
  return isPlainSafe(text) ? text : quoteYaml(text);
}

const NAMED_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\0': '\\0',
};

/**
 * A double-quoted YAML scalar on one line. Escapes the quote, the backslash, every control and
 * line-break character (C0, DEL, C1, U+2028/2029), the byte-order mark, the non-characters
 * U+FFFE/U+FFFF and lone surrogates: js-yaml rejects a document holding any of those raw.
 */
export function quoteYaml(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const code = ch.charCodeAt(0);
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) {
      out += named;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += ch + text[i + 1];
        i++;
      } else {
        out += unicodeEscape(code);
      }
    } else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      (code >= 0xdc00 && code <= 0xdfff) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff ||
      code === 0xfffe ||
      code === 0xffff
    ) {
      out += unicodeEscape(code);
    } else {
      out += ch;
    }
  }
  return out + '"';
}

function unicodeEscape(code: number): string {
  return '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
}
