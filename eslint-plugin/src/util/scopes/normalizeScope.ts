import { getGraphPermission } from './getGraphPermission';

/** Whose scope a requested scope is. `api` is any other resource (a custom API's app ID URI or client ID). */
export type ScopeProvider = 'graph' | 'azure' | 'api' | 'oidc' | 'google' | 'github' | 'unknown';

/** A scope string, understood. */
export interface NormalizedScope {
  /**
   * The scope's name: a Graph permission in Microsoft's spelling (`Files.ReadWrite.All`, whatever the case or
   * resource prefix it was written with), `.default`, a Google scope without its
   * `https://www.googleapis.com/auth/` prefix (`drive.readonly`; `https://mail.google.com/` stays whole), an
   * OpenID Connect scope, or the scope as written for everything else.
   */
  name: string;
  provider: ScopeProvider;
  /** The resource the scope belongs to (`https://graph.microsoft.com`, `api://my-api`), where it names one. */
  resource: string | undefined;
  /** `<resource>/.default`: every permission configured on the app registration for that resource. */
  isDefault: boolean;
  /** Where `name` starts in the string that was normalised (after any resource prefix). */
  nameOffset: number;
}

/** Scopes of OpenID Connect itself, which Entra and Google grant without asking for any API permission. */
export const OIDC_SCOPES: ReadonlySet<string> = new Set([
  'openid',
  'profile',
  'email',
  'offline_access',
  'address',
  'phone',
]);

/** Microsoft Graph's resource identifiers: the public cloud, US Government, DoD, Germany, China, and Graph's app ID. */
const GRAPH_RESOURCE =
  /^(?:https:\/\/(?:graph\.microsoft\.com|canary\.graph\.microsoft\.com|graph\.microsoft\.us|dod-graph\.microsoft\.us|graph\.microsoft\.de|microsoftgraph\.chinacloudapi\.cn)|00000003-0000-0000-c000-000000000000)$/i;
/**
 * Azure resources whose only delegated permission is `user_impersonation` (access is governed by Azure RBAC or
 * the data plane's own roles), so their `.default` asks for nothing more than that one permission.
 */
const AZURE_RESOURCE =
  /^https:\/\/(?:[a-z0-9-]+\.)*(?:management\.azure\.com|management\.core\.windows\.net|management\.usgovcloudapi\.net|management\.core\.usgovcloudapi\.net|management\.chinacloudapi\.cn|management\.core\.chinacloudapi\.cn|vault\.azure\.net|vault\.usgovcloudapi\.net|vault\.azure\.cn|managedhsm\.azure\.net|storage\.azure\.com|core\.windows\.net|core\.usgovcloudapi\.net|core\.chinacloudapi\.cn|database\.windows\.net|database\.usgovcloudapi\.net|database\.chinacloudapi\.cn|servicebus\.azure\.net|eventhubs\.azure\.net|servicebus\.windows\.net|cognitiveservices\.azure\.com|openai\.azure\.com|ai\.azure\.com|search\.azure\.com|documents\.azure\.com|cosmos\.azure\.com|kusto\.windows\.net|api\.loganalytics\.io|api\.applicationinsights\.io|monitor\.azure\.com|digitaltwins\.azure\.net|eventgrid\.azure\.net|appconfig\.azure\.com|azconfig\.io|batch\.core\.windows\.net|datalake\.azure\.net|attest\.azure\.net|purview\.azure\.net|azuresynapse\.net|dev\.azuresynapse\.net|azurecr\.io|crm\d*\.dynamics\.com|dynamics\.com|azure-devices\.net|signalr\.azure\.com|webpubsub\.azure\.com|relay\.azure\.net|azurewebsites\.net|azure-api\.net|prometheus\.monitor\.azure\.com|healthcareapis\.azure\.com)\/?$/i;
const GOOGLE_PREFIX = 'https://www.googleapis.com/auth/';
const GOOGLE_MAIL = 'https://mail.google.com/';

/**
 * What a scope string is: Microsoft Graph permissions are matched without regard to case (as Entra does) and with
 * or without a Graph resource prefix (`https://graph.microsoft.com/User.Read`); a bare permission is Graph's
 * (scopes-oidc: "if the resource identifier is omitted in the scope parameter, the resource is assumed to be
 * Microsoft Graph"). The v1 double-slash form `https://database.windows.net//.default` is a `.default` too.
 */
export function normalizeScope(scope: string): NormalizedScope {
  // The same few scope strings recur across a codebase's files and are asked about by several rules.
  let normalized = NORMALIZED.get(scope);
  if (normalized === undefined) {
    if (NORMALIZED.size >= 5_000) {
      NORMALIZED.clear();
    }
    normalized = Object.freeze(normalizeUncached(scope));
    NORMALIZED.set(scope, normalized);
  }
  return normalized;
}

const NORMALIZED = new Map<string, Readonly<NormalizedScope>>();

function normalizeUncached(scope: string): NormalizedScope {
  const lower = scope.toLowerCase();
  if (OIDC_SCOPES.has(lower)) {
    return { name: lower, provider: 'oidc', resource: undefined, isDefault: false, nameOffset: 0 };
  }
  if (lower.startsWith(GOOGLE_PREFIX) && scope.length > GOOGLE_PREFIX.length) {
    return {
      name: lower.slice(GOOGLE_PREFIX.length),
      provider: 'google',
      resource: GOOGLE_PREFIX,
      isDefault: false,
      nameOffset: GOOGLE_PREFIX.length,
    };
  }
  if (lower === GOOGLE_MAIL || lower === GOOGLE_MAIL.slice(0, -1)) {
    return { name: GOOGLE_MAIL, provider: 'google', resource: undefined, isDefault: false, nameOffset: 0 };
  }
  const slash = scope.lastIndexOf('/');
  if (slash < 0) {
    const permission = getGraphPermission(scope);
    return permission
      ? { name: permission.name, provider: 'graph', resource: undefined, isDefault: false, nameOffset: 0 }
      : { name: scope, provider: 'unknown', resource: undefined, isDefault: false, nameOffset: 0 };
  }
  const resource = scope.slice(0, slash).replace(/\/+$/, '');
  const name = scope.slice(slash + 1);
  const isDefault = name.toLowerCase() === '.default';
  if (GRAPH_RESOURCE.test(resource)) {
    const permission = isDefault ? undefined : getGraphPermission(name);
    return {
      name: permission?.name ?? (isDefault ? '.default' : name),
      provider: 'graph',
      resource,
      isDefault,
      nameOffset: slash + 1,
    };
  }
  const provider: ScopeProvider = AZURE_RESOURCE.test(resource) ? 'azure' : 'api';
  return { name: isDefault ? '.default' : name, provider, resource, isDefault, nameOffset: slash + 1 };
}
