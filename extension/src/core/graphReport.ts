// The Microsoft Graph permissions report as the editor shows it (`Zero Trust: Show Required Microsoft Graph
// Permissions`): a summary per workspace folder (needed, requested, what to change, what is missing), then the
// plugin's own Markdown report (`formatReport`) with links that open the file at the line. vscode-free.
import type { GraphPermissionsReport, PermissionCall } from 'eslint-plugin-zero-trust/permissions';

// By path, not through the package's index: the host bundle needs the formatting only, not the analysis (ESLint).
import { formatReport } from '../../../eslint-plugin/src/permissions/format';

/** The doc page that explains how the permissions are derived and the analysis's limits. */
export const GRAPH_PERMISSIONS_DOCS_URL =
  'https://github.com/zero-trust-lint/zero-trust-lint/blob/main/eslint-plugin/docs/graph-permissions.md';

/** The report of one workspace folder. */
export interface FolderGraphReport {
  /** The folder's name, as the editor shows it. */
  name: string;
  report: GraphPermissionsReport;
}

/** The link target that opens `file` (relative to its folder) at a 1-based `line`. */
export type LineLink = (folder: FolderGraphReport, file: string, line: number) => string;

const SCHEMES = ['delegated', 'application'] as const;

function code(name: string): string {
  return `\`${name}\``;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** Whether a folder's code shows anything of Microsoft Graph: a request, a requested permission or an unknown path. */
function hasGraph(report: GraphPermissionsReport): boolean {
  return report.calls.length > 0 || report.requested.length > 0 || report.unresolved.length > 0;
}

/** What one call needs, as alternatives: `Mail.ReadBasic` or `Mail.Read or Mail.ReadBasic`. */
function alternatives(call: Pick<PermissionCall, 'leastPermissions'>): string {
  return call.leastPermissions.map(code).join(' or ');
}

function summary(folder: FolderGraphReport, link: (file: string, line: number) => string): string[] {
  const { report } = folder;
  const lines: string[] = [];
  const sites = new Set(report.calls.map(call => `${call.file}:${call.line}:${call.column}`));
  if (report.calls.length === 0) {
    lines.push(`- **Needed**: nothing found. No Microsoft Graph request was found in this folder's code.`);
  } else {
    const needed = SCHEMES.flatMap(scheme => {
      const names = [
        ...new Set(
          report.calls
            .filter(call => call.scheme === scheme && call.leastPermissions.length > 0)
            .map(call => alternatives(call)),
        ),
      ].sort();
      return names.length > 0 ? [`${names.join(', ')} (${scheme})`] : [];
    });
    const unknown = report.calls.filter(call => call.leastPermissions.length === 0).length;
    lines.push(
      `- **Needed** by the ${plural(sites.size, 'Graph request')} found: ` +
        `${needed.join('; ') || 'no permission the data names'}` +
        (unknown > 0 ? ` (${plural(unknown, 'request')} with no permission in the data)` : '') +
        '.',
    );
  }
  if (report.requested.length === 0) {
    lines.push(
      '- **Requested**: no Graph permission found in this folder (scopes in code, app registration manifests).',
    );
  } else {
    const places = new Map<string, string[]>();
    for (const requested of report.requested) {
      const key = `${code(requested.permission)} (${requested.scheme})`;
      const where = `[${requested.file}:${requested.line}](${link(requested.file, requested.line)})`;
      const list = places.get(key) ?? [];
      if (!list.includes(where)) {
        list.push(where);
      }
      places.set(key, list);
    }
    lines.push(`- **Requested**: ${[...places].map(([name, where]) => `${name} at ${where.join(', ')}`).join('; ')}.`);
  }
  const changes = [
    ...report.narrower.map(
      narrower =>
        `${code(narrower.permission)} (${narrower.scheme}) → ${narrower.suggested.map(code).join(' or ')}: ` +
        'grants less and allows every request that uses it',
    ),
    ...report.unused.map(unused => `${code(unused.permission)} (${unused.scheme}): no request found needs it`),
  ];
  if (changes.length > 0) {
    lines.push(`- **Request less**: ${changes.join('; ')}.`);
  } else if (report.requested.length > 0 && report.calls.length > 0) {
    lines.push('- **Request less**: nothing; every requested permission is the least the requests found need.');
  }
  if (report.missing.length > 0) {
    lines.push(
      `- **Missing** (these requests fail with 403): ${report.missing
        .map(
          missing =>
            `${code(`${missing.method} ${missing.path}`)} (${missing.scheme}) needs ${alternatives(missing)} ` +
            `at [${missing.file}:${missing.line}](${link(missing.file, missing.line)})`,
        )
        .join('; ')}.`,
    );
  }
  return lines;
}

/** One folder's section: the summary, then the plugin's tables, headings one level below `level`. */
function section(folder: FolderGraphReport, lineLink: LineLink, level: number): string[] {
  const link = (file: string, line: number): string => lineLink(folder, file, line);
  const lines = summary(folder, link);
  if (!hasGraph(folder.report)) {
    return lines;
  }
  const tables = formatReport(folder.report, 'markdown', { lineLink: link })
    .split('\n')
    // The plugin's title and its link to the docs: this report has its own.
    .filter((line, index) => !(index === 0 && line.startsWith('# ')) && !line.startsWith('How this is derived: '))
    .map(line => line.replace(/^(#+) /, (_, hashes: string) => `${'#'.repeat(level + hashes.length - 1)} `));
  lines.push('', `${'#'.repeat(level + 1)} Requested permissions`, ...tables);
  return lines;
}

/**
 * The report of a workspace's folders in Markdown. `lineLink` makes the links to lines (the editor's URIs of the
 * files, with `#L<line>`).
 */
export function graphReportMarkdown(folders: readonly FolderGraphReport[], lineLink: LineLink): string {
  const lines = ['# Microsoft Graph permissions', ''];
  if (!folders.some(folder => hasGraph(folder.report))) {
    lines.push(
      'No Microsoft Graph request and no requested Graph permission were found in this workspace ' +
        '(JavaScript and TypeScript code, app registration manifests).',
      '',
    );
    for (const folder of folders) {
      for (const error of folder.report.errors) {
        lines.push(`- Not parsed: ${error.file}: ${error.message}`);
      }
    }
  } else if (folders.length === 1) {
    lines.push(...section(folders[0]!, lineLink, 1));
  } else {
    for (const folder of folders) {
      lines.push(`## ${folder.name}`, '', ...section(folder, lineLink, 2), '');
    }
  }
  lines.push(
    '',
    "The analysis sees only this workspace's code: another app or service that uses the same app registration may " +
      `need more. How the permissions are derived, and the limits: ${GRAPH_PERMISSIONS_DOCS_URL}`,
  );
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
