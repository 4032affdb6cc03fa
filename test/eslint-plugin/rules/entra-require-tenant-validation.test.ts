import rule from '../../../eslint-plugin/src/rules/entra-require-tenant-validation';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('entra-require-tenant-validation', rule, {
  valid: [
    // The good example: issuers pinned.
    dedent`
      import { BearerStrategy } from 'passport-azure-ad';
      passport.use(new BearerStrategy({ identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
        clientID: API_CLIENT_ID, validateIssuer: true,
        issuer: ALLOWED_TENANTS.map((t) => \`https://login.microsoftonline.com/\${t}/v2.0\`) }, (token, done) => done(null, token)));
    `,
    // `validateIssuer: false` with an allow-list check of `tid` in the verify callback.
    {
      code: dedent`
        const { BearerStrategy } = require('passport-azure-ad');
        const options = { identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration', clientID, validateIssuer: false };
        passport.use(new BearerStrategy(options, (token, done) => {
          if (!ALLOWED_TENANTS.includes(token.tid)) return done(null, false);
          return done(null, token);
        }));
      `,
      languageOptions: commonjs,
    },
    // In a NestJS strategy whose `validate` checks the tenant.
    dedent`
      import { BearerStrategy } from 'passport-azure-ad';
      export class AzureStrategy extends PassportStrategy(BearerStrategy) {
        constructor() { super({ identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration', clientID, validateIssuer: false }); }
        validate({ tid }) { if (tid !== TENANT_ID) throw new UnauthorizedException(); return true; }
      }
    `,
    // A single-tenant key set with a pinned issuer.
    dedent`
      import { createRemoteJWKSet, jwtVerify } from 'jose';
      const JWKS = createRemoteJWKSet(new URL(\`https://login.microsoftonline.com/\${TENANT_ID}/discovery/v2.0/keys\`));
      await jwtVerify(token, JWKS, { issuer: \`https://login.microsoftonline.com/\${TENANT_ID}/v2.0\`, audience: CLIENT_ID });
    `,
    // The common key set with a pinned issuer, or a `tid` check after verifying.
    dedent`
      import jwt from 'jsonwebtoken';
      import jwksClient from 'jwks-rsa';
      const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
      jwt.verify(token, getKey, { audience: CLIENT_ID, issuer: ALLOWED_ISSUERS });
      function check(token) {
        const claims = jwt.verify(token, getKey, { audience: CLIENT_ID });
        if (!TENANTS.has(claims.tid)) throw new Error("tenant");
      }
    `,
    // A tenant-specific key set without an issuer is `require-jwt-audience-issuer`'s concern.
    dedent`
      import { createRemoteJWKSet, jwtVerify } from 'jose';
      const JWKS = createRemoteJWKSet(new URL('https://login.microsoftonline.com/contoso.onmicrosoft.com/discovery/v2.0/keys'));
      await jwtVerify(token, JWKS, { audience: CLIENT_ID });
    `,
    // Issuer lists checked with an allow-list.
    dedent`
      import jwt from 'jsonwebtoken';
      jwt.verify(token, getKey, { audience: CLIENT_ID, issuer: ALLOWED.includes(decoded.iss) ? decoded.iss : FALLBACK });
    `,
    dedent`
      const config = { validateIssuer: false };
      const other = { identityMetadata: META, validateIssuer: true, allowMultiAudiencesInToken: false };
    `,
    // Calls and objects without usable parts.
    dedent`
      import { BearerStrategy } from 'passport-azure-ad';
      import { createRemoteJWKSet } from 'jose';
      new BearerStrategy();
      const o = { identityMetadata };
      createRemoteJWKSet();
      createRemoteJWKSet(...urls);
    `,
  ],
  invalid: [
    {
      // The typical mistake.
      code: dedent`
        import { BearerStrategy } from 'passport-azure-ad';
        passport.use(new BearerStrategy({ identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
          clientID: API_CLIENT_ID, validateIssuer: false }, (token, done) => done(null, token)));
      `,
      errors: [
        {
          messageId: 'paadValidateIssuerOff',
          line: 3,
          column: 28,
          endLine: 3,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      // Copying `tid` into the user is not checking it.
      code: dedent`
        import { BearerStrategy } from 'passport-azure-ad';
        export const strategy = new BearerStrategy({
          identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration',
          clientID, validateIssuer: false,
        }, (token, done) => done(null, { tid: token.tid, name: token.name }, token));
      `,
      errors: [
        {
          messageId: 'paadValidateIssuerOff',
          line: 4,
          column: 13,
          endLine: 4,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      // A typed options object in a config file (the constructor is elsewhere).
      code: dedent`
        import type { IBearerStrategyOptionWithRequest } from 'passport-azure-ad';
        export const options: IBearerStrategyOptionWithRequest = {
          identityMetadata: \`https://login.microsoftonline.com/\${tenant}/v2.0/.well-known/openid-configuration\`,
          clientID: process.env.CLIENT_ID!,
          validateIssuer: false,
          allowMultiAudiencesInToken: true,
          passReqToCallback: false,
        };
      `,
      errors: [
        {
          messageId: 'paadValidateIssuerOff',
          line: 5,
          column: 3,
          endLine: 5,
          endColumn: 24,
          suggestions: [],
        },
        {
          messageId: 'paadMultiAudience',
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 35,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const OIDCStrategy = require('passport-azure-ad').OIDCStrategy;
        passport.use(new OIDCStrategy({ identityMetadata: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration', clientID, responseType: 'code', validateIssuer: false }, (iss, sub, profile, done) => done(null, profile)));
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'paadValidateIssuerOff',
          line: 2,
          column: 165,
          endLine: 2,
          endColumn: 186,
          suggestions: [],
        },
      ],
    },
    {
      // jwks-rsa on the common endpoint, jsonwebtoken without an issuer.
      code: dedent`
        const jwt = require('jsonwebtoken');
        const jwksClient = require('jwks-rsa');
        const client = jwksClient({ jwksUri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' });
        function getKey(header, cb) { client.getSigningKey(header.kid, (e, k) => cb(e, k.getPublicKey())); }
        module.exports = (token, cb) => jwt.verify(token, getKey, { audience: CLIENT_ID, algorithms: ['RS256'] }, cb);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'commonJwksNoIssuer',
          line: 5,
          column: 37,
          endLine: 5,
          endColumn: 43,
          suggestions: [],
        },
      ],
    },
    {
      // jose on the organizations endpoint.
      code: dedent`
        import { createRemoteJWKSet, jwtVerify } from 'jose';
        const ORGS = 'organizations';
        const JWKS = createRemoteJWKSet(new URL(\`https://login.microsoftonline.com/\${ORGS}/discovery/v2.0/keys\`));
        export const verify = (token: string) => jwtVerify(token, JWKS, { audience: CLIENT_ID });
      `,
      errors: [
        {
          messageId: 'commonJwksNoIssuer',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      // A tenant setting that falls back to `common`.
      code: dedent`
        import { createRemoteJWKSet, jwtVerify } from 'jose';
        const tenant = process.env.MS_TENANT || 'common';
        const JWKS = createRemoteJWKSet(new URL(\`https://login.microsoftonline.com/\${tenant}/discovery/v2.0/keys\`));
        export const verify = (token: string) => jwtVerify(token, JWKS, { audience: CLIENT_ID, algorithms: ['RS256'] });
      `,
      errors: [
        {
          messageId: 'commonJwksNoIssuer',
          line: 4,
          column: 42,
          endLine: 4,
          endColumn: 51,
          suggestions: [],
        },
      ],
    },
    {
      // An issuer taken from the token being verified.
      code: dedent`
        import { decodeJwt, jwtVerify } from 'jose';
        const unverified = decodeJwt(token);
        await jwtVerify(token, JWKS, { audience: CLIENT_ID, issuer: \`https://login.microsoftonline.com/\${unverified.tid}/v2.0\` });
      `,
      errors: [
        {
          messageId: 'issuerFromToken',
          line: 3,
          column: 61,
          endLine: 3,
          endColumn: 119,
          suggestions: [],
        },
      ],
    },
  ],
});
