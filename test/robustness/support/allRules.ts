import type { ESLint, Linter } from 'eslint';

import zeroTrust from '../../../eslint-plugin/src';

/** What the harness needs of a plugin: its rules (a stand-in plugin lets the harness test itself). */
export type RulesPlugin = Pick<ESLint.Plugin, 'rules'>;

export const PLUGIN: RulesPlugin = zeroTrust;

/**
 * A flat config entry that turns on every rule of the plugin, whichever config it sits in (or none), with its
 * default options: a superset of both `recommended` and `strict`.
 */
export function allRulesConfig(plugin: RulesPlugin = PLUGIN): Linter.Config {
  return {
    plugins: { 'zero-trust': plugin },
    rules: Object.fromEntries(Object.keys(plugin.rules ?? {}).map(id => [`zero-trust/${id}`, 'error' as const])),
  };
}

/** One rule alone, to find out which rules throw on a file once the whole set has. */
export function singleRuleConfig(ruleId: string, plugin: RulesPlugin = PLUGIN): Linter.Config {
  return { plugins: { 'zero-trust': plugin }, rules: { [`zero-trust/${ruleId}`]: 'error' } };
}

export const ruleIds = (plugin: RulesPlugin = PLUGIN): string[] => Object.keys(plugin.rules ?? {});

/** The rule ids (with prefix) that `recommended` or `strict` turn on. */
export const configRuleIds = (): string[] =>
  [
    ...new Set([
      ...Object.keys(zeroTrust.configs.recommended.rules ?? {}),
      ...Object.keys(zeroTrust.configs.strict.rules ?? {}),
    ]),
  ].sort();
