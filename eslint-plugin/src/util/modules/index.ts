// The modules helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './createCalleeResolver';
export * from './getInstalledMajorVersion';
export * from './getInstalledVersion';
export * from './isPackageCallee';
export * from './packages';
export * from './resolveModuleRef';
export { relativeRequireSource } from './projectModules';
export { findProjectProperty } from './projectValues';
