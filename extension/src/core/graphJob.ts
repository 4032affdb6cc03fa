// The worker's side of a Microsoft Graph permissions job: the plugin's `analyzeGraphPermissions` over the job's files,
// open documents' texts first, the disk after (where the job says so). What each file held is kept per workspace
// folder, so that the analyses that follow edits parse only the files that changed and the files importing them.
// vscode-free.
import fs from 'node:fs';
import { getModuleDependents, setModuleOverlay } from 'eslint-plugin-zero-trust/editor';
import { analyzeGraphPermissions, type GraphAnalysisCache } from 'eslint-plugin-zero-trust/permissions';

import type { GraphRequest, GraphResponse } from './protocol';

/** Folders whose findings are kept: the caches of others are dropped, oldest first. */
const MAX_FOLDERS = 8;

/** By the job's folder (`cwd`). */
const caches = new Map<string, GraphAnalysisCache>();

/**
 * Versions of the unsaved texts a workspace job gives the cross-module resolution: negative, so that they never
 * equal the lint engine's (positive) versions of the same file's texts.
 */
let overlayVersion = 0;

function cacheOf(cwd: string): GraphAnalysisCache {
  let cache = caches.get(cwd);
  if (cache) {
    caches.delete(cwd); // to the end: most recently used
  } else {
    cache = new Map();
  }
  caches.set(cwd, cache);
  while (caches.size > MAX_FOLDERS) {
    caches.delete(caches.keys().next().value!);
  }
  return cache;
}

/**
 * Drops the cached findings of the files that import a file whose text changed (or that is gone, for a job that
 * lists the whole folder): their findings may follow values from it.
 */
function invalidate(cache: GraphAnalysisCache, texts: ReadonlyMap<string, string | undefined>, whole: boolean): void {
  const changed: string[] = [];
  for (const [file, text] of texts) {
    const cached = cache.get(file);
    if (cached && cached.text !== text) {
      changed.push(file);
    }
  }
  if (whole) {
    for (const file of cache.keys()) {
      if (!texts.has(file)) {
        changed.push(file);
        cache.delete(file);
      }
    }
  }
  for (const file of changed) {
    for (const dependent of getModuleDependents(file)) {
      cache.delete(dependent);
    }
  }
}

/** Runs a job; never throws (a failure is the answer). */
export function runGraphJob(request: GraphRequest): GraphResponse {
  try {
    const texts = new Map<string, string | undefined>();
    for (const file of request.files) {
      const open = Object.hasOwn(request.overlays, file) ? request.overlays[file] : undefined;
      let text = open;
      if (text === undefined && request.readDisk) {
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch {
          text = undefined;
        }
      }
      texts.set(file, text);
    }
    if (request.readDisk) {
      // Files importing an unsaved document read its text, as its lints do (the editor drops it when it closes).
      for (const [file, text] of Object.entries(request.overlays)) {
        setModuleOverlay(file, text, --overlayVersion);
      }
    }
    const cache = cacheOf(request.cwd);
    invalidate(cache, texts, request.complete === true);
    const report = analyzeGraphPermissions(request.files, {
      cwd: request.cwd,
      readFile: file => texts.get(file),
      cache,
    });
    return { id: request.id, ok: true, report };
  } catch (error) {
    return {
      id: request.id,
      ok: false,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    };
  }
}
