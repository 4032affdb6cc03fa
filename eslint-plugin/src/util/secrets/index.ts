// The secrets helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './findConnectionSecret';
export * from './findSecretFormat';
export * from './namedValueListeners';
export * from './secretClassifier';
export * from './startSecretRule';
