import rule from '../../../eslint-plugin/src/rules/no-unencrypted-token-cache';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester, javascript } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('no-unencrypted-token-cache', rule, {
  valid: [
    // Hard negatives: encrypted persistence.
    "const cred = new DeviceCodeCredential({ tokenCachePersistenceOptions: { enabled: true, name: 'my-cli' } });",
    'const p = await PersistenceCreator.createPersistence({ cachePath, dataProtectionScope: ' +
      'DataProtectionScope.CurrentUser, serviceName, accountName, usePlaintextFileOnLinux: false });',
    dedent`
      import { FilePersistenceWithDataProtection, KeychainPersistence, LibSecretPersistence } from '@azure/msal-node-extensions';
      const a = await FilePersistenceWithDataProtection.create(path, DataProtectionScope.CurrentUser);
      const b = await KeychainPersistence.create(path, service, account);
      const c = await LibSecretPersistence.create(path, service, account);
    `,
    // Options that are not literally true.
    'const cred = new DeviceCodeCredential({ tokenCachePersistenceOptions: { enabled: true, ' +
      'unsafeAllowUnencryptedStorage: allowPlain } });',
    'const opts = { unsafeAllowUnencryptedStorage: false };',
    // A class of one's own called FilePersistence.
    'class FilePersistence { static create() { return new FilePersistence(); } } FilePersistence.create();',
    // The cache encrypted before it is written, or written somewhere that is not a file.
    "import fs from 'node:fs';\nfs.writeFileSync(file, encrypt(cacheContext.tokenCache.serialize()));",
    'await redis.set(key, cacheContext.tokenCache.serialize());',
    "import fs from 'node:fs';\nfs.writeFileSync(file, JSON.stringify(settings));",
    // A `writeFile` that is not node's.
    'await writeFile(path, ctx.tokenCache.serialize());',
    // Reading options back is not setting them.
    'if (options.unsafeAllowUnencryptedStorage) { warn(); }',
    { code: 'const opts = { usePlaintextFileOnLinux: false };', languageOptions: javascript },
  ],
  invalid: [
    {
      code: dedent`
        import { DeviceCodeCredential } from '@azure/identity';
        const cred = new DeviceCodeCredential({ tokenCachePersistenceOptions: { enabled: true, unsafeAllowUnencryptedStorage: true } });
      `,
      errors: [
        {
          messageId: 'unsafeUnencryptedStorage',
          line: 2,
          column: 88,
          endLine: 2,
          endColumn: 123,
          suggestions: [
            {
              messageId: 'removeUnsafeOption',
              data: { name: 'unsafeAllowUnencryptedStorage' },
              output: dedent`
                import { DeviceCodeCredential } from '@azure/identity';
                const cred = new DeviceCodeCredential({ tokenCachePersistenceOptions: { enabled: true } });
              `,
            },
          ],
        },
      ],
    },
    {
      // A same-file constant object, the option first, a constant value.
      code: dedent`
        const ALLOW = true;
        const persistence = { unsafeAllowUnencryptedStorage: ALLOW, enabled: true };
        export const credential = new InteractiveBrowserCredential({ tokenCachePersistenceOptions: persistence });
      `,
      errors: [
        {
          messageId: 'unsafeUnencryptedStorage',
          line: 2,
          column: 23,
          endLine: 2,
          endColumn: 59,
          suggestions: [
            {
              messageId: 'removeUnsafeOption',
              output: dedent`
                const ALLOW = true;
                const persistence = { enabled: true };
                export const credential = new InteractiveBrowserCredential({ tokenCachePersistenceOptions: persistence });
              `,
            },
          ],
        },
      ],
    },
    {
      code: dedent`
        const { PersistenceCreator } = require('@azure/msal-node-extensions');
        const p = PersistenceCreator.createPersistence({ cachePath, serviceName, accountName, usePlaintextFileOnLinux: true });
      `,
      languageOptions: commonjs,
      errors: [
        {
          messageId: 'plaintextFileOnLinux',
          line: 2,
          column: 87,
          endLine: 2,
          endColumn: 116,
          suggestions: [
            {
              messageId: 'removeUnsafeOption',
              output: dedent`
                const { PersistenceCreator } = require('@azure/msal-node-extensions');
                const p = PersistenceCreator.createPersistence({ cachePath, serviceName, accountName });
              `,
            },
          ],
        },
      ],
    },
    {
      code:
        "import { FilePersistence } from '@azure/msal-node-extensions';\n" +
        'const persistence = await FilePersistence.create(cachePath);',
      errors: [{ messageId: 'filePersistence', line: 2, column: 27, endLine: 2, endColumn: 60, suggestions: [] }],
    },
    {
      // Namespace import and `new`.
      code:
        "import * as ext from '@azure/msal-node-extensions';\n" +
        'const persistence = new ext.FilePersistence(cachePath);',
      errors: [{ messageId: 'filePersistence', line: 2, column: 21, endLine: 2, endColumn: 55, suggestions: [] }],
    },
    {
      // A hand-written cache plugin.
      code: dedent`
        import { promises as fsp } from 'node:fs';
        export const cachePlugin = {
          async afterCacheAccess(ctx) {
            if (ctx.cacheHasChanged) await fsp.writeFile(CACHE_PATH, ctx.tokenCache.serialize());
          },
        };
      `,
      languageOptions: javascript,
      errors: [{ messageId: 'serializedCacheToFile', line: 4, column: 62, endLine: 4, endColumn: 88, suggestions: [] }],
    },
    {
      // CommonJS, a constant in between, getTokenCache().
      code: dedent`
        const fs = require('fs');
        const data = pca.getTokenCache().serialize();
        fs.writeFileSync('cache.json', data, 'utf8');
      `,
      languageOptions: commonjs,
      errors: [{ messageId: 'serializedCacheToFile', line: 3, column: 32, endLine: 3, endColumn: 36, suggestions: [] }],
    },
    {
      code: "import { writeFile as save } from 'fs/promises';\nawait save(file, cacheContext.tokenCache.serialize());",
      errors: [{ messageId: 'serializedCacheToFile', line: 2, column: 18, endLine: 2, endColumn: 53, suggestions: [] }],
    },
  ],
});
