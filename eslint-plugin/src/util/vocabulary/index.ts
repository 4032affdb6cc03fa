// The vocabulary helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './isTestOrToolingFile';
export * from './tokenVocabulary';
