import type { ScopeProvider } from './normalizeScope';

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
  /**
   * Where the scope is written when that is another module of the project (the list is imported): `range` is then
   * the use in this file, and `nameRange` is undefined (nothing to fix here).
   */
  origin?: ScopeOrigin;
}

/** The module an imported scope is written in. */
interface ScopeOrigin {
  /** The specifier this file imports it by (`./authConfig`). */
  specifier: string;
  /** Its line in that module. */
  line: number;
  /**
   * Whether the module's own lint reports it already: the list sits under a scope-like name there
   * (`scopes: […]`, `const graphScopes = […]`), where the scope extraction finds it by shape.
   */
  reportedWhereDefined: boolean;
}

/** What is known about a place scopes are requested. */
export interface Site {
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

const APP_ONLY_FLOWS: ReadonlySet<ScopeFlow> = new Set([
  'clientCredentials',
  'onBehalfOf',
  'managedIdentity',
  'serviceAccount',
  'domainWideDelegation',
]);

/**
 * Whether no user consents in this flow: client credentials, on-behalf-of, managed identity, Google service accounts.
 */
export function isAppOnlyFlow(flow: ScopeFlow): boolean {
  return APP_ONLY_FLOWS.has(flow);
}

/** How specific a flow is: a scope used in several places keeps the most specific flow it showed. */
export function flowRank(flow: ScopeFlow): number {
  if (flow === 'unknown') {
    return 0;
  }
  if (flow === 'interactive' || flow === 'delegated') {
    return 1;
  }
  return flow === 'serviceAccount' || flow === 'domainWideDelegation' ? 2 : 3;
}
