// The project-config worker (`dist/config-worker.js`): loads a workspace's ESLint flat config with the workspace's own
// ESLint (the package its config folder resolves), and answers, for a file, what ESLint computes for it
// (`calculateConfigForFile`) as this plugin's rule entries. It runs workspace code (the config and what it imports),
// so the extension starts it only in a trusted workspace, apart from the lint worker and the extension host: a config
// that hangs is stopped by the extension, one that throws gives an error answer. vscode-free.
import type { CalculatedConfig, ProjectConfigRequest, ProjectConfigResponse } from './projectConfig';

import { createRequire } from 'node:module';
import * as path from 'node:path';
import { parentPort } from 'node:worker_threads';

import { RULE_PRINCIPLES } from './principles.generated';
import { readPluginEntries } from './projectConfig';

/** What the worker uses of ESLint's `ESLint` class (or `FlatESLint` of ESLint 8.57). */
interface ESLintInstance {
  calculateConfigForFile(file: string): Promise<CalculatedConfig | undefined>;
  isPathIgnored(file: string): Promise<boolean>;
}

type ESLintClass = new (options: { cwd: string; overrideConfigFile: string }) => ESLintInstance;

interface LoadedESLint {
  eslint: ESLintInstance;
  version: string;
}

/** The name of a code block of a configuration file, as ESLint names what the plugin's processors give it. */
const CONFIG_BLOCK_NAME = '0_block.zt-config';

/** The plugin's rule names (every rule has a principle; a test checks it), without bundling the plugin here. */
const RULE_NAMES: ReadonlySet<string> = new Set(Object.keys(RULE_PRINCIPLES));

/** One ESLint per config file (and the folder it runs from), made on first use. */
const loaded = new Map<string, Promise<LoadedESLint>>();

/** The workspace's ESLint, as resolved from the config's folder. Rejects with a message a user can act on. */
async function loadESLint(cwd: string, configFile: string): Promise<LoadedESLint> {
  const requireFromConfig = createRequire(path.join(cwd, 'eslint.config.js'));
  let packageJson: string;
  try {
    packageJson = requireFromConfig.resolve('eslint/package.json');
  } catch {
    throw new Error('ESLint is not installed in this workspace (npm install --save-dev eslint)');
  }
  const version = String((requireFromConfig(packageJson) as { version?: unknown }).version ?? '');
  const major = Number.parseInt(version, 10);
  if (!(major >= 9) && !/^8\.(5[7-9]|[6-9]\d)\./.test(version)) {
    throw new Error(`ESLint ${version} has no flat config support (ESLint 8.57 or later reads eslint.config.*)`);
  }
  const api = requireFromConfig('eslint') as {
    ESLint?: ESLintClass;
    loadESLint?: (options: { useFlatConfig: boolean }) => Promise<ESLintClass>;
  };
  const ESLint = api.loadESLint ? await api.loadESLint({ useFlatConfig: true }) : api.ESLint;
  if (!ESLint) {
    throw new Error(`ESLint ${version} has no ESLint class`);
  }
  return { eslint: new ESLint({ cwd, overrideConfigFile: configFile }), version };
}

/** The first line of an error's message, kept short (a config's stack is of no use in a status bar). */
function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n').find(part => part.trim() !== '') ?? 'unknown error';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

export async function answer(request: ProjectConfigRequest): Promise<ProjectConfigResponse> {
  const key = `${request.cwd}\u0000${request.configFile}`;
  let pending = loaded.get(key);
  if (!pending) {
    pending = loadESLint(request.cwd, request.configFile);
    loaded.set(key, pending);
  }
  try {
    const { eslint, version } = await pending;
    // `calculateConfigForFile` loads the config on first use: its errors (syntax, a missing package) surface here.
    const config = await eslint.calculateConfigForFile(request.file);
    if (!config || (await eslint.isPathIgnored(request.file))) {
      return { id: request.id, status: 'ignored', eslintVersion: version };
    }
    let rulesConfig = config;
    if (request.configFileType) {
      // The rules of a configuration file apply to the code blocks its processor gives ESLint; without the
      // plugin's processor on it, ESLint lints the file as code, which the editor does not.
      if (!config.processor) {
        return { id: request.id, status: 'ignored', eslintVersion: version };
      }
      rulesConfig = (await eslint.calculateConfigForFile(path.join(request.file, CONFIG_BLOCK_NAME))) ?? {};
    }
    const { uses, rules, settings } = readPluginEntries(rulesConfig, RULE_NAMES);
    return {
      id: request.id,
      status: 'config',
      uses: uses || readPluginEntries(config, RULE_NAMES).uses,
      rules,
      ...(settings ? { settings } : {}),
      eslintVersion: version,
    };
  } catch (error) {
    return { id: request.id, status: 'error', message: errorMessage(error) };
  }
}

parentPort?.on('message', (request: ProjectConfigRequest) => {
  void answer(request).then(response => parentPort!.postMessage(response));
});
