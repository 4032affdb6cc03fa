import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { findProperty, getMemberKey } from '../evaluate/staticValue';
import { getStaticTextMap } from '../evaluate/getStaticTextMap';
import { MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { skipWrappers } from '../ast/skipWrappers';
import { mayBeProjectValue, resolveProjectValue, type ProjectValue } from '../modules/projectValues';
import { createExtraction, record, type Extraction } from './extraction';
import { fromText, looksLikeScopeList } from './scopeText';
import type { Site } from './scopeTypes';
import { isScopeKey } from './scopeVocabulary';

/**
 * Scopes in a value: an array, a (space-separated) string, a constant, `'a b'.split(' ')`, either branch of `?:`/`||`.
 */
export function fromValue(x: Extraction, value: TSESTree.Node | null | undefined, site: Site, depth = 0): void {
  if (!value || depth >= MAX_RESOLVE_DEPTH) {
    return;
  }
  const node = resolveExpression(value, x.sourceCode);
  if (
    (node.type === AST_NODE_TYPES.Identifier ||
      node.type === AST_NODE_TYPES.MemberExpression ||
      node.type === AST_NODE_TYPES.CallExpression) &&
    fromImported(x, node, site, depth)
  ) {
    return;
  }
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
  // A request object imported from another module of the project (`loginPopup(loginRequest)`): resolved once,
  // the first time a key is not written here.
  let imported: ProjectValue | null | undefined;
  for (const key of keys) {
    const property = findProperty(request, key, x.sourceCode);
    const keySite = key === 'extraScopesToConsent' ? { ...site, extraConsent: true } : site;
    if (property) {
      fromValue(x, property.value, keySite);
      continue;
    }
    if (imported === undefined) {
      const value = mayBeProjectValue(request, x.sourceCode) ? resolveProjectValue(request, x.sourceCode) : undefined;
      imported = value?.origin ? value : null;
    }
    const found = imported && findProperty(imported.node, key, imported.sourceCode);
    if (imported?.origin && found) {
      fromModule(
        x,
        skipWrappers(request),
        { node: found.value, sourceCode: imported.sourceCode },
        imported.origin,
        keySite,
        0,
      );
    }
  }
}

/**
 * Scopes in a value imported from another module of the project (`scopes: graphScopes` after
 * `import { graphScopes } from './authConfig'`): extracted in that module, recorded at the use here, with their origin.
 * Whether `node` was such a value.
 */
function fromImported(x: Extraction, node: TSESTree.Node, site: Site, depth: number): boolean {
  if (!mayBeProjectValue(node, x.sourceCode)) {
    return false;
  }
  const value = resolveProjectValue(node, x.sourceCode);
  if (!value.origin) {
    return false;
  }
  fromModule(x, node, value, value.origin, site, depth);
  return true;
}

function fromModule(
  x: Extraction,
  use: TSESTree.Node,
  value: ProjectValue,
  origin: { specifier: string },
  site: Site,
  depth: number,
): void {
  const inner = createExtraction(value.sourceCode);
  fromValue(inner, value.node, site, depth + 1);
  const reportedWhereDefined = isScopeListInPlace(value.node);
  for (const [key, scope] of inner.found) {
    record(
      x,
      {
        ...scope,
        range: [use.range[0], use.range[1]],
        whole: false,
        nameRange: undefined,
        origin: {
          specifier: origin.specifier,
          line: value.sourceCode.getLocFromIndex(scope.range[0]).line,
          reportedWhereDefined: scope.origin?.reportedWhereDefined ?? reportedWhereDefined,
        },
      },
      (inner.ranks.get(key) ?? 0) % 2 === 1,
    );
  }
}

/**
 * Whether the scope extraction of the value's own module finds it by its shape: a value (or an element of an array)
 * under a scope-like property or variable name (`scopes: […]`, `const graphScopes = […]`).
 */
function isScopeListInPlace(node: TSESTree.Node): boolean {
  let current: TSESTree.Node = node;
  for (let i = 0; i < 4 && current.parent; i++) {
    const parent: TSESTree.Node = current.parent;
    switch (parent.type) {
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.PropertyDefinition:
        return (
          parent.value === current &&
          !parent.computed &&
          parent.key.type === AST_NODE_TYPES.Identifier &&
          isScopeKey(parent.key.name)
        );
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.id.type === AST_NODE_TYPES.Identifier && isScopeKey(parent.id.name);
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        current = parent;
        break;
      default:
        return false;
    }
  }
  return false;
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
