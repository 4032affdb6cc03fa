// Reads the `zeroTrust.*` settings (resource-scoped, so a folder can override them). Changes apply without a reload:
// the extension reads them again on every `onDidChangeConfiguration` that affects the section.
import * as vscode from 'vscode';

import type { LintSettings, Preset, RuleSetting } from './lint';

import { CONFIG_SECTION } from './constants';

export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  lintDelayMs: number;
  lint: LintSettings;
  exclude: string[];
  maxFileSizeKB: number;
  reportParseErrors: boolean;
  disableRuleComment: boolean;
  showDocumentation: boolean;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function finiteNumber(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;
}

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const rawRules = config.get<unknown>('rules');
  const rules: Record<string, RuleSetting> = {};
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [name, value] of Object.entries(rawRules)) {
      if (value === 'off' || value === 'warn' || value === 'error') {
        rules[name] = value;
      }
    }
  }
  const exclude = config.get<unknown>('exclude');
  return {
    enable: config.get<boolean>('enable') !== false,
    run: pick(config.get('run'), ['onType', 'onSave'] as const, 'onType'),
    lintDelayMs: finiteNumber(config.get('lintDelayMs'), 300, 0),
    lint: { preset: pick<Preset>(config.get('preset'), ['recommended', 'strict'], 'recommended'), rules },
    exclude: Array.isArray(exclude) ? exclude.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    maxFileSizeKB: finiteNumber(config.get('maxFileSizeKB'), 1024, 1),
    reportParseErrors: config.get<boolean>('reportParseErrors') !== false,
    disableRuleComment: config.get<boolean>('codeAction.disableRuleComment.enable') !== false,
    showDocumentation: config.get<boolean>('codeAction.showDocumentation.enable') !== false,
  };
}
