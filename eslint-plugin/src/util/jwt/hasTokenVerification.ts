import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { visitNodes } from '../ast/containsNode';
import { enclosingFunctionOrProgram } from '../ast/enclosingFunction';
import { getWrittenName } from '../ast/getCalleeName';
import { isSameValue } from '../ast/isSameValue';
import { skipWrappers } from '../ast/skipWrappers';
import { createPerFileCache } from '../rule/perFileCache';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Callee names that verify a token: `jwt.verify`, `jwtVerify`, `verifyToken`, `validateAccessToken`,
 * `this.jwtService.verifyAsync`, …
 */
const VERIFY_NAME = /verify|validate/i;
/** How many enclosing functions are searched, innermost first. */
const MAX_LEVELS = 3;
/** How many nodes of one function are looked at, at most. */
const MAX_NODES = 20_000;

/** The verifying calls inside each function (or the program) asked about. */
const verifyCallsByScope = createPerFileCache<TSESTree.Node, TSESTree.CallExpression[]>();

/**
 * Whether the function around `at` (or one of the two around that, or the file at top level) also passes
 * `token` to a verifying call:
 * any call whose callee name contains "verify" or "validate" (the library's, or the app's own wrapper) with `token`
 * (the same variable, or the same expression text) among its arguments, before or after `at`, nested callbacks
 * included. This is what makes decoding for key selection, or decoding after verifying, fine.
 */
export function hasTokenVerification(token: TSESTree.Node, at: TSESTree.Node, sourceCode: SourceCode): boolean {
  // The nearest function first, then the ones around it: a decode inside `jwt.verify(token, key, (err) => …)`'s
  // callback sits in a function that the verify call encloses.
  let scopeNode: TSESTree.Node | undefined = enclosingFunctionOrProgram(at);
  for (let level = 0; scopeNode && level < MAX_LEVELS; level++) {
    let calls = verifyCallsByScope.get(sourceCode, scopeNode);
    if (!calls) {
      calls = collectVerifyCalls(scopeNode, sourceCode);
      verifyCallsByScope.set(sourceCode, scopeNode, calls);
    }
    if (calls.some(call => call.arguments.some(arg => isSameValue(arg, token, sourceCode)))) {
      return true;
    }
    scopeNode = scopeNode.parent ? enclosingFunctionOrProgram(scopeNode) : undefined;
  }
  return false;
}

function collectVerifyCalls(root: TSESTree.Node, sourceCode: SourceCode): TSESTree.CallExpression[] {
  const out: TSESTree.CallExpression[] = [];
  visitNodes(
    root,
    node => {
      if (node.type === AST_NODE_TYPES.CallExpression) {
        const name = getWrittenName(skipWrappers(node.callee), sourceCode);
        if (name !== undefined && VERIFY_NAME.test(name)) {
          out.push(node);
        }
      }
      return false;
    },
    sourceCode,
    MAX_NODES,
  );
  return out;
}
