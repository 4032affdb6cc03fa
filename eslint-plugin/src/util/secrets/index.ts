// The secrets helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './emulatorKeys';
export * from './findConnectionSecret';
export * from './findSecretFormat';
export * from './namedValueListeners';
export * from './secretFix';
export * from './secretLiteral';
export * from './secretNames';
export * from './secretShapes';
export * from './secretValue';
export * from './startSecretRule';
