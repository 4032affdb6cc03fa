import rule from '../../../eslint-plugin/src/rules/no-legacy-auth-library';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-legacy-auth-library', rule, {
  valid: [
    // The current libraries.
    "import { PublicClientApplication } from '@azure/msal-browser';",
    "import { ConfidentialClientApplication } from '@azure/msal-node';",
    "import { MsalModule } from '@azure/msal-angular';",
    "import { MsalProvider } from '@azure/msal-react';",
    "import { DefaultAzureCredential } from '@azure/identity';",
    // Names that only start like a legacy package.
    "import x from 'msal-helpers';",
    "import x from 'adal-nodejs-wrapper';",
    // Type-only imports in migration shims.
    "import type { AuthenticationContext } from 'adal-node';",
    "import { type Configuration } from 'msal';",
    "export type { TokenResponse } from 'adal-node';",
    // A local require, and strings that are not imports.
    dedent`
      const require = createRequire(import.meta.url);
      const m = require('adal-node');
    `,
    "jest.mock('adal-node');",
    {
      code: "const name = 'passport-azure-ad';",
      languageOptions: commonjs,
    },
  ],
  invalid: [
    // Every way a module comes in.
    {
      code: "import { UserAgentApplication } from 'msal';",
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 38,
          endLine: 1,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import * as Msal from 'msal';
        export { UserAgentApplication } from 'msal';
      `,
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 29,
          suggestions: [],
        },
        {
          messageId: 'legacyLibrary',
          line: 2,
          column: 38,
          endLine: 2,
          endColumn: 44,
          suggestions: [],
        },
      ],
    },
    {
      code: "const { AuthenticationContext } = require('adal-node');",
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 43,
          endLine: 1,
          endColumn: 54,
          suggestions: [],
        },
      ],
    },
    {
      code: "import AuthenticationContext from 'adal-angular';",
      languageOptions: javascript,
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 35,
          endLine: 1,
          endColumn: 49,
          suggestions: [],
        },
      ],
    },
    {
      code: "import adal = require('adal-node');",
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 23,
          endLine: 1,
          endColumn: 34,
          suggestions: [],
        },
      ],
    },
    {
      code: "const { OIDCStrategy } = await import('passport-azure-ad');",
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 39,
          endLine: 1,
          endColumn: 58,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const passportAzureAd = require('passport-azure-ad');
        const { BearerStrategy } = passportAzureAd;
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 33,
          endLine: 1,
          endColumn: 52,
          suggestions: [],
        },
      ],
    },
    {
      code: "import { loginWithServicePrincipalSecret } from '@azure/ms-rest-nodeauth';",
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 74,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        import { runWithAdal } from 'react-adal';
        import { AzureAD } from 'react-aad-msal';
      `,
      languageOptions: javascript,
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 29,
          endLine: 1,
          endColumn: 41,
          suggestions: [],
        },
        {
          messageId: 'legacyLibrary',
          line: 2,
          column: 25,
          endLine: 2,
          endColumn: 41,
          suggestions: [],
        },
      ],
    },
    // A specifier held in a constant or a template (found by the prefilter's quoted `msal`).
    {
      code: "const LEGACY = 'msal';\nconst Msal = require(LEGACY);\nconst Other = require(`msal/lib-commonjs/Logger`);",
      errors: [
        { messageId: 'legacyLibrary', line: 2, column: 22 },
        { messageId: 'legacyLibrary', line: 3, column: 23 },
      ],
    },
    // Subpath imports.
    {
      code: "import { Logger } from 'msal/lib-commonjs/Logger';",
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 1,
          column: 24,
          endLine: 1,
          endColumn: 50,
          suggestions: [],
        },
      ],
    },
    {
      code: dedent`
        const PKG = 'adal-node';
        const adal = require(PKG);
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'legacyLibrary',
          line: 2,
          column: 22,
          endLine: 2,
          endColumn: 25,
          suggestions: [],
        },
      ],
    },
  ],
});
