// The Microsoft Graph request helpers: modules inside util import each other by file path, never through this index.
export * from './findGraphRequests';
export * from './graphPackages';
export * from './graphPaths';
