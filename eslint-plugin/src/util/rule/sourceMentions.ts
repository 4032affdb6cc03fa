import type { TSESLint } from '@typescript-eslint/utils';

import { createPerFileCache } from './perFileCache';

/**
 * The file-text prefilter of the rules: a rule that can only report where the source mentions one of a few words
 * (a package name, an API name, a protocol parameter) declares them, and in a file that mentions none of them it
 * sets up no listener at all. Most files of an application never touch an identity library, so most rules cost
 * nothing there.
 *
 * The words of every rule are registered when the rule module is built, and a file's text is scanned once, for all
 * of them together (one pass, case-insensitive), the first time any rule asks. Matching is on
 * substrings, so `msal` is found in `@azure/msal-node` and `PublicClientApplication` in a longer identifier.
 */

const registered = new Set<string>();
let scanner: Scanner | undefined;
/** Each file's scan result, by the scanner that made it (a word registered later makes a new scanner). */
const found = createPerFileCache<Scanner, Uint8Array>();
let enabled = true;

/**
 * An Aho-Corasick automaton over all registered words, as a dense transition table: one table lookup per character
 * of the file, however many words there are (a regular expression alternating the same words was three times
 * slower on real code). Characters are first mapped to a small alphabet, the characters the words use (upper case
 * folded to lower case); every other character leads back to the start. That keeps the table small enough to stay
 * in the processor's cache.
 */
interface Scanner {
  words: readonly string[];
  /** Alphabet index of each ASCII character, 0 for characters no word uses. */
  alphabet: Uint8Array;
  /** log2 of the table's row length. */
  shift: number;
  /** `table[(state << shift) | alphabet[charCode]]`: the next state. */
  table: Uint16Array | Uint32Array;
  /** For each state, the indexes of the words that end there (its own and its failure chain's), or undefined. */
  output: (readonly number[] | undefined)[];
  /**
   * States are numbered so that the ones with an output come last, from this number on: whether a word ends at a
   * character is one comparison, with no memory read.
   */
  firstAccepting: number;
}

/** Adds a rule's words to the ones every file is scanned for; returns them lower-cased, as they are looked up. */
export function registerMentions(words: readonly string[]): readonly string[] {
  const lower = words.map(word => word.toLowerCase());
  for (const word of lower) {
    if (word.length === 0 || !/^[\x20-\x7e]+$/.test(word)) {
      throw new Error(`A prefilter word must be printable ASCII and not empty: ${JSON.stringify(word)}.`);
    }
    if (!registered.has(word)) {
      registered.add(word);
      scanner = undefined;
    }
  }
  return lower;
}

function buildScanner(): Scanner {
  const words = [...registered];
  const alphabet = new Uint8Array(128);
  let letters = 1;
  for (const word of words) {
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (alphabet[code] === 0) {
        alphabet[code] = letters++;
      }
    }
  }
  for (let code = 65; code <= 90; code++) {
    alphabet[code] = alphabet[code + 32]!;
  }
  let shift = 0;
  while (1 << shift < letters) {
    shift++;
  }
  const width = 1 << shift;
  const children: Map<number, number>[] = [new Map()];
  const ends: number[][] = [[]];
  words.forEach((word, index) => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const letter = alphabet[word.charCodeAt(i)]!;
      let next = children[state]!.get(letter);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        ends.push([]);
        children[state]!.set(letter, next);
      }
      state = next;
    }
    ends[state]!.push(index);
  });
  const count = children.length;
  const table = count <= 0xffff ? new Uint16Array(count * width) : new Uint32Array(count * width);
  const failure = new Uint32Array(count);
  const output: (number[] | undefined)[] = new Array(count);
  // Breadth first, so a state's failure state (shallower) has its row and output complete before it is used.
  const queue: number[] = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const fail = failure[state]!;
    for (let letter = 1; letter < width; letter++) {
      const child = children[state]!.get(letter);
      if (child !== undefined) {
        failure[child] = state === 0 ? 0 : table[fail * width + letter]!;
        table[state * width + letter] = child;
        queue.push(child);
      } else {
        table[state * width + letter] = state === 0 ? 0 : table[fail * width + letter]!;
      }
    }
    const own = ends[state]!;
    const inherited = state === 0 ? undefined : output[fail];
    output[state] = own.length > 0 || inherited ? [...own, ...(inherited ?? [])] : undefined;
  }
  // Renumber: states without output first (the start state stays 0, as no word is empty), then those with one.
  const order = queue.filter(state => !output[state]);
  const firstAccepting = order.length;
  for (const state of queue) {
    if (output[state]) {
      order.push(state);
    }
  }
  const renumbered = new Uint32Array(count);
  order.forEach((state, index) => {
    renumbered[state] = index;
  });
  const finalTable = count <= 0xffff ? new Uint16Array(count * width) : new Uint32Array(count * width);
  const finalOutput: (readonly number[] | undefined)[] = new Array(count);
  for (let state = 0; state < count; state++) {
    const row = renumbered[state]! * width;
    for (let letter = 0; letter < width; letter++) {
      finalTable[row + letter] = renumbered[table[state * width + letter]!]!;
    }
    finalOutput[renumbered[state]!] = output[state];
  }
  return { words, alphabet, shift, table: finalTable, output: finalOutput, firstAccepting };
}

/** Which words occur in `text`: `present[index]` is 1 for each index into `scanner.words` found. */
function scan(text: string, { words, alphabet, shift, table, output, firstAccepting }: Scanner): Uint8Array {
  const present = new Uint8Array(words.length);
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    state = code < 128 ? table[(state << shift) | alphabet[code]!]! : 0;
    if (state >= firstAccepting) {
      const hits = output[state]!;
      for (let k = 0; k < hits.length; k++) {
        present[hits[k]!] = 1;
      }
    }
  }
  return present;
}

/** Where a word list keeps its indexes into `scanner.words`, worked out once per list and scanner. */
const IDS = Symbol('sourceMentions.ids');
type IndexedWords = readonly string[] & { [IDS]?: { scanner: Scanner; ids: Int32Array } };

/** The indexes into `scanner.words` of a word list; a word that was never registered gets -1. */
function indexesOf(words: IndexedWords, scanner: Scanner): Int32Array {
  const entry = words[IDS];
  if (entry?.scanner === scanner) {
    return entry.ids;
  }
  const byWord = new Map(scanner.words.map((word, index) => [word, index]));
  const ids = Int32Array.from(words, word => byWord.get(word.toLowerCase()) ?? -1);
  if (Object.isExtensible(words)) {
    // A property of the list itself: a rule's question costs no map lookup.
    Object.defineProperty(words, IDS, {
      value: { scanner, ids },
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
  return ids;
}

/**
 * The text the last answers were for, and what its scan found: every rule asks about the file being linted, so
 * all but the first question of a file are answered without a `WeakMap` lookup. The text, not the `SourceCode`:
 * holding the last file's `SourceCode` would keep its whole syntax tree in memory while the next file is parsed.
 */
let lastText: string | undefined;
let lastEntry: { scanner: Scanner; present: Uint8Array } | undefined;

/**
 * Whether the file's text contains one of `words` (lower-case, as `registerMentions` returned them), ignoring case.
 * Always true while the prefilter is switched off.
 */
export function sourceMentionsAny(sourceCode: Readonly<TSESLint.SourceCode>, words: readonly string[]): boolean {
  if (!enabled) {
    return true;
  }
  const entry = fileEntry(sourceCode);
  return anyPresent(entry, sourceCode.text, words);
}

/**
 * `sourceMentionsAny` for one word list asked about in every file (a rule's own prefilter): the list's word
 * indexes are kept with the check itself, so a file's answer reads little more than the file's scan result. The
 * check runs once per rule per file, right after the parser has pushed everything else out of the processor's
 * caches, which makes every separate object it reads count.
 */
export function createMentionsCheck(words: readonly string[]): (sourceCode: Readonly<TSESLint.SourceCode>) => boolean {
  let ids: Int32Array = new Int32Array(0);
  let idsScanner: Scanner | undefined;
  return sourceCode => {
    if (!enabled) {
      return true;
    }
    const entry = fileEntry(sourceCode);
    if (idsScanner !== entry.scanner) {
      ids = indexesOf(words, entry.scanner);
      idsScanner = entry.scanner;
    }
    return anyOf(entry.present, ids, sourceCode.text, words);
  };
}

/** The scan result for a file's text: the last file's without a lookup, else scanned (once per text and scanner). */
function fileEntry(sourceCode: Readonly<TSESLint.SourceCode>): { scanner: Scanner; present: Uint8Array } {
  const current = (scanner ??= buildScanner());
  const text = sourceCode.text;
  let entry = text === lastText ? lastEntry : undefined;
  if (entry?.scanner !== current) {
    let present = found.get(sourceCode, current);
    if (!present) {
      present = scan(text, current);
      found.set(sourceCode, current, present);
    }
    entry = { scanner: current, present };
  }
  lastText = text;
  lastEntry = entry;
  return entry;
}

/** Which registered words occur in a piece of text, for `mentionsAny` to answer questions about. */
export interface TextMentions {
  text: string;
  scanner: Scanner;
  present: Uint8Array;
}

/**
 * Scans a piece of text (a string of the file rather than the whole file) once for every registered word, so that
 * several word lists can then be asked about it without searching it again.
 */
export function scanMentions(text: string): TextMentions {
  const current = (scanner ??= buildScanner());
  return { text, scanner: current, present: scan(text, current) };
}

/**
 * Whether the text `scanMentions` scanned contains one of `words` (as `registerMentions` returned them), ignoring case.
 */
export function mentionsAny(mentions: TextMentions, words: readonly string[]): boolean {
  return anyPresent(mentions, mentions.text, words);
}

function anyPresent(entry: { scanner: Scanner; present: Uint8Array }, text: string, words: readonly string[]): boolean {
  return anyOf(entry.present, indexesOf(words, entry.scanner), text, words);
}

/** Whether one of `words` (their indexes `ids` into the scanner's words) was found. */
function anyOf(present: Uint8Array, ids: Int32Array, text: string, words: readonly string[]): boolean {
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    // A word that was never registered (-1) is looked for the slow way, so the answer stays right.
    if (id >= 0 ? present[id] === 1 : text.toLowerCase().includes(words[k]!.toLowerCase())) {
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
