/**
 * The code the plugin's processors make of a configuration file (a `.env` file, a JSON settings file, an app
 * registration manifest) is linted under a virtual file name inside the original one:
 * `/repo/.env/0_dotenv.zt-config`, `/repo/appsettings.json/0_json.zt-config`. Rules see that name as
 * `context.filename`, and so know that what they report sits in a configuration file, where code fixes do not
 * apply. The extension is the plugin's own, so that a project's rules for `*.js` files never run on these blocks.
 */
export const CONFIG_BLOCK_EXTENSION = '.zt-config';

/** What kind of configuration file a processed block comes from. */
export type ConfigFileKind = 'dotenv' | 'json';

/** The name a processor gives the block it makes of a file of this kind. */
export function configBlockName(kind: ConfigFileKind): string {
  return `${kind}${CONFIG_BLOCK_EXTENSION}`;
}

const BLOCK = /[\\/]\d+_(dotenv|json)\.zt-config$/;

const EXAMPLE_FILE = /[\\/]\.env\.(?:example|sample|template|dist|defaults)[\\/]\d+_dotenv\.zt-config$/;

/**
 * Whether `filename` is the processed block of a dotenv template (`.env.example`, `.env.sample`, `.env.template`,
 * `.env.dist`, `.env.defaults`): its values say what to fill in, so a placeholder there, even a weak word such as
 * `changeme`, is no key in use.
 */
export function isExampleConfigFile(filename: string | undefined): boolean {
  return typeof filename === 'string' && EXAMPLE_FILE.test(filename);
}

/**
 * The kind of configuration file that `filename` (a rule's `context.filename`) is a processed block of, or
 * `undefined` for ordinary source files.
 */
export function configFileKind(filename: string | undefined): ConfigFileKind | undefined {
  if (typeof filename !== 'string' || !filename.endsWith(CONFIG_BLOCK_EXTENSION)) {
    return undefined;
  }
  return BLOCK.exec(filename)?.[1] as ConfigFileKind | undefined;
}
