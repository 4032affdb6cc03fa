import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { findProperty, getMemberKey, getPropertyKey, getStaticString, MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { findVariable } from '../evaluate/findVariable';
import { getStaticTextMap, getTextRange, UNKNOWN_CHAR, type StaticTextMap } from '../evaluate/getStaticTextMap';
import { formParameterListeners, registerFormParameter } from '../http/formParameterListeners';
import { getConstructedUrlArgument } from '../http/getConstructedUrlArgument';
import { NEW, resolveModuleRef } from '../modules/resolveModuleRef';
import { normalizeScope, OIDC_SCOPES, type ScopeProvider } from './normalizeScope';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * How the token the scope is requested for is obtained:
 * - `interactive`: a user signs in and consents (MSAL login and interactive calls, auth code URLs, device code,
 *   `InteractiveBrowserCredential`, Google's `generateAuthUrl`, OAuth apps and strategies);
 * - `delegated`: a user's token obtained without a prompt (silent calls, refresh tokens, auth code redemption
 *   in a raw request);
 * - `clientCredentials`, `onBehalfOf`, `managedIdentity`: app-only or middle-tier flows, where `<resource>/.default`
 *   is the required form;
 * - `serviceAccount`, `domainWideDelegation`: a Google service account, and one that impersonates users (`subject`);
 * - `unknown`: a scope list whose use this file does not show (`export const loginRequest = { scopes }`).
 */
export type ScopeFlow =
  | 'interactive'
  | 'delegated'
  | 'clientCredentials'
  | 'onBehalfOf'
  | 'managedIdentity'
  | 'serviceAccount'
  | 'domainWideDelegation'
  | 'unknown';

/** One requested scope, found in the source. */
export interface ExtractedScope {
  /** The scope as it reads (URL-decoded). */
  text: string;
  /** Normalised name: see `normalizeScope`; GitHub scopes in lower case. */
  name: string;
  provider: ScopeProvider;
  resource: string | undefined;
  isDefault: boolean;
  /** Source range of the scope: the whole literal when the literal is just this scope, else the word inside it. */
  range: [number, number];
  /** Whether `range` is a whole string literal (quotes included). */
  whole: boolean;
  /** Exact source range of `name` (after any resource prefix), when the source spells it as is; for fixes. */
  nameRange: [number, number] | undefined;
  flow: ScopeFlow;
  /** The @azure/identity credential class the token comes from, where known (`ClientSecretCredential`). */
  credential: string | undefined;
  /** What requests it: a method (`loginRedirect`), constructor (`GoogleAuth`), property (`scopes`) or `URL`. */
  api: string;
  /** Requested through `extraScopesToConsent`: consented up front, before any feature needs it. */
  extraConsent: boolean;
  /**
   * Whether the place is surely an OAuth scope request (a known API, an object with other OAuth request fields,
   * a `scope=` query parameter), rather than something merely named like one (`const SCOPES = […]`).
   */
  anchored: boolean;
}

/** What is known about a place scopes are requested. */
interface Site {
  api: string;
  flow: ScopeFlow;
  /** The provider bare scope words belong to here (GitHub's `repo`), when the place says. */
  provider?: ScopeProvider;
  credential?: string;
  anchored: boolean;
  extraConsent?: boolean;
  /** Inside a map of scope groups: strings must read as scope lists even where the place is surely a request. */
  loose?: boolean;
  /** The value is a resource URI rather than a scope (msal-node managed identity). */
  resource?: boolean;
  /** Whether the flow comes from the API called rather than from the request object's other fields. */
  fromApi?: boolean;
}

const APP_ONLY_FLOWS: ReadonlySet<ScopeFlow> = new Set(['clientCredentials', 'onBehalfOf', 'managedIdentity', 'serviceAccount', 'domainWideDelegation']);

/** Whether no user consents in this flow: client credentials, on-behalf-of, managed identity, Google service accounts. */
export function isAppOnlyFlow(flow: ScopeFlow): boolean {
  return APP_ONLY_FLOWS.has(flow);
}

/** MSAL request methods (browser, node, angular, react) and the flow each stands for. */
const MSAL_METHODS: Readonly<Record<string, ScopeFlow>> = {
  loginPopup: 'interactive',
  loginRedirect: 'interactive',
  acquireTokenPopup: 'interactive',
  acquireTokenRedirect: 'interactive',
  ssoSilent: 'interactive',
  getAuthCodeUrl: 'interactive',
  acquireTokenByCode: 'interactive',
  acquireTokenInteractive: 'interactive',
  acquireTokenByDeviceCode: 'interactive',
  acquireTokenSilent: 'delegated',
  acquireTokenByRefreshToken: 'delegated',
  acquireTokenByUsernamePassword: 'delegated',
  acquireTokenByClientCredential: 'clientCredentials',
  acquireTokenOnBehalfOf: 'onBehalfOf',
};

/** @azure/identity credentials by the flow their `getToken` uses. */
const CREDENTIAL_FLOWS: Readonly<Record<string, ScopeFlow>> = {
  InteractiveBrowserCredential: 'interactive',
  DeviceCodeCredential: 'interactive',
  AuthorizationCodeCredential: 'delegated',
  UsernamePasswordCredential: 'delegated',
  ClientSecretCredential: 'clientCredentials',
  ClientCertificateCredential: 'clientCredentials',
  ClientAssertionCredential: 'clientCredentials',
  EnvironmentCredential: 'clientCredentials',
  WorkloadIdentityCredential: 'clientCredentials',
  AzurePipelinesCredential: 'clientCredentials',
  ManagedIdentityCredential: 'managedIdentity',
  OnBehalfOfCredential: 'onBehalfOf',
  // TeamsFx (Teams Toolkit).
  TeamsUserCredential: 'interactive',
  OnBehalfOfUserCredential: 'onBehalfOf',
  AppCredential: 'clientCredentials',
};

/** Packages only single-page apps use to sign users in (MSAL for the browser, the Microsoft Graph Toolkit's MSAL provider). */
const BROWSER_MSAL = ['@azure/msal-browser', '@azure/msal-react', '@azure/msal-angular', '@microsoft/mgt-msal2-provider', '@microsoft/mgt-react'];
/** Packages whose presence makes it worth resolving renamed imports of call names. */
const RELEVANT_SOURCE = /^(?:@azure\/|@microsoft\/|@google-cloud\/local-auth|google-auth-library|googleapis|@octokit\/|octokit$|passport|next-auth|@auth\/)/;

/** Apps' own token helpers and sign-in functions, whose array arguments are scope lists (`acquireGraphToken(SCOPES)`). */
const TOKEN_HELPER = /^(?:get|acquire|request|fetch|obtain)[A-Za-z]*Token[A-Za-z]*$|^(?:login|signIn|signin)[A-Za-z]*$|Consent$/;
/** Names MSAL's samples and most apps give the request of a sign-in (`loginRequest`, `popupRequest`). */
const LOGIN_REQUEST = /^(?:login|signIn|signin|popup|redirect|sso)[A-Za-z]*(?:Request|Scopes?|Params|Parameters)$/;
/** Keys of request objects that hold scopes. */
const SCOPE_KEY = /^(?:scopes?|SCOPES?|extraScopesToConsent)$|(?:[a-z0-9]Scopes?|_SCOPES?|_scopes?)$/;

/** `SCOPE_KEY`, after the cheap test every such key passes (it spells `cope` or `COPE`). */
function isScopeKey(key: string): boolean {
  return (key.includes('cope') || key.includes('COPE')) && SCOPE_KEY.test(key);
}
/** Keys that only OAuth / MSAL requests and client options have: they make a `scope` next to them an OAuth scope. */
const OAUTH_KEYS: ReadonlySet<string> = new Set([
  'client_id', 'clientId', 'clientID', 'client_secret', 'clientSecret', 'redirect_uri', 'redirectUri', 'redirectURI',
  'callbackURL', 'callbackUrl', 'response_type', 'responseType', 'grant_type', 'grantType', 'authorizationURL',
  'authorizationUrl', 'tokenURL', 'tokenUrl', 'access_type', 'code_challenge', 'prompt', 'login_hint', 'loginHint',
  'account', 'authority', 'extraScopesToConsent', 'forceRefresh', 'claims', 'interactionType', 'redirectStartPage',
  'domainHint', 'requested_token_use', 'assertion', 'code', 'code_verifier', 'refresh_token', 'deviceCodeCallback',
  'oboAssertion', 'defaultScopes', 'include_granted_scopes', 'identityMetadata', 'responseMode',
]);
const INTERACTIVE_KEYS: ReadonlySet<string> = new Set([
  'response_type', 'responseType', 'redirect_uri', 'redirectUri', 'redirectURI', 'callbackURL', 'callbackUrl',
  'authorizationURL', 'authorizationUrl', 'prompt', 'login_hint', 'loginHint', 'interactionType', 'redirectStartPage',
  'access_type', 'code_challenge', 'deviceCodeCallback', 'identityMetadata', 'responseMode', 'include_granted_scopes',
]);
/**
 * Fields of a token response or a stored account: an object with these records the scopes a token was granted
 * (`{ scope, access_token, expires_in }`, `{ providerId, scope, refreshToken }`), it does not request any.
 */
const GRANTED_KEYS: ReadonlySet<string> = new Set([
  'access_token', 'accessToken', 'id_token', 'idToken', 'expires_in', 'expiresIn', 'expires_at', 'expiresAt',
  'accessTokenExpiresAt', 'refreshTokenExpiresAt', 'token_type', 'tokenType', 'refreshToken', 'ext_expires_in',
]);
const SEPARATOR_WORDS = ['%20', '%2c', '%2b'];
/** A URL or form body of an OAuth request: OAuth parameters, or an authorization or token endpoint. */
const OAUTH_URL = /(?:^|[?&])(?:client_id|response_type|grant_type|redirect_uri)=|\/(?:authorize|oauth2?|token)(?:[/?#]|$)/i;

/** A `scope=` query or form parameter in a hand-built URL or form body. */
const SCOPE_PARAM = registerFormParameter('scope=');

function grantFlow(grant: string | undefined): ScopeFlow | undefined {
  switch (grant) {
    case undefined:
      return undefined;
    case 'client_credentials':
      return 'clientCredentials';
    case 'urn:ietf:params:oauth:grant-type:jwt-bearer':
      return 'onBehalfOf';
    default:
      return 'delegated';
  }
}

/** Provider hinted by a package name or URL host: GitHub or Google, whose bare scope words need the context. */
function providerHint(text: string | undefined): ScopeProvider | undefined {
  if (!text) {
    return undefined;
  }
  if (/github/i.test(text)) {
    return 'github';
  }
  if (/google/i.test(text)) {
    return 'google';
  }
  return undefined;
}

function flowRank(flow: ScopeFlow): number {
  if (flow === 'unknown') {
    return 0;
  }
  if (flow === 'interactive' || flow === 'delegated') {
    return 1;
  }
  return flow === 'serviceAccount' || flow === 'domainWideDelegation' ? 2 : 3;
}

/**
 * Collects the scopes a file requests, wherever it requests them: MSAL requests (`scopes`, `extraScopesToConsent`,
 * msal-angular's `protectedResourceMap` and `authRequest`, msal-react's `useMsalAuthentication` and
 * `authenticationRequest`, the samples' `getTokenPopup`), `@azure/identity` `getToken`/`authenticate`/
 * `getBearerTokenProvider`, Microsoft Graph client auth providers, TeamsFx, Google (`generateAuthUrl`, `GoogleAuth`,
 * `JWT`, `initTokenClient`, local-auth), GitHub (`OAuthApp` `defaultScopes`, Octokit helpers, authorize URLs),
 * passport strategies and `authenticate` options, auth libraries' provider options, raw `scope` fields of request
 * objects, `URLSearchParams`, and `scope=` in URLs and form bodies (space, `+`, `%20` or comma separated). Values
 * are followed through same-file constants, spreads and concatenations. Objects that record granted scopes (token
 * responses, stored accounts) are not requests and are skipped.
 *
 * The flow comes from the API called, else from the request object's other fields (`grant_type`, `redirect_uri`…),
 * else from the file: every request in a file that uses MSAL for the browser is a user sign-in.
 *
 * Returns listeners to merge into a rule's; `onScopes` receives every scope once, at the end of the file, each
 * with the most specific flow any of its uses showed.
 */
export function extractScopes(sourceCode: SourceCode, onScopes: (scopes: ExtractedScope[]) => void): TSESLint.RuleListener {
  // All scope rules read the same scopes: the first one created for a file collects them, the others wait for its
  // result (at the end of the same traversal), so enabling four rules does not cost four extractions.
  const shared = SHARED.get(sourceCode);
  if (shared) {
    return {
      'Program:exit'(): void {
        if (shared.result) {
          onScopes(shared.result);
        } else {
          shared.waiting.push(onScopes);
        }
      },
    };
  }
  const state: SharedExtraction = { waiting: [] };
  SHARED.set(sourceCode, state);
  return collectScopes(sourceCode, scopes => {
    state.result = scopes;
    onScopes(scopes);
    for (const waiting of state.waiting.splice(0)) {
      waiting(scopes);
    }
  });
}

interface SharedExtraction {
  result?: ExtractedScope[];
  waiting: ((scopes: ExtractedScope[]) => void)[];
}

/** Per parsed file, the extraction the scope rules share. */
const SHARED = new WeakMap<SourceCode, SharedExtraction>();

function collectScopes(sourceCode: SourceCode, onScopes: (scopes: ExtractedScope[]) => void): TSESLint.RuleListener {
  const found = new Map<string, ExtractedScope>();
  /** Ranks of the recorded scopes' sites: a flow shown by the API called beats one guessed from fields. */
  const ranks = new Map<string, number>();
  let relevantImports: boolean | undefined;
  let browserMsal: boolean | undefined;

  let imports: { sources: string[]; aliases: Map<string, string> } | undefined;

  /**
   * Top-level imports and requires only (cheap, and enough to tell what the file works with): the module
   * specifiers, and the local names of renamed imports (`import { getBearerTokenProvider as tokenProvider }`,
   * `const { OAuthApp: App } = require('@octokit/oauth-app')`).
   */
  function fileImports(): { sources: string[]; aliases: Map<string, string> } {
    if (imports) {
      return imports;
    }
    const sources: string[] = [];
    const aliases = new Map<string, string>();
    for (const statement of sourceCode.ast.body) {
      if (statement.type === AST_NODE_TYPES.ImportDeclaration) {
        sources.push(statement.source.value);
        for (const specifier of statement.specifiers) {
          if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
            const imported = specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : specifier.imported.value;
            if (imported !== specifier.local.name) {
              aliases.set(specifier.local.name, imported);
            }
          }
        }
      } else if (statement.type === AST_NODE_TYPES.TSImportEqualsDeclaration && statement.moduleReference.type === AST_NODE_TYPES.TSExternalModuleReference) {
        const source = getStaticString(statement.moduleReference.expression, sourceCode);
        if (source) {
          sources.push(source);
        }
      } else if (statement.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of statement.declarations) {
          const init = declarator.init && skipWrappers(declarator.init);
          if (init?.type === AST_NODE_TYPES.CallExpression && init.callee.type === AST_NODE_TYPES.Identifier && init.callee.name === 'require') {
            const source = init.arguments[0] && getStaticString(init.arguments[0], sourceCode);
            if (source) {
              sources.push(source);
            }
            if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
              for (const property of declarator.id.properties) {
                if (property.type === AST_NODE_TYPES.Property && property.value.type === AST_NODE_TYPES.Identifier) {
                  const key = getPropertyKey(property, sourceCode);
                  if (key !== undefined && key !== property.value.name) {
                    aliases.set(property.value.name, key);
                  }
                }
              }
            }
          }
        }
      }
    }
    imports = { sources, aliases };
    return imports;
  }

  function hasRelevantImports(): boolean {
    relevantImports ??= fileImports().sources.some(s => RELEVANT_SOURCE.test(s));
    return relevantImports;
  }

  function isBrowserFile(): boolean {
    browserMsal ??= fileImports().sources.some(s => BROWSER_MSAL.some(b => s === b || s.startsWith(`${b}/`)));
    return browserMsal;
  }

  function record(scope: ExtractedScope, fromApi: boolean): void {
    const key = `${scope.range[0]}:${scope.range[1]}`;
    const existing = found.get(key);
    const rank = flowRank(scope.flow) * 2 + (fromApi ? 1 : 0);
    if (!existing) {
      found.set(key, scope);
      ranks.set(key, rank);
      return;
    }
    const winner = rank > (ranks.get(key) ?? 0) ? scope : existing;
    ranks.set(key, Math.max(rank, ranks.get(key) ?? 0));
    found.set(key, {
      ...winner,
      provider: winner.provider === 'unknown' ? (winner === scope ? existing : scope).provider : winner.provider,
      anchored: scope.anchored || existing.anchored,
      extraConsent: scope.extraConsent || existing.extraConsent,
    });
  }

  /** Every scope word in characters `[from, to)` of a mapped string. */
  function fromText(map: StaticTextMap, from: number, to: number, site: Site, node: TSESTree.Node, wholeNode: boolean): void {
    let i = from;
    while (i < to) {
      const sep = separatorLength(map.text, i, to);
      if (sep > 0) {
        i += sep;
        continue;
      }
      let j = i;
      while (j < to && separatorLength(map.text, j, to) === 0) {
        j++;
      }
      addWord(map, i, j, site, node, wholeNode && i === 0 && j === map.text.length);
      i = j;
    }
  }

  function addWord(map: StaticTextMap, from: number, to: number, site: Site, node: TSESTree.Node, whole: boolean): void {
    const raw = map.text.slice(from, to);
    if (raw.includes(UNKNOWN_CHAR) || raw.length > 300) {
      return;
    }
    let text = raw;
    if (raw.includes('%')) {
      try {
        text = decodeURIComponent(raw);
      } catch {
        return;
      }
    }
    // A managed identity names a resource, whose token carries the app's permissions on it: `<resource>/.default`.
    const normalized = site.resource ? { ...normalizeScope(`${text.replace(/\/+$/, '')}/.default`), nameOffset: text.length } : normalizeScope(text);
    let { provider, name } = normalized;
    if (site.provider === 'github' && !text.includes('/')) {
      provider = 'github';
      name = text.toLowerCase();
    }
    const { range } = getTextRange(map, from, to);
    const nameText = text.slice(normalized.nameOffset);
    let nameRange: [number, number] | undefined;
    if (raw.endsWith(nameText) && nameText.length > 0) {
      const located = getTextRange(map, to - nameText.length, to);
      nameRange = located.exact ? located.range : undefined;
    }
    record({
      text,
      name,
      provider,
      resource: normalized.resource,
      isDefault: normalized.isDefault,
      range: whole ? [node.range[0], node.range[1]] : range,
      whole,
      nameRange,
      flow: site.flow,
      credential: site.credential,
      api: site.api,
      extraConsent: site.extraConsent === true,
      anchored: site.anchored,
    }, site.fromApi !== false);
  }

  /** Scopes in a value: an array, a (space-separated) string, a constant, `'a b'.split(' ')`, either branch of `?:`/`||`. */
  function fromValue(value: TSESTree.Node | null | undefined, site: Site, depth = 0): void {
    if (!value || depth >= MAX_RESOLVE_DEPTH) {
      return;
    }
    const node = resolveExpression(value, sourceCode);
    switch (node.type) {
      case AST_NODE_TYPES.ArrayExpression:
        for (const element of node.elements) {
          if (element?.type === AST_NODE_TYPES.SpreadElement) {
            fromValue(element.argument, site, depth + 1);
          } else {
            fromValue(element, site, depth + 1);
          }
        }
        return;
      case AST_NODE_TYPES.ObjectExpression:
        // Scopes grouped by use (`scopes: { read: [...], write: [...] }`, as Microsoft's newer samples write them).
        // Their strings must read as scope lists, whatever the place: such maps also hold descriptions.
        for (const property of node.properties) {
          if (property.type === AST_NODE_TYPES.Property && !property.computed) {
            fromValue(property.value, { ...site, loose: true }, depth + 1);
          }
        }
        return;
      case AST_NODE_TYPES.ConditionalExpression:
        fromValue(node.consequent, site, depth + 1);
        fromValue(node.alternate, site, depth + 1);
        return;
      case AST_NODE_TYPES.LogicalExpression:
        fromValue(node.left, site, depth + 1);
        fromValue(node.right, site, depth + 1);
        return;
      case AST_NODE_TYPES.CallExpression: {
        const callee = skipWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && getMemberKey(callee, sourceCode) === 'split') {
          fromValue(callee.object, site, depth + 1);
        }
        return;
      }
      case AST_NODE_TYPES.Literal:
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.BinaryExpression: {
        const map = getStaticTextMap(node, sourceCode);
        // Where nothing says this is a request (`const missingScope = '…'`), take only strings that read as a scope
        // list, not sentences that mention a permission.
        if (map && ((site.anchored && !site.loose) || looksLikeScopeList(map.text))) {
          fromText(map, 0, map.text.length, site, node, true);
        }
        return;
      }
      default:
    }
  }

  /** `scopes` (and `extraScopesToConsent`) of a request object, through constants and spreads. */
  function fromRequest(request: TSESTree.Node | undefined, site: Site, keys: readonly string[] = ['scopes', 'extraScopesToConsent']): void {
    if (!request || request.type === AST_NODE_TYPES.SpreadElement) {
      return;
    }
    for (const key of keys) {
      const property = findProperty(request, key, sourceCode);
      if (property) {
        fromValue(property.value, key === 'extraScopesToConsent' ? { ...site, extraConsent: true } : site);
      }
    }
  }

  /** The @azure/identity credential class a value was constructed from, or the name of the class it was `new`ed from. */
  function credentialOf(node: TSESTree.Node | undefined): string | undefined {
    if (!node || node.type === AST_NODE_TYPES.SpreadElement) {
      return undefined;
    }
    const ref = resolveModuleRef(node, sourceCode);
    if (ref && ref.path.at(-1) === NEW) {
      return ref.path.at(-2);
    }
    const value = resolveExpression(node, sourceCode);
    if (value.type === AST_NODE_TYPES.NewExpression) {
      const callee = skipWrappers(value.callee);
      if (callee.type === AST_NODE_TYPES.Identifier) {
        return callee.name;
      }
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        return getMemberKey(callee, sourceCode);
      }
    }
    return undefined;
  }

  function credentialSite(api: string, credentialNode: TSESTree.Node | undefined): Site {
    const credential = credentialOf(credentialNode);
    const flow = (credential !== undefined && Object.hasOwn(CREDENTIAL_FLOWS, credential) && CREDENTIAL_FLOWS[credential]) || 'unknown';
    return { api, flow, credential, anchored: credential !== undefined };
  }

  /** The name a callee goes by: the member called, or the export a (possibly renamed) import names. */
  function calleeOf(callee: TSESTree.Node): { name: string; member: TSESTree.MemberExpression | undefined } | undefined {
    const node = skipWrappers(callee);
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = getMemberKey(node, sourceCode);
      return name === undefined ? undefined : { name, member: node };
    }
    if (node.type === AST_NODE_TYPES.Identifier) {
      return { name: fileImports().aliases.get(node.name) ?? node.name, member: undefined };
    }
    return undefined;
  }

  function moduleOf(node: TSESTree.Node): string | undefined {
    return hasRelevantImports() ? resolveModuleRef(node, sourceCode)?.source : undefined;
  }

  function checkCall(node: TSESTree.CallExpression): void {
    // Every API and helper read here takes the scopes (or the request holding them) as an argument.
    if (node.arguments.length === 0) {
      return;
    }
    const callee = calleeOf(node.callee);
    if (!callee) {
      return;
    }
    const { name, member } = callee;
    const [first, second] = node.arguments;
    const msalFlow = Object.hasOwn(MSAL_METHODS, name) ? MSAL_METHODS[name] : undefined;
    if (msalFlow && member) {
      let flow = msalFlow;
      if (name === 'acquireTokenSilent') {
        const source = moduleOf(member.object);
        const browser = source ? BROWSER_MSAL.some(b => source.startsWith(b)) : isBrowserFile();
        flow = browser ? 'interactive' : 'delegated';
      }
      fromRequest(first, { api: name, flow, anchored: true });
      return;
    }
    switch (name) {
      case 'getToken':
      case 'authenticate':
        if (member) {
          const site = credentialSite(name, member.object);
          if (name === 'getToken' || site.flow === 'interactive') {
            fromValue(first, site);
            return;
          }
        }
        if (name === 'authenticate') {
          checkAuthenticate(node, member, first, second);
        }
        return;
      case 'acquireToken':
        // msal-node ManagedIdentityApplication: `acquireToken({ resource })`.
        if (member && credentialOf(member.object) === 'ManagedIdentityApplication') {
          fromRequest(first, { api: name, flow: 'managedIdentity', anchored: true, resource: true }, ['resource']);
        }
        return;
      case 'getBearerTokenProvider':
      case 'createMicrosoftGraphClientWithCredential':
        fromValue(second, credentialSite(name, first));
        return;
      case 'login':
        // TeamsFx: `teamsUserCredential.login(['User.Read'])`.
        if (member && credentialOf(member.object) === 'TeamsUserCredential') {
          fromValue(first, { api: name, flow: 'interactive', credential: 'TeamsUserCredential', anchored: true });
        }
        return;
      case 'useMsalAuthentication':
        fromRequest(second, { api: name, flow: 'interactive', anchored: true });
        return;
      case 'getTokenPopup':
      case 'getTokenRedirect':
        // The helpers MSAL's browser samples define (silent first, then a popup or redirect), copied into many apps.
        if (!member) {
          fromRequest(first, { api: name, flow: 'interactive', anchored: true });
        }
        return;
      case 'generateAuthUrl':
      case 'initTokenClient':
      case 'initCodeClient':
        if (member) {
          fromRequest(first, { api: name, flow: 'interactive', provider: 'google', anchored: true }, ['scope']);
        }
        return;
      case 'getWebFlowAuthorizationUrl':
      case 'oauthAuthorizationUrl':
      case 'createOAuthDeviceAuth':
        fromRequest(first, { api: name, flow: 'interactive', provider: 'github', anchored: true }, ['scopes']);
        return;
      case 'append':
      case 'set':
        if (member && node.arguments.length === 2 && first && first.type !== AST_NODE_TYPES.SpreadElement) {
          const key = getStaticString(first, sourceCode);
          if (key === 'scope') {
            const url = urlOfSearchParams(member.object);
            const oauth = (url !== undefined && OAUTH_URL.test(url)) || paramsLookOAuth(member.object);
            fromValue(second, { api: 'URLSearchParams', flow: typeof oauth === 'string' ? oauth : 'unknown', provider: url !== undefined && OAUTH_URL.test(url) ? providerHint(/^https?:\/\/([^/?#]+)/i.exec(url)?.[1]) : undefined, anchored: oauth !== false });
          } else if (name === 'set' && key !== undefined && isProtectedResourceMap(member.object)) {
            fromValue(second, { api: 'protectedResourceMap', flow: 'interactive', anchored: true });
          }
        }
        return;
      default:
        if (TOKEN_HELPER.test(name)) {
          // An app's own token helper (`getAccessToken(['Files.ReadWrite.All'])`): a request, flow unknown.
          for (const argument of node.arguments) {
            if (argument.type !== AST_NODE_TYPES.SpreadElement && resolveExpression(argument, sourceCode).type === AST_NODE_TYPES.ArrayExpression) {
              fromValue(argument, { api: name, flow: 'unknown', anchored: false, fromApi: false });
            }
          }
        }
    }
  }

  /** passport's `authenticate('github', { scope })` and local-auth's `authenticate({ scopes })`. */
  function checkAuthenticate(
    node: TSESTree.CallExpression,
    member: TSESTree.MemberExpression | undefined,
    first: TSESTree.CallExpressionArgument | undefined,
    second: TSESTree.CallExpressionArgument | undefined,
  ): void {
    if (member && first && first.type !== AST_NODE_TYPES.SpreadElement) {
      const strategy = getStaticString(first, sourceCode);
      if (strategy !== undefined) {
        fromRequest(second, { api: 'authenticate', flow: 'interactive', provider: providerHint(strategy), anchored: true }, ['scope']);
      }
      return;
    }
    if (!member && moduleOf(node.callee) === '@google-cloud/local-auth') {
      fromRequest(first, { api: 'authenticate', flow: 'interactive', provider: 'google', anchored: true }, ['scopes']);
    }
  }

  /**
   * Whether a `URLSearchParams` (a same-file variable) also gets OAuth request fields (`client_id`, `grant_type`…):
   * the flow its `grant_type` shows, `true` when it has OAuth fields but no grant, `false` when it has none.
   */
  function paramsLookOAuth(object: TSESTree.Node): ScopeFlow | boolean {
    const node = skipWrappers(object);
    if (node.type !== AST_NODE_TYPES.Identifier) {
      return false;
    }
    const variable = findVariable(node, sourceCode);
    let result: ScopeFlow | boolean = false;
    for (const reference of variable?.references.slice(0, 50) ?? []) {
      const member = reference.identifier.parent;
      const call = member?.parent;
      if (member?.type !== AST_NODE_TYPES.MemberExpression || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) {
        continue;
      }
      const [key, value] = call.arguments;
      const name = key && key.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(key, sourceCode) : undefined;
      if (name === 'grant_type' && value && value.type !== AST_NODE_TYPES.SpreadElement) {
        return grantFlow(getStaticString(value, sourceCode)) ?? 'unknown';
      }
      if (name !== undefined && name !== 'scope' && OAUTH_KEYS.has(name)) {
        result = true;
      }
    }
    return result;
  }

  /** The URL string behind `url.searchParams`, when `url` is a same-file `new URL('…')`. */
  function urlOfSearchParams(object: TSESTree.Node): string | undefined {
    const params = skipWrappers(object);
    if (params.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(params, sourceCode) !== 'searchParams') {
      return undefined;
    }
    const url = getConstructedUrlArgument(params.object, sourceCode);
    return url && getStaticTextMap(url, sourceCode)?.text;
  }

  function isProtectedResourceMap(object: TSESTree.Node): boolean {
    const node = skipWrappers(object);
    const name = node.type === AST_NODE_TYPES.Identifier ? node.name : node.type === AST_NODE_TYPES.MemberExpression ? getMemberKey(node, sourceCode) : undefined;
    return name !== undefined && /protectedResource/i.test(name);
  }

  function checkNew(node: TSESTree.NewExpression): void {
    const callee = calleeOf(node.callee);
    if (!callee) {
      return;
    }
    const [first, second] = node.arguments;
    switch (callee.name) {
      case 'TokenCredentialAuthenticationProvider':
        fromRequest(second, credentialSite(callee.name, first), ['scopes']);
        return;
      case 'AzureIdentityAuthenticationProvider':
        fromValue(second, credentialSite(callee.name, first));
        return;
      case 'AuthCodeMSALBrowserAuthenticationProvider':
        fromRequest(second, { api: callee.name, flow: 'interactive', anchored: true }, ['scopes']);
        return;
      case 'GoogleAuth':
        fromRequest(first, { api: callee.name, flow: 'serviceAccount', provider: 'google', anchored: true }, ['scopes']);
        return;
      case 'JWT': {
        if (first?.type === AST_NODE_TYPES.SpreadElement) {
          return;
        }
        const options = first && resolveExpression(first, sourceCode);
        if (options?.type === AST_NODE_TYPES.ObjectExpression) {
          const dwd = findProperty(options, 'subject', sourceCode) !== undefined;
          fromRequest(options, { api: 'JWT', flow: dwd ? 'domainWideDelegation' : 'serviceAccount', provider: 'google', anchored: true }, ['scopes']);
        } else if (node.arguments.length >= 4) {
          // The positional form: `new JWT(email, keyFile, key, scopes, subject)`.
          const subject = node.arguments[4];
          const dwd = subject !== undefined && !(subject.type === AST_NODE_TYPES.Identifier && subject.name === 'undefined');
          fromValue(node.arguments[3], { api: 'JWT', flow: dwd ? 'domainWideDelegation' : 'serviceAccount', provider: 'google', anchored: true });
        }
        return;
      }
      case 'OAuthApp':
        fromRequest(first, { api: callee.name, flow: 'interactive', provider: 'github', anchored: true }, ['defaultScopes']);
        return;
      default:
    }
  }

  /** The flow a request object's other fields show: its `grant_type`, or fields only interactive requests have. */
  function siblingFlow(object: TSESTree.ObjectExpression): { flow: ScopeFlow; anchored: boolean; provider: ScopeProvider | undefined; granted: boolean } {
    let flow: ScopeFlow = 'unknown';
    let anchored = false;
    let granted = false;
    let provider: ScopeProvider | undefined;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) {
        continue;
      }
      const key = getPropertyKey(property, sourceCode);
      if (key !== undefined && GRANTED_KEYS.has(key)) {
        granted = true;
      }
      if (key === undefined || !OAUTH_KEYS.has(key)) {
        continue;
      }
      anchored = true;
      if (key === 'grant_type' || key === 'grantType') {
        flow = grantFlow(getStaticString(property.value, sourceCode)) ?? flow;
      } else if (INTERACTIVE_KEYS.has(key) && flow === 'unknown') {
        flow = 'interactive';
      } else if ((key === 'account' || key === 'forceRefresh') && flow === 'unknown') {
        flow = 'delegated';
      }
      if (key === 'authorizationURL' || key === 'authorizationUrl') {
        provider = providerHint(getStaticTextMap(property.value, sourceCode)?.text);
      }
    }
    return { flow, anchored, provider, granted };
  }

  /** `{ scope: … }`, `{ scopes: … }`, `{ defaultScopes: … }`, `{ graphScopes: … }` in any object literal. */
  function checkProperty(node: TSESTree.Property): void {
    if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
      return;
    }
    const key = getPropertyKey(node, sourceCode);
    if (key === undefined) {
      return;
    }
    if (key === 'protectedResourceMap') {
      fromResourceMap(node.value);
      return;
    }
    if (key === 'authenticationRequest' || key === 'authRequest') {
      const sibling = siblingFlow(node.parent);
      if (key === 'authenticationRequest' || sibling.flow === 'interactive') {
        fromRequest(node.value, { api: key, flow: 'interactive', anchored: true }, ['scopes']);
      }
      return;
    }
    if (!isScopeKey(key)) {
      return;
    }
    const sibling = siblingFlow(node.parent);
    if (sibling.granted) {
      return;
    }
    let provider = sibling.provider;
    // What the object (or an object it is nested in, as next-auth's `authorization.params`) is: an argument of a
    // call, the value of a provider-named key (`github: { scope }`), or a login request constant.
    let flow = sibling.flow;
    let object: TSESTree.Node = node.parent;
    for (let level = 0; level < 4 && !provider; level++) {
      // `signInWithOAuth({ provider: 'github', options: { scopes } })` (Supabase) and similar.
      provider = namedProvider(object as TSESTree.ObjectExpression);
      if (provider) {
        break;
      }
      const parent: TSESTree.Node | undefined = object.parent;
      if ((parent?.type === AST_NODE_TYPES.CallExpression || parent?.type === AST_NODE_TYPES.NewExpression) && parent.arguments.includes(object as TSESTree.Expression)) {
        provider = callProvider(parent) ?? enclosingUrlProvider(parent);
        break;
      }
      if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier && LOGIN_REQUEST.test(parent.id.name)) {
        flow = flow === 'unknown' ? 'interactive' : flow;
        break;
      }
      if (parent?.type !== AST_NODE_TYPES.Property || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        break;
      }
      provider = providerHint(getPropertyKey(parent, sourceCode));
      object = parent.parent;
    }
    const anchored = sibling.anchored || key === 'extraScopesToConsent' || key === 'defaultScopes' || provider !== undefined;
    fromValue(node.value, {
      api: key,
      flow: flow === 'unknown' && provider ? 'interactive' : flow,
      provider,
      anchored,
      extraConsent: key === 'extraScopesToConsent',
      fromApi: false,
    });
  }

  /**
   * The provider a call's callee shows: its package (`passport-github2`, `next-auth/providers/google`), its name
   * (`GitHubStrategy`, `githubEventHandler`), or, for `super({ … })` in a strategy class, what the class extends
   * (`PassportStrategy(Strategy, 'github')`).
   */
  function callProvider(call: TSESTree.CallExpression | TSESTree.NewExpression): ScopeProvider | undefined {
    if (call.callee.type === AST_NODE_TYPES.Super) {
      let node: TSESTree.Node | undefined = call.parent;
      for (let level = 0; node && level < 12; level++, node = node.parent) {
        if ((node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression) && node.superClass) {
          const heritage = skipWrappers(node.superClass);
          const parts = heritage.type === AST_NODE_TYPES.CallExpression ? heritage.arguments : [heritage];
          for (const part of parts) {
            const hint = part.type === AST_NODE_TYPES.SpreadElement ? undefined : (providerHint(moduleOf(part)) ?? providerHint(getStaticString(part, sourceCode)));
            if (hint) {
              return hint;
            }
          }
          return undefined;
        }
      }
      return undefined;
    }
    return providerHint(moduleOf(call.callee)) ?? providerHint(calleeOf(call.callee)?.name);
  }

  /** The provider an object's own `provider: 'github'` field names. */
  function namedProvider(object: TSESTree.ObjectExpression): ScopeProvider | undefined {
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.Property && getPropertyKey(property, sourceCode) === 'provider') {
        return providerHint(getStaticString(property.value, sourceCode));
      }
    }
    return undefined;
  }

  /** `https://github.com/login/oauth/authorize?${stringify({ scope })}`: the URL a call's result is part of. */
  function enclosingUrlProvider(call: TSESTree.Node): ScopeProvider | undefined {
    let node: TSESTree.Node | undefined = call.parent;
    for (let level = 0; node && level < 3; level++, node = node.parent) {
      if (node.type === AST_NODE_TYPES.TemplateLiteral) {
        return providerHint(/^https?:\/\/([^/?#]+)/i.exec(node.quasis[0]?.value.cooked ?? '')?.[1]);
      }
      if (node.type !== AST_NODE_TYPES.CallExpression && node.type !== AST_NODE_TYPES.BinaryExpression) {
        return undefined;
      }
    }
    return undefined;
  }

  /** msal-angular's `protectedResourceMap`: `new Map([[url, scopes], …])` or an array of such pairs. */
  function fromResourceMap(value: TSESTree.Node): void {
    let entries = resolveExpression(value, sourceCode);
    if (entries.type === AST_NODE_TYPES.NewExpression) {
      const arg = entries.arguments[0];
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      entries = resolveExpression(arg, sourceCode);
    }
    if (entries.type !== AST_NODE_TYPES.ArrayExpression) {
      return;
    }
    for (const entry of entries.elements) {
      const pair = entry && entry.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(entry, sourceCode) : undefined;
      if (pair?.type === AST_NODE_TYPES.ArrayExpression && pair.elements.length === 2) {
        fromValue(pair.elements[1], { api: 'protectedResourceMap', flow: 'interactive', anchored: true });
      }
    }
  }

  /** A `scope=` query or form parameter in a string, template or concatenation. */
  function checkQueryString(node: TSESTree.Node): void {
    const map = getStaticTextMap(node, sourceCode);
    if (!map) {
      return;
    }
    const { text } = map;
    const host = /^https?:\/\/([^/?#]+)/i.exec(text)?.[1];
    let flow: ScopeFlow = 'unknown';
    const grant = /(?:^|[?&])grant_type=([^&#]*)/.exec(text)?.[1];
    if (grant !== undefined) {
      flow = grantFlow(decodeSafe(grant)) ?? flow;
    } else if (/(?:^|[?&])response_type=|\/authorize(?:[?#]|$)|\/o\/oauth2\/(?:v2\/)?auth/.test(text)) {
      flow = 'interactive';
    }
    // `scope=` is also an ordinary query parameter (GitLab's `/issues?scope=all`): only an OAuth URL or form body
    // makes it a scope request.
    const oauth = grant !== undefined || OAUTH_URL.test(text);
    const site: Site = { api: 'URL', flow, provider: oauth ? providerHint(host) : undefined, anchored: oauth, fromApi: false };
    const param = /(?:^|[?&#])scope=/g;
    for (let match = param.exec(text); match; match = param.exec(text)) {
      const start = match.index + match[0].length;
      let end = start;
      while (end < text.length && text[end] !== '&' && text[end] !== '#') {
        end++;
      }
      fromText(map, start, end, site, node, false);
    }
  }

  function isTopOfConcatenation(node: TSESTree.Node): boolean {
    const parent = node.parent;
    return !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') && !(parent?.type === AST_NODE_TYPES.TemplateLiteral);
  }

  return {
    CallExpression: checkCall,
    NewExpression: checkNew,
    Property: checkProperty,
    PropertyDefinition(node: TSESTree.PropertyDefinition): void {
      const key = getPropertyKey(node, sourceCode);
      if (key !== undefined && node.value && isScopeKey(key)) {
        fromValue(node.value, { api: key, flow: 'unknown', anchored: false, fromApi: false });
      }
    },
    VariableDeclarator(node: TSESTree.VariableDeclarator): void {
      if (node.id.type === AST_NODE_TYPES.Identifier && node.init && isScopeKey(node.id.name)) {
        fromValue(node.init, { api: node.id.name, flow: 'unknown', anchored: false, fromApi: false });
      }
    },
    JSXAttribute(node: TSESTree.JSXAttribute): void {
      if (node.name.type === AST_NODE_TYPES.JSXIdentifier && node.name.name === 'authenticationRequest' && node.value?.type === AST_NODE_TYPES.JSXExpressionContainer) {
        const expression = node.value.expression;
        if (expression.type !== AST_NODE_TYPES.JSXEmptyExpression) {
          fromRequest(expression, { api: 'authenticationRequest', flow: 'interactive', anchored: true }, ['scopes']);
        }
      }
    },
    ...formParameterListeners(sourceCode, SCOPE_PARAM, node => {
      if (isTopOfConcatenation(node)) {
        checkQueryString(node);
      }
    }),
    'Program:exit'(): void {
      // A file that uses MSAL for the browser is a single-page app: its requests are user sign-ins (an SPA cannot
      // hold a client secret, so it has no client credentials flow).
      const browser = found.size > 0 && isBrowserFile();
      const scopes = [...found.values()]
        .map(scope => (browser && (scope.flow === 'unknown' || scope.flow === 'delegated') ? { ...scope, flow: 'interactive' as const } : scope))
        .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
      found.clear();
      onScopes(scopes);
    },
  };
}

/** Every word is an OpenID scope or has a scope's punctuation (`User.Read`, `api://x/.default`, `read:org`). */
function looksLikeScopeList(text: string): boolean {
  const words = text.split(/[\s,+]+/).filter(word => word.length > 0);
  return words.length <= 1 || words.every(word => /[./:_*-]/.test(word) || OIDC_SCOPES.has(word.toLowerCase()));
}

function separatorLength(text: string, i: number, to: number): number {
  const c = text[i]!;
  if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ',' || c === '+') {
    return 1;
  }
  if (c === '%' && i + 3 <= to && SEPARATOR_WORDS.includes(text.slice(i, i + 3).toLowerCase())) {
    return 3;
  }
  return 0;
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
