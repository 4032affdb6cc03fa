// Small token helpers the routes share.
import { jwtDecode, type JwtPayload } from 'jwt-decode';

/** Reads the claims of a bearer token (meant for logging and UI hints). */
export function readClaims(token: string): JwtPayload & { roles?: string[] } {
  return jwtDecode(token);
}
