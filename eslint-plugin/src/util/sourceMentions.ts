import type { TSESLint } from '@typescript-eslint/utils';

/**
 * The file-text prefilter of the rules: a rule that can only report where the source mentions one of a few words
 * (a package name, an API name, a protocol parameter) declares them, and in a file that mentions none of them it
 * sets up no listener at all. Most files of an application never touch an identity library, so most rules cost
 * nothing there.
 *
 * The words of every rule are registered when the rule module is built, and a file's text is scanned once, for all
 * of them together (one regular expression, case-insensitive), the first time any rule asks. Matching is on
 * substrings, so `msal` is found in `@azure/msal-node` and `PublicClientApplication` in a longer identifier.
 */

const registered = new Set<string>();
let scanner: { regex: RegExp; contained: Map<string, readonly string[]> } | undefined;
const found = new WeakMap<object, { scanner: NonNullable<typeof scanner>; words: ReadonlySet<string> }>();
let enabled = true;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Adds a rule's words to the ones every file is scanned for; returns them lower-cased, as they are looked up. */
export function registerMentions(words: readonly string[]): readonly string[] {
  const lower = words.map(word => word.toLowerCase());
  for (const word of lower) {
    if (word.length === 0) {
      throw new Error('A prefilter word must not be empty.');
    }
    if (!registered.has(word)) {
      registered.add(word);
      scanner = undefined;
    }
  }
  return lower;
}

function getScanner(): NonNullable<typeof scanner> {
  if (!scanner) {
    // Longest first, so that at each position the longest word matches; the shorter words it contains are added
    // with it (the scan resumes one character after each match start, so words that overlap a match are found too).
    const words = [...registered].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const contained = new Map<string, readonly string[]>(
      words.map(word => [word, words.filter(other => other !== word && word.includes(other))]),
    );
    scanner = { regex: new RegExp(words.map(escapeRegExp).join('|'), 'gi'), contained };
  }
  return scanner;
}

function scan(text: string, { regex, contained }: NonNullable<typeof scanner>): ReadonlySet<string> {
  const out = new Set<string>();
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    const word = match[0].toLowerCase();
    if (!out.has(word)) {
      out.add(word);
      for (const inner of contained.get(word) ?? []) {
        out.add(inner);
      }
    }
    regex.lastIndex = match.index + 1;
  }
  return out;
}

/**
 * Whether the file's text contains one of `words` (lower-case, as `registerMentions` returned them), ignoring case.
 * Always true while the prefilter is switched off.
 */
export function sourceMentionsAny(sourceCode: Readonly<TSESLint.SourceCode>, words: readonly string[]): boolean {
  if (!enabled) {
    return true;
  }
  const current = getScanner();
  let entry = found.get(sourceCode);
  if (entry?.scanner !== current) {
    entry = { scanner: current, words: scan(sourceCode.text, current) };
    found.set(sourceCode, entry);
  }
  for (const word of words) {
    if (entry.words.has(word)) {
      return true;
    }
  }
  return false;
}

/**
 * Switches the prefilter off (or back on) for every rule. For tests that check a rule finds the same problems
 * with and without it; not part of the plugin's configuration.
 */
export function setMentionsPrefilter(on: boolean): void {
  enabled = on;
}
