// Messages between the extension host and the lint worker. Types only; vscode-free.
import type { GraphPermissionsReport } from 'eslint-plugin-zero-trust/permissions';

import type { LintSettings } from './lint';
import type { JwtHoverInfo } from './hoverJwt';
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

/** On the worker's first lint answer: where the time to the first diagnostics went, in ms. */
export interface WorkerStartup {
  /** When the worker had loaded its bundle (ESLint, the parser, the rules), in ms since the epoch. */
  loadedAt: number;
  /** The first lint's parse of its document (a full parse, cold). */
  parseMs: number;
}

/** The outcome travels packed (`encodeOutcome`); the client unpacks it. */
export type LintResponse =
  { id: number; ok: true; outcome: WireOutcome; startup?: WorkerStartup } | { id: number; ok: false; error: string };

/** A hover over an open document: what the JWT verification call at `offset` checks. */
export interface HoverJob {
  kind: 'hover';
  text: string;
  filename: string;
  /** The open document's URI: the worker reuses the parse it keeps of it. */
  document?: string;
  path?: string;
  /** The hovered offset in `text`. */
  offset: number;
}

export interface HoverRequest extends HoverJob {
  id: number;
}

export type HoverResponse =
  { id: number; ok: true; hover: JwtHoverInfo | null } | { id: number; ok: false; error: string };

/**
 * The Microsoft Graph permissions analysis of a set of files (`analyzeGraphPermissions`), run in the worker: a
 * workspace folder's files for the report and the diagnostics, or one open document's for its CodeLenses.
 */
export interface GraphJob {
  kind: 'graph';
  /** The folder the report's paths are relative to (absolute). */
  cwd: string;
  /** Absolute paths of the files to analyse. */
  files: string[];
  /** Texts by absolute path that replace the files' contents on disk (open documents, saved or not). */
  overlays: Record<string, string>;
  /** Read files absent from `overlays` from the disk (the workspace analysis); otherwise skip them. */
  readDisk: boolean;
  /** The job lists every file of the folder: files it no longer lists are gone (their findings are dropped). */
  complete?: boolean;
}

export interface GraphRequest extends GraphJob {
  id: number;
}

export type GraphResponse =
  { id: number; ok: true; report: GraphPermissionsReport } | { id: number; ok: false; error: string };

/** Every message the host sends the worker, and every answer. */
export type WorkerRequest = LintRequest | GraphRequest | HoverRequest;
export type WorkerResponse = LintResponse | GraphResponse | HoverResponse;
