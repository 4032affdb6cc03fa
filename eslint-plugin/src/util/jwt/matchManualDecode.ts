import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { getWrittenName } from '../ast/getCalleeName';
import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, isNeverReassigned, VARIABLE } from '../evaluate/findVariable';
import { getMemberKey, getStaticString } from '../evaluate/staticValue';
import { isModuleRef, resolveModuleRef } from '../modules/resolveModuleRef';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Free functions that base64-decode their argument, as apps and small helper packages name them. */
const BASE64_FUNCTIONS =
  /^(?:atob|base64(?:url)?decode|decodebase64(?:url)?|b64(?:url)?decode|frombase64(?:url)?|b64u?toutf8|base64(?:url)?tostring)$/i;
/** Objects whose `decode` method base64-decodes (`base64url.decode`, `Base64.decode`, `jose.base64url.decode`). */
const BASE64_OBJECTS = /base64|^b64/i;

/**
 * The manual decoding of a JWT's payload: a base64 decode of the second dot-separated part of a value,
 * `Buffer.from(t.split('.')[1], 'base64')`, `atob(parts[1])` after `const parts = t.split('.')`,
 * `base64url.decode(payload)` after `const [, payload] = t.split('.')`, `jose.base64url.decode(...)`, through
 * `.replace(…)` fix-ups of the URL-safe alphabet and `+ '='` padding. Returns the token expression (the `t`
 * that was split), or `undefined`. Only the payload (index 1) counts: the header carries no claims.
 */
export function matchManualDecode(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): TSESTree.Node | undefined {
  const [first, second] = call.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || !isBase64Decoder(call, second, sourceCode)) {
    return undefined;
  }
  return payloadSegmentOf(first, sourceCode);
}

function isBase64Decoder(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  encoding: TSESTree.Node | undefined,
  sourceCode: SourceCode,
): boolean {
  const callee = skipWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (call.type === AST_NODE_TYPES.NewExpression) {
      return callee.name === 'Buffer' && isBase64Encoding(encoding, sourceCode);
    }
    return BASE64_FUNCTIONS.test(callee.name);
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) {
    return false;
  }
  const key = getMemberKey(callee, sourceCode);
  const namedDecoder = key !== undefined && BASE64_FUNCTIONS.test(key);
  if (key === undefined || (key !== 'from' && key !== 'decode' && !namedDecoder)) {
    return false;
  }
  const object = skipWrappers(callee.object);
  const objectName = getWrittenName(object, sourceCode);
  if (key === 'from' && objectName === 'Buffer') {
    return isBase64Encoding(encoding, sourceCode);
  }
  if (key === 'atob' && (objectName === 'window' || objectName === 'globalThis' || objectName === 'self')) {
    return true;
  }
  if (key === 'decode' && objectName !== undefined && BASE64_OBJECTS.test(objectName)) {
    return true;
  }
  if (namedDecoder && key !== 'atob') {
    return true;
  }
  return key === 'decode' && isModuleRef(resolveModuleRef(callee, sourceCode), 'jose', ['base64url', 'decode']);
}

function isBase64Encoding(node: TSESTree.Node | undefined, sourceCode: SourceCode): boolean {
  if (!node || node.type === AST_NODE_TYPES.SpreadElement) {
    return false;
  }
  const value = getStaticString(node, sourceCode);
  return value === 'base64' || value === 'base64url';
}

/** `t.split('.')[1]` (directly, through constants, or destructured); the `t`, else `undefined`. */
function payloadSegmentOf(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): TSESTree.Node | undefined {
  if (depth > 6) {
    return undefined;
  }
  let current = skipWrappers(node);
  // URL-safe alphabet fix-ups and padding: `p.replace(/-/g, '+').replace(/_/g, '/') + '=='`.
  for (let i = 0; i < 6; i++) {
    if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
      current = skipWrappers(current.left);
    } else if (
      current.type === AST_NODE_TYPES.CallExpression &&
      current.callee.type === AST_NODE_TYPES.MemberExpression &&
      ['replace', 'replaceAll', 'padEnd', 'trim'].includes(getMemberKey(current.callee, sourceCode) ?? '')
    ) {
      current = skipWrappers(current.callee.object);
    } else {
      break;
    }
  }
  if (current.type === AST_NODE_TYPES.MemberExpression && getMemberKey(current, sourceCode) === '1') {
    return splitOnDot(current.object, sourceCode, depth);
  }
  if (current.type !== AST_NODE_TYPES.Identifier) {
    return undefined;
  }
  const variable = findVariable(current, sourceCode);
  const def = variable?.defs[0];
  if (!variable || def?.type !== VARIABLE || !isNeverReassigned(variable) || !def.node.init) {
    return undefined;
  }
  if (def.node.id.type === AST_NODE_TYPES.Identifier) {
    return payloadSegmentOf(def.node.init, sourceCode, depth + 1);
  }
  // `const [, payload] = t.split('.')` / `const [header, payload, signature] = t.split('.')`
  if (def.node.id.type === AST_NODE_TYPES.ArrayPattern && def.node.id.elements[1] === def.name) {
    return splitOnDot(def.node.init, sourceCode, depth);
  }
  return undefined;
}

/** `t.split('.')`, or a constant bound to it: the `t`. */
function splitOnDot(node: TSESTree.Node, sourceCode: SourceCode, depth: number): TSESTree.Node | undefined {
  let current = skipWrappers(node);
  if (current.type === AST_NODE_TYPES.Identifier && depth <= 6) {
    const variable = findVariable(current, sourceCode);
    const def = variable?.defs[0];
    if (
      variable &&
      def?.type === VARIABLE &&
      isNeverReassigned(variable) &&
      def.node.init &&
      def.node.id.type === AST_NODE_TYPES.Identifier
    ) {
      current = skipWrappers(def.node.init);
    }
  }
  if (
    current.type === AST_NODE_TYPES.CallExpression &&
    current.callee.type === AST_NODE_TYPES.MemberExpression &&
    getMemberKey(current.callee, sourceCode) === 'split' &&
    current.arguments.length >= 1 &&
    current.arguments[0]!.type !== AST_NODE_TYPES.SpreadElement &&
    getStaticString(current.arguments[0]!, sourceCode) === '.'
  ) {
    return skipWrappers(current.callee.object);
  }
  return undefined;
}
