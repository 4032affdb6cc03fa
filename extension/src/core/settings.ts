// The `zeroTrust.*` settings, read into one object with every value checked: a value of the wrong type or out of
// range falls back to its default, so a hand-edited settings.json cannot break linting.
import type { LintSettings, Preset, RuleSetting } from './lint';

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
  /** `auto`: in a trusted workspace, the project's ESLint config decides where it uses this plugin. */
  useProjectConfig: 'auto' | 'off';
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function finiteNumber(value: unknown, fallback: number, min: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;
}

/**
 * The settings from `get`, which returns the value of a key of the section (`'run'`, `'codeAction.…'`), or undefined.
 */
export function parseSettings(get: (key: string) => unknown): Settings {
  const rawRules = get('rules');
  const rules: Record<string, RuleSetting> = {};
  if (rawRules && typeof rawRules === 'object' && !Array.isArray(rawRules)) {
    for (const [name, value] of Object.entries(rawRules)) {
      if (value === 'off' || value === 'warn' || value === 'error') {
        rules[name] = value;
      }
    }
  }
  const exclude = get('exclude');
  return {
    enable: get('enable') !== false,
    run: pick(get('run'), ['onType', 'onSave'] as const, 'onType'),
    lintDelayMs: finiteNumber(get('lintDelayMs'), 300, 0),
    lint: { preset: pick<Preset>(get('preset'), ['recommended', 'strict'], 'recommended'), rules },
    exclude: Array.isArray(exclude) ? exclude.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [],
    maxFileSizeKB: finiteNumber(get('maxFileSizeKB'), 1024, 1),
    reportParseErrors: get('reportParseErrors') !== false,
    disableRuleComment: get('codeAction.disableRuleComment.enable') !== false,
    showDocumentation: get('codeAction.showDocumentation.enable') !== false,
    useProjectConfig: pick(get('useProjectConfig'), ['auto', 'off'] as const, 'auto'),
  };
}
