import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { findProperty, getMemberKey } from '../evaluate/staticValue';
import { getStaticTextMap } from '../evaluate/getStaticTextMap';
import { MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { skipWrappers } from '../ast/skipWrappers';
import type { Extraction } from './extraction';
import { fromText, looksLikeScopeList } from './scopeText';
import type { Site } from './scopeTypes';

/**
 * Scopes in a value: an array, a (space-separated) string, a constant, `'a b'.split(' ')`, either branch of `?:`/`||`.
 */
export function fromValue(x: Extraction, value: TSESTree.Node | null | undefined, site: Site, depth = 0): void {
  if (!value || depth >= MAX_RESOLVE_DEPTH) {
    return;
  }
  const node = resolveExpression(value, x.sourceCode);
  switch (node.type) {
    case AST_NODE_TYPES.ArrayExpression:
      for (const element of node.elements) {
        if (element?.type === AST_NODE_TYPES.SpreadElement) {
          fromValue(x, element.argument, site, depth + 1);
        } else {
          fromValue(x, element, site, depth + 1);
        }
      }
      return;
    case AST_NODE_TYPES.ObjectExpression:
      // Scopes grouped by use (`scopes: { read: [...], write: [...] }`, as Microsoft's newer samples write them).
      // Their strings must read as scope lists, whatever the place: such maps also hold descriptions.
      for (const property of node.properties) {
        if (property.type === AST_NODE_TYPES.Property && !property.computed) {
          fromValue(x, property.value, { ...site, loose: true }, depth + 1);
        }
      }
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      fromValue(x, node.consequent, site, depth + 1);
      fromValue(x, node.alternate, site, depth + 1);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      fromValue(x, node.left, site, depth + 1);
      fromValue(x, node.right, site, depth + 1);
      return;
    case AST_NODE_TYPES.CallExpression: {
      const callee = skipWrappers(node.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression && getMemberKey(callee, x.sourceCode) === 'split') {
        fromValue(x, callee.object, site, depth + 1);
      }
      return;
    }
    case AST_NODE_TYPES.Literal:
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.BinaryExpression: {
      const map = getStaticTextMap(node, x.sourceCode);
      // Where nothing says this is a request (`const missingScope = '…'`), take only strings that read as a scope
      // list, not sentences that mention a permission.
      if (map && ((site.anchored && !site.loose) || looksLikeScopeList(map.text))) {
        fromText(x, map, 0, map.text.length, site, node, true);
      }
      return;
    }
    default:
  }
}

/** `scopes` (and `extraScopesToConsent`) of a request object, through constants and spreads. */
export function fromRequest(
  x: Extraction,
  request: TSESTree.Node | undefined,
  site: Site,
  keys: readonly string[] = ['scopes', 'extraScopesToConsent'],
): void {
  if (!request || request.type === AST_NODE_TYPES.SpreadElement) {
    return;
  }
  for (const key of keys) {
    const property = findProperty(request, key, x.sourceCode);
    if (property) {
      fromValue(x, property.value, key === 'extraScopesToConsent' ? { ...site, extraConsent: true } : site);
    }
  }
}
/** msal-angular's `protectedResourceMap`: `new Map([[url, scopes], …])` or an array of such pairs. */
export function fromResourceMap(x: Extraction, value: TSESTree.Node): void {
  let entries = resolveExpression(value, x.sourceCode);
  if (entries.type === AST_NODE_TYPES.NewExpression) {
    const arg = entries.arguments[0];
    if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) {
      return;
    }
    entries = resolveExpression(arg, x.sourceCode);
  }
  if (entries.type !== AST_NODE_TYPES.ArrayExpression) {
    return;
  }
  for (const entry of entries.elements) {
    const pair =
      entry && entry.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(entry, x.sourceCode) : undefined;
    if (pair?.type === AST_NODE_TYPES.ArrayExpression && pair.elements.length === 2) {
      fromValue(x, pair.elements[1], { api: 'protectedResourceMap', flow: 'interactive', anchored: true });
    }
  }
}
