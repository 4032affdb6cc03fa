// Glob helpers for the workspace scan's exclude pattern. vscode-free.

const MAX_EXPANSIONS = 256;

/**
 * Expands brace groups (`**\/*.{js,ts}` → `**\/*.js`, `**\/*.ts`), nested ones too, so that patterns can be joined
 * into one `{a,b,c}` group (the editor's glob syntax does not nest groups). Capped at 256 results.
 */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) {
    return [pattern];
  }
  let depth = 0;
  const commas: number[] = [];
  let close = -1;
  for (let i = open; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth--;
      if (depth === 0) {
        close = i;
        break;
      }
    } else if (char === ',' && depth === 1) {
      commas.push(i);
    }
  }
  if (close === -1) {
    return [pattern];
  }
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const bounds = [open, ...commas, close];
  const out: string[] = [];
  for (let i = 0; i < bounds.length - 1 && out.length < MAX_EXPANSIONS; i++) {
    const option = pattern.slice(bounds[i]! + 1, bounds[i + 1]);
    for (const expanded of expandBraces(head + option + tail)) {
      if (out.length >= MAX_EXPANSIONS) {
        break;
      }
      out.push(expanded);
    }
  }
  return out;
}

/** One glob matching any of `patterns` (braces expanded, duplicates dropped), or `undefined` for none. */
export function joinGlobs(patterns: readonly string[]): string | undefined {
  const all = [
    ...new Set(patterns.flatMap(pattern => expandBraces(pattern.trim())).filter(p => p && !p.includes(','))),
  ];
  if (all.length === 0) {
    return undefined;
  }
  return all.length === 1 ? all[0] : `{${all.join(',')}}`;
}
