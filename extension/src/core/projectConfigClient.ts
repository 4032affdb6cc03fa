// The host side of the project-config worker, and the cache of what it answered: for a file on disk, the config file
// ESLint would use, and how that config has the file linted (`LintSource`). vscode-free: the worker is made by a
// factory and the file system is passed in, so tests can run it on a temporary folder.
import type { LintSource, ProjectConfigRequest, ProjectConfigResponse } from './projectConfig';
import type { WorkerChannel } from './workerClient';

import { configTextNamesPlugin, findConfigFile, lintSourceFrom } from './projectConfig';

/** The project-config worker, as the resolver talks to it. */
export type ConfigWorkerLike = WorkerChannel<ProjectConfigRequest, ProjectConfigResponse>;

/** What the resolver reads of the file system and paths (Node's, in the extension). */
interface ConfigFileSystem {
  isFile(file: string): boolean;
  readText(file: string): string | undefined;
  dirname(file: string): string;
  join(directory: string, name: string): string;
}

export interface ProjectConfigResolverOptions {
  createWorker: () => ConfigWorkerLike;
  fs: ConfigFileSystem;
  /** A path as the user reads it (relative to its workspace folder). */
  displayPath: (file: string) => string;
  /** Loading a config and computing a file's config may take this long before the worker is stopped. */
  timeoutMs?: number;
  /** Called when answers already given may have changed (a config turned out to use the plugin). */
  onDidChange?: () => void;
}

export class ProjectConfigResolver {
  private worker: ConfigWorkerLike | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (response: ProjectConfigResponse) => void>();
  /** The config file for each folder searched (`null`: none up to the root). */
  private readonly configByFolder = new Map<string, string | null>();
  /** How each file is linted, by path. */
  private readonly sources = new Map<string, Promise<LintSource>>();
  /** Config files known to use the plugin: their text names it, or the config gave some file its rules. */
  private readonly configUses = new Map<string, boolean>();
  private readonly timeoutMs: number;

  constructor(private readonly options: ProjectConfigResolverOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The config file ESLint would use for a file, or undefined. Reads only file names: safe in any workspace. */
  configFileFor(file: string): string | undefined {
    const { fs } = this.options;
    const directory = fs.dirname(file);
    let found = this.configByFolder.get(directory);
    if (found === undefined) {
      found = findConfigFile(directory, candidate => fs.isFile(candidate), fs.join, fs.dirname) ?? null;
      this.configByFolder.set(directory, found);
    }
    return found ?? undefined;
  }

  /** How the project's config has `file` linted (loading the config on first use). Never rejects. */
  sourceFor(file: string, configFileType: boolean): Promise<LintSource> {
    let source = this.sources.get(file);
    if (!source) {
      source = this.resolve(file, configFileType);
      this.sources.set(file, source);
    }
    return source;
  }

  /** Forgets every answer and stops the worker: the next question loads the configs afresh. */
  reset(): void {
    this.configByFolder.clear();
    this.sources.clear();
    this.configUses.clear();
    this.stopWorker('the ESLint config is being loaded again');
  }

  dispose(): void {
    this.reset();
  }

  private async resolve(file: string, configFileType: boolean): Promise<LintSource> {
    try {
      return await this.resolveOrThrow(file, configFileType);
    } catch (error) {
      // Not the config (the worker answers its errors): the file system or a path. The settings decide.
      const message = error instanceof Error ? error.message : String(error);
      return { kind: 'settings', reason: { why: 'error', configFile: this.configFileFor(file) ?? file, message } };
    }
  }

  private async resolveOrThrow(file: string, configFileType: boolean): Promise<LintSource> {
    const configFile = this.configFileFor(file);
    if (!configFile) {
      return { kind: 'settings', reason: { why: 'no-config' } };
    }
    const shown = this.options.displayPath(configFile);
    if (!this.configUses.has(configFile)) {
      this.configUses.set(configFile, configTextNamesPlugin(this.options.fs.readText(configFile) ?? ''));
    }
    const response = await this.ask({ file, cwd: this.options.fs.dirname(configFile), configFile, configFileType });
    if (response.status === 'config' && response.uses && !this.configUses.get(configFile)) {
      // The config uses the plugin after all (through a shared config): files judged before are judged again.
      this.configUses.set(configFile, true);
      this.sources.clear();
      this.options.onDidChange?.();
    }
    return lintSourceFrom(response, shown, this.configUses.get(configFile) ?? false);
  }

  private ask(request: Omit<ProjectConfigRequest, 'id'>): Promise<ProjectConfigResponse> {
    const id = this.nextId++;
    const worker = this.ensureWorker();
    return new Promise(resolve => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        resolve({ id, status: 'error', message: `timed out after ${this.timeoutMs / 1000} s` });
        this.stopWorker(`timed out after ${this.timeoutMs / 1000} s`);
      }, this.timeoutMs);
      this.pending.set(id, response => {
        clearTimeout(timer);
        resolve(response);
      });
      worker.postMessage({ ...request, id });
    });
  }

  private ensureWorker(): ConfigWorkerLike {
    if (this.worker) {
      return this.worker;
    }
    const worker = this.options.createWorker();
    this.worker = worker;
    worker.on('message', response => {
      const settle = this.pending.get(response.id);
      this.pending.delete(response.id);
      settle?.(response);
    });
    const fail = (message: string): void => {
      if (this.worker === worker) {
        this.stopWorker(message);
      }
    };
    worker.on('error', error => fail(`the config worker failed: ${error.message}`));
    worker.on('exit', code => fail(`the config worker exited (${code})`));
    return worker;
  }

  /** Stops the worker; questions it had not answered get `message` as their error. */
  private stopWorker(message: string): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, settle] of this.pending) {
      settle({ id, status: 'error', message });
    }
    this.pending.clear();
    void worker?.terminate();
  }
}
