import type { ESLint, Linter, Rule } from 'eslint';

import type { RuleName } from './ruleNames';
import type { ZeroTrustRuleModule } from './util/rule';

import { processors } from './processors';
import { rules as ruleModules } from './rules';
import {
  CONFIG_BLOCK_EXTENSION,
  DOTENV_FILE_NAMES,
  JSON_FILE_NAMES,
  JSON_FILE_PATHS,
  NEVER_LINTED_NAMES,
  NEVER_LINTED_PATHS,
} from './util/configFiles';
import { PLUGIN_PREFIX } from './util/rule';

// Read at run time so the published package and the bundled extension report the version they were built from.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require('../package.json') as { name: string; version: string };

type Severity = 'error' | 'warn';
type PresetName = 'recommended' | 'strict';

interface ZeroTrustPlugin extends ESLint.Plugin {
  meta: { name: string; version: string };
  rules: Record<RuleName, Rule.RuleModule>;
  configs: {
    recommended: Linter.Config;
    strict: Linter.Config;
    'recommended-legacy': Linter.LegacyConfig;
    'strict-legacy': Linter.LegacyConfig;
    'config-files': Linter.Config[];
    'config-files-legacy': Linter.LegacyConfig;
  };
  processors: typeof processors;
}

/**
 * The rule entries of a preset, derived from each rule's `meta.docs`: `strict` holds every rule marked
 * `recommended` or `strict`; `recommended` only the first. Rules marked `false` sit in neither.
 */
function presetRules(preset: PresetName): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const [ruleName, rule] of Object.entries(typedRules)) {
    const level = rule.meta.docs?.recommended;
    if (level === 'recommended' || (preset === 'strict' && level === 'strict')) {
      out[`${PLUGIN_PREFIX}/${ruleName}`] = rule.meta.docs?.severity ?? 'error';
    }
  }
  return out;
}

/**
 * The rules that judge what the config-file processors produce: secrets by name, format and shape, scopes, reply URLs.
 */
const CONFIG_FILE_RULES: readonly RuleName[] = [
  'entra-secure-app-registration',
  'no-hardcoded-client-credential',
  'no-hardcoded-connection-string-or-key',
  'no-embedded-secret-token',
  'no-hardcoded-jwt-secret',
  'no-overprivileged-graph-permission',
  'no-wildcard-scope-or-tenant',
  'no-overbroad-third-party-oauth-scope',
  'no-insecure-redirect-uri',
];

// The map must name exactly the rules of `RuleName`; both are generated from the same folder.
const typedRules: Record<RuleName, ZeroTrustRuleModule<string, readonly unknown[]>> = ruleModules;

const plugin = {
  meta: { name, version },
  rules: typedRules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {},
  processors,
} as ZeroTrustPlugin;

plugin.configs = {
  recommended: {
    name: `${PLUGIN_PREFIX}/recommended`,
    plugins: { [PLUGIN_PREFIX]: plugin },
    rules: presetRules('recommended'),
  },
  strict: { name: `${PLUGIN_PREFIX}/strict`, plugins: { [PLUGIN_PREFIX]: plugin }, rules: presetRules('strict') },
  'recommended-legacy': { plugins: [PLUGIN_PREFIX], rules: presetRules('recommended') },
  'strict-legacy': { plugins: [PLUGIN_PREFIX], rules: presetRules('strict') },
  ...configFileConfigs(),
};

/**
 * `config-files` and `config-files-legacy`: the dotenv and JSON processors on the files where secrets and permissions
 * are kept (never lock files or anything in `node_modules`), and the rules that apply to what they produce.
 */
function configFileConfigs(): Pick<ZeroTrustPlugin['configs'], 'config-files' | 'config-files-legacy'> {
  const rules = Object.fromEntries(
    CONFIG_FILE_RULES.map(id => [`${PLUGIN_PREFIX}/${id}`, typedRules[id].meta.docs?.severity ?? 'error']),
  ) as Record<string, Severity>;
  const json = JSON_FILE_NAMES;
  const never = NEVER_LINTED_NAMES;
  const blocks = `*${CONFIG_BLOCK_EXTENSION}`;
  const parserOptions = { ecmaVersion: 'latest', sourceType: 'module' } as const;
  return {
    'config-files': [
      {
        name: `${PLUGIN_PREFIX}/config-files/dotenv`,
        files: DOTENV_FILE_NAMES.map(glob => `**/${glob}`),
        ignores: [...NEVER_LINTED_PATHS],
        processor: processors.dotenv,
      },
      {
        name: `${PLUGIN_PREFIX}/config-files/json`,
        files: [...json.map(glob => `**/${glob}`), ...JSON_FILE_PATHS],
        ignores: [...NEVER_LINTED_PATHS, ...never.map(glob => `**/${glob}`)],
        processor: processors.json,
      },
      {
        name: `${PLUGIN_PREFIX}/config-files/rules`,
        files: [`**/${blocks}`],
        plugins: { [PLUGIN_PREFIX]: plugin },
        languageOptions: parserOptions,
        rules,
      },
    ],
    'config-files-legacy': {
      plugins: [PLUGIN_PREFIX],
      overrides: [
        { files: [...DOTENV_FILE_NAMES], excludedFiles: [...NEVER_LINTED_PATHS], processor: `${PLUGIN_PREFIX}/dotenv` },
        {
          files: [...json, ...JSON_FILE_PATHS],
          excludedFiles: [...NEVER_LINTED_PATHS, ...never],
          processor: `${PLUGIN_PREFIX}/json`,
        },
        { files: [blocks], parserOptions, rules },
      ],
    },
  };
}

export = plugin;
