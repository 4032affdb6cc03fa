import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { describeJwtCall } from '../../../../eslint-plugin/src/util/jwt/describeVerification';
import type { JwtVerificationSummary } from '../../../../eslint-plugin/src/util/jwt/describeVerification';
import { dedent } from '../../../dedent';
import { collectNodes } from '../collectNodes';

/** The summaries of every call and `new` in the code that is a JWT verification. */
function describe_(code: string, javascript = false): JwtVerificationSummary[] {
  return collectNodes(
    code,
    ':matches(CallExpression, NewExpression)',
    (node, sourceCode) => describeJwtCall(node as TSESTree.CallExpression | TSESTree.NewExpression, sourceCode),
    { javascript },
  ).filter((s): s is JwtVerificationSummary => s !== undefined);
}

describe('describeJwtCall', () => {
  it('jsonwebtoken: pinned algorithms, missing audience and issuer, a key from the environment', () => {
    assert.deepEqual(
      describe_(dedent`
        import jwt from 'jsonwebtoken';
        jwt.verify(token, process.env.JWT_PUBLIC_KEY!, { algorithms: ['RS256'] });
      `),
      [
        {
          api: 'jsonwebtoken.verify',
          optionsKnown: true,
          algorithms: { state: 'checked', values: ['RS256'] },
          audience: { state: 'missing' },
          issuer: { state: 'missing' },
          expiration: 'checked',
          key: { source: 'environment', state: 'checked', note: '`process.env.JWT_PUBLIC_KEY`' },
        },
      ],
    );
  });

  it('reads options through constants, lifetime settings, and says unknown where options cannot be seen', () => {
    const [full, spread, noOptions] = describe_(
      dedent`
      const { verify } = require('jsonwebtoken');
      const OPTIONS = { algorithms: ['HS256', 'none'], audience: AUD, issuer: ISS, ignoreExpiration: true,
        maxAge: '2h', clockTolerance: 30 };
      verify(token, 'not-a-real-secret', OPTIONS);
      verify(token, getKey, { ...shared });
      verify(token, secretFromVault);
    `,
      true,
    );
    assert.deepEqual(full, {
      api: 'jsonwebtoken.verify',
      optionsKnown: true,
      algorithms: { state: 'off', values: ['HS256', 'none'] },
      audience: { state: 'checked' },
      issuer: { state: 'checked' },
      expiration: 'off',
      maxAgeSeconds: 7200,
      clockToleranceSeconds: 30,
      key: { source: 'hard-coded', state: 'missing' },
    });
    assert.deepEqual(spread, {
      api: 'jsonwebtoken.verify',
      optionsKnown: false,
      algorithms: { state: 'unknown', values: [] },
      audience: { state: 'unknown' },
      issuer: { state: 'unknown' },
      expiration: 'checked',
      key: { source: 'callback', state: 'checked' },
    });
    assert.equal(noOptions?.optionsKnown, true);
    assert.deepEqual(noOptions?.key, { source: 'secret', state: 'checked' });
    assert.deepEqual(noOptions?.audience, { state: 'missing' });
  });

  it('jose jwtVerify with a remote key set, passport-jwt with nested jsonwebtoken options', () => {
    const [jose, passport] = describe_(dedent`
      import { jwtVerify, createRemoteJWKSet } from 'jose';
      import { Strategy } from 'passport-jwt';
      const JWKS = createRemoteJWKSet(new URL(process.env.JWKS_URI!));
      await jwtVerify(token, JWKS, { issuer: ISS, audience: AUD, maxTokenAge: '10m' });
      new Strategy({ secretOrKeyProvider: provider, jsonWebTokenOptions: { audience: AUD, clockTolerance: 5 } }, cb);
    `);
    assert.deepEqual(jose, {
      api: 'jose.jwtVerify',
      optionsKnown: true,
      algorithms: { state: 'missing', values: [] },
      audience: { state: 'checked' },
      issuer: { state: 'checked' },
      expiration: 'checked',
      maxAgeSeconds: 600,
      key: { source: 'jwks', state: 'checked' },
    });
    assert.deepEqual(passport, {
      api: 'passport-jwt.Strategy',
      optionsKnown: true,
      algorithms: { state: 'missing', values: [] },
      audience: { state: 'checked' },
      issuer: { state: 'missing' },
      expiration: 'checked',
      clockToleranceSeconds: 5,
      key: { source: 'unknown', state: 'unknown' },
    });
  });

  it('passport-azure-ad: the tenant from the metadata, or missing on a multi-tenant endpoint', () => {
    const [single, common, off, runTime] = describe_(dedent`
      import { BearerStrategy, OIDCStrategy } from 'passport-azure-ad';
      new BearerStrategy({ identityMetadata: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration', clientID });
      new BearerStrategy({ identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration', clientID, audience: AUD, clockSkew: 300 }, cb);
      new OIDCStrategy({ identityMetadata: META, clientID, validateIssuer: false }, cb);
      new BearerStrategy({ identityMetadata: \`https://login.microsoftonline.com/\${process.env.TENANT_ID}/v2.0/\`, clientID });
    `);
    const tenantAtRunTime = { state: 'unknown', note: 'the tenant in `identityMetadata` is set at run time' };
    assert.deepEqual([runTime?.issuer, runTime?.tenant], [tenantAtRunTime, tenantAtRunTime]);
    assert.deepEqual(single, {
      api: 'passport-azure-ad.BearerStrategy',
      optionsKnown: true,
      audience: { state: 'checked', note: 'the client ID (the default)' },
      issuer: { state: 'checked', note: "the tenant's metadata" },
      tenant: { state: 'checked', note: '`identityMetadata` names one tenant' },
      expiration: 'checked',
      key: { source: 'entra-metadata', state: 'checked' },
    });
    assert.deepEqual(common, {
      api: 'passport-azure-ad.BearerStrategy',
      optionsKnown: true,
      audience: { state: 'checked' },
      issuer: { state: 'missing', note: 'a multi-tenant endpoint without `issuer`' },
      tenant: { state: 'missing', note: 'a multi-tenant endpoint without `issuer`' },
      expiration: 'checked',
      clockToleranceSeconds: 300,
      key: { source: 'entra-metadata', state: 'checked' },
    });
    assert.deepEqual(off?.issuer, { state: 'off', note: '`validateIssuer: false`' });
    assert.deepEqual(off?.tenant, { state: 'off', note: 'any Entra tenant is accepted' });
  });

  it('describes no other call: decode, sign, a local verify, an unrelated package', () => {
    assert.deepEqual(
      describe_(dedent`
        import jwt from 'jsonwebtoken';
        import { verify } from './local';
        jwt.decode(token);
        jwt.sign(payload, key, { algorithm: 'RS256' });
        verify(token, key, { algorithms: ['RS256'] });
        crypto.verify('sha256', data, key, signature);
      `),
      [],
    );
  });
});
