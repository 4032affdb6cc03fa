// The scopes helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './allowOption';
export { extractScopes, hasPendingScopeExtraction } from './extractScopes';
export * from './getGraphPermission';
export * from './normalizeScope';
export { isAppOnlyFlow, type ExtractedScope } from './scopeTypes';
export { SCOPE_REQUEST_MENTIONS } from './scopeVocabulary';
