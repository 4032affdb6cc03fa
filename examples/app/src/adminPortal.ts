// The admin portal: signs admins in with MSAL and guards its routes. Its scopes and token helper come from the
// project's own modules, and the findings are reported here, where they are used.
import { ConfidentialClientApplication } from '@azure/msal-node';
import type { Request, Response, NextFunction } from 'express';

import { ADMIN_PERMISSIONS, adminRedirectUri } from './adminConfig.js';
import { readClaims } from './tokenHelpers.js';

const cca = new ConfidentialClientApplication({
  auth: { clientId: process.env.ADMIN_CLIENT_ID!, clientCertificate: { thumbprintSha256: '', privateKey: '' } },
});

export function adminSignIn(_req: Request, res: Response): void {
  void cca
    .getAuthCodeUrl({ scopes: ADMIN_PERMISSIONS, redirectUri: adminRedirectUri })
    .then(url => res.redirect(url));
}

export function requireAdmin(req: Request, res: Response, next: NextFunction): void {
  const claims = readClaims(req.headers.authorization ?? '');
  if (!claims.roles?.includes('Admin')) {
    res.status(403).end();
    return;
  }
  next();
}
