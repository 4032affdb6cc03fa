import * as assert from 'node:assert/strict';
import path from 'node:path';

import { analyzeGraphPermissions, listFiles } from '../../eslint-plugin/src/permissions';
import { type FolderGraphReport, graphReportMarkdown, type LineLink } from '../../extension/src/core/graphReport';

const FIXTURES = path.resolve(__dirname, '../fixtures/graph');
const DOCS = 'https://github.com/zero-trust-lint/zero-trust-lint/blob/main/eslint-plugin/docs/graph-permissions.md';

function folder(app: string): FolderGraphReport {
  const cwd = path.join(FIXTURES, app);
  const files = listFiles([], cwd).filter(file => path.basename(file) !== 'expected.json');
  return { name: app, report: analyzeGraphPermissions(files, { cwd }) };
}

const link: LineLink = (of, file, line) => `file:///ws/${of.name}/${file}#L${line}`;
const empty = (name: string): FolderGraphReport => ({
  name,
  report: { calls: [], requested: [], unused: [], narrower: [], missing: [], unresolved: [], errors: [] },
});

describe('graphReportMarkdown', () => {
  it('summarises needed, requested, what to request less and what is missing, with links that open the line', () => {
    const lines = graphReportMarkdown([folder('client-app')], link).split('\n');
    assert.deepEqual(lines.slice(0, 7), [
      '# Microsoft Graph permissions',
      '',
      '- **Needed** by the 6 Graph requests found: `Files.Read`, `Mail.ReadBasic`, `Mail.Send`, ' +
        '`Team.ReadBasic.All`, `User.Read` (delegated).',
      '- **Requested**: `User.Read` (delegated) at ' +
        '[src/authConfig.ts:8](file:///ws/client-app/src/authConfig.ts#L8); ' +
        '`Mail.ReadWrite` (delegated) at [src/authConfig.ts:8](file:///ws/client-app/src/authConfig.ts#L8), ' +
        '[src/graphClient.ts:8](file:///ws/client-app/src/graphClient.ts#L8); `Files.ReadWrite.All` (delegated) at ' +
        '[src/authConfig.ts:8](file:///ws/client-app/src/authConfig.ts#L8); `Calendars.Read` (delegated) at ' +
        '[src/authConfig.ts:8](file:///ws/client-app/src/authConfig.ts#L8).',
      '- **Request less**: `Files.ReadWrite.All` (delegated) → `Files.Read`: grants less and allows every request ' +
        'that uses it; `Mail.ReadWrite` (delegated) → `Mail.ReadBasic`: grants less and allows every request that ' +
        'uses it; `Calendars.Read` (delegated): no request found needs it.',
      '- **Missing** (these requests fail with 403): `POST /me/sendMail` (delegated) needs `Mail.Send` at ' +
        '[src/mail.ts:21](file:///ws/client-app/src/mail.ts#L21); `GET /me/joinedTeams` (delegated) needs ' +
        '`Team.ReadBasic.All` at [src/mail.ts:25](file:///ws/client-app/src/mail.ts#L25).',
      '',
    ]);
    // Then the plugin's Markdown report, its links made by the same function, under this report's title.
    assert.equal(lines[7], '## Requested permissions');
    assert.ok(lines.includes('| `Mail.ReadWrite` | delegated | narrower: `Mail.ReadBasic` allows every request |'));
    assert.ok(
      lines.includes(
        '| [src/mail.ts:16](file:///ws/client-app/src/mail.ts#L16) | `GET /me/drive/root/children` | delegated | ' +
          '`Files.Read` |',
      ),
    );
    assert.deepEqual(
      lines.filter(line => line.startsWith('#')),
      ['# Microsoft Graph permissions', '## Requested permissions', '## Requests', '## Missing'],
    );
    assert.equal(lines.filter(line => line.includes(DOCS)).length, 1, 'one link to the docs');
    assert.equal(
      lines.at(-2),
      "The analysis sees only this workspace's code: another app or service that uses the same app registration " +
        `may need more. How the permissions are derived, and the limits: ${DOCS}`,
    );
  });

  it('says when every requested permission is the least needed', () => {
    const markdown = graphReportMarkdown([folder('fetch-app')], link);
    assert.match(markdown, /^- \*\*Request less\*\*: `GroupMember\.Read\.All` \(delegated\) → /m);
    const report = folder('client-app').report;
    const exact: FolderGraphReport = {
      name: 'exact',
      report: {
        ...report,
        calls: report.calls.filter(call => call.path === '/me'),
        requested: report.requested.filter(requested => requested.permission === 'User.Read'),
        unused: [],
        narrower: [],
        missing: [],
      },
    };
    assert.deepEqual(graphReportMarkdown([exact], link).split('\n').slice(2, 5), [
      '- **Needed** by the 1 Graph request found: `User.Read` (delegated).',
      '- **Requested**: `User.Read` (delegated) at [src/authConfig.ts:8](file:///ws/exact/src/authConfig.ts#L8).',
      '- **Request less**: nothing; every requested permission is the least the requests found need.',
    ]);
  });

  it('gives each folder of a multi-root workspace its section, headings one level down', () => {
    const markdown = graphReportMarkdown([folder('sdk-app'), empty('docs'), folder('daemon-app')], link);
    assert.deepEqual(
      markdown.split('\n').filter(line => line.startsWith('#')),
      [
        '# Microsoft Graph permissions',
        '## sdk-app',
        '### Requested permissions',
        '### Requests',
        '## docs',
        '## daemon-app',
        '### Requested permissions',
        '### Requests',
      ],
    );
    assert.match(
      markdown,
      /## docs\n\n- \*\*Needed\*\*: nothing found\. No Microsoft Graph request was found in this folder's code\.\n- \*\*Requested\*\*: no Graph permission found in this folder \(scopes in code, app registration manifests\)\.\n/,
    );
    assert.match(markdown, /\[aad\.manifest\.json:9\]\(file:\/\/\/ws\/daemon-app\/aad\.manifest\.json#L9\)/);
  });

  it('says so when the workspace has no Graph request and no requested permission', () => {
    assert.equal(
      graphReportMarkdown([empty('a'), empty('b')], link),
      [
        '# Microsoft Graph permissions',
        '',
        'No Microsoft Graph request and no requested Graph permission were found in this workspace (JavaScript ' +
          'and TypeScript code, app registration manifests).',
        '',
        "The analysis sees only this workspace's code: another app or service that uses the same app registration " +
          `may need more. How the permissions are derived, and the limits: ${DOCS}`,
        '',
      ].join('\n'),
    );
    assert.match(graphReportMarkdown([], link), /were found in this workspace/);
  });
});
