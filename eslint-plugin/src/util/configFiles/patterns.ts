/**
 * Which files the `config-files` configs lint, in one place: the configs are built from these lists, and the editor
 * extension picks the files it lints as configuration files with `configFileType`. Free of ESLint and Node, so the
 * extension's host side can use it.
 */

/** Base names of dotenv files, in any folder. */
export const DOTENV_FILE_NAMES: readonly string[] = ['.env', '.env.*'];

/** Base names of JSON settings files and app registration manifests, in any folder. */
export const JSON_FILE_NAMES: readonly string[] = [
  'appsettings*.json',
  'local.settings.json',
  'aad.manifest.json',
  'aad.*.json',
];

/** Paths (relative to the project) of JSON and JSONC files kept in `config` folders. */
export const JSON_FILE_PATHS: readonly string[] = ['**/config/**/*.json', '**/config/**/*.jsonc'];

/** Base names never linted: lock files are JSON too, but machine-written lists of packages. */
export const NEVER_LINTED_NAMES: readonly string[] = ['package-lock.json', 'npm-shrinkwrap.json'];

/** Paths never linted: installed packages. */
export const NEVER_LINTED_PATHS: readonly string[] = ['**/node_modules/**'];

/** The kind of configuration file a path is, as the `config-files` configs see it. */
export type ConfigFileType = 'dotenv' | 'json';

/** A glob of these lists as a regular expression: `**` spans folders, `*` stays within a name, as in ESLint. */
function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    if (glob.startsWith('**/', i)) {
      source += '(?:[^/]*/)*';
      i += 2;
    } else if (glob.startsWith('/**', i) && i + 3 === glob.length) {
      source += '(?:/.*)?';
      i += 2;
    } else if (glob[i] === '*') {
      source += '[^/]*';
    } else {
      source += glob[i]!.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`, 'i');
}

const matcher = (globs: readonly string[]): ((path: string) => boolean) => {
  const expressions = globs.map(globToRegExp);
  return path => expressions.some(expression => expression.test(path));
};

const isDotenvName = matcher(DOTENV_FILE_NAMES);
const isJsonName = matcher(JSON_FILE_NAMES);
const isJsonPath = matcher(JSON_FILE_PATHS);
const isNeverLintedName = matcher(NEVER_LINTED_NAMES);
const isNeverLintedPath = matcher(NEVER_LINTED_PATHS);

/**
 * Whether the `config-files` config lints the file at `path` (relative to the project, `/` or `\` separated), and as
 * which kind: `.env` files as dotenv, settings files and app manifests as JSON; never lock files or installed packages.
 */
export function configFileType(path: string): ConfigFileType | undefined {
  const relative = path.replace(/\\/g, '/').replace(/^\/+/, '');
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  if (!name || isNeverLintedPath(relative) || isNeverLintedName(name)) {
    return undefined;
  }
  if (isDotenvName(name)) {
    return 'dotenv';
  }
  return isJsonName(name) || isJsonPath(relative) ? 'json' : undefined;
}
