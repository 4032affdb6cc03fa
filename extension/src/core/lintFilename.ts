// The file name the linter sees for a document. vscode-free, and free of ESLint (the host bundle imports it).
import { isConfigFile } from './configFiles';

const EXTENSION_OF_LANGUAGE: Record<string, string> = {
  javascript: '.js',
  javascriptreact: '.jsx',
  typescript: '.ts',
  typescriptreact: '.tsx',
};
const KNOWN_EXTENSION = /\.(?:[cm]?[jt]s|[jt]sx)$/i;

/**
 * The file name the linter sees: the workspace-relative path (rules may look at it), with an extension the parser
 * understands (it picks TS or JS, and JSX, from it), taken from the language when the name has none (`Untitled-1`).
 * A configuration file (`.env`, `appsettings.json`, see `isConfigFile`) keeps its name: the plugin's processors
 * pick it by that name.
 * Always relative (no root, drive letter or `..`), so it stays inside the linter's working directory, where the
 * config's `files` patterns apply.
 */
export function lintFilename(relativePath: string, languageId?: string): string {
  const clean =
    relativePath
      .replace(/\\/g, '/')
      .replace(/^[A-Za-z]:(?=\/)/, '')
      .replace(/^\/+/, '')
      .replace(/(^|\/)\.\.(?=\/|$)/g, '$1_') || 'untitled';
  if (KNOWN_EXTENSION.test(clean) || isConfigFile(clean)) {
    return clean;
  }
  return clean + (EXTENSION_OF_LANGUAGE[languageId ?? ''] ?? '.ts');
}
