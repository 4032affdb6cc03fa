// Configuration files the extension lints besides JS/TS: `.env` files, JSON settings files and app registration
// manifests, picked by the plugin's own `config-files` file lists (by name and path, not by language: VS Code gives
// a `.env` file `plaintext`, `properties` or `dotenv` depending on the extensions installed). vscode-free, and free of
// ESLint (the host bundle imports it).
import {
  configFileType,
  DOTENV_FILE_NAMES,
  JSON_FILE_NAMES,
  JSON_FILE_PATHS,
} from '../../../eslint-plugin/src/util/configFiles/patterns';
import { isLintedLanguage } from './constants';

export { configFileType } from '../../../eslint-plugin/src/util/configFiles/patterns';

/**
 * Globs (relative to a workspace folder) of the configuration files: the scan's include list and the code actions'
 * selector.
 */
export const CONFIG_FILE_GLOBS: readonly string[] = [
  ...DOTENV_FILE_NAMES.map(name => `**/${name}`),
  ...JSON_FILE_NAMES.map(name => `**/${name}`),
  ...JSON_FILE_PATHS,
];

/**
 * Whether a workspace-relative path names a configuration file the extension lints (never lock files or
 * `node_modules`).
 */
export function isConfigFile(relativePath: string): boolean {
  return configFileType(relativePath) !== undefined;
}

/**
 * Whether the extension lints a document: JS/TS by its language, a configuration file by its workspace-relative path.
 */
export function isLintedDocument(languageId: string, relativePath: string): boolean {
  return isLintedLanguage(languageId) || isConfigFile(relativePath);
}
