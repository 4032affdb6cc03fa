import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getPartialString, UNKNOWN_PART } from './getPartialString';
import { getUrlHost, isLoopbackHost } from './isLoopbackUrl';
import { resolveExpression } from './resolveExpression';

/**
 * Whether an expression is a plain `http://` URL to a host that is known and is not the local machine:
 * `'http://app.contoso.com/cb'`, `` `http://api.contoso.com/${path}` ``, or a same-file constant holding one.
 * Hosts that are not static (`` `http://${host}/cb` ``), loopback hosts and every other scheme are not.
 */
export function isInsecureHttpUrl(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const text = getPartialString(resolveExpression(node, sourceCode), sourceCode);
  if (!/^http:\/\//i.test(text)) {
    return false;
  }
  const host = getUrlHost(text);
  return host !== undefined && host.length > 0 && !host.includes(UNKNOWN_PART) && !isLoopbackHost(host);
}
