// The CodeLens over each Microsoft Graph request of an open document: its least privileged permission(s) in the
// schemes the app uses ("Graph: Mail.Read (delegated)"). Computed from the analysis of that document alone, with the
// app's schemes from the last analysis of its workspace folder (a file alone rarely shows how the app gets tokens).
// vscode-free.
import type { GraphPermissionsReport, PermissionCall } from 'eslint-plugin-zero-trust/permissions';

type Scheme = PermissionCall['scheme'];

export interface GraphLens {
  /** 0-based line and column of the request (where its call or URL starts). */
  line: number;
  column: number;
  title: string;
}

const SCHEME_ORDER: readonly Scheme[] = ['delegated', 'application'];

/** `/me` requests are delegated whatever the app: they say nothing of its schemes. */
const SIGNED_IN_USER = /^\/me(?:\/|$)/i;

/**
 * The schemes a workspace folder's app uses, from its last report: those of its requests (other than `/me`, which
 * are delegated in any app), else those of its requested permissions; `undefined` when the report does not say.
 */
export function appSchemes(report: GraphPermissionsReport | undefined): ReadonlySet<Scheme> | undefined {
  if (!report) {
    return undefined;
  }
  const fromCalls = new Set(report.calls.filter(call => !SIGNED_IN_USER.test(call.path)).map(call => call.scheme));
  if (fromCalls.size > 0) {
    return fromCalls;
  }
  const fromRequested = new Set(report.requested.map(requested => requested.scheme));
  return fromRequested.size > 0 ? fromRequested : undefined;
}

function permissionsText(call: PermissionCall): string {
  return call.leastPermissions.join(' or ');
}

/** The lens title of the calls (one per scheme) at one place. */
function lensTitle(calls: readonly PermissionCall[]): string {
  const first = calls[0]!;
  if (calls.every(call => call.leastPermissions.length === 0)) {
    return `Graph: no permission found for ${first.method} ${first.path}`;
  }
  const texts = calls.map(call => permissionsText(call));
  if (texts.every(text => text === texts[0])) {
    return `Graph: ${texts[0]} (${calls.map(call => call.scheme).join(', ')})`;
  }
  return `Graph: ${calls
    .map(call =>
      call.leastPermissions.length > 0
        ? `${permissionsText(call)} (${call.scheme})`
        : `no permission found for ${call.method} ${call.path} (${call.scheme})`,
    )
    .join('; ')}`;
}

/**
 * The lenses of a document from the report of that document alone, keeping the schemes of `schemes` (the app's, from
 * `appSchemes`) where the report has calls in them. One lens per request, in the document's order.
 */
export function graphLenses(report: GraphPermissionsReport, schemes?: ReadonlySet<Scheme>): GraphLens[] {
  const byPlace = new Map<string, PermissionCall[]>();
  for (const call of report.calls) {
    const key = `${call.line}:${call.column}`;
    const calls = byPlace.get(key) ?? [];
    calls.push(call);
    byPlace.set(key, calls);
  }
  const lenses: GraphLens[] = [];
  for (const calls of byPlace.values()) {
    const kept = schemes ? calls.filter(call => schemes.has(call.scheme)) : calls;
    const shown = (kept.length > 0 ? kept : calls).sort(
      (a, b) => SCHEME_ORDER.indexOf(a.scheme) - SCHEME_ORDER.indexOf(b.scheme),
    );
    lenses.push({ line: shown[0]!.line - 1, column: shown[0]!.column - 1, title: lensTitle(shown) });
  }
  return lenses.sort((a, b) => a.line - b.line || a.column - b.column);
}
