export { extractScopes, hasPendingScopeExtraction } from './extractScopes';
export { isAppOnlyFlow, type ExtractedScope, type ScopeFlow } from './scopeTypes';
