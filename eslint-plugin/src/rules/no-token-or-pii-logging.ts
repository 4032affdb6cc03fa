import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import {
  findVariable,
  getMemberKey,
  getPropertyKey,
  PARAMETER,
  resolveConstInit,
  resolveExpression,
} from '../util/evaluate';
import { getExpressionTokenKind, REQUEST_OBJECT_NAMES } from '../util/http';
import { CALL, resolveModuleRef } from '../util/modules';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';
import { getTokenKind, isQualifiedTokenName, splitIdentifierWords } from '../util/vocabulary';
import type { TokenKind } from '../util/vocabulary';

type Options = [{ fixPiiFlags?: boolean }];
type MessageIds = 'secretLogged' | 'piiLogging' | 'disablePiiLogging';

/** What a leaked value is, as the message names it (a code shape, never the value). */
type Leak =
  TokenKind | 'clientSecret' | 'password' | 'assertion' | 'authorization' | 'cookie' | 'headers' | 'tokenResult';

const LEAK_WORDS: Record<Leak, string> = {
  access: 'an access token',
  id: 'an ID token',
  refresh: 'a refresh token',
  generic: 'a token',
  clientSecret: 'a client secret',
  password: 'a password',
  assertion: 'a client assertion',
  authorization: 'the Authorization header',
  cookie: 'the Cookie header',
  headers: 'the request headers (Authorization and Cookie included)',
  tokenResult: 'a whole token result (its access, ID and refresh tokens included)',
};

/** Switches that make identity libraries log personal data: the key, its insecure value and the safe one. */
const PII_FLAGS = new Map<string, { insecure: boolean }>([
  ['piiLoggingEnabled', { insecure: true }], // MSAL (msal-common ClientConfiguration loggerOptions)
  ['enableUnsafeSupportLogging', { insecure: true }], // @azure/identity loggingOptions
  ['allowLoggingAccountIdentifiers', { insecure: true }], // @azure/identity loggingOptions
  ['loggingNoPII', { insecure: false }], // passport-azure-ad
]);

const CONSOLE_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table']);
const LOGGER_METHODS = new Set([
  'log',
  'info',
  'warn',
  'warning',
  'error',
  'debug',
  'trace',
  'fatal',
  'verbose',
  'silly',
  'notice',
  'critical',
]);
/** Receivers whose name says they are a logger: `logger`, `this.logger`, `req.log`, `context.log`, `appLogger`. */
const LOGGER_NAME = /^(?:_?logger|_?log|winston|pino|bunyan|signale|consola|context|ctx|invocationContext)$|Logger$/;
/** Calls whose result is an MSAL `AuthenticationResult` (access, ID and refresh tokens inside). */
const TOKEN_RESULT_CALL = /^(?:acquireToken\w*|loginPopup|ssoSilent|handleRedirectPromise)$/;
/** Names of variables that hold a whole token response. */
const TOKEN_RESULT_NAME = /^(?:token ?(?:set|response|result)|auth(?:entication)? ?result)$/;
/**
 * Every name `leakOfName` gives a kind contains one of these (`…secret`, `pass…`, `…assertion`, `token…`/`auth…`
 * results): most logged names do not, and are answered by this one test, without splitting them into words.
 */
const LEAK_CANDIDATE = /secret|passw|assertion|token|auth/i;
/** Words before "password" that make it a flag or a rule, not a password. */
const NOT_PASSWORD = new Set([
  'has',
  'is',
  'should',
  'show',
  'needs',
  'require',
  'requires',
  'min',
  'max',
  'with',
  'reset',
  'forgot',
  'change',
]);
const MAX_DEPTH = 4;

/**
 * What a logging call is recognised by: `console`, a `log`/`…Logger` receiver, the logger packages, `context`/`ctx`,
 * `debug`.
 */
const LOGGING_WORDS = ['console', 'log', 'winston', 'pino', 'bunyan', 'signale', 'consola', 'context', 'ctx', 'debug'];
/**
 * What a leak is named by: a token or JWT name, `auth…Result`, a secret, password or assertion, the Authorization,
 * Cookie or request headers, or an MSAL call whose result holds tokens (`acquireToken…` says token).
 */
const LEAK_MENTIONS = registerMentions([
  'token',
  'jwt',
  'auth',
  'secret',
  'password',
  'passwd',
  'assertion',
  'cookie',
  'headers',
  'loginPopup',
  'ssoSilent',
  'handleRedirectPromise',
]);
/** The PII switches, by their own keys. */
const PII_WORDS = [...PII_FLAGS.keys()];
const LOGGING_MENTIONS = registerMentions(LOGGING_WORDS);
const PII_MENTIONS = registerMentions(PII_WORDS);

export default createRule<Options, MessageIds>({
  name: 'no-token-or-pii-logging',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow writing tokens, secrets and personal data to logs',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      secretLogged: 'This writes {{what}} to the log, where anyone who can read the logs can use it.',
      piiLogging:
        '`{{name}}: {{value}}` makes the library write personal data (and sometimes tokens and claims) to the log.',
      disablePiiLogging: 'Set `{{name}}` to `{{safe}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          fixPiiFlags: {
            type: 'boolean',
            description: 'Whether `--fix` turns the PII logging switches off (otherwise it is an editor suggestion).',
          },
        },
      },
    ],
  },
  defaultOptions: [{ fixPiiFlags: true }],
  // A secret is logged only through a recognisable logging call (which also needs a leak word, checked below), and
  // the PII switches are found by their own keys.
  mentions: [...LOGGING_WORDS, ...PII_WORDS],
  create(context, [{ fixPiiFlags }]) {
    const sourceCode = context.sourceCode;
    const checksCalls = sourceMentionsAny(sourceCode, LOGGING_MENTIONS) && sourceMentionsAny(sourceCode, LEAK_MENTIONS);
    const checksFlags = sourceMentionsAny(sourceCode, PII_MENTIONS);

    function nameOf(node: TSESTree.Node): string | undefined {
      const current = skipWrappers(node);
      if (current.type === AST_NODE_TYPES.Identifier) {
        return current.name;
      }
      if (current.type === AST_NODE_TYPES.MemberExpression) {
        return getMemberKey(current, sourceCode);
      }
      if (current.type === AST_NODE_TYPES.ThisExpression) {
        return 'this';
      }
      return undefined;
    }

    function isGlobal(node: TSESTree.Identifier): boolean {
      const variable = findVariable(node, sourceCode);
      return !variable || variable.defs.length === 0;
    }

    function isLoggingCall(call: TSESTree.CallExpression): boolean {
      const callee = skipWrappers(call.callee);
      if (callee.type === AST_NODE_TYPES.MemberExpression) {
        const method = getMemberKey(callee, sourceCode);
        if (method === undefined || !(LOGGER_METHODS.has(method) || CONSOLE_METHODS.has(method))) {
          return false;
        }
        const object = skipWrappers(callee.object);
        if (object.type === AST_NODE_TYPES.Identifier && object.name === 'console') {
          return CONSOLE_METHODS.has(method) && isGlobal(object);
        }
        const receiver = nameOf(object);
        if (receiver !== undefined && LOGGER_METHODS.has(method) && LOGGER_NAME.test(receiver)) {
          return true;
        }
        // `context.log.error(…)` (Azure Functions v3), `req.log.info(…)` (pino-http): the receiver is itself a `log`.
        return false;
      }
      if (callee.type === AST_NODE_TYPES.Identifier && /debug|log|dbg|trace/i.test(callee.name)) {
        // `const debug = require('debug')('app')` / `createDebug('app')` from the debug package.
        const ref = resolveModuleRef(callee, sourceCode);
        return ref?.source === 'debug' && ref.path.length === 1 && ref.path[0] === CALL;
      }
      return false;
    }

    /** What a name says a value is, among the things that must not be logged. */
    function leakOfName(name: string): Leak | undefined {
      if (!LEAK_CANDIDATE.test(name)) {
        return undefined;
      }
      const words = splitIdentifierWords(name);
      const last = words[words.length - 1];
      const before = words[words.length - 2];
      if (last === undefined) {
        return undefined;
      }
      if (last === 'secret' && before === 'client') {
        return 'clientSecret';
      }
      if (last === 'clientsecret') {
        return 'clientSecret';
      }
      if (
        (last === 'password' || last === 'passwd') &&
        (before === undefined || !NOT_PASSWORD.has(before)) &&
        !NOT_PASSWORD.has(words[0]!)
      ) {
        return 'password';
      }
      if (last === 'assertion' && (before === 'client' || before === undefined)) {
        return 'assertion';
      }
      if (TOKEN_RESULT_NAME.test(words.join(' ')) || TOKEN_RESULT_NAME.test(words.join(''))) {
        return 'tokenResult';
      }
      return undefined;
    }

    /** A value read from `x = await client.acquireTokenSilent(…)` or `await credential.getToken(…)`. */
    function isTokenResult(node: TSESTree.Identifier): boolean {
      const init = resolveConstInit(node, sourceCode) ?? thenParameterSource(node);
      let call = init && skipWrappers(init);
      if (call?.type === AST_NODE_TYPES.AwaitExpression) {
        call = skipWrappers(call.argument);
      }
      if (call?.type !== AST_NODE_TYPES.CallExpression) {
        return false;
      }
      const callee = skipWrappers(call.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) {
        return false;
      }
      const method = getMemberKey(callee, sourceCode);
      if (method === undefined) {
        return false;
      }
      if (TOKEN_RESULT_CALL.test(method)) {
        return true;
      }
      return method === 'getToken' && /credential$/i.test(nameOf(callee.object) ?? '');
    }

    /** For `client.acquireTokenSilent(r).then(result => …)`, the call whose result `result` receives. */
    function thenParameterSource(node: TSESTree.Identifier): TSESTree.Node | undefined {
      const def = findVariable(node, sourceCode)?.defs[0];
      if (def?.type !== PARAMETER) {
        return undefined;
      }
      const fn = def.node;
      if (
        (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) ||
        fn.params[0] !== def.name ||
        fn.parent?.type !== AST_NODE_TYPES.CallExpression ||
        fn.parent.arguments[0] !== fn
      ) {
        return undefined;
      }
      const then = skipWrappers(fn.parent.callee);
      if (then.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(then, sourceCode) !== 'then') {
        return undefined;
      }
      return then.object;
    }

    /** `req.headers`, `req.headers.authorization`, `headers['cookie']`. */
    function leakOfHeaders(member: TSESTree.MemberExpression): Leak | undefined {
      const key = getMemberKey(member, sourceCode)?.toLowerCase();
      const object = skipWrappers(member.object);
      if (
        (key === 'authorization' || key === 'cookie') &&
        object.type === AST_NODE_TYPES.MemberExpression &&
        getMemberKey(object, sourceCode) === 'headers'
      ) {
        return key;
      }
      if (key === 'headers' && REQUEST_OBJECT_NAMES.has(nameOf(object) ?? '')) {
        return 'headers';
      }
      return undefined;
    }

    function collectLeaks(node: TSESTree.Node, out: { node: TSESTree.Node; leak: Leak }[], depth: number): void {
      if (depth > MAX_DEPTH) {
        return;
      }
      const current = skipWrappers(node);
      switch (current.type) {
        case AST_NODE_TYPES.Identifier:
        case AST_NODE_TYPES.MemberExpression: {
          if (current.type === AST_NODE_TYPES.MemberExpression) {
            const header = leakOfHeaders(current);
            if (header) {
              out.push({ node: current, leak: header });
              return;
            }
          }
          const token = getExpressionTokenKind(current, sourceCode);
          if (token) {
            if (isQualifiedTokenName(token.name)) {
              out.push({ node: current, leak: token.kind });
            }
            return;
          }
          const name = nameOf(current);
          const leak = name === undefined ? undefined : leakOfName(name);
          if (leak) {
            out.push({ node: current, leak });
          } else if (current.type === AST_NODE_TYPES.Identifier && isTokenResult(current)) {
            out.push({ node: current, leak: 'tokenResult' });
          }
          return;
        }
        case AST_NODE_TYPES.TemplateLiteral:
          current.expressions.forEach(e => collectLeaks(e, out, depth + 1));
          return;
        case AST_NODE_TYPES.BinaryExpression:
          if (current.operator === '+') {
            collectLeaks(current.left, out, depth + 1);
            collectLeaks(current.right, out, depth + 1);
          }
          return;
        case AST_NODE_TYPES.LogicalExpression:
          collectLeaks(current.left, out, depth + 1);
          collectLeaks(current.right, out, depth + 1);
          return;
        case AST_NODE_TYPES.ConditionalExpression:
          collectLeaks(current.consequent, out, depth + 1);
          collectLeaks(current.alternate, out, depth + 1);
          return;
        case AST_NODE_TYPES.ArrayExpression:
          for (const element of current.elements) {
            if (element) {
              collectLeaks(element.type === AST_NODE_TYPES.SpreadElement ? element.argument : element, out, depth + 1);
            }
          }
          return;
        case AST_NODE_TYPES.ObjectExpression:
          for (const property of current.properties) {
            if (property.type === AST_NODE_TYPES.SpreadElement) {
              collectLeaks(property.argument, out, depth + 1);
              continue;
            }
            const before = out.length;
            collectLeaks(property.value, out, depth + 1);
            const key = getPropertyKey(property, sourceCode);
            const value = skipWrappers(property.value);
            // `{ access_token: t }`: the key names what an opaque value is.
            if (
              out.length === before &&
              key !== undefined &&
              (value.type === AST_NODE_TYPES.Identifier || value.type === AST_NODE_TYPES.MemberExpression)
            ) {
              const kind = isQualifiedTokenName(key) ? getTokenKind(key) : undefined;
              const leak = kind ?? leakOfName(key);
              if (leak && leak !== 'tokenResult') {
                out.push({ node: property.value, leak });
              }
            }
          }
          return;
        case AST_NODE_TYPES.CallExpression: {
          // `JSON.stringify(x)`, `String(x)`, `x.toString()` print the value itself; other calls transform it.
          const callee = skipWrappers(current.callee);
          const [first] = current.arguments;
          if (
            callee.type === AST_NODE_TYPES.MemberExpression &&
            nameOf(callee.object) === 'JSON' &&
            getMemberKey(callee, sourceCode) === 'stringify' &&
            first &&
            first.type !== AST_NODE_TYPES.SpreadElement
          ) {
            collectLeaks(first, out, depth + 1);
          } else if (
            callee.type === AST_NODE_TYPES.Identifier &&
            callee.name === 'String' &&
            first &&
            first.type !== AST_NODE_TYPES.SpreadElement
          ) {
            collectLeaks(first, out, depth + 1);
          } else if (
            callee.type === AST_NODE_TYPES.MemberExpression &&
            getMemberKey(callee, sourceCode) === 'toString' &&
            current.arguments.length === 0
          ) {
            collectLeaks(callee.object, out, depth + 1);
          }
          return;
        }
        default:
          return;
      }
    }

    function checkPiiFlag(node: TSESTree.Property, name: string, insecure: boolean): void {
      const value = resolveExpression(node.value, sourceCode);
      if (value.type !== AST_NODE_TYPES.Literal || value.value !== insecure) {
        return;
      }
      const safe = String(!insecure);
      const direct = skipWrappers(node.value);
      const fix =
        direct.type === AST_NODE_TYPES.Literal
          ? (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => fixer.replaceText(direct, safe)
          : undefined;
      context.report({
        node,
        messageId: 'piiLogging',
        data: { name, value: String(insecure) },
        fix: fixPiiFlags ? fix : undefined,
        suggest: !fixPiiFlags && fix ? [{ messageId: 'disablePiiLogging', data: { name, safe }, fix }] : [],
      });
    }

    function checkCall(node: TSESTree.CallExpression): void {
      if (node.arguments.length === 0 || !isLoggingCall(node)) {
        return;
      }
      const leaks: { node: TSESTree.Node; leak: Leak }[] = [];
      for (const arg of node.arguments) {
        collectLeaks(arg.type === AST_NODE_TYPES.SpreadElement ? arg.argument : arg, leaks, 0);
      }
      for (const { node: leaked, leak } of leaks) {
        context.report({ node: leaked, messageId: 'secretLogged', data: { what: LEAK_WORDS[leak] } });
      }
    }

    function checkProperty(node: TSESTree.Property): void {
      if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return;
      }
      const key = getPropertyKey(node, sourceCode);
      const flag = key === undefined ? undefined : PII_FLAGS.get(key);
      if (flag && key !== undefined) {
        checkPiiFlag(node, key, flag.insecure);
      }
    }

    const listeners: TSESLint.RuleListener = {};
    if (checksCalls) {
      listeners.CallExpression = checkCall;
    }
    if (checksFlags) {
      listeners.Property = checkProperty;
    }
    return listeners;
  },
});
