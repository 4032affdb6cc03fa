// The API's own session tokens, handed to the SPA and to the partner services after sign-in.
import jwt from 'jsonwebtoken';

const SESSION_SECRET = process.env.SESSION_SECRET!;

/** A year-long admin session: a leaked copy keeps working long after the user is gone. */
export function issueSession(user: { id: string; roles: string[] }): string {
  return jwt.sign({ sub: user.id, roles: user.roles }, SESSION_SECRET, { expiresIn: '365d' });
}

/** The "remember me" token never expires at all. */
export function rememberMe(userId: string): string {
  return jwt.sign({ sub: userId, remember: true }, SESSION_SECRET);
}

/** One HMAC secret for every partner service: any of them can mint tokens the others accept. */
export function partnerToken(claims: Record<string, unknown>): string {
  return jwt.sign(claims, process.env.PARTNER_HMAC!, {
    algorithm: 'HS256',
    audience: ['orders-api', 'billing-api', 'shipping-api'],
    expiresIn: '10m',
  });
}
