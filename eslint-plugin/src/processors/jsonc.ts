/**
 * Whether `text` is JSON, or JSON with comments and trailing commas (JSONC, as `tsconfig.json`, VS Code settings
 * and ASP.NET Core's `appsettings.json` allow): then it is also a JavaScript expression. Comments and trailing
 * commas are blanked out and the rest is given to `JSON.parse`.
 */
export function isJsonOrJsonc(text: string): boolean {
  if (text.trim().length === 0) {
    return false;
  }
  try {
    JSON.parse(text);
    return true;
  } catch {
    // Perhaps JSONC.
  }
  try {
    JSON.parse(blankCommentsAndTrailingCommas(text));
    return true;
  } catch {
    return false;
  }
}

/** `text` with `//` and `/* … *\/` comments and the commas before `}` or `]` replaced by spaces. */
function blankCommentsAndTrailingCommas(text: string): string {
  const out = text.split('');
  let lastComma = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      lastComma = -1;
      for (i++; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === '\\') {
          i++;
        }
      }
    } else if (c === '/' && text[i + 1] === '/') {
      for (; i < text.length && text[i] !== '\n' && text[i] !== '\r'; i++) {
        out[i] = ' ';
      }
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      for (; i < stop; i++) {
        out[i] = /\s/.test(text[i]!) ? text[i]! : ' ';
      }
      i--;
    } else if (c === ',') {
      lastComma = i;
    } else if ((c === '}' || c === ']') && lastComma >= 0) {
      out[lastComma] = ' ';
      lastComma = -1;
    } else if (!/\s/.test(c)) {
      lastComma = -1;
    }
  }
  return out.join('');
}
