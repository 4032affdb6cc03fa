// The worker's side of a Microsoft Graph permissions job: the plugin's `analyzeGraphPermissions` over the job's files,
// open documents' texts first, the disk after (where the job says so). vscode-free.
import fs from 'node:fs';
import { analyzeGraphPermissions } from 'eslint-plugin-zero-trust/permissions';

import type { GraphRequest, GraphResponse } from './protocol';

/** Runs a job; never throws (a failure is the answer). */
export function runGraphJob(request: GraphRequest): GraphResponse {
  try {
    const report = analyzeGraphPermissions(request.files, {
      cwd: request.cwd,
      readFile: file => {
        const open = Object.hasOwn(request.overlays, file) ? request.overlays[file] : undefined;
        if (open !== undefined || !request.readDisk) {
          return open;
        }
        try {
          return fs.readFileSync(file, 'utf8');
        } catch {
          return undefined;
        }
      },
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
