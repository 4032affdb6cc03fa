// The fixes helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './addOptionsFix';
export * from './getHttpsFix';
export * from './removePropertyFix';
export * from './replaceImportedClass';
