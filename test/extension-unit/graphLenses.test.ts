import * as assert from 'node:assert/strict';
import path from 'node:path';

import { analyzeGraphPermissions, listFiles } from '../../eslint-plugin/src/permissions';
import { appSchemes, graphLenses } from '../../extension/src/core/graphLenses';
import { dedent } from '../dedent';

const FIXTURES = path.resolve(__dirname, '../fixtures/graph');

function workspaceReport(app: string) {
  const cwd = path.join(FIXTURES, app);
  const files = listFiles([], cwd).filter(file => path.basename(file) !== 'expected.json');
  return analyzeGraphPermissions(files, { cwd });
}

/** The report of one file alone, from its text (as the editor analyses an open document). */
function fileReport(text: string, file = '/w/src/graph.ts') {
  return analyzeGraphPermissions([file], { cwd: '/w', readFile: name => (name === file ? text : undefined) });
}

describe('graphLenses', () => {
  it('titles each request with its least privileged permission in the app schemes of its workspace', () => {
    const report = analyzeGraphPermissions([path.join(FIXTURES, 'client-app/src/mail.ts')], {
      cwd: path.join(FIXTURES, 'client-app'),
    });
    assert.deepEqual(graphLenses(report, appSchemes(workspaceReport('client-app'))), [
      { line: 3, column: 19, title: 'Graph: Mail.ReadBasic (delegated)' },
      { line: 7, column: 19, title: 'Graph: Mail.ReadBasic (delegated)' },
      { line: 11, column: 19, title: 'Graph: User.Read (delegated)' },
      { line: 15, column: 28, title: 'Graph: Files.Read (delegated)' },
      { line: 20, column: 18, title: 'Graph: Mail.Send (delegated)' },
      { line: 24, column: 19, title: 'Graph: Team.ReadBasic.All (delegated)' },
    ]);
  });

  it('without the workspace, a file that says nothing of its flow shows both schemes (`/me` delegated only)', () => {
    const report = analyzeGraphPermissions([path.join(FIXTURES, 'client-app/src/mail.ts')], {
      cwd: path.join(FIXTURES, 'client-app'),
    });
    assert.deepEqual(
      graphLenses(report).map(lens => lens.title),
      [
        'Graph: Mail.ReadBasic (delegated)',
        'Graph: Mail.ReadBasic (delegated); Mail.ReadBasic.All (application)',
        'Graph: User.Read (delegated)',
        'Graph: Files.Read (delegated)',
        'Graph: Mail.Send (delegated)',
        'Graph: Team.ReadBasic.All (delegated)',
      ],
    );
  });

  it('an app-only workspace (client credentials, manifest) shows the application permissions, $batch included', () => {
    const cwd = path.join(FIXTURES, 'daemon-app');
    const report = analyzeGraphPermissions([path.join(cwd, 'src/report.ts')], { cwd });
    assert.deepEqual(graphLenses(report, appSchemes(workspaceReport('daemon-app'))), [
      { line: 5, column: 20, title: 'Graph: User.ReadBasic.All (application)' },
      { line: 9, column: 19, title: 'Graph: Mail.Send (application)' },
      { line: 15, column: 37, title: 'Graph: User.ReadBasic.All (application)' },
      { line: 16, column: 40, title: 'Graph: Mail.ReadWrite (application)' },
    ]);
  });

  it('names the request when Graph names no permission for it', () => {
    const report = fileReport(dedent`
      export async function orders(token: string): Promise<Response> {
        return fetch('https://graph.microsoft.com/v1.0/orders/recent', { headers: { authorization: token } });
      }
    `);
    assert.deepEqual(graphLenses(report), [
      { line: 1, column: 15, title: 'Graph: no permission found for GET /orders/recent' },
    ]);
  });

  it('shows the same permission in both schemes once, and none for a file without Graph requests', () => {
    const report = fileReport(dedent`
      const GRAPH = 'https://graph.microsoft.com/v1.0';
      export const groups = (token: string) => fetch(\`\${GRAPH}/groups/\${token}/owners\`);
    `);
    assert.deepEqual(
      graphLenses(report).map(lens => lens.title),
      ['Graph: GroupMember.Read.All (delegated, application)'],
    );
    assert.deepEqual(
      graphLenses(fileReport('export const graph = { api: (p: string) => p };\ngraph.api("/me");\n')),
      [],
    );
  });
  it('gives each scheme its own permissions, or says none is found in that scheme', () => {
    const call = { file: 'a.ts', line: 3, column: 5, path: '/chats/{id}', version: 'v1.0' } as const;
    const report = {
      calls: [
        { ...call, method: 'GET' as const, scheme: 'application' as const, leastPermissions: [] },
        {
          ...call,
          method: 'GET' as const,
          scheme: 'delegated' as const,
          leastPermissions: ['Chat.ReadBasic', 'Chat.Read'],
        },
      ],
      requested: [],
      unused: [],
      narrower: [],
      missing: [],
      unresolved: [],
      errors: [],
    };
    assert.deepEqual(graphLenses(report), [
      {
        line: 2,
        column: 4,
        title: 'Graph: Chat.ReadBasic or Chat.Read (delegated); no permission found for GET /chats/{id} (application)',
      },
    ]);
    // Schemes the app does not use are left out, unless the request has none of the app's.
    assert.deepEqual(
      graphLenses(report, new Set(['application'] as const)).map(lens => lens.title),
      ['Graph: no permission found for GET /chats/{id}'],
    );
  });
});

describe('appSchemes', () => {
  it('takes the schemes of requests other than `/me`, else those of the requested permissions', () => {
    assert.deepEqual(appSchemes(workspaceReport('client-app')), new Set(['delegated']));
    assert.deepEqual(appSchemes(workspaceReport('daemon-app')), new Set(['application']));
    const onlyMe = fileReport("export const me = () => fetch('https://graph.microsoft.com/v1.0/me');\n");
    assert.equal(appSchemes(onlyMe), undefined);
    assert.equal(appSchemes(undefined), undefined);
  });
});
