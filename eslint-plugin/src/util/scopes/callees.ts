import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getMemberKey } from '../evaluate/staticValue';
import { resolveExpression } from '../evaluate/staticValue';
import { NEW, resolveModuleRef } from '../modules/resolveModuleRef';
import { skipWrappers } from '../ast/skipWrappers';
import { fileImports, hasRelevantImports, type Extraction } from './extraction';
import type { Site } from './scopeTypes';
import { CREDENTIAL_FLOWS } from './scopeVocabulary';

/** The @azure/identity credential class a value was constructed from, or the name of the class it was `new`ed from. */
export function credentialOf(x: Extraction, node: TSESTree.Node | undefined): string | undefined {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) {
    return undefined;
  }
  const ref = resolveModuleRef(node, x.sourceCode);
  if (ref && ref.path.at(-1) === NEW) {
    return ref.path.at(-2);
  }
  const value = resolveExpression(node, x.sourceCode);
  if (value.type === AST_NODE_TYPES.NewExpression) {
    const callee = skipWrappers(value.callee);
    if (callee.type === AST_NODE_TYPES.Identifier) {
      return callee.name;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      return getMemberKey(callee, x.sourceCode);
    }
  }
  return undefined;
}

export function credentialSite(x: Extraction, api: string, credentialNode: TSESTree.Node | undefined): Site {
  const credential = credentialOf(x, credentialNode);
  const flow =
    (credential !== undefined && Object.hasOwn(CREDENTIAL_FLOWS, credential) && CREDENTIAL_FLOWS[credential]) ||
    'unknown';
  return { api, flow, credential, anchored: credential !== undefined };
}

/** The name a callee goes by: the member called, or the export a (possibly renamed) import names. */
export function calleeOf(
  x: Extraction,
  callee: TSESTree.Node,
): { name: string; member: TSESTree.MemberExpression | undefined } | undefined {
  const node = skipWrappers(callee);
  if (node.type === AST_NODE_TYPES.MemberExpression) {
    const name = getMemberKey(node, x.sourceCode);
    return name === undefined ? undefined : { name, member: node };
  }
  if (node.type === AST_NODE_TYPES.Identifier) {
    return { name: fileImports(x).aliases.get(node.name) ?? node.name, member: undefined };
  }
  return undefined;
}

export function moduleOf(x: Extraction, node: TSESTree.Node): string | undefined {
  return hasRelevantImports(x) ? resolveModuleRef(node, x.sourceCode)?.source : undefined;
}
