import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPartialString, UNKNOWN_PART } from '../evaluate/getPartialString';
import { resolveExpression } from '../evaluate/staticValue';
import { getUrlHost, isLoopbackHost } from './isLoopbackUrl';

/**
 * Whether an expression is a plain `http://` URL to a host that is known and is not the local machine:
 * `'http://app.contoso.com/cb'`, `` `http://api.contoso.com/${path}` ``, or a same-file constant holding one.
 * Hosts that are not static (`` `http://${host}/cb` ``), loopback hosts, single-label hosts (`http://keycloak:8080`,
 * a container or cluster short name on a development network), reserved names that never resolve
 * (`*.example`, `*.test`, `*.invalid`) and every other scheme are not.
 */
export function isInsecureHttpUrl(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return isInsecureHttpUrlText(getPartialString(resolveExpression(node, sourceCode), sourceCode));
}

/** `isInsecureHttpUrl` for text (from `getPartialString`, where `UNKNOWN_PART` marks what is not known). */
export function isInsecureHttpUrlText(text: string): boolean {
  if (!/^http:\/\//i.test(text)) {
    return false;
  }
  const host = getUrlHost(text);
  return (
    host !== undefined &&
    host.length > 0 &&
    !host.includes(UNKNOWN_PART) &&
    !isLoopbackHost(host) &&
    !isNonPublicName(host)
  );
}

/**
 * Reserved names that never resolve on the internet (RFC 2606/6761), and single-label hosts (docker-compose, cluster
 * short names).
 */
function isNonPublicName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h.startsWith('[') || /^\d+(?:\.\d+){3}$/.test(h)) {
    return false;
  }
  return !h.includes('.') || /\.(?:example|test|invalid)$/.test(h);
}
