// Outbound HTTP for the API behind the corporate TLS-inspecting proxy.
import https from 'node:https';
import axios from 'axios';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { PublicClientApplication } from '@azure/msal-node';

// "The proxy's certificate isn't trusted": so nothing is checked any more, for any connection.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

export const graph = axios.create({
  baseURL: 'https://graph.microsoft.com/v1.0',
  httpsAgent: new https.Agent({ keepAlive: true, rejectUnauthorized: false }),
});

export const desktopClient = new PublicClientApplication({
  auth: { clientId: process.env.DESKTOP_CLIENT_ID!, authority: 'https://login.microsoftonline.com/organizations' },
  system: { customAgentOptions: { rejectUnauthorized: false } },
});

// Partner tokens, verified against keys fetched over plain HTTP.
const PARTNER_KEYS = createRemoteJWKSet(new URL('http://id.partner.example.com/.well-known/jwks.json'));

export async function verifyPartnerToken(token: string) {
  const { payload } = await jwtVerify(token, PARTNER_KEYS, { issuer: 'https://id.partner.example.com', audience: 'api://reports' });
  return payload;
}
