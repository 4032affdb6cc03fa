import type { TSESLint } from '@typescript-eslint/utils';

/**
 * A cache of answers about the nodes of one file, for the shared analysis many rules ask the same questions of.
 * It holds the current file's answers in a plain `Map` and starts afresh when asked about another file. A
 * `WeakMap` keyed by nodes would do the same without the reset, but every entry of a `WeakMap` is an ephemeron
 * the garbage collector must trace on each young-generation collection; with an entry per node that made ESLint's
 * own garbage collection measurably slower.
 */
export interface PerFileCache<K, V> {
  /** The answer for `key` in `sourceCode`'s file, or `undefined` when not known. */
  get(sourceCode: Readonly<TSESLint.SourceCode>, key: K): V | undefined;
  set(sourceCode: Readonly<TSESLint.SourceCode>, key: K, value: V): void;
}

export function createPerFileCache<K, V>(): PerFileCache<K, V> {
  let file: Readonly<TSESLint.SourceCode> | undefined;
  let entries = new Map<K, V>();
  return {
    get(sourceCode, key) {
      return sourceCode === file ? entries.get(key) : undefined;
    },
    set(sourceCode, key, value) {
      if (sourceCode !== file) {
        file = sourceCode;
        entries = new Map();
      }
      entries.set(key, value);
    },
  };
}
