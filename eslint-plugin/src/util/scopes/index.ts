// The scopes helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './allowOption';
export * from './extractScopes';
export * from './getGraphPermission';
export * from './normalizeScope';
