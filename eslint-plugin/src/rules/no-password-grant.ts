import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getCalleeName, skipWrappers } from '../util/ast';

import {
  getMemberKey,
  getPartialString,
  getPropertyKey,
  getStaticString,
  isLocalDefinition,
  isProcessEnv,
} from '../util/evaluate';
import { replaceImportedClass } from '../util/fixes';
import { formParameterListeners, registerFormParameter } from '../util/http';
import {
  AZURE_IDENTITY,
  CALL,
  findProjectProperty,
  isModuleRef,
  matchesSource,
  MSAL_ANGULAR,
  MSAL_BROWSER,
  MSAL_NODE,
  MSAL_REACT,
  MSAL_V1,
  NEW,
  relativeRequireSource,
  resolveModuleRef,
} from '../util/modules';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';

/** MSAL packages whose clients have no device code flow (the browser has no ROPC either). */
const MSAL_WITHOUT_DEVICE_CODE = [MSAL_BROWSER, MSAL_REACT, MSAL_ANGULAR, MSAL_V1];

type Options = [];
type MessageIds =
  | 'adalRopc'
  | 'auth0Ropc'
  | 'identityRopc'
  | 'identityRopcEnv'
  | 'libraryRopc'
  | 'msalRopc'
  | 'msRestRopc'
  | 'openidRopc'
  | 'rawRopc'
  | 'rawRopcImported'
  | 'simpleOauth2Ropc'
  | 'useDeviceCode'
  | 'useDeviceCodeIfPublicClient'
  | 'useDeviceCodeCredential'
  | 'useInteractiveBrowserCredential';

/** `grant_type` values of the resource owner password credentials grant (plain, and Auth0's realm variant). */
const PASSWORD_GRANTS = new Set(['password', 'http://auth0.com/oauth/grant-type/password-realm']);
const GRANT_KEYS = new Set(['grant_type', 'grantType']);
/** A password grant inside a query or form string: `grant_type=password` as a whole parameter. */
const PASSWORD_GRANT_IN_QUERY =
  /(?:^|[?&])grant_type=(?:password|http(?::|%3A)(?:\/\/|%2F%2F)auth0\.com(?:\/|%2F)oauth(?:\/|%2F)grant-type(?:\/|%2F)password-realm)(?=$|[&#])/;
/**
 * Supabase Auth (GoTrue) signs users in to the app's own backend with `/auth/v1/token?grant_type=password`, the
 * endpoint behind `supabase.auth.signInWithPassword`: a first-party login, not a delegated OAuth password grant.
 */
const FIRST_PARTY_SIGN_IN = /\/auth\/v1\/token\b/;
const MS_REST_LOGINS = new Set(['loginWithUsernamePassword', 'loginWithUsernamePasswordWithAuthResponse']);
/** Methods that are a password grant whenever they are called on an object, and what to report for each. */
const PASSWORD_METHODS: Readonly<Record<string, { messageId: MessageIds; data?: Record<string, string> }>> = {
  acquireTokenWithUsernamePassword: { messageId: 'adalRopc' },
  passwordGrant: { messageId: 'auth0Ropc' },
  // oidc-client-ts `UserManager` / `OidcClient`.
  signinResourceOwnerCredentials: { messageId: 'libraryRopc', data: { api: 'signinResourceOwnerCredentials' } },
  processResourceOwnerPasswordCredentials: {
    messageId: 'libraryRopc',
    data: { api: 'processResourceOwnerPasswordCredentials' },
  },
};
const ENV_PASSWORD = 'AZURE_PASSWORD';
/** Callee names `checkCall` reports or looks further into; every other call is skipped at once. */
const CALL_NAMES = new Set([
  'acquireTokenByUsernamePassword',
  'acquireTokenWithUsernamePassword',
  'passwordGrant',
  'getToken',
  'password',
  'signinResourceOwnerCredentials',
  'processResourceOwnerPasswordCredentials',
  'obtainDirectly',
  'genericGrantRequest',
  'append',
  'set',
  ...MS_REST_LOGINS,
]);
/**
 * A plain function call (`f()`) can only be reported as one of these, resolved through a (renamed) import, so
 * where the file never names them its plain calls need no resolving.
 */
const PLAIN_CALL_WORDS = registerMentions(['genericGrantRequest', 'loginWithUsernamePassword']);

/** A hand-built token request's grant: `grant_type=password&username=…`. */
const GRANT_TYPE = registerFormParameter('grant_type=');

export default createRule<Options, MessageIds>({
  name: 'no-password-grant',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow the OAuth resource owner password credentials (ROPC) grant',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      msalRopc:
        "MSAL's `acquireTokenByUsernamePassword` uses the password (ROPC) grant, which bypasses MFA and Conditional " +
        'Access; use an interactive, device code or client credential flow.',
      identityRopc:
        '`UsernamePasswordCredential` uses the deprecated password (ROPC) grant, which bypasses MFA and Conditional ' +
        'Access; use an interactive, device code, managed identity or certificate credential.',
      identityRopcEnv:
        '`AZURE_PASSWORD` makes `EnvironmentCredential` and `DefaultAzureCredential` use the password (ROPC) grant, ' +
        'which bypasses MFA and Conditional Access; use a managed identity, workload identity or certificate.',
      adalRopc:
        "ADAL's `acquireTokenWithUsernamePassword` uses the password (ROPC) grant, which bypasses MFA and " +
        'Conditional Access; move to MSAL with an interactive or device code flow.',
      msRestRopc:
        '`{{name}}` signs in with the password (ROPC) grant, which bypasses MFA and Conditional Access; use an ' +
        '@azure/identity interactive, device code or managed identity credential.',
      simpleOauth2Ropc:
        "simple-oauth2's resource owner password grant bypasses MFA and Conditional Access; use the authorization " +
        'code grant with PKCE, or client credentials for services.',
      openidRopc:
        'This openid-client request uses the password (ROPC) grant, which bypasses MFA and Conditional Access; use ' +
        'the authorization code flow with PKCE or the device authorization grant.',
      auth0Ropc:
        "Auth0's `passwordGrant` uses the password (ROPC) grant, which bypasses MFA and Conditional Access; use " +
        'Universal Login (authorization code with PKCE).',
      libraryRopc:
        '`{{api}}` uses the password (ROPC) grant, which bypasses MFA and Conditional Access; use the authorization ' +
        'code flow with PKCE, the device code flow or client credentials.',
      rawRopc:
        'This token request uses the OAuth password grant, which bypasses MFA and Conditional Access; use the ' +
        'authorization code flow with PKCE, the device code flow or client credentials.',
      rawRopcImported:
        'The token request imported from `{{source}}` (line {{line}}) uses the OAuth password grant, which bypasses ' +
        'MFA and Conditional Access; use the authorization code flow with PKCE, the device code flow or client ' +
        'credentials.',
      useDeviceCode: 'Switch to the device code flow (`acquireTokenByDeviceCode`).',
      useDeviceCodeIfPublicClient:
        'If this is an MSAL Node `PublicClientApplication`, switch to the device code flow ' +
        '(`acquireTokenByDeviceCode`); a `ConfidentialClientApplication` has no device code flow.',
      useDeviceCodeCredential: 'Replace with `DeviceCodeCredential`, keeping the tenant and client IDs.',
      useInteractiveBrowserCredential:
        'Replace with `InteractiveBrowserCredential`, keeping the tenant and client IDs.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Every API, credential, variable and grant value it reports names a password, except these.
  mentions: ['password', 'ResourceOwner', 'obtainDirectly', 'client-oauth2'],
  // A token request kept in a JSON file of the project and `require`d or imported where it is sent.
  followsImports: { local: ['.json'], imported: ['password'] },
  create(context) {
    const { sourceCode } = context;

    function isStaticPasswordGrant(node: TSESTree.Node): boolean {
      const value = getStaticString(node, sourceCode);
      return value !== undefined && PASSWORD_GRANTS.has(value);
    }

    /** `this.name(...)` inside a class that defines `name` itself: a wrapper, whose body is checked on its own. */
    function isOwnMethodCall(callee: TSESTree.MemberExpression, name: string): boolean {
      if (callee.object.type !== AST_NODE_TYPES.ThisExpression) {
        return false;
      }
      for (let node: TSESTree.Node | undefined = callee.parent; node; node = node.parent) {
        if (node.type === AST_NODE_TYPES.ClassBody) {
          return node.body.some(
            member =>
              (member.type === AST_NODE_TYPES.MethodDefinition || member.type === AST_NODE_TYPES.PropertyDefinition) &&
              getPropertyKey(member, sourceCode) === name,
          );
        }
      }
      return false;
    }

    const isLocal = (node: TSESTree.Identifier): boolean => isLocalDefinition(node, sourceCode);
    const calleeName = (callee: TSESTree.Node): { name: string; node: TSESTree.Node } | undefined =>
      getCalleeName(callee, sourceCode);

    const plainCallsMatter = sourceMentionsAny(sourceCode, PLAIN_CALL_WORDS);

    function checkCall(node: TSESTree.CallExpression): void {
      const callee = skipWrappers(node.callee);
      if (
        callee.type === AST_NODE_TYPES.Identifier ? !plainCallsMatter : callee.type !== AST_NODE_TYPES.MemberExpression
      ) {
        return;
      }
      const named = calleeName(callee);
      if (!named || !CALL_NAMES.has(named.name)) {
        return;
      }
      const { name } = named;
      const member = callee.type === AST_NODE_TYPES.MemberExpression ? callee : undefined;
      if (member && isOwnMethodCall(member, name)) {
        return;
      }
      if (!member && callee.type === AST_NODE_TYPES.Identifier && isLocal(callee)) {
        return;
      }
      const method = Object.hasOwn(PASSWORD_METHODS, name) ? PASSWORD_METHODS[name] : undefined;
      if (method) {
        if (member) {
          context.report({ node: named.node, ...method });
        }
        return;
      }
      switch (name) {
        case 'acquireTokenByUsernamePassword':
          if (member) {
            context.report({ node: named.node, messageId: 'msalRopc', suggest: msalSuggestions(node, member) });
          }
          return;
        case 'getToken':
          checkGetToken(member);
          return;
        case 'password':
          // @badgateway/oauth2-client: `new OAuth2Client(cfg).password({ username, password })`.
          if (member && isResolvedTo(member, '@badgateway/oauth2-client', [NEW, 'password'])) {
            context.report({ node: named.node, messageId: 'libraryRopc', data: { api: 'OAuth2Client.password' } });
          }
          return;
        case 'obtainDirectly':
          // keycloak-connect: `keycloak.grantManager.obtainDirectly(username, password)` is Keycloak's direct
          // (password) grant.
          if (
            member?.object.type === AST_NODE_TYPES.MemberExpression &&
            getMemberKey(member.object, sourceCode) === 'grantManager'
          ) {
            context.report({
              node: named.node,
              messageId: 'libraryRopc',
              data: { api: 'grantManager.obtainDirectly' },
            });
          }
          return;
        case 'genericGrantRequest': {
          const grant = node.arguments[1];
          if (grant && isStaticPasswordGrant(grant)) {
            context.report({ node: grant, messageId: 'openidRopc' });
          }
          return;
        }
        case 'append':
        case 'set': {
          const [key, value] = node.arguments;
          if (
            member &&
            node.arguments.length === 2 &&
            key &&
            value &&
            getStaticString(key, sourceCode) === 'grant_type' &&
            isStaticPasswordGrant(value)
          ) {
            context.report({ node: value, messageId: 'rawRopc' });
          }
          return;
        }
        default:
          if (MS_REST_LOGINS.has(name)) {
            context.report({ node: named.node, messageId: 'msRestRopc', data: { name } });
          }
      }
    }

    /** Whether `node` resolves into `source` with a path that ends in `tail`. */
    function isResolvedTo(node: TSESTree.Node, source: string, tail: readonly string[]): boolean {
      const ref = resolveModuleRef(node, sourceCode);
      if (!ref || ref.source !== source || ref.path.length < tail.length) {
        return false;
      }
      const path = ref.path.slice(ref.path.length - tail.length);
      return path.every((step, i) => step === tail[i]);
    }

    /**
     * `x.ownerPassword.getToken()` (simple-oauth2 2.x/3.x, name alone), `x.password.getToken()` on a simple-oauth2
     * client (1.x) and `x.owner.getToken()` on a client-oauth2 client (both resolved, as the names are common).
     */
    function checkGetToken(member: TSESTree.MemberExpression | undefined): void {
      if (member?.object.type !== AST_NODE_TYPES.MemberExpression) {
        return;
      }
      const flow = getMemberKey(member.object, sourceCode);
      if (
        flow === 'ownerPassword' ||
        (flow === 'password' && isResolvedTo(member.object, 'simple-oauth2', [CALL, 'password']))
      ) {
        context.report({ node: member.object.property, messageId: 'simpleOauth2Ropc' });
      } else if (flow === 'owner' && isResolvedTo(member.object, 'client-oauth2', [NEW, 'owner'])) {
        context.report({
          node: member.object.property,
          messageId: 'libraryRopc',
          data: { api: 'ClientOAuth2 owner.getToken' },
        });
      }
    }

    /**
     * Which device code suggestion the client that `acquireTokenByUsernamePassword` is called on can take: only an
     * MSAL Node `PublicClientApplication` has `acquireTokenByDeviceCode`. A client the rule cannot trace to its
     * construction gets the suggestion worded as conditional on that; a confidential or browser client gets none.
     */
    function deviceCodeSuggestion(
      receiver: TSESTree.Node,
    ): 'useDeviceCode' | 'useDeviceCodeIfPublicClient' | undefined {
      const ref = resolveModuleRef(receiver, sourceCode);
      if (isModuleRef(ref, MSAL_NODE, ['PublicClientApplication', NEW])) {
        return 'useDeviceCode';
      }
      if (ref && (matchesSource(ref.source, MSAL_NODE) || matchesSource(ref.source, MSAL_WITHOUT_DEVICE_CODE))) {
        return undefined;
      }
      return 'useDeviceCodeIfPublicClient';
    }

    function msalSuggestions(
      call: TSESTree.CallExpression,
      callee: TSESTree.MemberExpression,
    ): TSESLint.ReportSuggestionArray<MessageIds> {
      const [request] = call.arguments;
      if (callee.computed || call.arguments.length !== 1 || request?.type !== AST_NODE_TYPES.ObjectExpression) {
        return [];
      }
      const messageId = deviceCodeSuggestion(callee.object);
      if (!messageId) {
        return [];
      }
      const kept = request.properties
        .filter(
          p =>
            p.type === AST_NODE_TYPES.SpreadElement ||
            !['username', 'password'].includes(getPropertyKey(p, sourceCode) ?? ''),
        )
        .map(p => sourceCode.getText(p));
      kept.push('deviceCodeCallback: (response) => console.log(response.message)');
      return [
        {
          messageId,
          fix: fixer => [
            fixer.replaceText(callee.property, 'acquireTokenByDeviceCode'),
            fixer.replaceText(request, `{ ${kept.join(', ')} }`),
          ],
        },
      ];
    }

    /**
     * Fixes that swap `new UsernamePasswordCredential(tenantId, clientId, user, pass, options?)` for another
     * @azure/identity credential built from the same tenant and client IDs, importing it where the old one was.
     */
    function credentialSuggestions(node: TSESTree.NewExpression): TSESLint.ReportSuggestionArray<MessageIds> {
      const args = node.arguments;
      if (args.length < 2 || args.length > 5 || args.some(a => a.type === AST_NODE_TYPES.SpreadElement)) {
        return [];
      }
      const callee = skipWrappers(node.callee);
      const ref = resolveModuleRef(callee, sourceCode);
      if (!isModuleRef(ref, AZURE_IDENTITY, ['UsernamePasswordCredential'])) {
        return [];
      }
      const [tenant, client, , , options] = args;
      const field = (key: string, value: TSESTree.Node): string => {
        const text = sourceCode.getText(value);
        return text === key ? key : `${key}: ${text}`;
      };
      const optionFields =
        options?.type === AST_NODE_TYPES.ObjectExpression
          ? options.properties.map(p => sourceCode.getText(p))
          : options
            ? [`...${sourceCode.getText(options)}`]
            : [];
      const fields = [...optionFields, field('tenantId', tenant!), field('clientId', client!)];
      const argsRange: [number, number] = [args[0]!.range[0], args[args.length - 1]!.range[1]];
      const suggestion = (
        messageId: 'useDeviceCodeCredential' | 'useInteractiveBrowserCredential',
        target: string,
      ): TSESLint.SuggestionReportDescriptor<MessageIds> | undefined => {
        const calleeFix = replaceImportedClass(callee, AZURE_IDENTITY, target, sourceCode);
        if (!calleeFix) {
          return undefined;
        }
        return {
          messageId,
          fix: fixer => [...calleeFix(fixer), fixer.replaceTextRange(argsRange, `{ ${fields.join(', ')} }`)],
        };
      };
      return [
        suggestion('useDeviceCodeCredential', 'DeviceCodeCredential'),
        suggestion('useInteractiveBrowserCredential', 'InteractiveBrowserCredential'),
      ].filter((s): s is TSESLint.SuggestionReportDescriptor<MessageIds> => s !== undefined);
    }

    function checkNew(node: TSESTree.NewExpression): void {
      const named = calleeName(node.callee);
      if (!named) {
        return;
      }
      const callee = skipWrappers(node.callee);
      if (callee.type === AST_NODE_TYPES.Identifier && isLocal(callee)) {
        return;
      }
      if (named.name === 'UsernamePasswordCredential') {
        context.report({ node: named.node, messageId: 'identityRopc', suggest: credentialSuggestions(node) });
      } else if (named.name === 'ResourceOwnerPassword') {
        context.report({ node: named.node, messageId: 'simpleOauth2Ropc' });
      } else if (named.name === 'URLSearchParams' || named.name === 'FormData') {
        checkPairs(node.arguments[0]);
      }
    }

    /** `new URLSearchParams([['grant_type', 'password'], …])`. */
    function checkPairs(arg: TSESTree.Node | undefined): void {
      const pairs = arg && skipWrappers(arg);
      if (pairs?.type !== AST_NODE_TYPES.ArrayExpression) {
        return;
      }
      for (const pair of pairs.elements) {
        if (pair?.type === AST_NODE_TYPES.ArrayExpression && pair.elements.length === 2) {
          const [key, value] = pair.elements;
          if (
            key &&
            value &&
            key.type !== AST_NODE_TYPES.SpreadElement &&
            value.type !== AST_NODE_TYPES.SpreadElement &&
            getStaticString(key, sourceCode) === 'grant_type' &&
            isStaticPasswordGrant(value)
          ) {
            context.report({ node: value, messageId: 'rawRopc' });
          }
        }
      }
    }

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') {
        return; // the whole concatenation is checked once, at its top
      }
      if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator !== '+') {
        return;
      }
      if (
        parent?.type === AST_NODE_TYPES.ImportDeclaration ||
        parent?.type === AST_NODE_TYPES.ExportAllDeclaration ||
        parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ||
        parent?.type === AST_NODE_TYPES.TSLiteralType ||
        (parent?.type === AST_NODE_TYPES.Property && parent.key === node)
      ) {
        return;
      }
      const text = getPartialString(node, sourceCode);
      if (text.includes('grant_type=') && PASSWORD_GRANT_IN_QUERY.test(text) && !FIRST_PARTY_SIGN_IN.test(text)) {
        context.report({ node, messageId: 'rawRopc' });
      }
    }

    /** Whether a `+` chain has a literal piece that mentions `grant_type=` (the cheap test before folding it). */
    /** `process.env.AZURE_PASSWORD` and `process.env['AZURE_PASSWORD']`. */
    function checkEnv(node: TSESTree.MemberExpression): void {
      if (!isProcessEnv(node.object, sourceCode)) {
        return;
      }
      // Already reported as the credential or MSAL call it feeds.
      for (let n: TSESTree.Node | undefined = node.parent; n; n = n.parent) {
        if (n.type === AST_NODE_TYPES.NewExpression || n.type === AST_NODE_TYPES.CallExpression) {
          const name = calleeName(n.callee)?.name;
          if (name === 'UsernamePasswordCredential' || name === 'acquireTokenByUsernamePassword') {
            return;
          }
        }
        if (n.type === AST_NODE_TYPES.Program || n.type === AST_NODE_TYPES.FunctionDeclaration) {
          break;
        }
      }
      context.report({ node, messageId: 'identityRopcEnv' });
    }

    /**
     * A JSON file of the project read for a token request (`const body = require('./token-request.json')`,
     * `import body from './token-request.json'`) whose `grant_type` is the password grant: reported where it is read
     * (the JSON file itself is not JavaScript that this rule lints).
     */
    function checkRequiredJson(value: TSESTree.Node, specifier: string, reportNode: TSESTree.Node): void {
      if (!specifier.endsWith('.json')) {
        return;
      }
      for (const key of GRANT_KEYS) {
        const found = findProjectProperty(value, key, sourceCode);
        const grant = found?.origin && getStaticString(found.property.value, found.sourceCode);
        if (found?.origin && grant !== undefined && PASSWORD_GRANTS.has(grant)) {
          context.report({
            node: reportNode,
            messageId: 'rawRopcImported',
            data: { source: found.origin.specifier, line: String(found.property.loc.start.line) },
          });
          return;
        }
      }
    }

    return {
      CallExpression: checkCall,
      NewExpression: checkNew,
      ImportDeclaration(node: TSESTree.ImportDeclaration): void {
        const local = node.specifiers.find(s => s.type === AST_NODE_TYPES.ImportDefaultSpecifier)?.local;
        if (local) {
          checkRequiredJson(local, node.source.value, node.source);
        }
      },
      VariableDeclarator(node: TSESTree.VariableDeclarator): void {
        const source = node.init && node.id.type === AST_NODE_TYPES.Identifier && relativeRequireSource(node.init);
        if (source) {
          checkRequiredJson(node.id, source, node.init!);
        }
      },
      AssignmentExpression(node: TSESTree.AssignmentExpression): void {
        const left = node.left;
        if (node.operator !== '=' || left.type !== AST_NODE_TYPES.MemberExpression) {
          return;
        }
        const key = getMemberKey(left, sourceCode);
        if (key !== undefined && GRANT_KEYS.has(key) && isStaticPasswordGrant(node.right)) {
          context.report({ node, messageId: 'rawRopc' });
        }
      },
      Property(node: TSESTree.Property): void {
        const parent = node.parent;
        if (parent.type === AST_NODE_TYPES.ObjectExpression) {
          const key = getPropertyKey(node, sourceCode);
          if (key !== undefined && GRANT_KEYS.has(key) && isStaticPasswordGrant(node.value)) {
            context.report({ node, messageId: 'rawRopc' });
          }
        } else if (
          parent.type === AST_NODE_TYPES.ObjectPattern &&
          parent.parent.type === AST_NODE_TYPES.VariableDeclarator
        ) {
          // `const { AZURE_PASSWORD } = process.env`.
          const declarator = parent.parent;
          if (
            getPropertyKey(node, sourceCode) === 'AZURE_PASSWORD' &&
            declarator.init &&
            isProcessEnv(declarator.init, sourceCode)
          ) {
            context.report({ node, messageId: 'identityRopcEnv' });
          }
        }
      },
      ...formParameterListeners(sourceCode, GRANT_TYPE, checkString),
      MemberExpression(node: TSESTree.MemberExpression): void {
        // `process.env.AZURE_PASSWORD`, `process.env['AZURE_PASSWORD']`.
        const property = node.property;
        if (
          ((property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier) &&
            property.name === ENV_PASSWORD) ||
          (property.type === AST_NODE_TYPES.Literal && property.value === ENV_PASSWORD)
        ) {
          checkEnv(node);
        }
      },
    };
  },
});
