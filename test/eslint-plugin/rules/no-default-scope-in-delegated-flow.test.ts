import rule from '../../../eslint-plugin/src/rules/no-default-scope-in-delegated-flow';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-default-scope-in-delegated-flow', rule, {
  valid: [
    // Client credentials and on-behalf-of must use `.default`.
    "await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });",
    "await cca.acquireTokenOnBehalfOf({ oboAssertion: token, scopes: ['api://downstream/.default'] });",
    "const tokenRequest = { scopes: ['https://graph.microsoft.com/.default'] };\n" +
      'const result = await cca.acquireTokenByClientCredential(tokenRequest);',
    // App-only credentials, and getBearerTokenProvider on them.
    dedent`
      import { ClientSecretCredential, DefaultAzureCredential, ManagedIdentityCredential, getBearerTokenProvider } from '@azure/identity';
      const secret = new ClientSecretCredential(tenantId, clientId, clientSecret);
      await secret.getToken('https://graph.microsoft.com/.default');
      await new ManagedIdentityCredential().getToken('https://vault.azure.net/.default');
      const provider = getBearerTokenProvider(new DefaultAzureCredential(), 'https://cognitiveservices.azure.com/.default');
    `,
    // Resources that only expose user_impersonation: Azure RBAC decides, not scopes.
    "await pca.acquireTokenPopup({ scopes: ['https://management.azure.com/.default'] });",
    "await pca.acquireTokenPopup({ scopes: ['https://management.core.windows.net//.default', " +
      "'https://database.windows.net//.default', 'https://storage.azure.com/.default'] });",
    "await instance.acquireTokenRedirect({ scopes: ['https://contoso.crm.dynamics.com/.default'] });",
    // Raw client-credential requests.
    "const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: " +
      "secret, scope: 'https://graph.microsoft.com/.default' });",
    "params.append('scope', 'https://graph.microsoft.com/.default');",
    // A request whose use this file does not show.
    "export const tokenRequest = { scopes: ['https://graph.microsoft.com/.default'] };",
    // msal-node silent calls reuse an earlier consent.
    {
      code:
        "const msal = require('@azure/msal-node');\nconst pca = new msal.PublicClientApplication(config);\n" +
        "pca.acquireTokenSilent({ account, scopes: ['api://x/.default'] });",
      languageOptions: commonjs,
    },
    // Specific scopes.
    "await pca.acquireTokenPopup({ scopes: ['Calendars.ReadBasic', 'api://contoso-orders/Orders.Read'] });",
    {
      code: "await pca.loginPopup({ scopes: ['api://contoso-api/.default'] });",
      options: [{ allow: ['api://contoso-api/.default'] }],
    },
    { code: "instance.loginRedirect({ scopes: ['User.Read'] });", languageOptions: javascript },
  ],
  invalid: [
    {
      // The typical mistake, msal-browser.
      code: dedent`
        import { PublicClientApplication } from '@azure/msal-browser';
        const pca = new PublicClientApplication(msalConfig);
        await pca.acquireTokenPopup({ scopes: ['https://graph.microsoft.com/.default'] });
      `,
      errors: [
        // 'https://graph.microsoft.com/.default'
        { messageId: 'defaultInDelegatedFlow', line: 3, column: 40, endLine: 3, endColumn: 78, suggestions: [] },
      ],
    },
    {
      // A request constant used by a login in the same file, and the v1 double-slash form.
      code: dedent`
        const loginRequest = { scopes: ['api://contoso-orders/.default', 'https://contoso.sharepoint.com//.default'] };
        instance.loginRedirect({ ...loginRequest, prompt: "select_account" });
      `,
      languageOptions: javascript,
      errors: [
        // 'api://contoso-orders/.default'
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 33, endLine: 1, endColumn: 64, suggestions: [] },
        // 'https://contoso.sharepoint.com//.default'
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 66, endLine: 1, endColumn: 108, suggestions: [] },
      ],
    },
    {
      // msal-node auth code URL, CommonJS.
      code: dedent`
        const msal = require('@azure/msal-node');
        const cca = new msal.ConfidentialClientApplication(config);
        cca.getAuthCodeUrl({ scopes: ['openid', 'api://b2b-portal/.default'], redirectUri }).then(url => res.redirect(url));
      `,
      languageOptions: commonjs,
      errors: [
        // 'api://b2b-portal/.default'
        { messageId: 'defaultInDelegatedFlow', line: 3, column: 41, endLine: 3, endColumn: 68, suggestions: [] },
      ],
    },
    {
      // @azure/identity interactive credentials, renamed.
      code: dedent`
        import { DeviceCodeCredential as DCC, getBearerTokenProvider } from '@azure/identity';
        const credential = new DCC({ tenantId, clientId });
        const provider = getBearerTokenProvider(credential, 'https://analysis.windows.net/powerbi/api/.default');
      `,
      errors: [
        // 'https://analysis.windows.net/powerbi/api/.default'
        { messageId: 'defaultInDelegatedFlow', line: 3, column: 53, endLine: 3, endColumn: 104, suggestions: [] },
      ],
    },
    {
      // Microsoft Graph client auth provider on an interactive credential.
      code: dedent`
        import { InteractiveBrowserCredential } from '@azure/identity';
        import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials';
        const authProvider = new TokenCredentialAuthenticationProvider(new InteractiveBrowserCredential({ clientId }), { scopes: [\`\${GRAPH}/.default\`] });
        const GRAPH = 'https://graph.microsoft.com';
      `,
      errors: [
        // `${GRAPH}/.default`
        { messageId: 'defaultInDelegatedFlow', line: 3, column: 123, endLine: 3, endColumn: 142, suggestions: [] },
      ],
    },
    {
      // msal-angular: protectedResourceMap and the guard.
      code: dedent`
        protectedResourceMap.set('https://api.contoso.com/', ['api://contoso-api/.default']);
        export const guardConfig = { interactionType: InteractionType.Redirect, authRequest: { scopes: ['api://contoso-api/.default'] } };
      `,
      errors: [
        // 'api://contoso-api/.default'
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 55, endLine: 1, endColumn: 83, suggestions: [] },
        // 'api://contoso-api/.default'
        { messageId: 'defaultInDelegatedFlow', line: 2, column: 97, endLine: 2, endColumn: 125, suggestions: [] },
      ],
    },
    {
      // A raw authorize URL.
      code:
        "const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=' + clientId + " +
        "'&response_type=code&scope=openid+https%3A%2F%2Fgraph.microsoft.com%2F.default';",
      errors: [
        // https%3A%2F%2Fgraph.microsoft.com%2F.default
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 136, endLine: 1, endColumn: 180, suggestions: [] },
      ],
    },
    {
      // msal-react in JSX.
      code:
        'const page = <MsalAuthenticationTemplate interactionType={InteractionType.Redirect} ' +
        "authenticationRequest={{ scopes: ['api://contoso-api/.default'] }}><Orders " +
        '/></MsalAuthenticationTemplate>;',
      errors: [
        // 'api://contoso-api/.default'
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 119, endLine: 1, endColumn: 147, suggestions: [] },
      ],
    },
    {
      // acquireTokenSilent in a file that uses msal-browser.
      code: dedent`
        import { useMsal } from '@azure/msal-react';
        const { instance, accounts } = useMsal();
        instance.acquireTokenSilent({ scopes: ['https://graph.microsoft.com/.default'], account: accounts[0] });
      `,
      errors: [
        // 'https://graph.microsoft.com/.default'
        { messageId: 'defaultInDelegatedFlow', line: 3, column: 40, endLine: 3, endColumn: 78, suggestions: [] },
      ],
    },
    {
      // The allow option covers only the resources it names.
      code: "await pca.loginPopup({ scopes: ['api://contoso-api/.default', 'https://graph.microsoft.com/.default'] });",
      options: [{ allow: ['api://contoso-api'] }],
      errors: [
        // 'https://graph.microsoft.com/.default'
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 63, endLine: 1, endColumn: 101, suggestions: [] },
      ],
    },
    {
      // TeamsFx Graph client on the Teams user credential.
      code: dedent`
        import { TeamsUserCredential, createMicrosoftGraphClientWithCredential } from '@microsoft/teamsfx';
        const graph = createMicrosoftGraphClientWithCredential(new TeamsUserCredential(authConfig), ['https://graph.microsoft.com/.default']);
      `,
      errors: [
        // 'https://graph.microsoft.com/.default'
        { messageId: 'defaultInDelegatedFlow', line: 2, column: 94, endLine: 2, endColumn: 132, suggestions: [] },
      ],
    },
    {
      // A request object in a file that uses the Graph Toolkit: a single-page app signs users in.
      code: dedent`
        import { Msal2Provider } from '@microsoft/mgt-msal2-provider';
        export const tokenRequest = { scopes: ['api://contoso-api/.default'] };
      `,
      errors: [
        // 'api://contoso-api/.default'
        { messageId: 'defaultInDelegatedFlow', line: 2, column: 40, endLine: 2, endColumn: 68, suggestions: [] },
      ],
    },
    {
      // The helper MSAL's browser samples define, called with a request.
      code: 'const response = await getTokenPopup({ scopes: ["api://contoso-api/.default"] });',
      languageOptions: javascript,
      errors: [
        // "api://contoso-api/.default"
        { messageId: 'defaultInDelegatedFlow', line: 1, column: 49, endLine: 1, endColumn: 77, suggestions: [] },
      ],
    },
  ],
});
