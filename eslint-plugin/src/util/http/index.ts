// The http helpers, for rules: modules inside util import each other by file path, never through this index.
export * from './formParameterListeners';
export * from './getConstructedUrlArgument';
export * from './getExpressionTokenKind';
export * from './getQueryParams';
export * from './isInsecureHttpUrl';
export * from './isLoopbackUrl';
export * from './isRequestInput';
