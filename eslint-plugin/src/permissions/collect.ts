import type { TSESLint } from '@typescript-eslint/utils';

import path from 'node:path';

import * as parser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';

import { GRAPH_PERMISSION_IDS, GRAPH_RESOURCE_APP_ID } from '../util/data';
import { getMemberKey, isProcessEnv } from '../util/evaluate';
import { type GraphMethod, type GraphScheme, graphRequestListeners } from '../util/graph';
import { mergeListeners } from '../util/rule';
import { extractScopes, type ExtractedScope, getGraphPermission, normalizeScope } from '../util/scopes';

/** A Graph request found in a file, by position (no syntax tree is kept). */
interface FoundRequest {
  line: number;
  column: number;
  method: GraphMethod;
  path: string;
  version: string | undefined;
  via: string;
  /** The properties the request selects by name. */
  select: readonly string[];
}

/** A requested Graph permission, or a Graph `.default` (every permission of the app registration). */
interface FoundPermission {
  line: number;
  column: number;
  /** The permission's name as Graph spells it; `.default` for `https://graph.microsoft.com/.default`. */
  permission: string;
  /** `undefined` where the flow is not known (a scope list whose use the file does not show). */
  scheme: GraphScheme | undefined;
  /** Where it was found: code, an app registration manifest, or an environment file the code reads. */
  source: 'code' | 'manifest' | 'environment';
  /** For an environment file's entry: the variable's name (it counts only where the code reads it). */
  variable?: string;
}

/** What one file holds for the permissions analysis. */
export interface FileFindings {
  requests: FoundRequest[];
  permissions: FoundPermission[];
  /** Graph client calls whose path is known only at run time. */
  unresolved: { line: number; column: number }[];
  /** The parser's message when the file does not parse. */
  parseError: string | undefined;
  /** The environment variables the code reads (`process.env.OAUTH_SCOPES`) whose names say scopes. */
  envReads?: string[];
}

const CODE_FILE = /\.(?:[cm]?[jt]sx?)$/i;

/** `.env`, `.env.example`, `.env.local`, `example.env`, `sample.env`: environment files (by their own name). */
const ENV_FILE = /(?:^|[\\/])(?:\.env(?:\.[\w.-]+)?|[\w.-]+\.env)$/i;

/** Whether a file is an environment file (`.env`, `.env.example`, `example.env`). */
export function isEnvFile(filename: string): boolean {
  return ENV_FILE.test(filename);
}

/**
 * Whether the analysis reads a file of this name: JavaScript and TypeScript, JSON (app registrations) and
 * environment files (scopes kept in `OAUTH_SCOPES=…`).
 */
export function isAnalyzedFile(filename: string): boolean {
  return CODE_FILE.test(filename) || /\.json$/i.test(filename) || isEnvFile(filename);
}

/** An environment variable whose name says it holds scopes (`OAUTH_SCOPES`, `GRAPH_SCOPE`, `scopes`). */
const SCOPE_VARIABLE = /scope/i;
/** The text of a file that may read one (`process.env.OAUTH_SCOPES`, `process.env['GRAPH_SCOPE']`). */
const ENV_SCOPE_READ = /\benv\s*(?:\?\.|\.|\[\s*['"`])\s*\w*scope/i;

/** The scheme a flow's tokens carry: app-only flows use application permissions, user flows delegated ones. */
function schemeOf(scope: ExtractedScope): GraphScheme | undefined {
  switch (scope.flow) {
    case 'clientCredentials':
    case 'managedIdentity':
      return 'application';
    case 'unknown':
      // A permission named in a scope is delegated whatever the flow: app-only tokens take `.default` only.
      return scope.isDefault ? undefined : 'delegated';
    default:
      return 'delegated';
  }
}

/** Files that may request Graph permissions or call Graph: the others are not parsed. */
const RELEVANT = /scope|graph|msgraph/i;

let linter: Linter | undefined;

/**
 * The Graph requests and requested Graph permissions of one JavaScript or TypeScript file, through the plugin's
 * own analysis (`extractScopes`, `graphRequestListeners`) run by ESLint's `Linter` on `@typescript-eslint/parser`.
 */
export function collectCodeFile(text: string, filename: string): FileFindings {
  const out: FileFindings = { requests: [], permissions: [], unresolved: [], parseError: undefined };
  if (!RELEVANT.test(text)) {
    return out;
  }
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const sourceCode = context.sourceCode as unknown as Readonly<TSESLint.SourceCode>;
      const position = (index: number): { line: number; column: number } => {
        const loc = sourceCode.getLocFromIndex(index);
        return { line: loc.line, column: loc.column + 1 };
      };
      const envReads = new Set<string>();
      out.envReads = [];
      const listeners = mergeListeners(
        // Only in files whose text reads such a variable: most files read no scopes from the environment.
        !ENV_SCOPE_READ.test(text)
          ? {}
          : {
              MemberExpression(node) {
                // `process.env.OAUTH_SCOPES`: an environment file's scopes count where the code reads them.
                if (isProcessEnv(node.object, sourceCode)) {
                  const name = getMemberKey(node, sourceCode);
                  if (name !== undefined && SCOPE_VARIABLE.test(name) && !envReads.has(name)) {
                    envReads.add(name);
                    out.envReads?.push(name);
                  }
                }
              },
            },
        extractScopes({ id: 'graph-permissions', sourceCode }, scopes => {
          for (const scope of scopes) {
            if (scope.provider === 'graph') {
              out.permissions.push({
                ...position(scope.range[0]),
                permission: scope.isDefault ? '.default' : scope.name,
                scheme: schemeOf(scope),
                source: 'code',
              });
            }
          }
        }),
        graphRequestListeners(
          sourceCode,
          request => {
            out.requests.push({
              ...position(request.node.range[0]),
              method: request.method,
              path: request.path,
              version: request.version,
              via: request.via,
              select: request.select ?? [],
            });
          },
          node => out.unresolved.push(position(node.range[0])),
        ),
      );
      return listeners as unknown as Rule.RuleListener;
    },
  };
  // Rooted at the file system's root, so that every analysed file is inside the linter's folder.
  linter ??= new Linter({ configType: 'flat', cwd: path.parse(path.resolve(filename)).root });
  const jsx = !/\.[cm]?ts$/i.test(filename);
  let messages: Linter.LintMessage[];
  try {
    messages = linter.verify(
      text,
      [
        {
          files: ['**/*.{js,jsx,ts,tsx,mjs,cjs,mts,cts}'],
          languageOptions: {
            parser: parser as Linter.Parser,
            ecmaVersion: 'latest',
            sourceType: /\.cjs$|\.cts$/i.test(filename) ? 'commonjs' : 'module',
            parserOptions: { ecmaFeatures: { jsx } },
          },
          plugins: { graph: { rules: { collect: rule } } },
          rules: { 'graph/collect': 'error' },
        },
      ],
      { filename },
    );
  } catch (error) {
    // An analysis that fails on odd code loses that file's findings, not the report.
    return {
      requests: [],
      permissions: [],
      unresolved: [],
      parseError: `analysis failed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const fatal = messages.find(message => message.fatal);
  if (fatal) {
    out.parseError = `${fatal.line}:${fatal.column} ${fatal.message}`;
  }
  return out;
}

/**
 * The Microsoft Graph permissions an app registration manifest (`requiredResourceAccess`, in the Azure AD Graph or
 * Microsoft Graph format) configures: `Scope` entries are delegated permissions, `Role` entries application ones.
 * Other JSON files give nothing.
 */
export function collectManifest(text: string): FileFindings {
  const out: FileFindings = { requests: [], permissions: [], unresolved: [], parseError: undefined };
  if (!text.includes('requiredResourceAccess')) {
    return out;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return out;
  }
  const required = (json as { requiredResourceAccess?: unknown }).requiredResourceAccess;
  if (!Array.isArray(required)) {
    return out;
  }
  for (const resource of required as { resourceAppId?: unknown; resourceAccess?: unknown }[]) {
    // Teams Toolkit's `aad.manifest.json` may name the resource and its permissions instead of giving their IDs.
    const graph =
      typeof resource?.resourceAppId === 'string' &&
      (resource.resourceAppId.toLowerCase() === GRAPH_RESOURCE_APP_ID || resource.resourceAppId === 'Microsoft Graph');
    if (!graph || !Array.isArray(resource.resourceAccess)) {
      continue;
    }
    for (const access of resource.resourceAccess as { id?: unknown; type?: unknown }[]) {
      const id = typeof access?.id === 'string' ? access.id.toLowerCase() : undefined;
      const entry = id !== undefined && Object.hasOwn(GRAPH_PERMISSION_IDS, id) ? GRAPH_PERMISSION_IDS[id] : undefined;
      const name = entry ? entry.slice(entry.indexOf(' ') + 1) : id && getGraphPermission(id)?.name;
      if (!id || !name) {
        continue;
      }
      const scheme = access.type === 'Role' ? 'application' : access.type === 'Scope' ? 'delegated' : undefined;
      const index = text.toLowerCase().indexOf(id);
      const before = text.slice(0, Math.max(index, 0)).split('\n');
      out.permissions.push({
        line: before.length,
        column: (before[before.length - 1]?.length ?? 0) + 1,
        permission: name,
        scheme,
        source: 'manifest',
      });
    }
  }
  return out;
}

/**
 * The Microsoft Graph permissions an environment file gives to variables whose names say scopes
 * (`OAUTH_SCOPES='user.read,calendars.readwrite'`, separated by commas or spaces, with or without the Graph
 * resource prefix). Each keeps its variable's name: it counts only where the code reads that variable.
 */
export function collectEnvFile(text: string): FileFindings {
  const out: FileFindings = { requests: [], permissions: [], unresolved: [], parseError: undefined };
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const match = /^(\s*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*)(.*)$/.exec(line);
    const variable = match?.[2];
    if (!match || variable === undefined || !SCOPE_VARIABLE.test(variable)) {
      continue;
    }
    let value = match[3]!;
    const quote = /^(["'])(.*)\1\s*(?:#.*)?$/.exec(value);
    value = quote ? quote[2]! : value.replace(/\s+#.*$/, '');
    const start = match[1]!.length + (quote ? 1 : 0);
    for (const token of value.matchAll(/[^\s,]+/g)) {
      const scope = normalizeScope(token[0]);
      if (scope.provider !== 'graph') {
        continue;
      }
      out.permissions.push({
        line: index + 1,
        column: start + token.index + 1,
        permission: scope.isDefault ? '.default' : scope.name,
        // A permission named in a scope is delegated: app-only tokens take `.default` only.
        scheme: scope.isDefault ? undefined : 'delegated',
        source: 'environment',
        variable,
      });
    }
  }
  return out;
}
