import type { TSESLint } from '@typescript-eslint/utils';

/**
 * A cache of answers about the nodes of one file, for the shared analysis many rules ask the same questions of.
 * Each file's answers sit in a plain `Map`, found through a `WeakMap` keyed by the file's `SourceCode`:
 *
 * - not a `WeakMap` keyed by nodes, since every entry of a `WeakMap` is an ephemeron the garbage collector must
 *   trace on each young-generation collection, and an entry per node made ESLint's own collections measurably slower;
 * - not a module-level reference to the last file either, which would keep that file's whole syntax tree in memory
 *   while ESLint (which lets go of it first) parses the next file: two large trees at once.
 *
 * A file's answers go when its `SourceCode` does.
 */
export interface PerFileCache<K, V> {
  /** The answer for `key` in `sourceCode`'s file, or `undefined` when not known. */
  get(sourceCode: Readonly<TSESLint.SourceCode>, key: K): V | undefined;
  set(sourceCode: Readonly<TSESLint.SourceCode>, key: K, value: V): void;
}

export function createPerFileCache<K, V>(): PerFileCache<K, V> {
  const files = new WeakMap<object, Map<K, V>>();
  return {
    get(sourceCode, key) {
      return files.get(sourceCode)?.get(key);
    },
    set(sourceCode, key, value) {
      let entries = files.get(sourceCode);
      if (!entries) {
        entries = new Map();
        files.set(sourceCode, entries);
      }
      entries.set(key, value);
    },
  };
}

/** One answer per file (`getDeclaredNames`), kept the same way as `PerFileCache`'s. */
export interface PerFileValue<V> {
  get(sourceCode: Readonly<TSESLint.SourceCode>): V | undefined;
  set(sourceCode: Readonly<TSESLint.SourceCode>, value: V): void;
}

export function createPerFileValue<V>(): PerFileValue<V> {
  const files = new WeakMap<object, V>();
  return {
    get: sourceCode => files.get(sourceCode),
    set(sourceCode, value) {
      files.set(sourceCode, value);
    },
  };
}
