import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import {
  findVariable,
  FUNCTION_NAME,
  getBooleanValue,
  getObjectShape,
  getPropertyKey,
  resolveExpression,
} from '../util/evaluate';
import type { ObjectShape } from '../util/evaluate';
import { removePropertyFix } from '../util/fixes';
import { parseDurationSeconds, resolveJwtCall, VERIFYING_APIS } from '../util/jwt';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';

type Options = [{ maxClockToleranceSeconds?: number; maxTokenAgeSeconds?: number; fixIgnoreExpiration?: boolean }];
type MessageIds =
  | 'ignoreExpiration'
  | 'ignoreNotBefore'
  | 'joseIgnoreClaim'
  | 'largeClockTolerance'
  | 'largeMaxAge'
  | 'onExpiredAccepts'
  | 'removeOption'
  | 'reduceClockTolerance';

/**
 * Flags that turn a lifetime check off, in any object literal: the names are jsonwebtoken's and passport-jwt's alone.
 */
const DISABLING_FLAGS: Record<string, MessageIds> = {
  ignoreExpiration: 'ignoreExpiration',
  ignoreNotBefore: 'ignoreNotBefore',
};
/** jose 2.x `JWT.verify` flags. */
const JOSE2_FLAGS = ['ignoreExp', 'ignoreNbf', 'ignoreIat'];

/** The disabling flags, found by name alone. */
const FLAG_WORDS = Object.keys(DISABLING_FLAGS);
/** The packages of the verification calls whose options are checked. */
const VERIFY_WORDS = ['jsonwebtoken', 'jose', 'jwt', 'passport-azure-ad'];
const FLAG_MENTIONS = registerMentions(FLAG_WORDS);
const VERIFY_MENTIONS = registerMentions(VERIFY_WORDS);

export default createRule<Options, MessageIds>({
  name: 'no-disabled-jwt-lifetime-checks',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow turning off or stretching the expiry and not-before checks of JWT verification',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      ignoreExpiration:
        '`ignoreExpiration: true` accepts expired tokens forever, so a leaked token never stops working; remove it.',
      ignoreNotBefore: '`ignoreNotBefore: true` accepts tokens before they become valid; remove it.',
      joseIgnoreClaim: '`{{name}}: true` turns off a lifetime check of the token; remove it.',
      largeClockTolerance:
        'A clock tolerance of {{seconds}} seconds keeps expired tokens valid for that long; keep it at {{max}} ' +
        'seconds or less.',
      largeMaxAge:
        'A maximum token age of {{seconds}} seconds accepts very old tokens; keep it at {{max}} seconds or less.',
      onExpiredAccepts:
        'This `onExpired` handler never throws, so express-jwt accepts expired tokens; rethrow the error (after any ' +
        'short grace window).',
      removeOption: 'Remove `{{name}}`.',
      reduceClockTolerance: 'Set the clock tolerance to 60 seconds.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxClockToleranceSeconds: {
            type: 'number',
            minimum: 0,
            description: 'The largest clock tolerance (or skew) allowed, in seconds.',
          },
          maxTokenAgeSeconds: {
            type: 'number',
            minimum: 0,
            description: 'The largest `maxAge` / `maxTokenAge` allowed, in seconds.',
          },
          fixIgnoreExpiration: {
            type: 'boolean',
            description:
              'Remove an explicit `ignoreExpiration: true` as an autofix (`--fix`); when false it is offered as a ' +
              'suggestion only.',
          },
        },
      },
    ],
  },
  defaultOptions: [{ maxClockToleranceSeconds: 300, maxTokenAgeSeconds: 86_400, fixIgnoreExpiration: true }],
  // The flags are found by name in any object; every other report needs a verify call resolved to jsonwebtoken,
  // jose, express-jwt, koa-jwt, passport-jwt or passport-azure-ad.
  mentions: [...FLAG_WORDS, ...VERIFY_WORDS],
  create(context, [options]) {
    const { sourceCode } = context;
    const checksFlags = sourceMentionsAny(sourceCode, FLAG_MENTIONS);
    const checksCalls = sourceMentionsAny(sourceCode, VERIFY_MENTIONS);
    const maxTolerance = options.maxClockToleranceSeconds ?? 300;
    const maxAge = options.maxTokenAgeSeconds ?? 86_400;
    const reported = new Set<TSESTree.Node>();

    function removeProperty(property: TSESTree.Property): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
      return removePropertyFix(property, sourceCode);
    }

    function reportOnce(descriptor: TSESLint.ReportDescriptor<MessageIds> & { node: TSESTree.Node }): void {
      if (!reported.has(descriptor.node)) {
        reported.add(descriptor.node);
        context.report(descriptor);
      }
    }

    function checkFlag(property: TSESTree.Property): void {
      if (property.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return;
      }
      const name = getPropertyKey(property, sourceCode);
      const messageId = name === undefined ? undefined : DISABLING_FLAGS[name];
      if (!messageId || getBooleanValue(property.value, sourceCode) !== true) {
        return;
      }
      const remove = removeProperty(property);
      if (messageId === 'ignoreExpiration' && options.fixIgnoreExpiration !== false) {
        reportOnce({ node: property, messageId, fix: remove });
      } else {
        reportOnce({
          node: property,
          messageId,
          suggest: [{ messageId: 'removeOption', data: { name: name! }, fix: remove }],
        });
      }
    }

    function checkCall(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const call = resolveJwtCall(node, sourceCode);
      if (!call || !VERIFYING_APIS.has(call.api) || !call.options) {
        return;
      }
      const shape = getObjectShape(call.options, sourceCode);
      if (!shape) {
        return;
      }
      if (call.api === 'jose.JWT.verify') {
        for (const name of JOSE2_FLAGS) {
          const property = shape.properties.get(name);
          if (property && getBooleanValue(property.value, sourceCode) === true) {
            reportOnce({
              node: property,
              messageId: 'joseIgnoreClaim',
              data: { name },
              suggest: [{ messageId: 'removeOption', data: { name }, fix: removeProperty(property) }],
            });
          }
        }
      }
      const nested = call.api === 'passport-jwt.Strategy' ? nestedShape(shape, 'jsonWebTokenOptions') : undefined;
      for (const s of [shape, nested]) {
        if (!s) continue;
        checkTolerance(s.properties.get(call.api.startsWith('passport-azure-ad') ? 'clockSkew' : 'clockTolerance'));
        checkMaxAge(s.properties.get('maxAge') ?? s.properties.get('maxTokenAge'));
      }
      if (call.api === 'express-jwt') {
        checkOnExpired(shape.properties.get('onExpired'));
      }
    }

    function nestedShape(shape: ObjectShape, key: string): ObjectShape | undefined {
      const property = shape.properties.get(key);
      return property ? getObjectShape(property.value, sourceCode) : undefined;
    }

    function checkTolerance(property: TSESTree.Property | undefined): void {
      const seconds = property && parseDurationSeconds(property.value, sourceCode);
      if (!property || seconds === undefined || seconds <= maxTolerance) {
        return;
      }
      const value = property.value;
      const written = value.type === AST_NODE_TYPES.Literal || value.type === AST_NODE_TYPES.BinaryExpression;
      reportOnce({
        node: property,
        messageId: 'largeClockTolerance',
        data: { seconds: String(seconds), max: String(maxTolerance) },
        suggest: written ? [{ messageId: 'reduceClockTolerance', fix: fixer => fixer.replaceText(value, '60') }] : [],
      });
    }

    function checkMaxAge(property: TSESTree.Property | undefined): void {
      const seconds = property && parseDurationSeconds(property.value, sourceCode);
      if (property && seconds !== undefined && seconds > maxAge) {
        reportOnce({
          node: property,
          messageId: 'largeMaxAge',
          data: { seconds: String(seconds), max: String(maxAge) },
        });
      }
    }

    function checkOnExpired(property: TSESTree.Property | undefined): void {
      if (!property) {
        return;
      }
      let handler: TSESTree.Node = resolveExpression(property.value, sourceCode);
      if (handler.type === AST_NODE_TYPES.Identifier) {
        const def = findVariable(handler, sourceCode)?.defs[0];
        if (def?.type === FUNCTION_NAME) {
          handler = def.node;
        }
      }
      if (
        handler.type !== AST_NODE_TYPES.ArrowFunctionExpression &&
        handler.type !== AST_NODE_TYPES.FunctionExpression &&
        handler.type !== AST_NODE_TYPES.FunctionDeclaration
      ) {
        return;
      }
      if (!containsThrow(handler.body, 0)) {
        reportOnce({ node: property, messageId: 'onExpiredAccepts' });
      }
    }

    /** Whether a function body throws or rejects anywhere (nested functions excluded). */
    function containsThrow(node: TSESTree.Node, depth: number): boolean {
      if (depth > 40) {
        return true;
      }
      if (node.type === AST_NODE_TYPES.ThrowStatement) {
        return true;
      }
      if (
        node.type === AST_NODE_TYPES.CallExpression &&
        node.callee.type === AST_NODE_TYPES.MemberExpression &&
        sourceCode.getText(node.callee) === 'Promise.reject'
      ) {
        return true;
      }
      if (
        node.type === AST_NODE_TYPES.FunctionExpression ||
        node.type === AST_NODE_TYPES.ArrowFunctionExpression ||
        node.type === AST_NODE_TYPES.FunctionDeclaration
      ) {
        return depth === 0 ? containsThrow(node.body, depth + 1) : false;
      }
      for (const key of sourceCode.visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, unknown>)[key];
        const children = Array.isArray(child) ? child : [child];
        for (const c of children) {
          if (c && typeof (c as TSESTree.Node).type === 'string' && containsThrow(c as TSESTree.Node, depth + 1)) {
            return true;
          }
        }
      }
      return false;
    }

    return {
      ...(checksFlags && {
        Property(node: TSESTree.Property): void {
          const { key } = node;
          const written =
            key.type === AST_NODE_TYPES.Identifier
              ? key.name
              : key.type === AST_NODE_TYPES.Literal
                ? key.value
                : undefined;
          if (written === 'ignoreExpiration' || written === 'ignoreNotBefore') {
            checkFlag(node);
          }
        },
      }),
      ...(checksCalls && { CallExpression: checkCall, NewExpression: checkCall }),
    };
  },
});
