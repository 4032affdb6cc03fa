// The web app's sign-in callback: swaps the authorization code for tokens and hands them to the browser.
import express from 'express';

export const authRouter = express.Router();

authRouter.get('/auth/callback', async (req, res) => {
  const response = await fetch(`https://login.microsoftonline.com/${process.env.TENANT_ID}/oauth2/v2.0/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: String(req.query.code),
      client_id: process.env.CLIENT_ID!,
      redirect_uri: 'https://orders.contoso.com/auth/callback',
      code_verifier: String(req.session?.verifier),
    }),
  });
  const tokens = (await response.json()) as { access_token: string; refresh_token: string };
  // Script-readable, sent over plain HTTP and on cross-site requests.
  res.cookie('access_token', tokens.access_token);
  res.cookie('refresh_token', tokens.refresh_token, { httpOnly: true });
  res.redirect('/');
});
