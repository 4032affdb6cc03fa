import assert from 'node:assert/strict';

import rule, {
  GRAPH_MENTIONS,
  HIGH_RISK_GRAPH_PERMISSIONS,
} from '../../../eslint-plugin/src/rules/no-overprivileged-graph-permission';
import { GRAPH_PERMISSIONS } from '../../../eslint-plugin/src/util/data';
import { getGraphPermission } from '../../../eslint-plugin/src/util/scopes';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

describe('the curated high-risk Graph permissions', () => {
  it('name only permissions, and alternatives, that Microsoft Graph defines', () => {
    for (const [name, risk] of Object.entries(HIGH_RISK_GRAPH_PERMISSIONS)) {
      assert.equal(getGraphPermission(name)?.name, name, name);
      for (const alternative of risk.alternatives) {
        assert.equal(getGraphPermission(alternative.name)?.name, alternative.name, `${name} → ${alternative.name}`);
        assert.ok(
          !(alternative.name in HIGH_RISK_GRAPH_PERMISSIONS) ||
            HIGH_RISK_GRAPH_PERMISSIONS[alternative.name]!.applicationOnly,
          `${name} → ${alternative.name} is itself flagged`,
        );
      }
    }
  });

  it('are all found by the prefilter words (every permission the rule can report contains one)', () => {
    const broadWrite = /(?:ReadWrite|Manage|FullControl).*\.All$/;
    for (const name of Object.keys(GRAPH_PERMISSIONS)) {
      const permission = getGraphPermission(name)!;
      const schemes = [permission.application, permission.delegatedWork, permission.delegatedPersonal];
      const reportable =
        name in HIGH_RISK_GRAPH_PERMISSIONS ||
        schemes.some(
          s => s !== undefined && (s.level === 4 || (s.level === 3 && s.adminConsent && broadWrite.test(name))),
        );
      if (reportable) {
        assert.ok(
          GRAPH_MENTIONS.some(word => name.toLowerCase().includes(word)),
          name,
        );
      }
    }
  });
});

ruleTester.run('no-overprivileged-graph-permission', rule, {
  valid: [
    // What MSAL adds itself, and the basic profile.
    "await pca.loginRedirect({ scopes: ['openid', 'profile', 'email', 'offline_access', 'User.Read'] });",
    // Client credentials: `.default` stands for the app registration's permissions.
    "await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });",
    // Narrow delegated permissions, and ones flagged only as application permissions.
    "const loginRequest = { scopes: ['Files.Read.All', 'Mail.Read', 'Mail.Send', 'Calendars.Read', 'Sites.Read.All', " +
      "'GroupMember.Read.All'] };",
    "const body = new URLSearchParams({ grant_type: 'authorization_code', code, scope: 'openid offline_access " +
      "Files.ReadWrite' });",
    // Permissions named in comments, and strings that are not scope requests.
    '// Needs Directory.ReadWrite.All, granted by an admin out of band.\n' +
      "const loginRequest = { scopes: ['User.Read'] };",
    "const label = 'Files.ReadWrite.All';",
    "throw new Error('Grant Directory.ReadWrite.All to the app registration first.');",
    "type Permission = 'Directory.ReadWrite.All' | 'User.Read';",
    // A project that approved the permission.
    {
      code: "const loginRequest = { scopes: ['https://graph.microsoft.com/Directory.ReadWrite.All'] };",
      options: [{ allow: ['Directory.ReadWrite.All'] }],
    },
    // Other resources' scopes that happen to look alike, and Google scopes.
    "const tokenRequest = { scopes: ['api://my-api/Files.ReadWrite.All.Custom', " +
      "'https://www.googleapis.com/auth/drive'] };",
    // Token responses and stored accounts record what was granted; they request nothing.
    "await db.insert(account).values({ providerId: 'microsoft', scope: 'Files.ReadWrite.All', refreshToken, " +
      'accessToken });',
    // Names of Object.prototype members.
    "await pca.loginPopup({ scopes: ['constructor', 'toString', '__proto__'] });\nconst c = new constructor();\n" +
      "c.getToken('valueOf');\nx.toString({ scopes: ['Files.Read'] });",
    // Not scope-ish places.
    "const permissions = ['Directory.ReadWrite.All'];",
    { code: "const { scopes } = require('./authConfig');\nmodule.exports = { scopes };", languageOptions: commonjs },
    {
      code: "import { loginRequest } from './authConfig';\nawait instance.loginPopup(loginRequest);",
      languageOptions: javascript,
    },
  ],
  invalid: [
    {
      // The typical mistake: two high-risk permissions in an msal-browser login.
      code: dedent`
        import { PublicClientApplication } from '@azure/msal-browser';
        const pca = new PublicClientApplication(msalConfig);
        await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.ReadWrite.All"] });
      `,
      errors: [
        // "Directory.ReadWrite.All"
        {
          messageId: 'tierZero',
          line: 3,
          column: 49,
          endLine: 3,
          endColumn: 74,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.Read.All", "Files.ReadWrite.All"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "User.Read.All", "Files.ReadWrite.All"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "GroupMember.Read.All", "Files.ReadWrite.All"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Device.Read.All", "Files.ReadWrite.All"] });
            `,
            },
          ],
        },
        // "Files.ReadWrite.All"
        {
          messageId: 'overprivileged',
          line: 3,
          column: 76,
          endLine: 3,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.ReadWrite"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.ReadWrite.AppFolder"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.ReadWrite.Selected"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.Read.Selected"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.SelectedOperations.Selected"] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { PublicClientApplication } from '@azure/msal-browser';
              const pca = new PublicClientApplication(msalConfig);
              await pca.loginRedirect({ scopes: ["User.Read", "Directory.ReadWrite.All", "Files.Read.All"] });
            `,
            },
          ],
        },
      ],
    },
    {
      // Any case, with the Graph resource prefix; the suggestion keeps the prefix.
      code: "await msalInstance.acquireTokenPopup({ scopes: ['https://graph.microsoft.com/files.readwrite.all'] });",
      errors: [
        // 'https://graph.microsoft.com/files.readwrite.all'
        {
          messageId: 'overprivileged',
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 98,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                "await msalInstance.acquireTokenPopup({ scopes: ['https://graph.microsoft.com/Files.ReadWrite'] });",
            },
            {
              messageId: 'useAlternative',
              output:
                'await msalInstance.acquireTokenPopup({ scopes: ' +
                "['https://graph.microsoft.com/Files.ReadWrite.AppFolder'] });",
            },
            {
              messageId: 'useAlternative',
              output:
                'await msalInstance.acquireTokenPopup({ scopes: ' +
                "['https://graph.microsoft.com/Files.ReadWrite.Selected'] });",
            },
            {
              messageId: 'useAlternative',
              output:
                "await msalInstance.acquireTokenPopup({ scopes: ['https://graph.microsoft.com/Files.Read.Selected'] " +
                '});',
            },
            {
              messageId: 'useAlternative',
              output:
                'await msalInstance.acquireTokenPopup({ scopes: ' +
                "['https://graph.microsoft.com/Files.SelectedOperations.Selected'] });",
            },
            {
              messageId: 'useAlternative',
              output:
                "await msalInstance.acquireTokenPopup({ scopes: ['https://graph.microsoft.com/Files.Read.All'] });",
            },
          ],
        },
      ],
    },
    {
      // A word inside a space-separated scope string of a raw token request.
      code:
        "const body = new URLSearchParams({ grant_type: 'authorization_code', code, scope: 'openid offline_access " +
        "Mail.ReadWrite' });",
      errors: [
        // Mail.ReadWrite
        {
          messageId: 'overprivileged',
          line: 1,
          column: 106,
          endLine: 1,
          endColumn: 120,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                "const body = new URLSearchParams({ grant_type: 'authorization_code', code, scope: 'openid " +
                "offline_access Mail.Send' });",
            },
            {
              messageId: 'useAlternative',
              output:
                "const body = new URLSearchParams({ grant_type: 'authorization_code', code, scope: 'openid " +
                "offline_access Mail.Read' });",
            },
            {
              messageId: 'useAlternative',
              output:
                "const body = new URLSearchParams({ grant_type: 'authorization_code', code, scope: 'openid " +
                "offline_access Mail.ReadBasic' });",
            },
          ],
        },
      ],
    },
    {
      // CommonJS, a renamed class and a same-file constant.
      code: dedent`
        const { ConfidentialClientApplication: CCA } = require('@azure/msal-node');
        const SCOPES = ['User.Read', 'Group.ReadWrite.All'];
        const cca = new CCA(config);
        cca.getAuthCodeUrl({ scopes: SCOPES, redirectUri }).then(send);
      `,
      languageOptions: commonjs,
      errors: [
        // 'Group.ReadWrite.All'
        {
          messageId: 'tierZero',
          line: 2,
          column: 30,
          endLine: 2,
          endColumn: 51,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const { ConfidentialClientApplication: CCA } = require('@azure/msal-node');
              const SCOPES = ['User.Read', 'Group.Read.All'];
              const cca = new CCA(config);
              cca.getAuthCodeUrl({ scopes: SCOPES, redirectUri }).then(send);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              const { ConfidentialClientApplication: CCA } = require('@azure/msal-node');
              const SCOPES = ['User.Read', 'GroupMember.Read.All'];
              const cca = new CCA(config);
              cca.getAuthCodeUrl({ scopes: SCOPES, redirectUri }).then(send);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              const { ConfidentialClientApplication: CCA } = require('@azure/msal-node');
              const SCOPES = ['User.Read', 'Team.ReadBasic.All'];
              const cca = new CCA(config);
              cca.getAuthCodeUrl({ scopes: SCOPES, redirectUri }).then(send);
            `,
            },
          ],
        },
      ],
    },
    {
      // Namespace import; extraScopesToConsent asks for consent up front.
      code: dedent`
        import * as msal from '@azure/msal-browser';
        const app = new msal.PublicClientApplication(config);
        app.loginPopup({ scopes: ['User.Read'], extraScopesToConsent: ['Sites.FullControl.All'] });
      `,
      languageOptions: javascript,
      errors: [
        // 'Sites.FullControl.All'
        {
          messageId: 'extraConsent',
          line: 3,
          column: 64,
          endLine: 3,
          endColumn: 87,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import * as msal from '@azure/msal-browser';
              const app = new msal.PublicClientApplication(config);
              app.loginPopup({ scopes: ['User.Read'], extraScopesToConsent: ['Sites.Selected'] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import * as msal from '@azure/msal-browser';
              const app = new msal.PublicClientApplication(config);
              app.loginPopup({ scopes: ['User.Read'], extraScopesToConsent: ['Lists.SelectedOperations.Selected'] });
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import * as msal from '@azure/msal-browser';
              const app = new msal.PublicClientApplication(config);
              app.loginPopup({ scopes: ['User.Read'], extraScopesToConsent: ['Sites.Read.All'] });
            `,
            },
          ],
        },
      ],
    },
    {
      // Shape only: a request object exported for another file to use.
      code: "export const loginRequest = { scopes: ['openid', 'profile', 'Directory.AccessAsUser.All'] };",
      errors: [
        // 'Directory.AccessAsUser.All'
        {
          messageId: 'overprivileged',
          line: 1,
          column: 61,
          endLine: 1,
          endColumn: 89,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: "export const loginRequest = { scopes: ['openid', 'profile', 'User.Read'] };",
            },
            {
              messageId: 'useAlternative',
              output: "export const loginRequest = { scopes: ['openid', 'profile', 'User.ReadBasic.All'] };",
            },
            {
              messageId: 'useAlternative',
              output: "export const loginRequest = { scopes: ['openid', 'profile', 'GroupMember.Read.All'] };",
            },
            {
              messageId: 'useAlternative',
              output: "export const loginRequest = { scopes: ['openid', 'profile', 'Directory.Read.All'] };",
            },
          ],
        },
      ],
    },
    {
      // An authorize URL: %20-separated, URL-encoded resource prefix.
      code:
        'const url = ' +
        '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser.ReadWrite.All&state=${state}`;',
      errors: [
        // https%3A%2F%2Fgraph.microsoft.com%2FUser.ReadWrite.All
        {
          messageId: 'tierZero',
          line: 1,
          column: 136,
          endLine: 1,
          endColumn: 190,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'const url = ' +
                '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser.Read&state=${state}`;',
            },
            {
              messageId: 'useAlternative',
              output:
                'const url = ' +
                '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser.ReadWrite&state=${state}`;',
            },
            {
              messageId: 'useAlternative',
              output:
                'const url = ' +
                '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser.ReadBasic.All&state=${state}`;',
            },
            {
              messageId: 'useAlternative',
              output:
                'const url = ' +
                '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser.Read.All&state=${state}`;',
            },
            {
              messageId: 'useAlternative',
              output:
                'const url = ' +
                '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser-Mail.ReadWrite.All&state=${state}`;',
            },
            {
              messageId: 'useAlternative',
              output:
                'const url = ' +
                '`https://login.microsoftonline.com/${tenant}/oauth2/v2.0/authorize?client_id=${clientId}&response_type=code&scope=openid%20https%3A%2F%2Fgraph.microsoft.com%2FUser-Phone.ReadWrite.All&state=${state}`;',
            },
          ],
        },
      ],
    },
    {
      // A template that joins a constant resource and the permission.
      code: dedent`
        const GRAPH = 'https://graph.microsoft.com';
        const graphScopes = [\`\${GRAPH}/RoleManagement.ReadWrite.Directory\`];
      `,
      errors: [
        // `${GRAPH}/RoleManagement.ReadWrite.Directory`
        {
          messageId: 'tierZero',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 67,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              const GRAPH = 'https://graph.microsoft.com';
              const graphScopes = [\`\${GRAPH}/RoleManagement.Read.Directory\`];
            `,
            },
          ],
        },
      ],
    },
    {
      // A tenant-wide write that needs admin consent (from the permission table).
      code: "const tokenRequest = { scopes: ['DeviceManagementConfiguration.ReadWrite.All'], account };",
      errors: [
        // 'DeviceManagementConfiguration.ReadWrite.All'
        { messageId: 'broadWrite', line: 1, column: 33, endLine: 1, endColumn: 78, suggestions: [] },
      ],
    },
    {
      // Application context: Calendars.Read is level 4 as an application permission.
      code: dedent`
        import { ConfidentialClientApplication } from '@azure/msal-node';
        const cca = new ConfidentialClientApplication(config);
        await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/Calendars.Read'] });
      `,
      errors: [
        // 'https://graph.microsoft.com/Calendars.Read'
        {
          messageId: 'tierZero',
          line: 3,
          column: 53,
          endLine: 3,
          endColumn: 97,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { ConfidentialClientApplication } from '@azure/msal-node';
              const cca = new ConfidentialClientApplication(config);
              await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/Calendars.ReadBasic.All'] });
            `,
            },
          ],
        },
      ],
    },
    {
      // msal-angular protectedResourceMap.
      code:
        'export const interceptorConfig = { interactionType: InteractionType.Redirect, protectedResourceMap: new ' +
        "Map([['https://graph.microsoft.com/v1.0/', ['user.read', 'mail.readwrite']]]) };",
      errors: [
        // 'mail.readwrite'
        {
          messageId: 'overprivileged',
          line: 1,
          column: 162,
          endLine: 1,
          endColumn: 178,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'export const interceptorConfig = { interactionType: InteractionType.Redirect, protectedResourceMap: ' +
                "new Map([['https://graph.microsoft.com/v1.0/', ['user.read', 'Mail.Send']]]) };",
            },
            {
              messageId: 'useAlternative',
              output:
                'export const interceptorConfig = { interactionType: InteractionType.Redirect, protectedResourceMap: ' +
                "new Map([['https://graph.microsoft.com/v1.0/', ['user.read', 'Mail.Read']]]) };",
            },
            {
              messageId: 'useAlternative',
              output:
                'export const interceptorConfig = { interactionType: InteractionType.Redirect, protectedResourceMap: ' +
                "new Map([['https://graph.microsoft.com/v1.0/', ['user.read', 'Mail.ReadBasic']]]) };",
            },
          ],
        },
      ],
    },
    {
      // The allow list approves only the permissions it names.
      code: "const loginRequest = { scopes: ['Directory.ReadWrite.All', 'Group.ReadWrite.All'] };",
      options: [{ allow: ['https://graph.microsoft.com/directory.readwrite.all'] }],
      errors: [
        // 'Group.ReadWrite.All'
        {
          messageId: 'tierZero',
          line: 1,
          column: 60,
          endLine: 1,
          endColumn: 81,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: "const loginRequest = { scopes: ['Directory.ReadWrite.All', 'Group.Read.All'] };",
            },
            {
              messageId: 'useAlternative',
              output: "const loginRequest = { scopes: ['Directory.ReadWrite.All', 'GroupMember.Read.All'] };",
            },
            {
              messageId: 'useAlternative',
              output: "const loginRequest = { scopes: ['Directory.ReadWrite.All', 'Team.ReadBasic.All'] };",
            },
          ],
        },
      ],
    },
    {
      // @azure/identity getToken on an interactive credential.
      code: dedent`
        import { InteractiveBrowserCredential } from '@azure/identity';
        const credential = new InteractiveBrowserCredential({ clientId, tenantId });
        const token = await credential.getToken(['Chat.ReadWrite.All']);
      `,
      errors: [
        // 'Chat.ReadWrite.All'
        {
          messageId: 'overprivileged',
          line: 3,
          column: 42,
          endLine: 3,
          endColumn: 62,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { InteractiveBrowserCredential } from '@azure/identity';
              const credential = new InteractiveBrowserCredential({ clientId, tenantId });
              const token = await credential.getToken(['Chat.ReadBasic']);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { InteractiveBrowserCredential } from '@azure/identity';
              const credential = new InteractiveBrowserCredential({ clientId, tenantId });
              const token = await credential.getToken(['ChatMessage.Send']);
            `,
            },
          ],
        },
      ],
    },
    {
      // TeamsFx: the Teams user credential signs the user in with these scopes.
      code: dedent`
        import { TeamsUserCredential } from '@microsoft/teamsfx';
        const credential = new TeamsUserCredential(authConfig);
        await credential.login(['User.Read', 'Files.ReadWrite.All']);
      `,
      errors: [
        // 'Files.ReadWrite.All'
        {
          messageId: 'overprivileged',
          line: 3,
          column: 38,
          endLine: 3,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'useAlternative',
              output: dedent`
              import { TeamsUserCredential } from '@microsoft/teamsfx';
              const credential = new TeamsUserCredential(authConfig);
              await credential.login(['User.Read', 'Files.ReadWrite']);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { TeamsUserCredential } from '@microsoft/teamsfx';
              const credential = new TeamsUserCredential(authConfig);
              await credential.login(['User.Read', 'Files.ReadWrite.AppFolder']);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { TeamsUserCredential } from '@microsoft/teamsfx';
              const credential = new TeamsUserCredential(authConfig);
              await credential.login(['User.Read', 'Files.ReadWrite.Selected']);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { TeamsUserCredential } from '@microsoft/teamsfx';
              const credential = new TeamsUserCredential(authConfig);
              await credential.login(['User.Read', 'Files.Read.Selected']);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { TeamsUserCredential } from '@microsoft/teamsfx';
              const credential = new TeamsUserCredential(authConfig);
              await credential.login(['User.Read', 'Files.SelectedOperations.Selected']);
            `,
            },
            {
              messageId: 'useAlternative',
              output: dedent`
              import { TeamsUserCredential } from '@microsoft/teamsfx';
              const credential = new TeamsUserCredential(authConfig);
              await credential.login(['User.Read', 'Files.Read.All']);
            `,
            },
          ],
        },
      ],
    },
    {
      // Application context: alternatives that are themselves level 4 as application permissions are not offered.
      code:
        'const result = await cca.acquireTokenByClientCredential({ scopes: ' +
        "['https://graph.microsoft.com/Files.ReadWrite.All'] });",
      errors: [
        // 'https://graph.microsoft.com/Files.ReadWrite.All'
        {
          messageId: 'tierZero',
          line: 1,
          column: 68,
          endLine: 1,
          endColumn: 117,
          suggestions: [
            {
              messageId: 'useAlternative',
              output:
                'const result = await cca.acquireTokenByClientCredential({ scopes: ' +
                "['https://graph.microsoft.com/Files.ReadWrite.AppFolder'] });",
            },
            {
              messageId: 'useAlternative',
              output:
                'const result = await cca.acquireTokenByClientCredential({ scopes: ' +
                "['https://graph.microsoft.com/Files.SelectedOperations.Selected'] });",
            },
          ],
        },
      ],
    },
    {
      // An app's own token helper, called with the scopes it needs.
      code: "const token = await getAccessToken(['User.Read', 'Mail.ReadWrite']);",
      languageOptions: javascript,
      errors: [
        // 'Mail.ReadWrite'
        {
          messageId: 'overprivileged',
          line: 1,
          column: 50,
          endLine: 1,
          endColumn: 66,
          suggestions: [
            { messageId: 'useAlternative', output: "const token = await getAccessToken(['User.Read', 'Mail.Send']);" },
            { messageId: 'useAlternative', output: "const token = await getAccessToken(['User.Read', 'Mail.Read']);" },
            {
              messageId: 'useAlternative',
              output: "const token = await getAccessToken(['User.Read', 'Mail.ReadBasic']);",
            },
          ],
        },
      ],
    },
  ],
});
