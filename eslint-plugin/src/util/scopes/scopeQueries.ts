import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { registerFormParameter } from '../http/formParameterListeners';
import { getStaticTextMap } from '../evaluate/getStaticTextMap';
import type { Extraction } from './extraction';
import { decodeSafe, fromText } from './scopeText';
import type { ScopeFlow, Site } from './scopeTypes';
import { grantFlow, OAUTH_URL, providerHint } from './scopeVocabulary';

/** A `scope=` query or form parameter in a hand-built URL or form body. */
export const SCOPE_PARAM = registerFormParameter('scope=');

/** A `scope=` query or form parameter in a string, template or concatenation. */
export function checkQueryString(x: Extraction, node: TSESTree.Node): void {
  const map = getStaticTextMap(node, x.sourceCode);
  if (!map) {
    return;
  }
  const { text } = map;
  const host = /^https?:\/\/([^/?#]+)/i.exec(text)?.[1];
  let flow: ScopeFlow = 'unknown';
  const grant = /(?:^|[?&])grant_type=([^&#]*)/.exec(text)?.[1];
  if (grant !== undefined) {
    flow = grantFlow(decodeSafe(grant)) ?? flow;
  } else if (/(?:^|[?&])response_type=|\/authorize(?:[?#]|$)|\/o\/oauth2\/(?:v2\/)?auth/.test(text)) {
    flow = 'interactive';
  }
  // `scope=` is also an ordinary query parameter (GitLab's `/issues?scope=all`): only an OAuth URL or form body
  // makes it a scope request.
  const oauth = grant !== undefined || OAUTH_URL.test(text);
  const site: Site = {
    api: 'URL',
    flow,
    provider: oauth ? providerHint(host) : undefined,
    anchored: oauth,
    fromApi: false,
  };
  const param = /(?:^|[?&#])scope=/g;
  for (let match = param.exec(text); match; match = param.exec(text)) {
    const start = match.index + match[0].length;
    let end = start;
    while (end < text.length && text[end] !== '&' && text[end] !== '#') {
      end++;
    }
    fromText(x, map, start, end, site, node, false);
  }
}

/** Whether a string is not a piece of a larger concatenation or template (which is read as a whole). */
export function isTopOfConcatenation(node: TSESTree.Node): boolean {
  const parent = node.parent;
  return (
    !(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') &&
    !(parent?.type === AST_NODE_TYPES.TemplateLiteral)
  );
}
