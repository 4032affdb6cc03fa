/** One `KEY=value` of a dotenv file, with where its parts are in the file. */
export interface DotenvEntry {
  key: string;
  /** Offset of the key's first character. */
  keyStart: number;
  /** The value as the `dotenv` package reads it: quotes removed, `\n` and `\r` unescaped in double quotes. */
  value: string;
  /** The value's text in the file, quotes included: `[valueStart, valueEnd)`. */
  valueStart: number;
  valueEnd: number;
  /** The quote around the value, or `''` for an unquoted value. */
  quote: '' | '"' | "'" | '`';
  /** For each character of `value`, the offset in the file of the character (or escape) it was read from. */
  origins: number[];
}

/**
 * The `dotenv` package's line grammar (lib/main.js): an optional `export `, a key of word characters, dots and
 * dashes, `=` (or `: `), then a single-, double- or backtick-quoted value (which may span lines) or an unquoted one
 * up to a `#` comment or the end of the line.
 */
const LINE =
  /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/dgm;

/**
 * Reads a dotenv file the way the `dotenv` package does (it turns `\r\n` and `\r` into `\n` first, trims the value,
 * removes matching quotes, and in double quotes turns `\n` and `\r` into line breaks; a later key wins at run time,
 * but every entry is returned here, in file order), keeping each part's offsets in `text`.
 */
export function parseDotenv(text: string): DotenvEntry[] {
  // The grammar runs on the text with `\n` line breaks; `toOriginal` maps its offsets back.
  const removed: number[] = [];
  const normalized = text.replace(/\r\n?/g, (breakText, offset: number) => {
    if (breakText.length === 2) {
      removed.push(offset - removed.length);
    }
    return '\n';
  });
  const toOriginal = (offset: number): number => {
    let low = 0;
    let high = removed.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (removed[middle]! < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return offset + low;
  };

  const entries: DotenvEntry[] = [];
  LINE.lastIndex = 0;
  for (let match = LINE.exec(normalized); match; match = LINE.exec(normalized)) {
    if (match[0].length === 0) {
      LINE.lastIndex++;
      continue;
    }
    const indices = match.indices!;
    const key = match[1]!;
    const keyStart = toOriginal(indices[1]![0]);
    const raw = match[2] ?? '';
    const rawStart = indices[2]?.[0] ?? indices[1]![1];
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = rawStart + leading;
    const end = start + trimmed.length;
    const first = trimmed[0];
    const quoted = trimmed.length >= 2 && (first === '"' || first === "'" || first === '`') && trimmed.endsWith(first);
    const quote = quoted ? (first as DotenvEntry['quote']) : '';
    const bodyStart = quoted ? start + 1 : start;
    const body = quoted ? trimmed.slice(1, -1) : trimmed;
    let value = '';
    const origins: number[] = [];
    for (let i = 0; i < body.length; i++) {
      const next = body[i + 1];
      if (quote === '"' && body[i] === '\\' && (next === 'n' || next === 'r')) {
        value += next === 'n' ? '\n' : '\r';
        origins.push(toOriginal(bodyStart + i));
        i++;
      } else {
        value += body[i];
        origins.push(toOriginal(bodyStart + i));
      }
    }
    entries.push({ key, keyStart, value, valueStart: toOriginal(start), valueEnd: toOriginal(end), quote, origins });
  }
  return entries;
}
