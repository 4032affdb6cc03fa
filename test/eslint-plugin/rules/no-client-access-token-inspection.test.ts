import rule from '../../../eslint-plugin/src/rules/no-client-access-token-inspection';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-client-access-token-inspection', rule, {
  valid: [
    // Claims MSAL already parsed for the client.
    dedent`
      import { PublicClientApplication } from '@azure/msal-browser';
      const roles = (result.account?.idTokenClaims?.roles as string[] | undefined) ?? [];
      const expiresOn = result.expiresOn;
    `,
    // Decoding an ID token in the client is not this rule's concern.
    dedent`
      import { jwtDecode } from 'jwt-decode';
      import { useMsal } from '@azure/msal-react';
      const claims = jwtDecode(result.idToken);
    `,
    // Server code (no browser library) decoding an access token is `no-unverified-jwt-decode`'s concern.
    dedent`
      import { jwtDecode } from 'jwt-decode';
      import express from 'express';
      const claims = jwtDecode(accessToken);
    `,
    // Other `decode` methods.
    dedent`
      import React from 'react';
      const text = new TextDecoder().decode(accessTokenBytes);
    `,
    // Calls without a token.
    dedent`
      import React from 'react';
      import { jwtDecode } from 'jwt-decode';
      jwtDecode();
      atob();
    `,
  ],
  invalid: [
    {
      // The typical mistake.
      code: dedent`
        import { jwtDecode } from 'jwt-decode';
        import { PublicClientApplication } from '@azure/msal-browser';
        const roles = jwtDecode<{ roles?: string[] }>(result.accessToken).roles;
      `,
      errors: [
        {
          messageId: 'accessTokenInspection',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 24,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { useMsal } from '@azure/msal-react';
        import { decodeJwt } from 'jose';
        const { accessToken } = await instance.acquireTokenSilent(request);
        const { scp } = decodeJwt(accessToken);
      `,
      errors: [
        {
          messageId: 'accessTokenInspection',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 26,
          suggestions: [],
        },
      ],
    },
    {
      // Decoding by hand in a React component.
      code: dedent`
        import React from 'react';
        export function Roles({ accessToken }) {
          const claims = JSON.parse(atob(accessToken.split('.')[1]));
          return <ul>{claims.roles.map((r) => <li key={r}>{r}</li>)}</ul>;
        }
      `,
      filename: 'file.tsx',
      errors: [
        {
          messageId: 'accessTokenInspection',
          line: 3,
          column: 29,
          endLine: 3,
          endColumn: 60,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const jwt_decode = require('jwt-decode');
        const { PublicClientApplication } = require('@azure/msal-browser');
        const exp = jwt_decode(tokenResponse.accessToken).exp;
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'accessTokenInspection',
          line: 3,
          column: 13,
          endLine: 3,
          endColumn: 23,
          suggestions: [],
        },
      ],
    },
  ],
});
