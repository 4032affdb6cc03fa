// The credential-sink helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './credentialSinkPass';
export * from './findSinkCredentials';
export * from './isSinkSecret';
export * from './resolveSinkCall';
export * from './sinkCredentialListeners';
