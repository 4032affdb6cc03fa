import type { ESLint, Linter, Rule } from 'eslint';

import type { RuleName } from './ruleNames';
import type { ZeroTrustRuleModule } from './util/rule';

import { rules as ruleModules } from './rules';
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
  };
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

// The map must name exactly the rules of `RuleName`; both are generated from the same folder.
const typedRules: Record<RuleName, ZeroTrustRuleModule<string, readonly unknown[]>> = ruleModules;

const plugin = {
  meta: { name, version },
  rules: typedRules as unknown as Record<RuleName, Rule.RuleModule>,
  configs: {},
} as ZeroTrustPlugin;

plugin.configs = {
  recommended: { name: `${PLUGIN_PREFIX}/recommended`, plugins: { [PLUGIN_PREFIX]: plugin }, rules: presetRules('recommended') },
  strict: { name: `${PLUGIN_PREFIX}/strict`, plugins: { [PLUGIN_PREFIX]: plugin }, rules: presetRules('strict') },
  'recommended-legacy': { plugins: [PLUGIN_PREFIX], rules: presetRules('recommended') },
  'strict-legacy': { plugins: [PLUGIN_PREFIX], rules: presetRules('strict') },
};

export = plugin;
