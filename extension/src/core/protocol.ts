// Messages between the extension host and the lint worker. Types only; vscode-free.
import type { LintSettings } from './lint';
import type { WireOutcome } from './wire';

export interface LintJob {
  /** The linted text, as the editor has it. */
  text: string;
  /** The name the linter sees (`lintFilename`). */
  filename: string;
  settings: LintSettings;
  /** For an open document (not the workspace scan): its URI, so the worker re-parses it incrementally as it changes. */
  document?: string;
  /**
   * The file's absolute path on disk, if it has one: configuration files are judged by the `.gitignore` files there.
   */
  path?: string;
  /** Paths of documents closed since the last job: files importing them read them from the disk again. */
  closed?: string[];
}

export interface LintRequest extends LintJob {
  id: number;
}

/** The outcome travels packed (`encodeOutcome`); the client unpacks it. */
export type LintResponse = { id: number; ok: true; outcome: WireOutcome } | { id: number; ok: false; error: string };
