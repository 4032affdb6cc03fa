import { parse } from '@typescript-eslint/typescript-estree';

/** A small, fast, seedable PRNG (mulberry32), so every run tests the same variants. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A source split into tokens and the text between them (whitespace and comments): gaps.length === tokens.length + 1.
 */
export interface Tokenized {
  tokens: string[];
  gaps: string[];
}

export function tokenize(code: string, jsx: boolean): Tokenized | undefined {
  let ranges: [number, number][];
  try {
    ranges = parse(code, { tokens: true, range: true, comment: false, jsx }).tokens.map(t => t.range);
  } catch {
    return undefined;
  }
  const tokens: string[] = [];
  const gaps: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    gaps.push(code.slice(at, start));
    tokens.push(code.slice(start, end));
    at = end;
  }
  gaps.push(code.slice(at));
  return { tokens, gaps };
}

type Mutation = 'delete' | 'duplicate' | 'swap';

/** Applies `count` random token edits (delete one, duplicate one, swap two nearby) and returns the new source. */
export function mutate(source: Tokenized, random: () => number, count: number): { code: string; edits: string[] } {
  const tokens = [...source.tokens];
  const gaps = [...source.gaps];
  const edits: string[] = [];
  for (let k = 0; k < count && tokens.length > 1; k++) {
    const i = Math.floor(random() * tokens.length);
    const kind: Mutation = (['delete', 'duplicate', 'swap'] as const)[Math.floor(random() * 3)]!;
    if (kind === 'delete') {
      edits.push(`delete ${JSON.stringify(tokens[i])}`);
      tokens.splice(i, 1);
      // Keep one of the two gaps around the removed token, so line structure mostly survives.
      gaps.splice(i + 1, 1);
    } else if (kind === 'duplicate') {
      edits.push(`duplicate ${JSON.stringify(tokens[i])}`);
      tokens.splice(i + 1, 0, tokens[i]!);
      gaps.splice(i + 1, 0, ' ');
    } else {
      const j = Math.min(tokens.length - 1, i + 1 + Math.floor(random() * 4));
      if (j === i) continue;
      edits.push(`swap ${JSON.stringify(tokens[i])} and ${JSON.stringify(tokens[j])}`);
      [tokens[i], tokens[j]] = [tokens[j]!, tokens[i]!];
    }
  }
  let code = gaps[0] ?? '';
  tokens.forEach((token, index) => {
    code += token + (gaps[index + 1] ?? '');
  });
  return { code, edits };
}
