import type { GraphPermissionsReport } from './analyze';

/** The output formats of the report. */
export type ReportFormat = 'text' | 'json' | 'markdown' | 'sarif';

export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'json', 'markdown', 'sarif'];

const DOCS_URL = 'https://github.com/zero-trust-lint/zero-trust-lint/blob/main/eslint-plugin/docs/graph-permissions.md';

function list(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : '(no permission in the data)';
}

function text(report: GraphPermissionsReport): string {
  const lines: string[] = [];
  lines.push(`Microsoft Graph requests (${report.calls.length}):`);
  for (const call of report.calls) {
    const least = list(call.leastPermissions);
    lines.push(`  ${call.file}:${call.line}  ${call.method} ${call.path}  [${call.scheme}]  least: ${least}`);
  }
  lines.push(`Requested permissions (${report.requested.length}):`);
  for (const requested of report.requested) {
    lines.push(`  ${requested.file}:${requested.line}  ${requested.permission}  [${requested.scheme}]`);
  }
  lines.push(`Unused (${report.unused.length}):`);
  for (const unused of report.unused) {
    lines.push(`  ${unused.permission} [${unused.scheme}]: no request found needs it`);
  }
  lines.push(`Narrower (${report.narrower.length}):`);
  for (const narrower of report.narrower) {
    lines.push(
      `  ${narrower.permission} [${narrower.scheme}]: ${narrower.suggested.join(' or ')} allows every request`,
    );
  }
  lines.push(`Missing (${report.missing.length}):`);
  for (const missing of report.missing) {
    lines.push(
      `  ${missing.file}:${missing.line}  ${missing.method} ${missing.path} [${missing.scheme}]: needs ` +
        `${missing.leastPermissions.join(' or ')}`,
    );
  }
  if (report.unresolved.length > 0) {
    lines.push(`Graph client calls whose path is known only at run time (${report.unresolved.length}):`);
    for (const place of report.unresolved) {
      lines.push(`  ${place.file}:${place.line}`);
    }
  }
  for (const error of report.errors) {
    lines.push(`Not parsed: ${error.file}: ${error.message}`);
  }
  return `${lines.join('\n')}\n`;
}

function escapeCell(value: string): string {
  return value.replace(/\|/g, '\\|');
}

/** How a format writes a link to a line: the CLI's are relative paths; an editor's open the file at the line. */
export interface FormatOptions {
  /** The link target of `file` (relative to the report's folder) at a 1-based `line`; Markdown only. */
  lineLink?: (file: string, line: number) => string;
}

function relativeLink(file: string, line: number): string {
  return `${file}#L${line}`;
}

function markdown(report: GraphPermissionsReport, lineLink = relativeLink): string {
  const lines: string[] = ['# Microsoft Graph permissions', ''];
  lines.push('| Requested | Scheme | Verdict |', '| :--- | :--- | :--- |');
  const verdicts = new Map<string, string>();
  for (const unused of report.unused) {
    verdicts.set(`${unused.permission} ${unused.scheme}`, 'unused: no request found needs it');
  }
  for (const narrower of report.narrower) {
    verdicts.set(
      `${narrower.permission} ${narrower.scheme}`,
      `narrower: ${narrower.suggested.map(name => `\`${name}\``).join(' or ')} allows every request`,
    );
  }
  const seen = new Set<string>();
  for (const requested of report.requested) {
    const key = `${requested.permission} ${requested.scheme}`;
    if (!seen.has(key)) {
      seen.add(key);
      lines.push(`| \`${requested.permission}\` | ${requested.scheme} | ${verdicts.get(key) ?? 'used'} |`);
    }
  }
  lines.push('', '## Requests', '', '| Where | Request | Scheme | Least privileged |', '| :--- | :--- | :--- | :--- |');
  for (const call of report.calls) {
    lines.push(
      `| [${call.file}:${call.line}](${lineLink(call.file, call.line)}) | ` +
        `\`${call.method} ${escapeCell(call.path)}\` | ` +
        `${call.scheme} | ${call.leastPermissions.map(name => `\`${name}\``).join(', ') || '(unknown)'} |`,
    );
  }
  if (report.missing.length > 0) {
    lines.push('', '## Missing', '');
    for (const missing of report.missing) {
      lines.push(
        `- \`${missing.method} ${missing.path}\` (${missing.scheme}, [${missing.file}:${missing.line}]` +
          `(${lineLink(missing.file, missing.line)})): ` +
          `needs ${missing.leastPermissions.map(n => `\`${n}\``).join(' or ')}`,
      );
    }
  }
  if (report.unresolved.length > 0) {
    lines.push('', `${report.unresolved.length} Graph client call(s) have a path known only at run time.`);
  }
  lines.push('', `How this is derived: ${DOCS_URL}`);
  return `${lines.join('\n')}\n`;
}

function sarif(report: GraphPermissionsReport): string {
  const firstRequested = new Map<string, { file: string; line: number }>();
  for (const requested of report.requested) {
    const key = `${requested.permission} ${requested.scheme}`;
    if (!firstRequested.has(key)) {
      firstRequested.set(key, requested);
    }
  }
  const location = (place: { file: string; line: number } | undefined): object[] =>
    place ? [{ physicalLocation: { artifactLocation: { uri: place.file }, region: { startLine: place.line } } }] : [];
  const results = [
    ...report.unused.map(unused => ({
      ruleId: 'graph-permission-unused',
      level: 'warning',
      message: { text: `${unused.permission} (${unused.scheme}) is requested but no request found needs it.` },
      locations: location(firstRequested.get(`${unused.permission} ${unused.scheme}`)),
    })),
    ...report.narrower.map(narrower => ({
      ruleId: 'graph-permission-narrower',
      level: 'warning',
      message: {
        text:
          `${narrower.permission} (${narrower.scheme}) grants more than the requests need: ` +
          `${narrower.suggested.join(' or ')} allows every one.`,
      },
      locations: location(firstRequested.get(`${narrower.permission} ${narrower.scheme}`)),
    })),
    ...report.missing.map(missing => ({
      ruleId: 'graph-permission-missing',
      level: 'error',
      message: {
        text:
          `${missing.method} ${missing.path} (${missing.scheme}) needs ${missing.leastPermissions.join(' or ')}, ` +
          'which the app does not request.',
      },
      locations: location(missing),
    })),
  ];
  const rule = (id: string, text: string): object => ({ id, shortDescription: { text }, helpUri: DOCS_URL });
  return `${JSON.stringify(
    {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [
        {
          tool: {
            driver: {
              name: 'zero-trust-lint permissions',
              informationUri: DOCS_URL,
              rules: [
                rule('graph-permission-unused', 'A requested Microsoft Graph permission no request needs'),
                rule(
                  'graph-permission-narrower',
                  'A requested Microsoft Graph permission that grants more than needed',
                ),
                rule('graph-permission-missing', 'A Microsoft Graph request no requested permission allows'),
              ],
            },
          },
          results,
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/** The report in one of the formats: `json` is the report object itself. */
export function formatReport(
  report: GraphPermissionsReport,
  format: ReportFormat,
  options: FormatOptions = {},
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'markdown':
      return markdown(report, options.lineLink);
    case 'sarif':
      return sarif(report);
    default:
      return text(report);
  }
}
