/**
 * What an editor integration needs of the cross-module resolution (`eslint-plugin-zero-trust/editor`): the text of
 * open, unsaved documents (read before the disk), the real path of a file linted under another name, and which
 * linted files depend on a file that changed (to lint them again). Not needed on the command line.
 */
export { setLintedFilePath, setModuleOverlay } from './util/modules/projectFiles';
export { clearProjectModules, getModuleDependents } from './util/modules/projectModules';

/** What a JWT verification call checks, for the editor's hover on it. */
export { describeJwtCall } from './util/jwt/describeVerification';
export type { CheckState, JwtVerificationSummary, KeySource } from './util/jwt/describeVerification';
