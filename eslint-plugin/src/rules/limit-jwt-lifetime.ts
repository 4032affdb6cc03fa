import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, skipWrappers } from '../util/ast';

import { findProperty, getPropertyKey, isClosedObject, resolveExpression } from '../util/evaluate';
import { getJoseBuilderChain, getJsonwebtokenSignArguments, isJsonwebtokenSign } from '../util/jwt';
import { isModuleRef, JOSE, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';
import { splitIdentifierWords } from '../util/vocabulary';

type Options = [{ maxLifetime?: number | string; maxRefreshLifetime?: number | string; allowedNamePattern?: string }];
type MessageIds = 'tooLong' | 'missingExpiry' | 'missingJoseExpiry' | 'noTimestamp' | 'addExpiry';

const DEFAULT_MAX = '24h';
const DEFAULT_REFRESH_MAX = '90d';
const SUGGESTED = '1h';

const SECOND = 1;
const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const YEAR = 365.25 * DAY;

/**
 * jsonwebtoken's `expiresIn` strings go through the `ms` package: `'2h'`, `'7 days'`, `'1y'`; no unit means
 * milliseconds.
 */
const MS_FORMAT =
  /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i;
/** jose's relative time spans: `'2h'`, `'1 day'`, `'+30 minutes'`. */
const JOSE_FORMAT =
  /^(\+)? ?(\d+|\d+\.\d+) ?(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)(?: from now)?$/i;

function unitSeconds(unit: string): number {
  const u = unit.toLowerCase();
  if (/^(milliseconds?|msecs?|ms)$/.test(u)) return 0.001;
  if (u.startsWith('s')) return SECOND;
  if (u.startsWith('mi') || u === 'm') return MINUTE;
  if (u.startsWith('h')) return HOUR;
  if (u.startsWith('d')) return DAY;
  if (u.startsWith('w')) return WEEK;
  return YEAR;
}

/** Seconds in an `ms`-style span (`'365d'` → 31536000); a bare number is seconds. `undefined` if unparseable. */
function parseLifetime(value: unknown, format: 'ms' | 'jose' = 'ms'): number | undefined {
  if (typeof value === 'number') {
    return Number.isFinite(value) ? value : undefined;
  }
  if (typeof value !== 'string' || value.length > 100) {
    return undefined;
  }
  if (format === 'jose') {
    const match = JOSE_FORMAT.exec(value.trim());
    return match ? Number(match[2]) * unitSeconds(match[3]!) : undefined;
  }
  const match = MS_FORMAT.exec(value.trim());
  return match ? Number(match[1]) * (match[2] ? unitSeconds(match[2]) : 0.001) : undefined;
}

/** `90 days`, `12 hours`, `45 minutes`, `30 seconds`. */
function describe(seconds: number): string {
  const plural = (n: number, unit: string): string => `${Number(n.toFixed(1))} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds >= YEAR && seconds % YEAR === 0) return plural(seconds / YEAR, 'year');
  if (seconds >= DAY) return plural(seconds / DAY, 'day');
  if (seconds >= HOUR) return plural(seconds / HOUR, 'hour');
  if (seconds >= MINUTE) return plural(seconds / MINUTE, 'minute');
  return plural(seconds, 'second');
}

export default createRule<Options, MessageIds>({
  name: 'limit-jwt-lifetime',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require JWTs that this code signs to expire, and within a bounded lifetime',
      recommended: 'recommended',
      principle: 'assume-breach',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      tooLong:
        'This JWT stays valid for {{lifetime}}, longer than the {{max}} limit; a stolen copy works for all that time.',
      missingExpiry:
        'This JWT never expires: jsonwebtoken sets no `exp` unless `expiresIn` (or an `exp` claim) is given.',
      missingJoseExpiry: 'This JWT never expires: call `.setExpirationTime(…)` before `.sign(…)`.',
      noTimestamp: '`noTimestamp: true` drops the `iat` claim, so verifiers cannot enforce a `maxAge` on this token.',
      addExpiry: "Make the token expire after one hour (`'1h'`).",
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          maxLifetime: {
            type: ['number', 'string'],
            description: "The longest lifetime allowed, in seconds or as an `ms` string (`'24h'`, `'15m'`, `'7d'`).",
          },
          maxRefreshLifetime: {
            type: ['number', 'string'],
            description:
              'The longest lifetime allowed for refresh tokens (a variable, property or function named like one, ' +
              'such as `refreshToken` or `createRefreshToken`), in seconds or as an `ms` string.',
          },
          allowedNamePattern: {
            type: 'string',
            description:
              'A regular expression (case-insensitive) for names of variables, properties and functions that receive ' +
              'long-lived single-purpose tokens (invitations, password resets, signed download links).',
          },
        },
      },
    ],
  },
  defaultOptions: [
    {
      maxLifetime: DEFAULT_MAX,
      maxRefreshLifetime: DEFAULT_REFRESH_MAX,
      allowedNamePattern: 'invit|reset|verif|confirm|unsubscribe|magic|download|share|signed_?url',
    },
  ],
  // Reports only calls resolved to jsonwebtoken's `sign` or to jose's `SignJWT`/`EncryptJWT`.
  mentions: ['jsonwebtoken', 'jose'],
  create(context, [{ maxLifetime, maxRefreshLifetime, allowedNamePattern }]) {
    const sourceCode = context.sourceCode;
    const max = parseLifetime(maxLifetime ?? DEFAULT_MAX) ?? DAY;
    const maxText = typeof maxLifetime === 'string' ? maxLifetime : describe(max);
    const refreshMax = parseLifetime(maxRefreshLifetime ?? DEFAULT_REFRESH_MAX) ?? 90 * DAY;
    const refreshMaxText = typeof maxRefreshLifetime === 'string' ? maxRefreshLifetime : describe(refreshMax);
    let allowed: RegExp | undefined;
    try {
      allowed = allowedNamePattern ? new RegExp(allowedNamePattern, 'i') : undefined;
    } catch {
      allowed = undefined;
    }

    /** The name the token lands in: the variable, property or assignment target, or the function that returns it. */
    function receivingName(node: TSESTree.Node): string | undefined {
      let current: TSESTree.Node = node;
      for (let i = 0; i < 8 && current.parent; i++) {
        const parent: TSESTree.Node = current.parent;
        switch (parent.type) {
          case AST_NODE_TYPES.AwaitExpression:
          case AST_NODE_TYPES.TSAsExpression:
          case AST_NODE_TYPES.TSNonNullExpression:
          case AST_NODE_TYPES.ChainExpression:
          case AST_NODE_TYPES.ConditionalExpression:
          case AST_NODE_TYPES.TemplateLiteral:
          case AST_NODE_TYPES.BinaryExpression:
          case AST_NODE_TYPES.ReturnStatement:
          case AST_NODE_TYPES.BlockStatement:
            current = parent;
            continue;
          case AST_NODE_TYPES.VariableDeclarator:
            return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
          case AST_NODE_TYPES.AssignmentExpression: {
            const left = parent.left;
            return getWrittenName(left, sourceCode);
          }
          case AST_NODE_TYPES.Property:
          case AST_NODE_TYPES.PropertyDefinition:
          case AST_NODE_TYPES.MethodDefinition:
            return getPropertyKey(parent, sourceCode);
          case AST_NODE_TYPES.FunctionDeclaration:
            return parent.id?.name;
          case AST_NODE_TYPES.FunctionExpression:
          case AST_NODE_TYPES.ArrowFunctionExpression:
            current = parent;
            continue;
          default:
            return undefined;
        }
      }
      return undefined;
    }

    /** Whether the receiving name says refresh token: `refreshToken`, `createRefreshToken`, `refresh_jwt`. */
    function isRefreshName(name: string | undefined): boolean {
      return name !== undefined && splitIdentifierWords(name).includes('refresh');
    }

    /** The static value of a property, or `'dynamic'` when it is there but not constant; `undefined` when absent. */
    function staticValue(property: TSESTree.Property | undefined): unknown {
      if (!property) {
        return undefined;
      }
      const value = resolveExpression(property.value, sourceCode);
      if (value.type === AST_NODE_TYPES.Literal) {
        return value.value;
      }
      return foldNumber(value, 0) ?? 'dynamic';
    }

    /** `60 * 60 * 24 * 90` and friends, with same-file numeric constants. */
    function foldNumber(node: TSESTree.Node, depth: number): number | undefined {
      const current = resolveExpression(node, sourceCode);
      if (depth > 8) {
        return undefined;
      }
      if (current.type === AST_NODE_TYPES.Literal) {
        return typeof current.value === 'number' ? current.value : undefined;
      }
      if (current.type !== AST_NODE_TYPES.BinaryExpression || current.left.type === AST_NODE_TYPES.PrivateIdentifier) {
        return undefined;
      }
      const left = foldNumber(current.left, depth + 1);
      const right = left === undefined ? undefined : foldNumber(current.right, depth + 1);
      if (left === undefined || right === undefined) {
        return undefined;
      }
      switch (current.operator) {
        case '*':
          return left * right;
        case '+':
          return left + right;
        case '-':
          return left - right;
        case '/':
          return right === 0 ? undefined : left / right;
        default:
          return undefined;
      }
    }

    function reportTooLong(node: TSESTree.Node, seconds: number, singleUse: boolean, call: TSESTree.Node): void {
      if (seconds <= max || singleUse) {
        return;
      }
      const name = receivingName(call);
      if (name !== undefined && allowed?.test(name)) {
        return;
      }
      const refresh = isRefreshName(name);
      if (refresh && seconds <= refreshMax) {
        return;
      }
      context.report({
        node,
        messageId: 'tooLong',
        data: { lifetime: describe(seconds), max: refresh ? refreshMaxText : maxText },
      });
    }

    function checkJsonwebtoken(call: TSESTree.CallExpression): void {
      const args = getJsonwebtokenSignArguments(call, sourceCode);
      if (!args) {
        return;
      }
      const { payload, optionsArgument: options, options: resolvedOptions } = args;
      const resolvedPayload = resolveExpression(payload, sourceCode);
      if (resolvedPayload.type === AST_NODE_TYPES.Literal || resolvedPayload.type === AST_NODE_TYPES.TemplateLiteral) {
        return; // string payloads cannot carry `exp` (and jsonwebtoken rejects `expiresIn` for them)
      }
      const payloadObject = resolvedPayload.type === AST_NODE_TYPES.ObjectExpression ? resolvedPayload : undefined;
      const singleUse =
        (payloadObject !== undefined && findProperty(payloadObject, 'jti', sourceCode) !== undefined) ||
        (resolvedOptions !== undefined && findProperty(resolvedOptions, 'jwtid', sourceCode) !== undefined);

      const noTimestamp = resolvedOptions && findProperty(resolvedOptions, 'noTimestamp', sourceCode);
      if (noTimestamp && staticValue(noTimestamp) === true) {
        context.report({ node: noTimestamp, messageId: 'noTimestamp' });
      }

      const expiresIn = resolvedOptions && findProperty(resolvedOptions, 'expiresIn', sourceCode);
      if (expiresIn) {
        const seconds = parseLifetime(staticValue(expiresIn));
        if (seconds !== undefined) {
          reportTooLong(expiresIn, seconds, singleUse, call);
        }
        return;
      }
      // No `expiresIn`: fine only if the payload carries `exp`. Unknown payloads and options are not guessed at.
      if (
        !payloadObject ||
        !isClosedObject(payloadObject, sourceCode) ||
        findProperty(payloadObject, 'exp', sourceCode)
      ) {
        return;
      }
      if (resolvedOptions && !isClosedObject(resolvedOptions, sourceCode)) {
        return;
      }
      const callee = skipWrappers(call.callee);
      context.report({
        node: callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee,
        messageId: 'missingExpiry',
        suggest: addExpiresIn(call, options),
      });
    }

    function addExpiresIn(
      call: TSESTree.CallExpression,
      options: TSESTree.Node | undefined,
    ): TSESLint.ReportSuggestionArray<MessageIds> {
      const quote = sourceCode.getText(call).includes('"') && !sourceCode.getText(call).includes("'") ? '"' : "'";
      const entry = `expiresIn: ${quote}${SUGGESTED}${quote}`;
      if (!options) {
        const key = call.arguments[1];
        return key ? [{ messageId: 'addExpiry', fix: fixer => fixer.insertTextAfter(key, `, { ${entry} }`) }] : [];
      }
      const object = skipWrappers(options);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) {
        return [];
      }
      const last = object.properties.at(-1);
      return [
        {
          messageId: 'addExpiry',
          fix: fixer => (last ? fixer.insertTextAfter(last, `, ${entry}`) : fixer.replaceText(object, `{ ${entry} }`)),
        },
      ];
    }

    /**
     * `new SignJWT(claims).setProtectedHeader(…).setExpirationTime(…).sign(key)` (and `EncryptJWT … .encrypt(key)`).
     */
    function checkJoseChain(call: TSESTree.CallExpression, callee: TSESTree.MemberExpression): void {
      const chain = getJoseBuilderChain(callee, sourceCode);
      if (!chain || chain.hasDynamicStep) {
        return;
      }
      const { root, steps } = chain;
      const ref = resolveModuleRef(root.callee, sourceCode);
      if (!isModuleRef(ref, JOSE, ['SignJWT']) && !isModuleRef(ref, JOSE, ['EncryptJWT'])) {
        return;
      }
      const [payload] = root.arguments;
      const payloadObject =
        payload && payload.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(payload, sourceCode) : undefined;
      const claims = payloadObject?.type === AST_NODE_TYPES.ObjectExpression ? payloadObject : undefined;
      const singleUse =
        steps.has('setJti') || (claims !== undefined && findProperty(claims, 'jti', sourceCode) !== undefined);
      const expiration = steps.get('setExpirationTime');
      if (expiration) {
        const [arg] = expiration.arguments;
        const value = arg && arg.type !== AST_NODE_TYPES.SpreadElement ? resolveExpression(arg, sourceCode) : undefined;
        // Numbers and dates are absolute timestamps: not judged here.
        if (value?.type === AST_NODE_TYPES.Literal && typeof value.value === 'string') {
          const seconds = parseLifetime(value.value, 'jose');
          if (seconds !== undefined && arg) {
            reportTooLong(arg, seconds, singleUse, call);
          }
        }
        return;
      }
      if (!claims || !isClosedObject(claims, sourceCode) || findProperty(claims, 'exp', sourceCode)) {
        return;
      }
      const quote = sourceCode.getText(call).includes('"') && !sourceCode.getText(call).includes("'") ? '"' : "'";
      context.report({
        node: callee.property,
        messageId: 'missingJoseExpiry',
        suggest: [
          {
            messageId: 'addExpiry',
            fix: fixer => fixer.insertTextBefore(callee.property, `setExpirationTime(${quote}${SUGGESTED}${quote}).`),
          },
        ],
      });
    }

    return {
      CallExpression(node: TSESTree.CallExpression): void {
        if (node.arguments.length === 0) {
          return;
        }
        const callee = skipWrappers(node.callee);
        const method = getWrittenName(callee, sourceCode);
        if (method === undefined) {
          return;
        }
        if (
          (method === 'sign' || method === 'encrypt') &&
          callee.type === AST_NODE_TYPES.MemberExpression &&
          skipWrappers(callee.object).type === AST_NODE_TYPES.CallExpression
        ) {
          checkJoseChain(node, callee);
          return;
        }
        if (isJsonwebtokenSign(node, callee, method, sourceCode)) {
          checkJsonwebtoken(node);
        }
      },
    };
  },
});
