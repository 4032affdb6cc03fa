import assert from 'node:assert/strict';

import type { TSESLint } from '@typescript-eslint/utils';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import {
  extractScopes,
  hasPendingScopeExtraction,
  type ExtractedScope,
} from '../../../../eslint-plugin/src/util/scopes';
import { dedent } from '../../../dedent';

interface Seen {
  /** The source text the scope's range covers. */
  at: string;
  name: string;
  provider: string;
  flow: string;
  /** The source text of the name range, where exact. */
  nameAt?: string;
  extra?: true;
  anchored?: false;
  credential?: string;
}

/** The scopes `extractScopes` finds in `code`, as the covered source text and the facts the rules use. */
function scopesIn(code: string, espree = false): Seen[] {
  const found: ExtractedScope[] = [];
  const rule: TSESLint.RuleModule<never> = {
    defaultOptions: [],
    meta: { type: 'problem', schema: [], messages: {} },
    create: context => extractScopes(context, scopes => found.push(...scopes)),
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.tsx', '**/*.js'],
        languageOptions: espree ? { sourceType: 'module' } : { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
        plugins: { t: { rules: { scopes: rule as never } } },
        rules: { 't/scopes': 'error' },
      },
    ],
    espree ? 'file.js' : 'file.tsx',
  );
  assert.deepEqual(messages, []);
  return found.map(s => {
    const seen: Seen = { at: code.slice(s.range[0], s.range[1]), name: s.name, provider: s.provider, flow: s.flow };
    const inner = s.whole ? seen.at.slice(1, -1) : seen.at;
    if (s.nameRange && code.slice(s.nameRange[0], s.nameRange[1]) !== inner) {
      seen.nameAt = code.slice(s.nameRange[0], s.nameRange[1]);
    }
    if (s.extraConsent) seen.extra = true;
    if (!s.anchored) seen.anchored = false;
    if (s.credential) seen.credential = s.credential;
    return seen;
  });
}

describe('extractScopes', () => {
  it('finds MSAL request scopes with the flow of the method, through constants and spreads', () => {
    const code = dedent`
      import { PublicClientApplication } from '@azure/msal-node';
      const base = { scopes: ['User.Read'] };
      const pca = new PublicClientApplication(config);
      pca.acquireTokenByDeviceCode({ ...base, extraScopesToConsent: ['https://graph.microsoft.com/mail.send'] });
      pca.acquireTokenSilent({ account, scopes: ['Files.Read'] });
    `;
    assert.deepEqual(scopesIn(code), [
      { at: "'User.Read'", name: 'User.Read', provider: 'graph', flow: 'interactive' },
      {
        at: "'https://graph.microsoft.com/mail.send'",
        name: 'Mail.Send',
        provider: 'graph',
        flow: 'interactive',
        nameAt: 'mail.send',
        extra: true,
      },
      { at: "'Files.Read'", name: 'Files.Read', provider: 'graph', flow: 'delegated' },
    ]);
  });

  it('tells app-only flows apart: client credentials, on-behalf-of, credentials by class', () => {
    const code = dedent`
      import { ClientSecretCredential, ManagedIdentityCredential, getBearerTokenProvider } from '@azure/identity';
      cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
      cca.acquireTokenOnBehalfOf({ oboAssertion, scopes: ['api://downstream/.default'] });
      const credential = new ClientSecretCredential(t, c, s);
      credential.getToken('https://vault.azure.net/.default');
      getBearerTokenProvider(new ManagedIdentityCredential(), 'https://cognitiveservices.azure.com/.default');
    `;
    assert.deepEqual(scopesIn(code), [
      {
        at: "'https://graph.microsoft.com/.default'",
        name: '.default',
        provider: 'graph',
        flow: 'clientCredentials',
        nameAt: '.default',
      },
      { at: "'api://downstream/.default'", name: '.default', provider: 'api', flow: 'onBehalfOf', nameAt: '.default' },
      {
        at: "'https://vault.azure.net/.default'",
        name: '.default',
        provider: 'azure',
        flow: 'clientCredentials',
        nameAt: '.default',
        credential: 'ClientSecretCredential',
      },
      {
        at: "'https://cognitiveservices.azure.com/.default'",
        name: '.default',
        provider: 'azure',
        flow: 'managedIdentity',
        nameAt: '.default',
        credential: 'ManagedIdentityCredential',
      },
    ]);
  });

  it('splits space, +, %20 and comma separated strings into words with their own ranges', () => {
    const code = dedent`
      const body = new URLSearchParams({ grant_type: 'authorization_code', scope: 'openid  Mail.Read,offline_access' });
      const url = 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?response_type=code&scope=openid+https%3A%2F%2Fgraph.microsoft.com%2FUser.Read%20email&state=x';
    `;
    assert.deepEqual(scopesIn(code), [
      { at: 'openid', name: 'openid', provider: 'oidc', flow: 'delegated' },
      { at: 'Mail.Read', name: 'Mail.Read', provider: 'graph', flow: 'delegated' },
      { at: 'offline_access', name: 'offline_access', provider: 'oidc', flow: 'delegated' },
      { at: 'openid', name: 'openid', provider: 'oidc', flow: 'interactive' },
      {
        at: 'https%3A%2F%2Fgraph.microsoft.com%2FUser.Read',
        name: 'User.Read',
        provider: 'graph',
        flow: 'interactive',
        nameAt: 'User.Read',
      },
      { at: 'email', name: 'email', provider: 'oidc', flow: 'interactive' },
    ]);
  });

  it('anchors scope= only in OAuth URLs and in URLSearchParams that carry OAuth fields', () => {
    const code = dedent`
      fetch('https://gitlab.com/api/v4/issues?scope=all');
      const params = new URLSearchParams();
      params.append('client_id', id);
      params.append('grant_type', 'client_credentials');
      params.append('scope', 'api://x/.default');
      const query = new URLSearchParams();
      query.set('scope', 'mine');
    `;
    assert.deepEqual(scopesIn(code), [
      { at: 'all', name: 'all', provider: 'unknown', flow: 'unknown', anchored: false },
      { at: "'api://x/.default'", name: '.default', provider: 'api', flow: 'clientCredentials', nameAt: '.default' },
      { at: "'mine'", name: 'mine', provider: 'unknown', flow: 'unknown', anchored: false },
    ]);
  });

  it('maps templates and concatenations, and skips words it cannot know', () => {
    const code = dedent`
      const GRAPH = 'https://graph.microsoft.com';
      const graphScopes = [\`\${GRAPH}/Sites.Read.All\`, GRAPH + '/Files.Read', \`\${dynamic}.Read\`, 'Tasks\\u002eRead'];
    `;
    assert.deepEqual(scopesIn(code), [
      {
        at: '`${GRAPH}/Sites.Read.All`',
        name: 'Sites.Read.All',
        provider: 'graph',
        flow: 'unknown',
        nameAt: 'Sites.Read.All',
        anchored: false,
      },
      {
        at: "GRAPH + '/Files.Read'",
        name: 'Files.Read',
        provider: 'graph',
        flow: 'unknown',
        nameAt: 'Files.Read',
        anchored: false,
      },
      // An escape sequence: the word is found, but no exact name range is offered for a fix.
      { at: "'Tasks\\u002eRead'", name: 'Tasks.Read', provider: 'graph', flow: 'unknown', anchored: false },
    ]);
  });

  it('reads Google and GitHub places, with the provider for bare GitHub words', () => {
    const code = dedent`
      oauth2Client.generateAuthUrl({ scope: 'https://www.googleapis.com/auth/drive' });
      new JWT({ email, key, subject, scopes: ['https://mail.google.com/'] });
      new OAuthApp({ clientId, defaultScopes: ['repo'] });
      const url = 'https://github.com/login/oauth/authorize?client_id=x&scope=user:email';
      passport.authenticate('github', { scope: ['read:org'] });
      const config = { scopes: ['repo'] };
    `;
    assert.deepEqual(scopesIn(code, true), [
      {
        at: "'https://www.googleapis.com/auth/drive'",
        name: 'drive',
        provider: 'google',
        flow: 'interactive',
        nameAt: 'drive',
      },
      {
        at: "'https://mail.google.com/'",
        name: 'https://mail.google.com/',
        provider: 'google',
        flow: 'domainWideDelegation',
      },
      { at: "'repo'", name: 'repo', provider: 'github', flow: 'interactive' },
      { at: 'user:email', name: 'user:email', provider: 'github', flow: 'interactive' },
      { at: "'read:org'", name: 'read:org', provider: 'github', flow: 'interactive' },
      { at: "'repo'", name: 'repo', provider: 'unknown', flow: 'unknown', anchored: false },
    ]);
  });

  it('treats request objects in an MSAL browser file, or named as a login request, as user sign-ins', () => {
    assert.deepEqual(
      scopesIn(
        "import { LogLevel } from '@azure/msal-browser';\n" +
          "export const tokenRequest = { scopes: ['api://x/.default'] };",
      ),
      [
        {
          at: "'api://x/.default'",
          name: '.default',
          provider: 'api',
          flow: 'interactive',
          nameAt: '.default',
          anchored: false,
        },
      ],
    );
    assert.deepEqual(
      scopesIn(
        "export const loginRequest = { scopes: ['api://x/.default'] };\n" +
          "export const tokenRequest = { scopes: ['api://y/.default'] };",
      ),
      [
        {
          at: "'api://x/.default'",
          name: '.default',
          provider: 'api',
          flow: 'interactive',
          nameAt: '.default',
          anchored: false,
        },
        {
          at: "'api://y/.default'",
          name: '.default',
          provider: 'api',
          flow: 'unknown',
          nameAt: '.default',
          anchored: false,
        },
      ],
    );
  });

  it('reads scopes grouped by use, but not descriptions in scope maps', () => {
    const code = dedent`
      export const protectedResources = { todo: { endpoint, scopes: { read: ['api://todo/Todolist.Read'], write: ['api://todo/Todolist.ReadWrite'] } } };
      const openApi = { authorizationUrl, tokenUrl, scopes: { 'Mail.Read': 'Read Mail.Read and Files.ReadWrite.All data' } };
    `;
    assert.deepEqual(scopesIn(code), [
      {
        at: "'api://todo/Todolist.Read'",
        name: 'Todolist.Read',
        provider: 'api',
        flow: 'unknown',
        nameAt: 'Todolist.Read',
        anchored: false,
      },
      {
        at: "'api://todo/Todolist.ReadWrite'",
        name: 'Todolist.ReadWrite',
        provider: 'api',
        flow: 'unknown',
        nameAt: 'Todolist.ReadWrite',
        anchored: false,
      },
    ]);
  });

  it("reads array arguments of an app's own token helpers, and nothing of other calls", () => {
    const code =
      "await getAccessToken(['Files.Read']);\nawait requestConsent(['Mail.Send']);\ntokenize(['Mail.Read']);\n" +
      'req.login(user, done);';
    assert.deepEqual(scopesIn(code), [
      { at: "'Files.Read'", name: 'Files.Read', provider: 'graph', flow: 'unknown', anchored: false },
      { at: "'Mail.Send'", name: 'Mail.Send', provider: 'graph', flow: 'unknown', anchored: false },
    ]);
  });

  it('reports each scope once, with the flow of the API that uses it', () => {
    const code =
      "const tokenRequest = { scopes: ['https://graph.microsoft.com/.default'] };\n" +
      'cca.acquireTokenByClientCredential(tokenRequest);';
    assert.deepEqual(scopesIn(code), [
      {
        at: "'https://graph.microsoft.com/.default'",
        name: '.default',
        provider: 'graph',
        flow: 'clientCredentials',
        nameAt: '.default',
      },
    ]);
  });

  it('extracts once per lint for all the rules that ask, each receiving the same scopes', () => {
    const received: ExtractedScope[][] = [];
    const makeRule = (): TSESLint.RuleModule<never> => ({
      defaultOptions: [],
      meta: { type: 'problem', schema: [], messages: {} },
      create: context => extractScopes(context, scopes => received.push(scopes)),
    });
    const linter = new Linter({ configType: 'flat' });
    const code =
      "pca.loginPopup({ scopes: ['User.Read'] });\n" +
      "cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });";
    for (let run = 0; run < 2; run++) {
      linter.verify(
        code,
        [
          {
            files: ['**/*.js'],
            plugins: { t: { rules: { a: makeRule() as never, b: makeRule() as never, c: makeRule() as never } } },
            rules: { 't/a': 'error', 't/b': 'error', 't/c': 'error' },
          },
        ],
        'file.js',
      );
    }
    // Every rule got every scope on each run: the very same array within a run (one extraction), a new one per run.
    assert.deepEqual(
      received.map(scopes => scopes.map(scope => scope.name)),
      Array(6).fill(['User.Read', '.default']),
    );
    assert.equal(received[1], received[0]);
    assert.equal(received[2], received[0]);
    assert.equal(received[4], received[3]);
    assert.equal(received[5], received[3]);
    assert.notEqual(received[3], received[0]);
    assert.equal(hasPendingScopeExtraction(linter.getSourceCode() as unknown as Readonly<TSESLint.SourceCode>), false);
  });

  it('ignores scope-like names that are not requests and survives odd input', () => {
    assert.deepEqual(
      scopesIn(
        "const telescope = ['Files.ReadWrite.All'];\nconst label = 'scope';\nconst x = { [key]: ['Mail.Read'] };",
      ),
      [],
    );
    // Token responses and stored accounts record granted scopes; they request none.
    assert.deepEqual(
      scopesIn(
        "await db.insert(account).values({ providerId: 'microsoft', scope: 'Calendars.ReadWrite', refreshToken, " +
          'accessToken });',
      ),
      [],
    );
    assert.deepEqual(
      scopesIn(
        "res.json({ access_token: token, token_type: 'Bearer', expires_in: 3600, scope: 'Files.ReadWrite.All' });",
      ),
      [],
    );
    // A sentence under a scope-like name is a message, not a scope list.
    assert.deepEqual(scopesIn("const messages = { missingScope: 'Grant Files.ReadWrite.All to the app first' };"), []);
    assert.deepEqual(
      scopesIn(
        'const scopes = [,, ...rest, null, 1, `${a}`];\nconst scope = 1 + 2;\nconst s = `scope=${x}`;\n' +
          'pca.loginPopup();\ngetBearerTokenProvider();',
      ),
      [],
    );
  });
});
