// The diagnostics of the Microsoft Graph permissions analysis: on each place a permission is requested that no
// request of the workspace needs (`unused`) or where one that grants less allows every request that uses it
// (`narrower`). vscode-free: the adapter turns each plan into a `vscode.Diagnostic`.
import type { GraphPermissionsReport, RequestedPermission } from 'eslint-plugin-zero-trust/permissions';

type Scheme = RequestedPermission['scheme'];

/** The diagnostic code's value (its target is the doc page, `GRAPH_PERMISSIONS_DOCS_URL`). */
export const GRAPH_DIAGNOSTIC_CODE = 'graph-permissions';

export interface GraphDiagnosticPlan {
  /** The file, relative to the report's folder (`/`-separated). */
  file: string;
  /** 0-based line; columns 0-based, end exclusive. */
  line: number;
  startColumn: number;
  endColumn: number;
  permission: string;
  kind: 'unused' | 'narrower';
  message: string;
}

const NAME_CHAR = /[\w.]/;

/**
 * Where `permission` is written on `text` (any case, not part of a longer name: `Mail.Read` is not found in
 * `Mail.ReadWrite`); the whole line less its indentation when it is not (a manifest names permissions by id).
 */
export function permissionColumns(text: string, permission: string): { start: number; end: number } {
  const lower = text.toLowerCase();
  const wanted = permission.toLowerCase();
  for (let at = lower.indexOf(wanted); at !== -1; at = lower.indexOf(wanted, at + 1)) {
    const before = at > 0 ? text[at - 1]! : '';
    const after = text[at + wanted.length] ?? '';
    if (!NAME_CHAR.test(before) && !NAME_CHAR.test(after)) {
      return { start: at, end: at + wanted.length };
    }
  }
  const start = text.length - text.trimStart().length;
  const end = text.trimEnd().length;
  return end > start ? { start, end } : { start: 0, end: text.length };
}

function schemesText(schemes: readonly Scheme[]): string {
  return schemes.join(', ');
}

/**
 * One plan per place a flagged permission is requested (the schemes of that place together). `lineText` gives a
 * file's line (relative path, 1-based line); `undefined` when it cannot be read.
 */
export function graphDiagnosticPlans(
  report: GraphPermissionsReport,
  lineText: (file: string, line: number) => string | undefined,
): GraphDiagnosticPlan[] {
  const unused = new Set(report.unused.map(entry => `${entry.permission} ${entry.scheme}`));
  const narrower = new Map(report.narrower.map(entry => [`${entry.permission} ${entry.scheme}`, entry.suggested]));
  const places = new Map<
    string,
    { requested: RequestedPermission; unused: Scheme[]; narrower: Map<string, Scheme[]> }
  >();
  for (const requested of report.requested) {
    const key = `${requested.permission} ${requested.scheme}`;
    const suggested = narrower.get(key);
    if (!unused.has(key) && !suggested) {
      continue;
    }
    const placeKey = `${requested.file}:${requested.line}:${requested.permission}`;
    const place = places.get(placeKey) ?? { requested, unused: [], narrower: new Map<string, Scheme[]>() };
    if (suggested) {
      const text = suggested.join(' or ');
      const schemes = place.narrower.get(text) ?? [];
      if (!schemes.includes(requested.scheme)) {
        schemes.push(requested.scheme);
      }
      place.narrower.set(text, schemes);
    } else if (!place.unused.includes(requested.scheme)) {
      place.unused.push(requested.scheme);
    }
    places.set(placeKey, place);
  }
  const plans: GraphDiagnosticPlan[] = [];
  for (const { requested, unused: unusedIn, narrower: narrowerIn } of places.values()) {
    const sentences = [
      ...[...narrowerIn].map(
        ([suggested, schemes]) =>
          `Microsoft Graph permission ${requested.permission} (${schemesText(schemes)}) grants more than this ` +
          `workspace's Graph requests need: request ${suggested} instead.`,
      ),
      ...(unusedIn.length > 0
        ? [
            `Microsoft Graph permission ${requested.permission} (${schemesText(unusedIn)}) is requested but no Graph ` +
              "request in this workspace's code needs it: remove it unless other code uses these tokens.",
          ]
        : []),
    ];
    const text = lineText(requested.file, requested.line) ?? '';
    const columns = permissionColumns(text, requested.permission);
    plans.push({
      file: requested.file,
      line: requested.line - 1,
      startColumn: columns.start,
      endColumn: columns.end,
      permission: requested.permission,
      kind: narrowerIn.size > 0 ? 'narrower' : 'unused',
      message: `${sentences.join(' ')} The analysis sees only this workspace's code.`,
    });
  }
  return plans.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.startColumn - b.startColumn,
  );
}
