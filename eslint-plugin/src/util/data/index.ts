// The data helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './graphPermissionIds.generated';
export * from './graphPermissions.generated';
export * from './secretFormats.generated';
export * from './credentialSinks.generated';
