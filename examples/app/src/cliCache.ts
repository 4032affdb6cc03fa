// The ops CLI: signs in once with the device code flow and keeps the token cache on disk.
import { DeviceCodeCredential } from '@azure/identity';
import { PublicClientApplication } from '@azure/msal-node';
import { promises as fsp } from 'node:fs';

const CACHE_PATH = `${process.env.HOME}/.ops-cli/msal-cache.json`;

// Falls back to a plain-text cache file when the OS keyring is missing (every CI box and most containers).
export const credential = new DeviceCodeCredential({
  tenantId: process.env.TENANT_ID,
  clientId: process.env.CLI_CLIENT_ID,
  tokenCachePersistenceOptions: { enabled: true, name: 'ops-cli', unsafeAllowUnencryptedStorage: true },
});

// The MSAL path writes the serialized cache, refresh tokens included, straight to a file.
export const pca = new PublicClientApplication({
  auth: { clientId: process.env.CLI_CLIENT_ID! },
  cache: {
    cachePlugin: {
      async beforeCacheAccess(ctx) {
        ctx.tokenCache.deserialize(await fsp.readFile(CACHE_PATH, 'utf8').catch(() => '{}'));
      },
      async afterCacheAccess(ctx) {
        if (ctx.cacheHasChanged) {
          await fsp.writeFile(CACHE_PATH, ctx.tokenCache.serialize());
        }
      },
    },
  },
});
