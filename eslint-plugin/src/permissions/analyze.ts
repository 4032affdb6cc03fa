import fs from 'node:fs';
import path from 'node:path';

import {
  basicLacks,
  type GraphMethod,
  type GraphScheme,
  grantsLess,
  includesPermission,
  isResourceSpecific,
  leastOf,
  matchGraphPath,
  type PathMatch,
  type PathPermission,
} from '../util/graph';
import {
  collectCodeFile,
  collectEnvFile,
  collectManifest,
  type FileFindings,
  isAnalyzedFile,
  isEnvFile,
} from './collect';

/** A Graph request the code makes, in one scheme, with the least privileged permissions that allow it. */
export interface PermissionCall {
  file: string;
  line: number;
  column: number;
  method: GraphMethod;
  /** The Graph path template, without the version, `{id}` where a segment is known only at run time. */
  path: string;
  /** `v1.0` or `beta`; `null` when the code does not say. */
  version: string | null;
  scheme: GraphScheme;
  /** Empty when Graph's permission data names no permission for this method and path in this scheme. */
  leastPermissions: string[];
}

/** A Graph permission the app requests, where. */
export interface RequestedPermission {
  file: string;
  line: number;
  permission: string;
  scheme: GraphScheme;
  /** `environment`: a variable of an environment file (`.env.example`) that the code reads (`process.env.X`). */
  source: 'code' | 'manifest' | 'environment';
}

/** The report: what the code calls, what it requests, and how the two compare. */
export interface GraphPermissionsReport {
  calls: PermissionCall[];
  requested: RequestedPermission[];
  /** Requested permissions no request found needs. */
  unused: { permission: string; scheme: GraphScheme }[];
  /** Requested permissions where one that grants less allows every request that uses them. */
  narrower: { permission: string; scheme: GraphScheme; suggested: string[] }[];
  /** Requests that no requested permission allows: they fail with 403 at run time. */
  missing: {
    method: GraphMethod;
    path: string;
    scheme: GraphScheme;
    leastPermissions: string[];
    file: string;
    line: number;
  }[];
  /** Graph client calls whose path is known only at run time: they may need permissions this report cannot see. */
  unresolved: { file: string; line: number }[];
  /** Files that did not parse. */
  errors: { file: string; message: string }[];
}

export interface AnalyzeOptions {
  /** The folder report paths are relative to (default: `process.cwd()`). */
  cwd?: string;
  /** The files' texts, by absolute path, instead of reading them from disk (an editor's unsaved buffers). */
  readFile?: (file: string) => string | undefined;
  /**
   * What earlier analyses found in each file, by absolute path, with the text it was found in: a file whose text is
   * the same is not parsed again, and every file analysed is stored. An editor keeps one across its analyses of a
   * workspace (and drops the files whose imports changed: their findings may follow values from those modules).
   */
  cache?: GraphAnalysisCache;
}

/** See `AnalyzeOptions.cache`. */
export type GraphAnalysisCache = Map<string, { text: string; found: FileFindings }>;

/** OpenID Connect scopes: never permissions to report. */
const OIDC = new Set(['openid', 'profile', 'email', 'offline_access']);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Which Microsoft Graph permissions the code in `files` needs and how they compare with what it requests (scopes
 * in the code and app registration manifests). The scheme of a request is the app's: delegated where the app
 * requests tokens in user flows or delegated permissions, application where it uses client credentials or managed
 * identity or its registration has application permissions; both when nothing says. See
 * docs/graph-permissions.md.
 */
export function analyzeGraphPermissions(
  files: readonly string[],
  options: AnalyzeOptions = {},
): GraphPermissionsReport {
  const cwd = options.cwd ?? process.cwd();
  const findings: { file: string; found: FileFindings }[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const file of files) {
    const absolute = path.resolve(cwd, file);
    if (!isAnalyzedFile(absolute)) {
      continue;
    }
    let text: string | undefined;
    try {
      text = options.readFile ? options.readFile(absolute) : fs.readFileSync(absolute, 'utf8');
    } catch {
      text = undefined;
    }
    if (text === undefined) {
      continue;
    }
    const relative = path.relative(cwd, absolute).split(path.sep).join('/');
    const cached = options.cache?.get(absolute);
    const found =
      cached && cached.text === text
        ? cached.found
        : isEnvFile(absolute)
          ? collectEnvFile(text)
          : /\.json$/i.test(absolute)
            ? collectManifest(text)
            : collectCodeFile(text, absolute);
    options.cache?.set(absolute, { text, found });
    if (found.parseError !== undefined) {
      errors.push({ file: relative, message: found.parseError });
    }
    findings.push({ file: relative, found });
  }
  // An environment file's scopes count where the code reads their variable.
  const read = new Set(findings.flatMap(({ found }) => found.envReads ?? []));
  for (const { found } of findings) {
    found.permissions = found.permissions.filter(p => p.variable === undefined || read.has(p.variable));
  }
  return compare(findings, errors);
}

/**
 * The least of the permissions left when basic ones lacked a selected property: of the basic ones' own resource
 * where any is left (`Mail.Read` where `Mail.ReadBasic` was least), else of all.
 */
function leastBeyondBasic(
  match: PathMatch | undefined,
  allowing: readonly PathPermission[],
  scheme: GraphScheme,
): string[] {
  const resources = new Set(
    (match?.allowing ?? []).filter(p => !allowing.includes(p)).map(p => p.name.split('.')[0]?.toLowerCase()),
  );
  const same = allowing.filter(p => resources.has(p.name.split('.')[0]?.toLowerCase()));
  return leastOf(same.length > 0 ? same : allowing, scheme);
}

/** Whether a requested permission allows a request: the data names it, or a permission it includes. */
function covers(name: string, allowing: ReadonlySet<string> | undefined): boolean {
  return allowing !== undefined && (allowing.has(name) || [...allowing].some(other => includesPermission(name, other)));
}

/** The comparison, from what each file holds. */
function compare(
  findings: readonly { file: string; found: FileFindings }[],
  errors: { file: string; message: string }[] = [],
): GraphPermissionsReport {
  // The app's schemes: from the flows of its Graph scopes and its registration's permission types.
  const schemes = new Set<GraphScheme>();
  for (const { found } of findings) {
    for (const permission of found.permissions) {
      if (permission.scheme) {
        schemes.add(permission.scheme);
      }
    }
  }
  const appSchemes: GraphScheme[] = schemes.size > 0 ? [...schemes].sort() : ['application', 'delegated'];

  const requested: RequestedPermission[] = [];
  const requestedNames = new Map<GraphScheme, Set<string>>();
  /** Schemes where a `.default` asks for the registration's permissions and no manifest says what they are. */
  const defaultOnly = new Set<GraphScheme>();
  const fromManifest = new Set<GraphScheme>();
  for (const { file, found } of findings) {
    for (const permission of found.permissions) {
      const inSchemes = permission.scheme ? [permission.scheme] : appSchemes;
      for (const scheme of inSchemes) {
        if (permission.permission === '.default') {
          defaultOnly.add(scheme);
          continue;
        }
        if (OIDC.has(permission.permission.toLowerCase())) {
          continue;
        }
        if (permission.source === 'manifest') {
          fromManifest.add(scheme);
        }
        requested.push({
          file,
          line: permission.line,
          permission: permission.permission,
          scheme,
          source: permission.source,
        });
        const names = requestedNames.get(scheme) ?? new Set<string>();
        names.add(permission.permission);
        requestedNames.set(scheme, names);
      }
    }
  }

  const calls: PermissionCall[] = [];
  const allowingByCall = new Map<PermissionCall, Set<string>>();
  const unresolved: { file: string; line: number }[] = [];
  for (const { file, found } of findings) {
    for (const request of found.requests) {
      for (const scheme of appSchemes) {
        if (scheme === 'application' && /^\/me(?:\/|$)/i.test(request.path)) {
          // `/me` is the signed-in user: an app-only token has none, so such a request is a delegated one.
          continue;
        }
        const match = matchGraphPath(request.method, request.path, scheme);
        // A basic permission that leaves out a property the request selects by name does not allow it.
        const allowing = match?.allowing.filter(p => !basicLacks(p.name, request.select)) ?? [];
        const least =
          allowing.length === match?.allowing.length ? match.least : leastBeyondBasic(match, allowing, scheme);
        const call: PermissionCall = {
          file,
          line: request.line,
          column: request.column,
          method: request.method,
          path: request.path,
          version: request.version ?? null,
          scheme,
          leastPermissions: least,
        };
        calls.push(call);
        allowingByCall.set(call, new Set(allowing.map(p => p.name)));
      }
    }
    for (const place of found.unresolved) {
      unresolved.push({ file, line: place.line });
    }
  }

  const unused: GraphPermissionsReport['unused'] = [];
  const narrower: GraphPermissionsReport['narrower'] = [];
  const missing: GraphPermissionsReport['missing'] = [];
  for (const scheme of appSchemes) {
    const names = requestedNames.get(scheme) ?? new Set<string>();
    const schemeCalls = calls.filter(call => call.scheme === scheme);
    for (const name of [...names].sort(compareText)) {
      const using = schemeCalls.filter(call => covers(name, allowingByCall.get(call)));
      if (using.length === 0) {
        unused.push({ permission: name, scheme });
        continue;
      }
      // The permissions that allow every request this one allows, and grant less.
      let common: Set<string> | undefined;
      for (const call of using) {
        const allowing = allowingByCall.get(call) ?? new Set<string>();
        common = new Set([...(common ?? allowing)].filter(other => allowing.has(other)));
      }
      // A resource-specific consent permission (granted per team or chat to a Teams app) is no drop-in for it.
      const lesser = [...(common ?? [])].filter(
        other => grantsLess(other, name, scheme) && (!isResourceSpecific(other) || isResourceSpecific(name)),
      );
      if (lesser.length > 0) {
        const suggested = leastOf(
          lesser.map(other => ({ name: other, markedLeast: false })),
          scheme,
        );
        narrower.push({ permission: name, scheme, suggested });
      }
    }
    // Requests nothing requested allows; only where the requested permissions are known (a `.default` without
    // the registration's manifest leaves them unknown).
    if (names.size === 0 || (defaultOnly.has(scheme) && !fromManifest.has(scheme))) {
      continue;
    }
    const seen = new Set<string>();
    for (const call of schemeCalls) {
      const allowing = allowingByCall.get(call) ?? new Set<string>();
      const key = `${call.method} ${call.path}`;
      if (allowing.size === 0 || seen.has(key) || [...names].some(name => covers(name, allowing))) {
        continue;
      }
      seen.add(key);
      missing.push({
        method: call.method,
        path: call.path,
        scheme,
        leastPermissions: call.leastPermissions,
        file: call.file,
        line: call.line,
      });
    }
  }
  return { calls, requested, unused, narrower, missing, unresolved, errors };
}
