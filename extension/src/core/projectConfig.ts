// The project's own ESLint flat config, read for one file: which config file ESLint would use, and what the config
// ESLint computes for the file (`calculateConfigForFile`) says about this plugin's rules. Pure functions over plain
// data; the config itself is loaded in a worker (`projectConfigWorker.ts`) by the workspace's own ESLint.
// vscode-free.
import type { RuleSetting } from './lint';

import { RULE_PREFIX } from './constants';

/** The names ESLint looks for, in its order (`eslint.config.js` first). */
const CONFIG_FILE_NAMES = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
] as const;

/** The glob of those names, for a file watcher. */
export const CONFIG_FILE_GLOB = '**/eslint.config.{js,mjs,cjs,ts,mts,cts}';

/** The package name in the plugin's `meta.name`, by which a config's plugin is recognised under any namespace. */
const PLUGIN_PACKAGE_NAME = 'eslint-plugin-zero-trust';

/** One rule's entry in the project's config, as ESLint computed it for a file: the severity, then the options. */
export type ProjectRuleEntry = [RuleSetting, ...unknown[]];

/** What the project's config says about this plugin for one file, as plain data the lint worker takes. */
export interface ProjectRules {
  /** The config file, relative to the workspace folder (for the status bar and the output channel). */
  configFile: string;
  /** By rule name (`no-password-grant`): every rule the config names for the file, `off` included. */
  rules: Record<string, ProjectRuleEntry>;
  /** The config's `settings['zero-trust']` for the file (`followImports`, …), if it has any. */
  settings?: Record<string, unknown>;
}

/**
 * How one file is linted. `project`: with the project's rule entries. `ignored`: the project's config uses this plugin
 * but not for this file (its `ignores`, or no `files` entry matches it), so ESLint would report nothing there.
 * `settings`: with the extension's settings, and why (`reason`, shown in the status bar's tooltip).
 */
export type LintSource =
  | { kind: 'project'; rules: ProjectRules }
  | { kind: 'ignored'; configFile: string }
  | { kind: 'settings'; reason: SettingsReason };

type SettingsReason =
  | { why: 'no-config' }
  | { why: 'off' }
  | { why: 'untrusted' }
  | { why: 'browser' }
  /** The nearest config does not use this plugin. */
  | { why: 'not-using'; configFile: string }
  /** The config could not be loaded: no ESLint installed, a syntax error, a missing package, a timeout. */
  | { why: 'error'; configFile: string; message: string };

/** A question to the config worker: the config ESLint computes for `file`, with ESLint run from `cwd`. */
export interface ProjectConfigRequest {
  id: number;
  /** Absolute path of the file. */
  file: string;
  /** Absolute path of the config file's folder: ESLint runs from there, as `npx eslint` run in that folder would. */
  cwd: string;
  /** Absolute path of the config file. */
  configFile: string;
  /** Whether `file` is a configuration file the plugin's processors read (`.env`, `appsettings.json`, …). */
  configFileType: boolean;
}

/** The worker's answer: the file's entries, or that the config ignores the file, or why there is no answer. */
export type ProjectConfigResponse =
  | {
      id: number;
      status: 'config';
      /** Whether the config gives the file this plugin (under any namespace) or any of its rules. */
      uses: boolean;
      rules: Record<string, ProjectRuleEntry>;
      settings?: Record<string, unknown>;
      /** The ESLint version that computed it. */
      eslintVersion: string;
    }
  | { id: number; status: 'ignored'; eslintVersion: string }
  | { id: number; status: 'error'; message: string };

/** What the worker reads of a config ESLint computed for a file (`calculateConfigForFile`). */
export interface CalculatedConfig {
  plugins?: Record<string, unknown>;
  rules?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  processor?: unknown;
}

const SEVERITIES: Record<string, RuleSetting> = {
  0: 'off',
  1: 'warn',
  2: 'error',
  off: 'off',
  warn: 'warn',
  error: 'error',
};

/**
 * The namespaces under which the config registers this plugin: those whose plugin's `meta.name` is the package's
 * (`plugins: { zt: zeroTrust }` included), and `zero-trust` when the config has that namespace at all.
 */
function pluginNamespaces(config: CalculatedConfig): string[] {
  const namespaces = new Set<string>();
  for (const [namespace, plugin] of Object.entries(config.plugins ?? {})) {
    const meta = (plugin as { meta?: { name?: unknown } } | null)?.meta;
    if (meta?.name === PLUGIN_PACKAGE_NAME || namespace === RULE_PREFIX.slice(0, -1)) {
      namespaces.add(namespace);
    }
  }
  return [...namespaces];
}

/** An option value as the worker can send it: JSON data (ESLint's rule schemas describe JSON), or undefined. */
function asData(value: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * This plugin's rule entries in a config computed for a file, by rule name, with their options as data, and whether
 * the config uses the plugin there. `ruleNames`: the plugin's rules (an entry for another name is left out).
 */
export function readPluginEntries(
  config: CalculatedConfig,
  ruleNames: ReadonlySet<string>,
): { uses: boolean; rules: Record<string, ProjectRuleEntry>; settings?: Record<string, unknown> } {
  const registered = pluginNamespaces(config);
  // Rule ids under `zero-trust/` count too: the object registering the plugin may not match this file.
  const namespaces = new Set([...registered, RULE_PREFIX.slice(0, -1)]);
  const rules: Record<string, ProjectRuleEntry> = {};
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const slash = id.indexOf('/');
    const name = id.slice(slash + 1);
    if (slash < 0 || !namespaces.has(id.slice(0, slash)) || !ruleNames.has(name)) {
      continue;
    }
    const [rawSeverity, ...options] = Array.isArray(entry) ? entry : [entry];
    const severity = SEVERITIES[String(rawSeverity)];
    if (severity) {
      const data = options.length > 0 ? asData(options) : [];
      rules[name] = [severity, ...(Array.isArray(data) ? data : [])];
    }
  }
  const shared = config.settings?.[RULE_PREFIX.slice(0, -1)];
  const settings = shared && typeof shared === 'object' ? asData(shared) : undefined;
  return {
    uses: registered.length > 0 || Object.keys(rules).length > 0,
    rules,
    ...(settings && typeof settings === 'object' ? { settings: settings as Record<string, unknown> } : {}),
  };
}

/**
 * The config file ESLint uses for a file: the first of `CONFIG_FILE_NAMES` in the file's folder, then in each folder
 * above it (ESLint's lookup from the file, the default from ESLint 10 and what `npx eslint` run in that folder finds
 * before it), up to the file system's root. `exists` answers whether a path is a file.
 */
export function findConfigFile(
  directory: string,
  exists: (file: string) => boolean,
  join: (directory: string, name: string) => string,
  parent: (directory: string) => string,
): string | undefined {
  for (let current = directory; ;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(current, name);
      if (exists(candidate)) {
        return candidate;
      }
    }
    const up = parent(current);
    if (up === current) {
      return undefined;
    }
    current = up;
  }
}

/**
 * How a file is linted, from the worker's answer. A config that does not use this plugin for the file leaves it to
 * the settings unless the config uses the plugin elsewhere (`configUses`): then ESLint would report nothing there
 * either, and neither does the editor.
 */
export function lintSourceFrom(response: ProjectConfigResponse, configFile: string, configUses: boolean): LintSource {
  if (response.status === 'error') {
    return { kind: 'settings', reason: { why: 'error', configFile, message: response.message } };
  }
  if (response.status === 'ignored') {
    return configUses
      ? { kind: 'ignored', configFile }
      : { kind: 'settings', reason: { why: 'not-using', configFile } };
  }
  if (!response.uses && !configUses) {
    return { kind: 'settings', reason: { why: 'not-using', configFile } };
  }
  return {
    kind: 'project',
    rules: { configFile, rules: response.rules, ...(response.settings ? { settings: response.settings } : {}) },
  };
}

/** Whether a config file's text names this plugin (the config then uses it, for files it covers or not). */
export function configTextNamesPlugin(text: string): boolean {
  return text.includes(PLUGIN_PACKAGE_NAME) || text.includes(RULE_PREFIX);
}

/** The number of rules a project's entries turn on (severity `warn` or `error`). */
export function rulesOn(rules: ProjectRules): number {
  return Object.values(rules.rules).filter(([severity]) => severity !== 'off').length;
}

/** One line on where a file's rules come from, for the status bar's tooltip and the output channel. */
export function lintSourceText(source: LintSource): string {
  switch (source.kind) {
    case 'project': {
      const on = rulesOn(source.rules);
      return `the project's ${source.rules.configFile}: ${on} rule${on === 1 ? '' : 's'} on for this file`;
    }
    case 'ignored':
      return `the project's ${source.configFile}, which does not lint this file with Zero Trust rules`;
    case 'settings':
      return settingsReasonText(source.reason);
  }
}

const NOT_LOADED = "the project's ESLint config is not loaded (no workspace code runs)";

function settingsReasonText(reason: SettingsReason): string {
  switch (reason.why) {
    case 'no-config':
      return 'the extension settings (no eslint.config.* for this file)';
    case 'off':
      return 'the extension settings (zeroTrust.useProjectConfig is off)';
    case 'untrusted':
      return `the extension settings: in Restricted Mode ${NOT_LOADED}`;
    case 'browser':
      return `the extension settings: in the browser ${NOT_LOADED}`;
    case 'not-using':
      return `the extension settings (${reason.configFile} does not use eslint-plugin-zero-trust)`;
    case 'error':
      return `the extension settings: ${reason.configFile} could not be loaded (${reason.message})`;
  }
}
