// The evaluate helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './findVariable';
export * from './getBooleanValue';
export * from './getObjectShape';
export * from './getPartialString';
export * from './getStaticTextMap';
export * from './isClosedObject';
export * from './isLocalDefinition';
export * from './isProcessEnv';
export * from './resolveConstInit';
export * from './staticValue';
