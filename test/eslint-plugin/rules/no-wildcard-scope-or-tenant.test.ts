import rule from '../../../eslint-plugin/src/rules/no-wildcard-scope-or-tenant';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-wildcard-scope-or-tenant', rule, {
  valid: [
    // Explicit tenant lists.
    'const cred = new ClientCertificateCredential(tenantId, clientId, certPath, { additionallyAllowedTenants: ' +
      "[PARTNER_TENANT_ID, 'contoso-id'] });",
    'const cred = new DefaultAzureCredential({ additionallyAllowedTenants: process.env.TENANTS?.split(",") });',
    "process.env.AZURE_ADDITIONALLY_ALLOWED_TENANTS = 'contoso-id;fabrikam-id';",
    "const tenants = process.env.AZURE_ADDITIONALLY_ALLOWED_TENANTS ?? '*';",
    // `scope` fields that are not OAuth requests.
    "const policy = { scope: '*', effect: 'deny' };",
    "Sentry.configureScope({ scope: 'all' });",
    "const SCOPES = ['*'];",
    // Asterisks elsewhere in a request.
    "await pca.loginPopup({ scopes: ['User.Read'], state: '*' });",
    {
      code: "const body = new URLSearchParams({ grant_type: 'client_credentials', scope: 'api://orders/.default' });",
      languageOptions: javascript,
    },
    { code: "params.append('fields', '*');", languageOptions: commonjs },
    // `scope` as an ordinary query parameter of other APIs (GitLab's issue filters).
    "const issues = await fetch('https://gitlab.com/api/v4/issues?scope=all&state=opened');",
    "const url = new URL('https://gitlab.example.com/api/v4/merge_requests');\nurl.searchParams.set('scope', 'all');",
    "const query = new URLSearchParams();\nquery.set('scope', '*');\nquery.set('state', 'opened');",
  ],
  invalid: [
    {
      // The typical mistake.
      code: dedent`
        import { ClientCertificateCredential } from '@azure/identity';
        const cred = new ClientCertificateCredential(tenantId, clientId, certPath, { additionallyAllowedTenants: ['*'] });
      `,
      errors: [
        // '*'
        { messageId: 'wildcardTenant', line: 2, column: 107, endLine: 2, endColumn: 110, suggestions: [] },
      ],
    },
    {
      // Through a constant, next to explicit tenants.
      code: dedent`
        const TENANTS = [PARTNER_TENANT_ID, '*'];
        const credential = new DefaultAzureCredential({ additionallyAllowedTenants: TENANTS });
      `,
      languageOptions: javascript,
      errors: [
        // '*'
        { messageId: 'wildcardTenant', line: 1, column: 37, endLine: 1, endColumn: 40, suggestions: [] },
      ],
    },
    {
      // The environment variable, as an assignment and in an env object.
      code: dedent`
        process.env.AZURE_ADDITIONALLY_ALLOWED_TENANTS = '*';
        spawn('node', ['job.js'], { env: { ...process.env, AZURE_ADDITIONALLY_ALLOWED_TENANTS: 'contoso-id;*' } });
      `,
      languageOptions: commonjs,
      errors: [
        // '*'
        { messageId: 'wildcardTenantEnv', line: 1, column: 50, endLine: 1, endColumn: 53, suggestions: [] },
        // 'contoso-id;*'
        { messageId: 'wildcardTenantEnv', line: 2, column: 88, endLine: 2, endColumn: 102, suggestions: [] },
      ],
    },
    {
      // Wildcard scopes in a token request and in URLSearchParams that carry OAuth fields.
      code: dedent`
        const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, scope: 'api://orders/*' });
        const params = new URLSearchParams();
        params.append('client_id', clientId);
        params.append('scope', '*');
      `,
      errors: [
        // 'api://orders/*'
        { messageId: 'wildcardScope', line: 1, column: 98, endLine: 1, endColumn: 114, suggestions: [] },
        // '*'
        { messageId: 'wildcardScope', line: 4, column: 24, endLine: 4, endColumn: 27, suggestions: [] },
      ],
    },
    {
      // In an authorize URL.
      code: 'const url = `https://idp.example.com/authorize?response_type=code&client_id=${id}&scope=openid%20all`;',
      errors: [
        // all
        { messageId: 'wildcardScope', line: 1, column: 98, endLine: 1, endColumn: 101, suggestions: [] },
      ],
    },
    {
      // In an MSAL request.
      code: "await pca.acquireTokenSilent({ scopes: ['api://orders/*'], account });",
      errors: [
        // 'api://orders/*'
        { messageId: 'wildcardScope', line: 1, column: 41, endLine: 1, endColumn: 57, suggestions: [] },
      ],
    },
  ],
});
