// The linting core: ESLint's `Linter` (from `eslint/universal`, made for bundling), the TypeScript-ESTree parser and
// the plugin, with no config file and no workspace code. Runs inside the lint worker. vscode-free.
import type { Linter as LinterTypes, Rule } from 'eslint';

import { Linter } from 'eslint/universal';
import * as path from 'node:path';
import zeroTrust from 'eslint-plugin-zero-trust';
import { getModuleDependents, setLintedFilePath, setModuleOverlay } from 'eslint-plugin-zero-trust/editor';

import type { Finding, ParseProblem } from './findings';

import type { JwtHoverInfo } from './hoverJwt';
import type { ProjectRuleEntry } from './projectConfig';

import { configFileType } from './configFiles';
import { RULE_PREFIX } from './constants';
import { toFinding, toParseProblem } from './findings';
import { jwtHoverRule } from './hoverJwt';
import { IncrementalParser } from './incrementalParser';
import { TextIndex } from './textIndex';

export type Preset = 'recommended' | 'strict';
export type RuleSetting = 'off' | 'warn' | 'error';

/** What the user's settings change about a lint. */
export interface LintSettings {
  preset: Preset;
  /**
   * Per-rule severity over the preset, keyed by rule name (`no-password-grant`) or id (`zero-trust/no-password-grant`).
   */
  rules: Record<string, RuleSetting>;
  /**
   * The project's ESLint config, where it decides (`zeroTrust.useProjectConfig`): its entries for this plugin's rules
   * for the file, by rule name, replace the preset and `rules`; its `settings['zero-trust']` are the rules' shared
   * settings.
   */
  project?: { rules: Record<string, ProjectRuleEntry>; settings?: Record<string, unknown> };
  /**
   * Installed versions of the packages rules read the version of (`VERSIONED_PACKAGES`), where the editor read them
   * (the browser, where the worker cannot); absent, the rules look in `node_modules` themselves.
   */
  installedVersions?: Record<string, string>;
}

export interface RuleFailure {
  ruleId: string;
  message: string;
}

export interface LintOutcome {
  findings: Finding[];
  /** Set when the file does not parse (then there are no findings). */
  parseError?: ParseProblem;
  /** Rules that threw: reported in the output channel; every other rule's findings are kept. */
  ruleErrors: RuleFailure[];
  /** Milliseconds spent in `Linter#verify` and the mapping. */
  lintMs: number;
  /**
   * For an open document with a path on disk: the files linted before whose findings may depend on it (they import
   * it, directly or through other modules). The editor lints those of them that are open again.
   */
  dependents?: string[];
}

/** The shape of plugin the engine runs: the bundled one, or a test plugin with the same prefix. */
export interface PluginLike {
  rules: Record<string, Rule.RuleModule>;
  configs: Record<Preset, { rules?: LinterTypes.RulesRecord }> & {
    /** The processors and rules for `.env` and JSON configuration files (none: those files are not linted). */
    'config-files'?: LinterTypes.Config[];
  };
}

/**
 * The entry for each rule id: the project config's when there is one, otherwise the preset's severity with the user's
 * overrides (unknown rule names ignored).
 */
export function ruleEntries(plugin: PluginLike, settings: LintSettings): LinterTypes.RulesRecord {
  if (settings.project) {
    const rules: LinterTypes.RulesRecord = {};
    for (const [name, entry] of Object.entries(settings.project.rules)) {
      if (Object.hasOwn(plugin.rules, name)) {
        rules[RULE_PREFIX + name] = entry as LinterTypes.RuleEntry;
      }
    }
    return rules;
  }
  const presetRules = plugin.configs[settings.preset]?.rules ?? plugin.configs.recommended?.rules ?? {};
  const rules: LinterTypes.RulesRecord = { ...presetRules };
  for (const [key, value] of Object.entries(settings.rules ?? {})) {
    const name = key.startsWith(RULE_PREFIX) ? key.slice(RULE_PREFIX.length) : key;
    if (Object.hasOwn(plugin.rules, name) && (value === 'off' || value === 'warn' || value === 'error')) {
      rules[RULE_PREFIX + name] = value;
    }
  }
  return rules;
}

export interface LintEngineOptions {
  /**
   * Follow values into the project's other modules, read from the disk (the plugin's `followImports` setting). Off
   * in the browser's Web Worker, which has no file system: each file is then judged on its own text.
   */
  followImports?: boolean;
}

export class LintEngine {
  private readonly linter = new Linter({ configType: 'flat' });
  /** Versions of the open documents' texts given to the cross-module resolution: each lint's is new. */
  private overlayVersion = 0;
  /** Linters for configuration files linted under their file-system path, by the root of that path (`/`, `C:\\`). */
  private readonly rootedLinters = new Map<string, Linter>();
  private readonly plugin: PluginLike;
  private readonly guardedRules: Record<string, Rule.RuleModule> = {};
  private readonly configCache = new Map<string, LinterTypes.Config[]>();
  /** The parser, keeping the syntax trees of the documents being edited for incremental re-parses. */
  private readonly incremental = new IncrementalParser();
  /** Failures of the lint in progress (the worker lints one file at a time). */
  private failures: RuleFailure[] = [];

  /** Whether the plugin follows imports into other modules (its `followImports` shared setting). */
  private readonly followImports: boolean;

  constructor(plugin: PluginLike = zeroTrust as unknown as PluginLike, options: LintEngineOptions = {}) {
    this.plugin = plugin;
    this.followImports = options.followImports !== false;
    for (const [name, rule] of Object.entries(plugin.rules)) {
      this.guardedRules[name] = this.guard(RULE_PREFIX + name, rule);
    }
  }

  /** How long the last lint's parse of its document took (ms; for the output channel's trace of the first lint). */
  get lastParseMs(): number {
    return this.incremental.lastParseMs;
  }

  /** The rule's documentation URL (`meta.docs.url`, derived by `createRule`), for the diagnostic's link. */
  docsUrl(ruleName: string): string | undefined {
    const url = this.plugin.rules[ruleName]?.meta?.docs?.url;
    return typeof url === 'string' ? url : undefined;
  }

  /**
   * Lints `text` as `filename` (see `lintFilename`). Never throws for any input. `document` names an open document
   * that is linted again as it is edited: the parser then keeps its syntax tree and re-parses it incrementally.
   * `filePath` is the file's absolute path on disk, when it has one: a configuration file (`.env`) is linted under
   * it, so that the processors judge it by the repository's `.gitignore` files as ESLint does.
   */
  lint(text: string, filename: string, settings: LintSettings, document?: string, filePath?: string): LintOutcome {
    const started = performance.now();
    this.failures = [];
    let messages: LinterTypes.LintMessage[];
    try {
      messages = this.verifyWithOptionsChecked(settings, effective => {
        if (configFileType(filename)) {
          return this.lintConfigFile(text, filename, effective, filePath);
        }
        const config = this.config(effective);
        return this.withProjectModules(text, filename, document, filePath, () =>
          this.incremental.with(document, () => this.linter.verify(text, config, { filename })),
        );
      });
    } catch (error) {
      // Not a rule (those are guarded): the parser or ESLint itself. Report it like a parse failure.
      const message = error instanceof Error ? error.message : String(error);
      return {
        findings: [],
        parseError: { message: `Zero Trust could not lint this file: ${message}`, range: zeroRange() },
        ruleErrors: this.failures,
        lintMs: performance.now() - started,
      };
    }
    const index = new TextIndex(text);
    const findings: Finding[] = [];
    let parseError: ParseProblem | undefined;
    for (const message of messages) {
      if (message.fatal) {
        parseError ??= toParseProblem(index, message);
        continue;
      }
      const finding = toFinding(index, message, name => this.docsUrl(name));
      if (finding) {
        findings.push(finding);
      }
    }
    const outcome: LintOutcome = { findings, ruleErrors: this.failures, lintMs: performance.now() - started };
    if (document && filePath && path.isAbsolute(filePath) && !configFileType(filename)) {
      outcome.dependents = getModuleDependents(filePath);
    }
    if (parseError) {
      outcome.parseError = parseError;
    }
    return outcome;
  }

  /**
   * What the JWT verification call at `offset` checks, for the hover: the plugin's analysis run alone over the
   * document's parse (the parser reuses the tree it keeps of an open document, so nothing is parsed again when the
   * text is the one linted last). `undefined` for configuration files, text that does not parse, or no call there.
   */
  jwtHoverAt(
    text: string,
    filename: string,
    offset: number,
    document?: string,
    filePath?: string,
  ): JwtHoverInfo | undefined {
    if (configFileType(filename)) {
      return undefined;
    }
    const out: { info?: JwtHoverInfo } = {};
    const config: LinterTypes.Config[] = [
      {
        ...this.config({ preset: 'recommended', rules: {} })[0],
        plugins: { 'zt-hover': { rules: { jwt: jwtHoverRule(offset, out) } } },
        rules: { 'zt-hover/jwt': 'error' },
      },
      { files: ['**/*.cjs', '**/*.cts'], languageOptions: { sourceType: 'commonjs' } },
    ];
    // No overlay update: the document's text was given to the resolution by its lint.
    this.withProjectModules(text, filename, undefined, filePath, () =>
      this.incremental.with(document, () => this.linter.verify(text, config, { filename })),
    );
    return out.info;
  }

  /**
   * Runs `verify`; when the project's config gives a rule options this version of the rule does not accept (the
   * workspace may have another version of the plugin), runs it again with that rule at its severity and default
   * options, and records why as a failure of that rule (shown in the output channel once).
   */
  private verifyWithOptionsChecked(
    settings: LintSettings,
    verify: (settings: LintSettings) => LinterTypes.LintMessage[],
  ): LinterTypes.LintMessage[] {
    let effective = settings;
    for (;;) {
      try {
        return verify(effective);
      } catch (error) {
        const name = effective.project && invalidOptionsRule(error);
        const entry = name ? effective.project!.rules[name] : undefined;
        if (!name || !entry || entry.length < 2) {
          throw error;
        }
        this.failures.push({
          ruleId: RULE_PREFIX + name,
          message:
            "its options in the project's ESLint config do not fit this version of the rule, so it runs with " +
            `its default options here: ${(error as Error).message.replace(/\s+/g, ' ').trim()}`,
        });
        effective = {
          ...effective,
          project: { ...effective.project!, rules: { ...effective.project!.rules, [name]: [entry[0]] } },
        };
      }
    }
  }

  /** The document at `filePath` was closed: imports of it read the disk again. */
  closeDocument(filePath: string): void {
    setModuleOverlay(filePath, undefined);
  }

  /**
   * Runs a lint with the cross-module resolution told where the file is (the linter sees a workspace-relative
   * name) and, for an open document, with its text as what other files importing it read.
   */
  private withProjectModules<T>(
    text: string,
    filename: string,
    document: string | undefined,
    filePath: string | undefined,
    lint: () => T,
  ): T {
    if (!filePath || !path.isAbsolute(filePath)) {
      return lint();
    }
    if (document) {
      setModuleOverlay(filePath, text, ++this.overlayVersion);
    }
    setLintedFilePath(filename, filePath);
    try {
      return lint();
    } finally {
      setLintedFilePath(filename, undefined);
    }
  }

  /**
   * A configuration file through the plugin's `config-files` config (its processors turn the file into code blocks
   * named `….zt-config`, which ESLint lints only with `filterCodeBlock`), with the guarded rules and the user's
   * severities for the rules of that config. Under its absolute `filePath` when there is one (the `.gitignore` check
   * needs it), by a linter whose working directory is that path's root; otherwise under its relative name.
   */
  private lintConfigFile(
    text: string,
    filename: string,
    settings: LintSettings,
    filePath?: string,
  ): LinterTypes.LintMessage[] {
    const config = this.configFilesConfig(settings);
    if (!config) {
      return [];
    }
    let linter = this.linter;
    let name = filename;
    if (filePath && path.isAbsolute(filePath)) {
      const root = path.parse(filePath).root;
      linter = this.rootedLinters.get(root) ?? new Linter({ configType: 'flat', cwd: root });
      this.rootedLinters.set(root, linter);
      name = filePath;
    }
    return linter.verify(text, config, { filename: name, filterCodeBlock: () => true });
  }

  private configFilesConfig(settings: LintSettings): LinterTypes.Config[] | undefined {
    const configFiles = this.plugin.configs['config-files'];
    if (!configFiles) {
      return undefined;
    }
    const key = `config-files\u0000${JSON.stringify(settings.project ?? settings.rules ?? {})}`;
    let config = this.configCache.get(key);
    if (!config) {
      config = configFiles.map(block => {
        if (!block.rules) {
          return block;
        }
        // The config's rules, at the severity the user's `zeroTrust.rules` gives them (`off` included).
        // With the project's config: its entries for the rules of that config (a rule it does not name is off).
        const rules: LinterTypes.RulesRecord = {};
        for (const [id, severity] of Object.entries(block.rules)) {
          const name = id.slice(RULE_PREFIX.length);
          if (settings.project) {
            rules[id] = (settings.project.rules[name] as LinterTypes.RuleEntry | undefined) ?? 'off';
            continue;
          }
          const override = settings.rules?.[name] ?? settings.rules?.[id];
          rules[id] = override === 'off' || override === 'warn' || override === 'error' ? override : severity!;
        }
        return {
          ...block,
          plugins: { [RULE_PREFIX.slice(0, -1)]: { rules: this.guardedRules } },
          linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
          ...sharedSettings(settings),
          rules,
        };
      });
      this.remember(key, config);
    }
    return config;
  }

  private remember(key: string, config: LinterTypes.Config[]): void {
    if (this.configCache.size > 16) {
      this.configCache.clear();
    }
    this.configCache.set(key, config);
  }

  private config(settings: LintSettings): LinterTypes.Config[] {
    const rules = ruleEntries(this.plugin, settings);
    const versions = settings.installedVersions;
    const key = JSON.stringify([rules, settings.project?.settings, versions]);
    let config = this.configCache.get(key);
    if (!config) {
      // What this host adds to the rules' shared settings.
      const hostSettings: Record<string, unknown> = this.followImports ? {} : { followImports: false };
      if (versions) {
        Object.assign(rules, versionOptions(rules, versions));
        if (versions['@azure/msal-browser']) {
          hostSettings.msalBrowserVersion = versions['@azure/msal-browser'];
        }
      }
      config = [
        {
          files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
          languageOptions: {
            parser: this.incremental.parser,
            ecmaVersion: 'latest',
            sourceType: 'module',
            // No rule reads type information, so the parser neither parses JSDoc nor keeps the maps between
            // TypeScript's nodes and ESLint's: an entry per node, in `WeakMap`s the garbage collector traces
            // specially. Without them a lint of the editor benchmark's files took 12–18% less time.
            parserOptions: { ecmaFeatures: { jsx: true }, jsDocParsingMode: 'none', preserveNodeMaps: false },
          },
          linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
          plugins: { [RULE_PREFIX.slice(0, -1)]: { rules: this.guardedRules } },
          rules,
          ...sharedSettings(settings, hostSettings),
        },
        { files: ['**/*.cjs', '**/*.cts'], languageOptions: { sourceType: 'commonjs' } },
      ];
      this.remember(key, config);
    }
    return config;
  }

  /**
   * The rule with every listener behind a try/catch: a rule that throws is recorded once per lint and skipped for
   * the rest of that file, so ESLint does not abort and the other rules' findings still show.
   */
  private guard(ruleId: string, rule: Rule.RuleModule): Rule.RuleModule {
    const record = (error: unknown): void => {
      if (!this.failures.some(failure => failure.ruleId === ruleId)) {
        const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
        this.failures.push({ ruleId, message });
      }
    };
    const guarded: Rule.RuleModule = {
      create: (context: Rule.RuleContext): Rule.RuleListener => {
        let failed = false;
        let listeners: Rule.RuleListener;
        try {
          listeners = rule.create(context);
        } catch (error) {
          record(error);
          return {};
        }
        const wrapped: Record<string, (a: unknown, b: unknown, c: unknown) => void> = {};
        for (const [selector, listener] of Object.entries(listeners ?? {})) {
          if (typeof listener !== 'function') {
            continue;
          }
          // Listeners take at most three arguments (code path events); fixed parameters spare an array per call.
          wrapped[selector] = (a: unknown, b: unknown, c: unknown): void => {
            if (failed) {
              return;
            }
            try {
              (listener as (a: unknown, b: unknown, c: unknown) => void)(a, b, c);
            } catch (error) {
              failed = true;
              record(error);
            }
          };
        }
        return wrapped as Rule.RuleListener;
      },
    };
    if (rule.meta) {
      guarded.meta = rule.meta;
    }
    return guarded;
  }
}

/**
 * The rules' shared settings (`settings['zero-trust']`) as a config object's part: the project config's, then what
 * the host adds (`hostSettings`); none when both are empty.
 */
function sharedSettings(
  settings: LintSettings,
  hostSettings: Record<string, unknown> = {},
): Pick<LinterTypes.Config, 'settings'> {
  const shared = { ...settings.project?.settings, ...hostSettings };
  return Object.keys(shared).length > 0 ? { settings: { [RULE_PREFIX.slice(0, -1)]: shared } } : {};
}

/** The rule whose options ESLint rejected (`Key "rules": Key "zero-trust/<name>": …`), if that is the error. */
function invalidOptionsRule(error: unknown): string | undefined {
  const message = error instanceof Error ? error.message : '';
  return new RegExp(`^Key "rules": Key "${RULE_PREFIX}([\\w-]+)":`).exec(message)?.[1];
}

/**
 * The given installed versions as the options of the rules that take them (`no-unsafe-jwt-algorithm`'s
 * `jsonwebtokenVersion` and `expressJwtVersion`); `no-token-in-web-storage` reads `msalBrowserVersion` from the
 * shared settings.
 */
function versionOptions(rules: LinterTypes.RulesRecord, versions: Record<string, string>): LinterTypes.RulesRecord {
  const id = `${RULE_PREFIX}no-unsafe-jwt-algorithm`;
  const severity = rules[id];
  const major = (pkg: string): number | undefined => {
    const match = /^(\d+)\./.exec(versions[pkg] ?? '');
    return match ? Number(match[1]) : undefined;
  };
  const options = {
    ...(major('jsonwebtoken') === undefined ? {} : { jsonwebtokenVersion: major('jsonwebtoken') }),
    ...(major('express-jwt') === undefined ? {} : { expressJwtVersion: major('express-jwt') }),
  };
  if (severity === undefined || severity === 'off' || severity === 0 || Object.keys(options).length === 0) {
    return {};
  }
  return { [id]: [Array.isArray(severity) ? severity[0] : severity, options] as LinterTypes.RuleEntry };
}

function zeroRange(): ParseProblem['range'] {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
