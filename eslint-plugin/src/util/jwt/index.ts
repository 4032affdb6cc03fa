// The jwt helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './classifyVerificationKey';
export * from './describeVerification';
export * from './getDecodedUse';
export * from './getVerificationKey';
export * from './hasTokenVerification';
export * from './jwtSigning';
export * from './matchManualDecode';
export * from './parseDurationSeconds';
export * from './resolveJwtCall';
export * from './jwtWrappers';
