import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getCalleeName, getWrittenName, isNamingPosition, skipWrappers } from '../util/ast';

import {
  getMemberKey,
  getPropertyKey,
  getStaticString,
  isLocalDefinition,
  isProcessEnv,
  resolveExpression,
} from '../util/evaluate';
import { getHttpsFix, removePropertyFix } from '../util/fixes';
import { getConstructedUrlArgument, isInsecureHttpUrl } from '../util/http';
import { isModuleRef, resolveModuleRef } from '../util/modules';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [];
type MessageIds =
  | 'checkServerIdentity'
  | 'insecureEndpoint'
  | 'insecureJwks'
  | 'openidInsecureRequests'
  | 'rejectUnauthorized'
  | 'removeAssignment'
  | 'removeOption'
  | 'strictSsl'
  | 'tlsRejectEnv'
  | 'useHttps';

/** Options whose `false` turns certificate checks off: Node's TLS option, and the `request` library's. */
const TLS_FLAGS = new Map<string, 'rejectUnauthorized' | 'strictSsl'>([
  ['rejectUnauthorized', 'rejectUnauthorized'],
  ['strictSSL', 'strictSsl'],
]);
const TLS_ENV = 'NODE_TLS_REJECT_UNAUTHORIZED';
const JWKS_FACTORY = 'createRemoteJWKSet';
const JWKS_WORDS = registerMentions([JWKS_FACTORY]);
const INSECURE_REQUESTS_WORDS = registerMentions(['allowInsecureRequests']);
const TLS_ENV_WORDS = registerMentions([TLS_ENV]);
const TLS_ENV_IN_TEXT = /\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*['"]?0(?![\w.])/;
/** Properties that name an authority, token endpoint or key set the code will fetch from. */
const ENDPOINT_KEYS = new Set([
  'authority',
  'authorityHost',
  'identityMetadata',
  'issuerBaseURL',
  'jwksUri',
  'jwks_uri',
  'jwksUrl',
  'tokenEndpoint',
  'token_endpoint',
  'tokenHost',
  'tokenUrl',
  'tokenURL',
]);

export default createRule<Options, MessageIds>({
  name: 'no-disabled-tls-validation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow turning off TLS certificate validation and plain-HTTP identity endpoints',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      rejectUnauthorized:
        '`rejectUnauthorized: false` turns off TLS certificate validation, so anyone on the network path can ' +
        'impersonate the server and read the tokens and secrets sent to it; trust a private CA with `ca` instead.',
      checkServerIdentity:
        'A `checkServerIdentity` that returns nothing accepts a valid certificate for any host name, so any site ' +
        'with a certificate can impersonate the server; remove it.',
      strictSsl:
        '`strictSSL: false` turns off TLS certificate validation, so anyone on the network path can impersonate the ' +
        'server; trust a private CA with `ca` instead.',
      tlsRejectEnv:
        'Setting `NODE_TLS_REJECT_UNAUTHORIZED` to `0` turns off TLS certificate validation for every connection of ' +
        'the process; trust a private CA with `NODE_EXTRA_CA_CERTS` instead.',
      openidInsecureRequests:
        "openid-client's `allowInsecureRequests` lets discovery, token and userinfo requests go over plain HTTP, " +
        'where tokens can be read and responses forged.',
      insecureJwks:
        'This key set is fetched over plain HTTP, so anyone on the network path can substitute their own signing ' +
        'keys and forge tokens that verify.',
      insecureEndpoint:
        '`{{key}}` points at a plain `http://` URL on a remote host, so tokens, secrets and signing keys travel ' +
        'without TLS.',
      removeOption: 'Remove this option, so certificates are validated.',
      removeAssignment: 'Remove this assignment, so certificates are validated.',
      useHttps: 'Use `https://`.',
    },
    schema: [],
  },
  defaultOptions: [],
  // The TLS options and variable, openid-client's `allowInsecureRequests`, jose's JWKS factory, and the endpoint keys
  // it checks for `http://`.
  mentions: [
    'rejectUnauthorized',
    'reject_unauthorized',
    'strictSSL',
    'checkServerIdentity',
    'allowInsecureRequests',
    'jwks',
    'authority',
    'identityMetadata',
    'issuerBaseURL',
    'tokenEndpoint',
    'token_endpoint',
    'tokenHost',
    'tokenUrl',
  ],
  create(context) {
    const { sourceCode } = context;
    /** Tests and fixtures hold endpoint URLs as data; explicit TLS opt-outs are reported everywhere. */
    const checkUrls = !isTestOrToolingFile(context.filename, context.cwd);
    /** Local names that `createRemoteJWKSet` was imported or destructured under (`{ createRemoteJWKSet as jwks }`). */
    const jwksAliases = new Set<string>();

    /** `false`, `0` and `!1`, directly or through a same-file constant. */
    function isStaticFalse(node: TSESTree.Node): boolean {
      const value = resolveExpression(node, sourceCode);
      if (value.type === AST_NODE_TYPES.Literal) {
        return value.value === false || value.value === 0;
      }
      return (
        value.type === AST_NODE_TYPES.UnaryExpression &&
        value.operator === '!' &&
        value.argument.type === AST_NODE_TYPES.Literal &&
        Boolean(value.argument.value)
      );
    }

    /**
     * A `checkServerIdentity` that accepts every certificate name: a function that returns nothing
     * (`() => undefined`, `() => {}`, `function () { return null; }`), directly or through a same-file constant.
     */
    function acceptsAnyServer(node: TSESTree.Node): boolean {
      const fn = resolveExpression(node, sourceCode);
      if (fn.type !== AST_NODE_TYPES.ArrowFunctionExpression && fn.type !== AST_NODE_TYPES.FunctionExpression) {
        return false;
      }
      const isNothing = (value: TSESTree.Node | null | undefined): boolean =>
        !value ||
        (value.type === AST_NODE_TYPES.Identifier && value.name === 'undefined') ||
        (value.type === AST_NODE_TYPES.Literal && value.value === null) ||
        (value.type === AST_NODE_TYPES.UnaryExpression && value.operator === 'void');
      if (fn.body.type !== AST_NODE_TYPES.BlockStatement) {
        return isNothing(fn.body);
      }
      const statements = fn.body.body;
      return (
        statements.length === 0 ||
        (statements.length === 1 &&
          statements[0]!.type === AST_NODE_TYPES.ReturnStatement &&
          isNothing(statements[0]!.argument))
      );
    }

    /** `'0'` or `0`, the only values with which Node turns validation off. */
    function isZero(node: TSESTree.Node): boolean {
      const value = resolveExpression(node, sourceCode);
      return (value.type === AST_NODE_TYPES.Literal && value.value === 0) || getStaticString(node, sourceCode) === '0';
    }

    function checkProperty(node: TSESTree.Property): void {
      if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return; // destructuring patterns read options, they do not set them
      }
      const key = getPropertyKey(node, sourceCode);
      if (key === undefined) {
        return;
      }
      const flag = TLS_FLAGS.get(key);
      if (flag && isStaticFalse(node.value)) {
        context.report({
          node,
          messageId: flag,
          suggest: [{ messageId: 'removeOption', fix: removePropertyFix(node, sourceCode) }],
        });
      } else if (key === 'checkServerIdentity' && acceptsAnyServer(node.value)) {
        context.report({
          node,
          messageId: 'checkServerIdentity',
          suggest: [{ messageId: 'removeOption', fix: removePropertyFix(node, sourceCode) }],
        });
      } else if (key === TLS_ENV && isZero(node.value)) {
        context.report({
          node,
          messageId: 'tlsRejectEnv',
          suggest: [{ messageId: 'removeOption', fix: removePropertyFix(node, sourceCode) }],
        });
      } else if (checkUrls && ENDPOINT_KEYS.has(key) && isInsecureHttpUrl(node.value, sourceCode)) {
        const fix = getHttpsFix(node.value);
        context.report({
          node: node.value,
          messageId: 'insecureEndpoint',
          data: { key },
          suggest: fix ? [{ messageId: 'useHttps', fix }] : [],
        });
      }
    }

    function checkAssignment(node: TSESTree.AssignmentExpression): void {
      if (node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) {
        return;
      }
      const key = getMemberKey(node.left, sourceCode);
      const statement = node.parent.type === AST_NODE_TYPES.ExpressionStatement ? node.parent : undefined;
      const suggest: TSESLint.ReportSuggestionArray<MessageIds> = statement
        ? [{ messageId: 'removeAssignment', fix: fixer => fixer.remove(statement) }]
        : [];
      if (key === TLS_ENV && isProcessEnv(node.left.object, sourceCode) && isZero(node.right)) {
        context.report({ node, messageId: 'tlsRejectEnv', suggest });
      } else {
        const flag = key === undefined ? undefined : TLS_FLAGS.get(key);
        if (flag && isStaticFalse(node.right)) {
          context.report({ node, messageId: flag, suggest });
        }
      }
    }

    /** A use of openid-client's `allowInsecureRequests` (its import is not a use). */
    function checkAllowInsecure(node: TSESTree.Identifier): void {
      const parent = node.parent;
      if (isNamingPosition(node)) {
        return;
      }
      const target = parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node ? parent : node;
      if (isModuleRef(resolveModuleRef(target, sourceCode), 'openid-client', ['allowInsecureRequests'])) {
        context.report({ node: target, messageId: 'openidInsecureRequests' });
      }
    }

    /** jose `createRemoteJWKSet(new URL('http://…'))`. */
    function checkJwks(node: TSESTree.CallExpression): void {
      const callee = skipWrappers(node.callee);
      const written = getWrittenName(callee, sourceCode);
      // Cheap name test first; only names that could be jose's `createRemoteJWKSet` are resolved.
      if (written !== JWKS_FACTORY && (written === undefined || !jwksAliases.has(written))) {
        return;
      }
      if (getCalleeName(callee, sourceCode)?.name !== JWKS_FACTORY) {
        return;
      }
      if (callee.type === AST_NODE_TYPES.Identifier && isLocalDefinition(callee, sourceCode)) {
        return;
      }
      const [first] = node.arguments;
      if (!first || first.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const url: TSESTree.Node = getConstructedUrlArgument(first, sourceCode) ?? resolveExpression(first, sourceCode);
      if (checkUrls && isInsecureHttpUrl(url, sourceCode)) {
        const fix = getHttpsFix(url);
        context.report({
          node: first,
          messageId: 'insecureJwks',
          suggest: fix ? [{ messageId: 'useHttps', fix }] : [],
        });
      }
    }

    function checkText(node: TSESTree.Literal | TSESTree.TemplateElement): void {
      const text = node.type === AST_NODE_TYPES.Literal ? node.value : node.value.cooked;
      if (typeof text === 'string' && text.includes(TLS_ENV) && TLS_ENV_IN_TEXT.test(text)) {
        const reported = node.type === AST_NODE_TYPES.TemplateElement ? node.parent : node;
        if (reported.parent?.type !== AST_NODE_TYPES.Property || reported.parent.key !== reported) {
          context.report({ node: reported, messageId: 'tlsRejectEnv' });
        }
      }
    }

    const listeners: TSESLint.RuleListener = { Property: checkProperty, AssignmentExpression: checkAssignment };
    // The listeners below can only find something where the file names what they look for.
    if (sourceMentionsAny(sourceCode, JWKS_WORDS)) {
      listeners.ImportSpecifier = (node: TSESTree.ImportSpecifier): void => {
        if (node.imported.type === AST_NODE_TYPES.Identifier && node.imported.name === JWKS_FACTORY) {
          jwksAliases.add(node.local.name);
        }
      };
      listeners.Property = (node: TSESTree.Property): void => {
        checkProperty(node);
        if (
          node.parent.type === AST_NODE_TYPES.ObjectPattern &&
          node.key.type === AST_NODE_TYPES.Identifier &&
          node.key.name === JWKS_FACTORY
        ) {
          const value = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
          if (value.type === AST_NODE_TYPES.Identifier) {
            jwksAliases.add(value.name);
          }
        }
      };
      listeners.CallExpression = checkJwks;
    }
    if (sourceMentionsAny(sourceCode, INSECURE_REQUESTS_WORDS)) {
      listeners.Identifier = (node: TSESTree.Identifier): void => {
        if (node.name === 'allowInsecureRequests') {
          checkAllowInsecure(node);
        }
      };
    }
    if (sourceMentionsAny(sourceCode, TLS_ENV_WORDS)) {
      listeners.Literal = checkText;
      listeners.TemplateElement = checkText;
    }
    return listeners;
  },
});
