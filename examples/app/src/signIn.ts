// Web sign-in for the Express API: MSAL Node authorization code flow, plus an openid-client partner login.
import express from 'express';
import { ConfidentialClientApplication } from '@azure/msal-node';
import { ClientCertificateCredential } from '@azure/identity';
import * as oidc from 'openid-client';

const cca = new ConfidentialClientApplication({
  auth: {
    clientId: process.env.CLIENT_ID!,
    authority: `https://login.microsoftonline.com/${process.env.TENANT_ID}`,
    clientCertificate: { thumbprintSha256: process.env.CERT_THUMBPRINT!, privateKey: process.env.CERT_KEY! },
  },
});

// Plain HTTP reply URI on a real host: the authorization code crosses the network in the clear.
const REDIRECT_URI = 'http://reports.contoso.com/auth/callback';

export const router = express.Router();

router.get('/login', async (req, res) => {
  // No PKCE (reported by require-pkce in the strict config).
  const url = await cca.getAuthCodeUrl({ scopes: ['User.Read'], redirectUri: REDIRECT_URI, state: req.sessionID });
  res.redirect(url);
});

router.get('/login/partner', async (req, res) => {
  // The reply URI is whatever the caller asks for.
  const url = await cca.getAuthCodeUrl({
    scopes: ['User.Read'],
    redirectUri: req.query.returnTo as string,
    codeChallenge: req.session.challenge,
    codeChallengeMethod: 'S256',
  });
  res.redirect(url);
});

// A "multi-cloud" credential whose authority is configuration, with validation switched off.
export const exportCredential = new ClientCertificateCredential(process.env.TENANT_ID!, process.env.CLIENT_ID!, process.env.CERT_PATH!, {
  authorityHost: process.env.EXPORT_AUTHORITY_HOST,
  disableInstanceDiscovery: true,
});

router.get('/partner/callback', async (req, res) => {
  const config = await oidc.discovery(new URL('https://id.partner.example.com/.well-known/openid-configuration'), process.env.PARTNER_CLIENT_ID!);
  const currentUrl = new URL(req.originalUrl, 'https://reports.contoso.com');
  // State check switched off: login CSRF and code injection go through.
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, { expectedState: oidc.skipStateCheck, pkceCodeVerifier: req.session.verifier });
  req.session.partnerToken = tokens.access_token;
  res.redirect('/');
});
