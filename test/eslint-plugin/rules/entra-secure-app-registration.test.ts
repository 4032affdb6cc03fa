import assert from 'node:assert/strict';

import rule from '../../../eslint-plugin/src/rules/entra-secure-app-registration';
import { judgeGraphPermission } from '../../../eslint-plugin/src/rules/no-overprivileged-graph-permission';
import {
  GRAPH_PERMISSION_IDS,
  GRAPH_RESOURCE_APP_ID,
} from '../../../eslint-plugin/src/util/data/graphPermissionIds.generated';
import { getGraphPermission } from '../../../eslint-plugin/src/util/scopes/getGraphPermission';
import { createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

/** The code the JSON processor makes of a manifest: the JSON after `export default (`, under its block name. */
const FILENAME = '/repo/infra/aad.manifest.json/0_json.zt-config';
// The JSON starts on line 2, so every position in these tests is the one in the manifest file plus one line.
const manifest = (json: string): string => `export default (${json}\n);\n`;

const GRAPH = GRAPH_RESOURCE_APP_ID;
const ID = {
  userRead: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  groupMemberRead: 'bc024368-1153-4739-b217-4326f2e966d0',
  directoryReadWriteRole: '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
  directoryReadWriteScope: 'c5366453-9fb0-48a5-a156-24f0c49a4b84',
  mailSendScope: 'e383f46e-2787-4529-855e-0e479a3ffac0',
  mailSendRole: 'b633e1c5-b582-4048-a93e-9f11b44c7e96',
  filesReadWriteAllScope: '863451e7-0667-486c-a5d6-d135439485f0',
  teamMemberReadWriteAllRole: '0121dc95-1b9f-4aed-8bac-58c5ac466691',
};

describe('the Graph permission ID table', () => {
  it('names only permissions Microsoft Graph defines, with the IDs manifests use', () => {
    assert.equal(GRAPH_PERMISSION_IDS[ID.userRead], 'S User.Read');
    assert.equal(GRAPH_PERMISSION_IDS[ID.directoryReadWriteRole], 'R Directory.ReadWrite.All');
    const unknown = Object.values(GRAPH_PERMISSION_IDS)
      .map(entry => entry.slice(entry.indexOf(' ') + 1))
      .filter(name => !getGraphPermission(name) && !/^(?:openid|profile|email|offline_access)$/.test(name));
    // Some IDs name permissions the privilege reference does not rate (about one in twenty); those are not judged.
    assert.ok(unknown.length < Object.keys(GRAPH_PERMISSION_IDS).length / 10, unknown.join(', '));
  });
});

describe('the privilege policy shared with no-overprivileged-graph-permission', () => {
  it('judges a permission in the scheme it is requested in', () => {
    const verdict = (name: string, application: boolean): string | undefined =>
      judgeGraphPermission(name, application)?.verdict;
    assert.deepEqual(
      [
        verdict('Directory.ReadWrite.All', true),
        verdict('Files.ReadWrite.All', false),
        verdict('TeamMember.ReadWrite.All', true),
        verdict('PrintJob.ReadWrite.All', false),
        verdict('Mail.Send', false),
        verdict('Mail.Send', true),
        verdict('User.Read', false),
      ],
      ['tierZero', 'overprivileged', 'broadWrite', 'broadWrite', undefined, 'overprivileged', undefined],
    );
    assert.deepEqual(judgeGraphPermission('Mail.Send', true)?.alternatives, []);
  });
});

const access = (entries: string): string => `{
  "signInAudience": "AzureADMyOrg",
  "requiredResourceAccess": [
    {
      "resourceAppId": "${GRAPH}",
      "resourceAccess": [${entries}]
    }
  ]
}`;

ruleTester.run('entra-secure-app-registration', rule, {
  valid: [
    // Narrow delegated permissions.
    {
      filename: FILENAME,
      code: manifest(
        access(`{ "id": "${ID.userRead}", "type": "Scope" }, { "id": "${ID.groupMemberRead}", "type": "Scope" }`),
      ),
    },
    // Mail.Send is on the curated list only as an application permission.
    { filename: FILENAME, code: manifest(access(`{ "id": "${ID.mailSendScope}", "type": "Scope" }`)) },
    // Unknown GUIDs are reported by nothing.
    { filename: FILENAME, code: manifest(access(`{ "id": "11111111-2222-3333-4444-555555555555", "type": "Role" }`)) },
    // Another API's permissions (the GUID is Graph's Directory.ReadWrite.All, but the resource is not Graph).
    {
      filename: FILENAME,
      code: manifest(
        `{ "signInAudience": "AzureADMyOrg", "requiredResourceAccess": [{ "resourceAppId": ` +
          `"00000002-0000-0000-c000-000000000000", "resourceAccess": [{ "id": "${ID.directoryReadWriteRole}", ` +
          `"type": "Role" }] }] }`,
      ),
    },
    // Implicit grant off, https and loopback reply URLs, placeholders, no secret value.
    {
      filename: FILENAME,
      code: manifest(`{
  "oauth2AllowImplicitFlow": false,
  "oauth2AllowIdTokenImplicitFlow": false,
  "replyUrlsWithType": [
    { "url": "https://app.contoso.com/signin-oidc", "type": "Web" },
    { "url": "http://localhost:5000/signin-oidc", "type": "Web" },
    { "url": "http://127.0.0.1:3000/callback", "type": "InstalledClient" },
    { "url": "\${{TAB_ENDPOINT}}/auth-end.html", "type": "Web" }
  ],
  "passwordCredentials": [{ "keyId": "6c1b0c83-5d2c-4f5e-9a5b-4b7f0d1e2a3c", "value": null, "hint": "Vq3" }, { "secretText": "\${{SECRET}}" }],
  "web": { "redirectUris": ["https://app.contoso.com/auth"], "implicitGrantSettings": { "enableAccessTokenIssuance": false, "enableIdTokenIssuance": false } }
}`),
    },
    // A JSON file that is not a manifest, with the same keys nested.
    {
      filename: '/repo/config/default.json/0_json.zt-config',
      code: manifest(`{ "auth": { "oauth2AllowImplicitFlow": true, "replyUrls": ["http://app.contoso.com"] } }`),
    },
    // Source code is never a manifest.
    {
      filename: 'src/app.ts',
      code: `export default ({ "signInAudience": "AzureADMyOrg", "oauth2AllowImplicitFlow": true });`,
    },
    // A dotenv block is not a manifest either.
    { filename: '/repo/.env/0_dotenv.zt-config', code: `export default ({\n"oauth2AllowImplicitFlow": true,\n});\n` },
  ],
  invalid: [
    {
      // Azure AD Graph format: an application permission, judged as one.
      filename: FILENAME,
      code: manifest(access(`{ "id": "${ID.directoryReadWriteRole}", "type": "Role" }`)),
      errors: [
        {
          messageId: 'tierZero',
          data: {
            name: 'Directory.ReadWrite.All',
            scheme: 'an application',
            instead: ', such as `Directory.Read.All`, `User.Read.All`, `GroupMember.Read.All`, `Device.Read.All`',
          },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 72,
        },
      ],
    },
    {
      // The delegated Directory.ReadWrite.All, and Files.ReadWrite.All (curated, with its narrower alternatives).
      filename: FILENAME,
      code: manifest(
        access(
          `{ "id": "${ID.directoryReadWriteScope}", "type": "Scope" }, { "id": "${ID.filesReadWriteAllScope}", ` +
            `"type": "Scope" }`,
        ),
      ),
      errors: [
        { messageId: 'tierZero', line: 6, column: 34, endColumn: 72 },
        {
          messageId: 'overprivileged',
          data: {
            name: 'Files.ReadWrite.All',
            scheme: 'a delegated',
            instead:
              ', such as `Files.ReadWrite`, `Files.ReadWrite.AppFolder`, `Files.ReadWrite.Selected`, ' +
              '`Files.Read.Selected`, `Files.SelectedOperations.Selected`, `Files.Read.All`',
          },
          line: 6,
          column: 101,
          endColumn: 139,
        },
      ],
    },
    {
      // Mail.Send as an application permission: curated, no alternative.
      filename: FILENAME,
      code: manifest(access(`{ "id": "${ID.mailSendRole}", "type": "Role" }`)),
      errors: [
        {
          messageId: 'overprivileged',
          data: { name: 'Mail.Send', scheme: 'an application', instead: '' },
          line: 6,
          column: 34,
          endColumn: 72,
        },
      ],
    },
    {
      // A tenant-wide write that needs admin consent, outside the curated list: judged as
      // no-overprivileged-graph-permission's `broadWrite`.
      filename: FILENAME,
      code: manifest(access(`{ "id": "${ID.teamMemberReadWriteAllRole}", "type": "Role" }`)),
      errors: [
        {
          messageId: 'broadWrite',
          data: { name: 'TeamMember.ReadWrite.All', scheme: 'an application', instead: '' },
          line: 6,
          column: 34,
          endLine: 6,
          endColumn: 72,
        },
      ],
    },
    {
      // By name (Teams Toolkit), as a delegated permission: PrintJob.ReadWrite.All needs admin consent as a delegated
      // permission.
      filename: '/repo/aad.manifest.json/0_json.zt-config',
      code: manifest(
        `{ "signInAudience": "AzureADMyOrg", "requiredResourceAccess": [{ "resourceAppId": "Microsoft Graph", ` +
          `"resourceAccess": [{ "id": "PrintJob.ReadWrite.All", "type": "Scope" }] }] }`,
      ),
      errors: [
        {
          messageId: 'broadWrite',
          data: { name: 'PrintJob.ReadWrite.All', scheme: 'a delegated', instead: '' },
          line: 1,
          column: 145,
          endColumn: 169,
        },
      ],
    },
    {
      // Teams Toolkit: the resource and the permissions by name, in any case for the resource.
      filename: '/repo/aad.manifest.json/0_json.zt-config',
      code: manifest(`
{
  "name": "contoso-tab",
  "signInAudience": "AzureADMyOrg",
  "requiredResourceAccess": [
    { "resourceAppId": "Microsoft Graph", "resourceAccess": [{ "id": "User.Read", "type": "Scope" }, { "id": "Sites.FullControl.All", "type": "Role" }] },
    { "resourceAppId": "microsoft graph", "resourceAccess": [{ "id": "Mail.Send", "type": "Role" }] }
  ]
}`),
      errors: [
        // Sites.FullControl.All is at the highest privilege level as an application permission; Sites.Read.All is
        // not offered, as it is itself on the curated list for application permissions.
        {
          messageId: 'tierZero',
          data: {
            name: 'Sites.FullControl.All',
            scheme: 'an application',
            instead: ', such as `Sites.Selected`, `Lists.SelectedOperations.Selected`',
          },
          line: 6,
          column: 110,
          endColumn: 133,
        },
        {
          messageId: 'overprivileged',
          data: { name: 'Mail.Send', scheme: 'an application', instead: '' },
          line: 7,
          column: 70,
          endColumn: 81,
        },
      ],
    },
    {
      // Implicit grant, plain-HTTP and wildcard reply URLs, a secret value: Azure AD Graph format.
      filename: FILENAME,
      code: manifest(`
{
  "appId": "3f0c7d0e-5a2b-4c57-9d0e-2a6f5b1c8e41",
  "oauth2AllowImplicitFlow": true,
  "oauth2AllowIdTokenImplicitFlow": true,
  "replyUrlsWithType": [{ "url": "http://portal.contoso.com/signin-oidc", "type": "Web" }, { "url": "https://*.contoso.com/auth", "type": "Web" }],
  "replyUrls": ["http://legacy.contoso.com/cb"],
  "passwordCredentials": [{ "keyId": "6c1b0c83-5d2c-4f5e-9a5b-4b7f0d1e2a3c", "value": "Vq3~8hT.kLp2Wz9xRr4mN6bC1dF5gH7jK0sA" }]
}`),
      errors: [
        {
          messageId: 'implicitAccessToken',
          data: { setting: 'oauth2AllowImplicitFlow' },
          line: 4,
          column: 30,
          endLine: 4,
          endColumn: 34,
        },
        {
          messageId: 'implicitIdToken',
          data: { setting: 'oauth2AllowIdTokenImplicitFlow' },
          line: 5,
          column: 37,
          endColumn: 41,
        },
        { messageId: 'httpReplyUrl', line: 6, column: 34, endColumn: 73 },
        { messageId: 'wildcardReplyUrl', line: 6, column: 101, endColumn: 129 },
        { messageId: 'httpReplyUrl', line: 7, column: 17, endColumn: 47 },
        { messageId: 'passwordCredential', data: { field: 'value' }, line: 8, column: 87, endColumn: 125 },
      ],
    },
    {
      // Microsoft Graph format.
      filename: FILENAME,
      code: manifest(`
{
  "signInAudience": "AzureADMyOrg",
  "web": { "redirectUris": ["http://app.contoso.com/auth"], "implicitGrantSettings": { "enableAccessTokenIssuance": true, "enableIdTokenIssuance": true } },
  "spa": { "redirectUris": ["https://*.contoso.com"] },
  "passwordCredentials": [{ "displayName": "ci", "secretText": "Vq3~8hT.kLp2Wz9xRr4mN6bC1dF5gH7jK0sA" }]
}`),
      errors: [
        { messageId: 'httpReplyUrl', line: 4, column: 29, endColumn: 58 },
        {
          messageId: 'implicitAccessToken',
          data: { setting: 'implicitGrantSettings.enableAccessTokenIssuance' },
          line: 4,
          column: 117,
          endColumn: 121,
        },
        {
          messageId: 'implicitIdToken',
          data: { setting: 'implicitGrantSettings.enableIdTokenIssuance' },
          line: 4,
          column: 148,
          endColumn: 152,
        },
        { messageId: 'wildcardReplyUrl', line: 5, column: 29, endColumn: 52 },
        { messageId: 'passwordCredential', data: { field: 'secretText' }, line: 6, column: 64, endColumn: 102 },
      ],
    },
  ],
});
