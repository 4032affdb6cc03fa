import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { getBooleanValue } from '../evaluate/getBooleanValue';
import { getObjectShape } from '../evaluate/getObjectShape';
import type { ObjectShape } from '../evaluate/getObjectShape';
import { getPartialString } from '../evaluate/getPartialString';
import { isProcessEnv } from '../evaluate/isProcessEnv';
import { getMemberKey, getStaticString, getStaticStringArray, resolveExpression } from '../evaluate/staticValue';
import { classifyVerificationKey } from './classifyVerificationKey';
import { getVerificationKey } from './getVerificationKey';
import { parseDurationSeconds } from './parseDurationSeconds';
import { resolveJwtCall, VERIFYING_APIS } from './resolveJwtCall';
import type { JwtApi, JwtCall } from './resolveJwtCall';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Entra's multi-tenant endpoints: keys and metadata shared by every tenant. */
export const ENTRA_MULTI_TENANT_ENDPOINT = /login\.microsoftonline\.(?:com|us)\/(?:common|organizations|consumers)\//i;

/**
 * One check of a verification as the analysis sees it: `checked`, `missing` (the options are all visible and
 * lack it), `off` (turned off explicitly), or `unknown` (options the analysis cannot see may set it).
 */
export type CheckState = 'checked' | 'missing' | 'off' | 'unknown';

/** Where the verification key comes from. */
export type KeySource =
  'jwks' | 'callback' | 'environment' | 'public-key' | 'hard-coded' | 'secret' | 'entra-metadata' | 'unknown';

/** What a JWT verification call checks, read from its arguments and options (no values of keys or secrets). */
export interface JwtVerificationSummary {
  api: JwtApi;
  /** Whether every option is visible (no spread of an unknown value, options not passed in from elsewhere). */
  optionsKnown: boolean;
  /** The accepted algorithms (`values`: the pinned list, unknown entries left out); absent where the API fixes them. */
  algorithms?: { state: CheckState; values: string[] };
  audience: { state: CheckState; note?: string };
  issuer: { state: CheckState; note?: string };
  /** passport-azure-ad only: whether tokens of other Entra tenants are rejected. */
  tenant?: { state: CheckState; note?: string };
  /** Expiry: checked unless turned off (`ignoreExpiration`, jose 2's `ignoreExp`). */
  expiration: CheckState;
  /** The largest accepted token age, in seconds (`maxAge`, `maxTokenAge`), when set and known. */
  maxAgeSeconds?: number;
  /** The clock tolerance (`clockTolerance`, `clockSkew`), in seconds, when set and known. */
  clockToleranceSeconds?: number;
  key: { source: KeySource; state: CheckState; note?: string };
}

/**
 * What a resolved JWT verification call (`resolveJwtCall`) checks: algorithms, audience, issuer (and the tenant
 * for passport-azure-ad), lifetime and the key's source. `undefined` for calls that do not verify a token.
 */
function describeJwtVerification(call: JwtCall, sourceCode: SourceCode): JwtVerificationSummary | undefined {
  if (!VERIFYING_APIS.has(call.api)) {
    return undefined;
  }
  const shape = call.options ? getObjectShape(call.options, sourceCode) : undefined;
  // No options argument at all is a known, empty set of options; an argument that is not a literal is unknown.
  const optionsKnown = call.argumentsKnown && (call.options === undefined || shape?.complete === true);
  const absent: CheckState = optionsKnown ? 'missing' : 'unknown';
  const value = (name: string): TSESTree.Node | undefined => shape?.values.get(name);
  const isOff = (name: string, s: ObjectShape | undefined = shape): boolean => {
    const node = s?.values.get(name);
    return node !== undefined && getBooleanValue(node, sourceCode) === true;
  };
  const nested =
    call.api === 'passport-jwt.Strategy' && value('jsonWebTokenOptions')
      ? getObjectShape(value('jsonWebTokenOptions')!, sourceCode)
      : undefined;
  const duration = (names: readonly string[]): number | undefined => {
    for (const s of [shape, nested]) {
      for (const name of names) {
        const node = s?.values.get(name);
        if (node) return parseDurationSeconds(node, sourceCode);
      }
    }
    return undefined;
  };
  const nestedValue = (name: string): TSESTree.Node | undefined => value(name) ?? nested?.values.get(name);
  const expirationOff =
    isOff('ignoreExpiration') ||
    isOff('ignoreExpiration', nested) ||
    (call.api === 'jose.JWT.verify' && isOff('ignoreExp'));

  if (call.api.startsWith('passport-azure-ad')) {
    return {
      api: call.api,
      optionsKnown,
      ...passportAzureAd(call.api, shape, absent, sourceCode),
      expiration: expirationOff ? 'off' : 'checked',
      ...optional('clockToleranceSeconds', duration(['clockSkew'])),
      key: { source: 'entra-metadata', state: 'checked' },
    };
  }
  const audience = nestedValue('audience');
  const issuer = nestedValue('issuer');
  return {
    api: call.api,
    optionsKnown,
    algorithms: algorithms(nestedValue('algorithms'), absent, sourceCode),
    audience: { state: audience ? 'checked' : absent },
    issuer: { state: issuer ? 'checked' : absent },
    expiration: expirationOff ? 'off' : 'checked',
    ...optional('maxAgeSeconds', duration(['maxAge', 'maxTokenAge'])),
    ...optional('clockToleranceSeconds', duration(['clockTolerance'])),
    key: keySource(getVerificationKey(call, shape), sourceCode, absent),
  };
}

/** `describeJwtVerification` of a call or `new` expression, if it resolves to a JWT verification API. */
export function describeJwtCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): JwtVerificationSummary | undefined {
  const call = resolveJwtCall(node, sourceCode);
  return call ? describeJwtVerification(call, sourceCode) : undefined;
}

function optional<K extends string>(key: K, seconds: number | undefined): Partial<Record<K, number>> {
  return seconds === undefined ? {} : ({ [key]: seconds } as Record<K, number>);
}

function algorithms(
  node: TSESTree.Node | undefined,
  absent: CheckState,
  sourceCode: SourceCode,
): { state: CheckState; values: string[] } {
  if (!node) {
    return { state: absent, values: [] };
  }
  const list = getStaticStringArray(node, sourceCode);
  const values = (list ?? []).flatMap(e => (e.value === undefined ? [] : [e.value]));
  if (list && list.length === 0) {
    return { state: 'missing', values };
  }
  return { state: values.some(v => v.toLowerCase() === 'none') ? 'off' : 'checked', values };
}

/** Where the key comes from, never with its value: a secret's text is not shown, its source is. */
function keySource(
  node: TSESTree.Node | undefined,
  sourceCode: SourceCode,
  absent: CheckState,
): JwtVerificationSummary['key'] {
  if (!node) {
    return { source: 'unknown', state: absent };
  }
  const written = skipWrappers(resolveExpression(skipWrappers(node), sourceCode));
  const fallback = written.type === AST_NODE_TYPES.LogicalExpression ? skipWrappers(written.left) : written;
  if (fallback.type === AST_NODE_TYPES.MemberExpression && isProcessEnv(fallback.object, sourceCode)) {
    const name = getMemberKey(fallback, sourceCode);
    const literalFallback =
      written.type === AST_NODE_TYPES.LogicalExpression && getStaticString(written.right, sourceCode) !== undefined;
    return {
      source: 'environment',
      state: literalFallback ? 'missing' : 'checked',
      note: (name ? `\`process.env.${name}\`` : '`process.env`') + (literalFallback ? ', with a literal fallback' : ''),
    };
  }
  const kind = classifyVerificationKey(node, sourceCode);
  const literal = getStaticString(written, sourceCode) !== undefined;
  switch (kind) {
    case 'jwks':
      return { source: 'jwks', state: 'checked' };
    case 'callback':
      return { source: 'callback', state: 'checked' };
    case 'asymmetric':
      return { source: 'public-key', state: 'checked' };
    case 'symmetric':
      return literal ? { source: 'hard-coded', state: 'missing' } : { source: 'secret', state: 'checked' };
    default:
      return literal ? { source: 'hard-coded', state: 'missing' } : { source: 'unknown', state: 'unknown' };
  }
}

/**
 * passport-azure-ad: the audience defaults to the client ID; the issuer and the tenant come from the tenant's
 * metadata (`identityMetadata`) unless that is a multi-tenant endpoint, where only `issuer` (or `validateIssuer`
 * left on with it) restricts them; `validateIssuer: false` turns the issuer check off.
 */
function passportAzureAd(
  api: JwtApi,
  shape: ObjectShape | undefined,
  absent: CheckState,
  sourceCode: SourceCode,
): Pick<JwtVerificationSummary, 'audience' | 'issuer' | 'tenant'> {
  const audience = shape?.values.get('audience');
  const issuer = shape?.values.get('issuer');
  const validateIssuer = shape?.values.get('validateIssuer');
  const metadata = shape?.values.get('identityMetadata');
  const issuerOff = validateIssuer !== undefined && getBooleanValue(validateIssuer, sourceCode) === false;
  const metadataText = metadata ? getPartialString(metadata, sourceCode) : undefined;
  const multiTenant = metadataText !== undefined && ENTRA_MULTI_TENANT_ENDPOINT.test(metadataText);
  // The path segment after the host names the tenant: written out, or set at run time (`${TENANT_ID}`).
  const tenantSegment = metadataText && /login\.microsoftonline\.\w+\/([^/]+)\//i.exec(metadataText)?.[1];
  const fromMetadata =
    !multiTenant && tenantSegment !== undefined && tenantSegment !== '' && !tenantSegment.includes('\0');
  const runTimeTenant = !multiTenant && tenantSegment?.includes('\0') === true;
  const audienceState: JwtVerificationSummary['audience'] =
    api === 'passport-azure-ad.BearerStrategy' && audience
      ? { state: 'checked' }
      : { state: 'checked', note: 'the client ID (the default)' };
  if (issuerOff) {
    return {
      audience: audienceState,
      issuer: { state: 'off', note: '`validateIssuer: false`' },
      tenant: { state: 'off', note: 'any Entra tenant is accepted' },
    };
  }
  const issuerState: JwtVerificationSummary['issuer'] = issuer
    ? { state: 'checked' }
    : fromMetadata
      ? { state: 'checked', note: "the tenant's metadata" }
      : multiTenant
        ? { state: 'missing', note: 'a multi-tenant endpoint without `issuer`' }
        : runTimeTenant
          ? { state: 'unknown', note: 'the tenant in `identityMetadata` is set at run time' }
          : { state: absent };
  return {
    audience: audienceState,
    issuer: issuerState,
    tenant:
      issuer || fromMetadata
        ? { state: 'checked', note: issuer ? '`issuer`' : '`identityMetadata` names one tenant' }
        : issuerState,
  };
}
