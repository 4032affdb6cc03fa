// The ast helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './astNodeTypes';
export * from './containsNode';
export * from './enclosingFunction';
export * from './getCalleeName';
export * from './isNamingPosition';
export * from './isSameValue';
export * from './skipWrappers';
