// The rule helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './createRule';
export * from './mergeListeners';
export * from './perFileCache';
export * from './ruleDocsUrl';
export * from './sourceMentions';
export * from './sharedPass';
