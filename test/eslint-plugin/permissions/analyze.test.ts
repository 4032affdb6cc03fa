import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { analyzeGraphPermissions, listFiles } from '../../../eslint-plugin/src/permissions';

const FIXTURES = path.resolve(__dirname, '../../fixtures/graph');

/** The report of a fixture app, as the command line gives it there, and the report the fixture expects. */
function reportOf(app: string): { actual: unknown; expected: unknown } {
  const cwd = path.join(FIXTURES, app);
  const files = listFiles([], cwd).filter(file => path.basename(file) !== 'expected.json');
  return {
    actual: JSON.parse(JSON.stringify(analyzeGraphPermissions(files, { cwd }))),
    expected: JSON.parse(fs.readFileSync(path.join(cwd, 'expected.json'), 'utf8')),
  };
}

describe('analyzeGraphPermissions on fixture apps', () => {
  it('a SPA on the Graph JS client: unused, narrower (read-only use of write permissions) and missing', () => {
    const { actual, expected } = reportOf('client-app');
    assert.deepEqual(actual, expected);
    const report = expected as { unused: unknown[]; narrower: unknown[]; missing: { path: string }[] };
    assert.deepEqual(report.unused, [{ permission: 'Calendars.Read', scheme: 'delegated' }]);
    assert.deepEqual(report.narrower, [
      { permission: 'Files.ReadWrite.All', scheme: 'delegated', suggested: ['Files.Read'] },
      { permission: 'Mail.ReadWrite', scheme: 'delegated', suggested: ['Mail.ReadBasic'] },
    ]);
    assert.deepEqual(
      report.missing.map(m => m.path),
      ['/me/sendMail', '/me/joinedTeams'],
    );
  });

  it('a web app on raw fetch and axios: config endpoints, imported base URLs, $ref and $batch', () => {
    const { actual, expected } = reportOf('fetch-app');
    assert.deepEqual(actual, expected);
    const report = expected as { narrower: unknown[]; missing: { method: string; path: string }[] };
    assert.deepEqual(report.narrower, [
      { permission: 'GroupMember.Read.All', scheme: 'delegated', suggested: ['Group.ReadBasic.All', 'User.Read'] },
      { permission: 'Sites.ReadWrite.All', scheme: 'delegated', suggested: ['Sites.Read.All'] },
    ]);
    assert.deepEqual(
      report.missing.map(m => `${m.method} ${m.path}`),
      ['POST /groups/{id}/members/$ref', 'GET /me/events'],
    );
  });

  it('an app on the generated SDK: reads, writes and sends mail; User.Read unused', () => {
    const { actual, expected } = reportOf('sdk-app');
    assert.deepEqual(actual, expected);
    const report = expected as { calls: { method: string; path: string }[]; unused: unknown[]; narrower: unknown[] };
    assert.deepEqual(
      report.calls.map(c => `${c.method} ${c.path}`),
      ['GET /me/messages', 'PATCH /me/messages/{id}', 'POST /users/{id}/sendMail'],
    );
    assert.deepEqual(report.unused, [{ permission: 'User.Read', scheme: 'delegated' }]);
    assert.deepEqual(report.narrower, []);
  });

  it('an Express app, scopes in an environment file: selecting mailboxSettings needs MailboxSettings.Read', () => {
    const { actual, expected } = reportOf('express-env-app');
    assert.deepEqual(actual, expected);
    const report = expected as {
      calls: { method: string; path: string }[];
      requested: { file: string; permission: string; source: string }[];
      unused: unknown[];
    };
    assert.deepEqual(
      report.calls.map(c => `${c.method} ${c.path}`),
      ['GET /me', 'GET /me/mailboxSettings', 'GET /me/calendarview', 'POST /me/events'],
    );
    // LEGACY_SCOPES is in the file but the code never reads it.
    assert.deepEqual(
      report.requested.map(r => `${r.file} ${r.permission} ${r.source}`),
      [
        'example.env User.Read environment',
        'example.env Calendars.ReadWrite environment',
        'example.env MailboxSettings.Read environment',
        'example.env Mail.Send environment',
      ],
    );
    assert.deepEqual(report.unused, [{ permission: 'Mail.Send', scheme: 'delegated' }]);
  });

  it('a daemon with client credentials: application permissions from the app registration manifest', () => {
    const { actual, expected } = reportOf('daemon-app');
    assert.deepEqual(actual, expected);
    const report = expected as { requested: { scheme: string }[]; unused: unknown[]; narrower: unknown[] };
    assert.ok(report.requested.every(r => r.scheme === 'application'));
    assert.deepEqual(report.unused, []);
    assert.deepEqual(report.narrower, [
      { permission: 'User.Read.All', scheme: 'application', suggested: ['User.ReadBasic.All'] },
    ]);
  });
});

describe('analyzeGraphPermissions: schemes and what is never reported', () => {
  const run = (files: Record<string, string>): ReturnType<typeof analyzeGraphPermissions> =>
    analyzeGraphPermissions(Object.keys(files), { cwd: '/app', readFile: file => files[path.relative('/app', file)] });

  it('OIDC scopes are never reported; nothing requested means nothing missing', () => {
    const report = run({
      'a.ts': "export const r = { scopes: ['openid', 'profile', 'email', 'offline_access'] };",
      'b.ts': [
        "export const p = fetch('https://graph.microsoft.com/v1.0/users/adele@contoso.com/messages');",
        "export const q = fetch('https://graph.microsoft.com/v1.0/me/messages');",
      ].join('\n'),
    });
    assert.deepEqual(report.requested, []);
    assert.deepEqual(report.unused, []);
    assert.deepEqual(report.missing, []);
    // The flow is unknown: the call is judged in both schemes.
    assert.deepEqual(
      report.calls.map(c => `${c.scheme} ${c.leastPermissions.join(',')}`),
      ['application Mail.ReadBasic.All', 'delegated Mail.ReadBasic', 'delegated Mail.ReadBasic'],
    );
    // A request under /me is delegated whatever the app: an app-only token has no signed-in user.
    assert.deepEqual(
      report.calls.map(c => `${c.scheme} ${c.path}`),
      [
        'application /users/adele@contoso.com/messages',
        'delegated /users/adele@contoso.com/messages',
        'delegated /me/messages',
      ],
    );
  });

  it('a .default without the manifest leaves the requested permissions unknown: no missing', () => {
    const report = run({
      'a.ts': dedentless([
        "import { ConfidentialClientApplication } from '@azure/msal-node';",
        'const cca = new ConfidentialClientApplication({ auth: { clientId: process.env.ID ?? "" } });',
        "export const t = cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });",
        "export const u = fetch('https://graph.microsoft.com/v1.0/users');",
      ]),
    });
    assert.deepEqual(report.requested, []);
    assert.deepEqual(report.missing, []);
    assert.deepEqual(
      report.calls.map(c => `${c.scheme} ${c.method} ${c.path}`),
      ['application GET /users'],
    );
  });

  it('environment files: scope variables the code reads, Graph permissions only, .default leaves them unknown', () => {
    const report = run({
      '.env.example': dedentless([
        'export GRAPH_SCOPES="https://graph.microsoft.com/Mail.Read offline_access" # for the inbox',
        'API_SCOPE=api://my-api/access_as_user',
        'SCOPE_UNREAD=Files.ReadWrite.All',
        'DAEMON_SCOPE=https://graph.microsoft.com/.default',
        'OAUTH_CLIENT_SECRET=User.Read',
        'NOT A LINE',
      ]),
      'sample.env': 'GRAPH_SCOPES=\n',
      'config.ts': dedentless([
        'export const scopes = (process.env.GRAPH_SCOPES ?? "").split(" ");',
        'export const api = process.env["API_SCOPE"];',
        'export const secret = process.env.OAUTH_CLIENT_SECRET;',
        "export const inbox = fetch('https://graph.microsoft.com/v1.0/me/messages');",
      ]),
    });
    assert.deepEqual(report.requested, [
      { file: '.env.example', line: 1, permission: 'Mail.Read', scheme: 'delegated', source: 'environment' },
    ]);
    assert.deepEqual(report.narrower, [
      { permission: 'Mail.Read', scheme: 'delegated', suggested: ['Mail.ReadBasic'] },
    ]);

    const daemon = run({
      'example.env': 'DAEMON_SCOPE=https://graph.microsoft.com/.default\n',
      'daemon.js': dedentless([
        'const scope = process.env.DAEMON_SCOPE;',
        "export const users = fetch('https://graph.microsoft.com/v1.0/users', { scope });",
      ]),
    });
    assert.deepEqual(daemon.requested, []);
    assert.deepEqual(daemon.missing, []);
  });

  it('a request that selects what a basic permission leaves out needs the full one (no narrower to it)', () => {
    const report = run({
      'auth.ts': dedentless([
        "import { PublicClientApplication } from '@azure/msal-browser';",
        'const pca = new PublicClientApplication({ auth: { clientId: "" } });',
        "export const login = pca.loginPopup({ scopes: ['Mail.Read', 'User.Read.All', 'Calendars.Read'] });",
      ]),
      'graph.ts': dedentless([
        "import { createGraphServiceClient } from '@microsoft/msgraph-sdk';",
        'const client = createGraphServiceClient(adapter);',
        "export const a = fetch('https://graph.microsoft.com/v1.0/me/messages?$select=subject,body&$top=5');",
        "export const b = fetch('https://graph.microsoft.com/v1.0/me/messages?$select=subject');",
        "export const c = client.users.get({ queryParameters: { select: ['displayName', 'jobTitle'] } });",
        "export const d = client.me.events.get({ queryParameters: { select: ['subject', 'start'] } });",
      ]),
    });
    assert.deepEqual(
      report.calls.map(c => `${c.method} ${c.path} ${c.leastPermissions.join(',')}`),
      [
        'GET /me/messages Mail.Read',
        'GET /me/messages Mail.ReadBasic',
        'GET /users User.Read.All',
        'GET /me/events Calendars.ReadBasic',
      ],
    );
    assert.deepEqual(report.narrower, [
      { permission: 'Calendars.Read', scheme: 'delegated', suggested: ['Calendars.ReadBasic'] },
    ]);
    assert.deepEqual(report.unused, []);
  });

  it('a tenant-wide permission is not narrowed to a resource-specific one a Teams app gets per chat', () => {
    const report = run({
      'aad.manifest.json': JSON.stringify({
        requiredResourceAccess: [
          { resourceAppId: 'Microsoft Graph', resourceAccess: [{ id: 'Chat.Read.All', type: 'Role' }] },
        ],
      }),
      'daemon.ts': 'export const m = (id: string) => fetch(`https://graph.microsoft.com/v1.0/chats/${id}/messages`);',
    });
    assert.deepEqual(
      report.calls.map(c => `${c.scheme} ${c.path} ${c.leastPermissions.join(',')}`),
      ['application /chats/{id}/messages Chat.Read.All'],
    );
    assert.deepEqual(report.narrower, []);
    assert.deepEqual(report.unused, []);
    assert.deepEqual(report.missing, []);
  });

  it('a file that does not parse is listed, and the others are still read', () => {
    const report = run({
      'bad.ts': 'const scope = ;',
      'good.ts': "export const p = fetch('https://graph.microsoft.com/v1.0/me');",
    });
    assert.equal(report.errors.length, 1);
    assert.equal(report.errors[0]?.file, 'bad.ts');
    assert.deepEqual(
      report.calls.map(c => `${c.file} ${c.scheme} ${c.path}`),
      ['good.ts delegated /me'],
    );
  });
});

function dedentless(lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
