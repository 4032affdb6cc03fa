import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import {
  findProperty,
  findVariable,
  getMemberKey,
  getPartialString,
  getStaticString,
  isClosedObject,
  resolveExpression,
  UNKNOWN_PART,
} from '../util/evaluate';
import { getQueryParams, splitResponseType } from '../util/http';
import { isModuleRef, MSAL_NODE, NEW, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [{ requireForConfidentialClients?: boolean }];
type MessageIds = 'noPkce' | 'plainPkce' | 'useS256';

type ClientKind = 'public' | 'confidential' | 'unknown';

/** How each library names the challenge and its method in the authorization request. */
interface Dialect {
  challenge: string;
  method: string;
}
const MSAL: Dialect = { challenge: 'codeChallenge', method: 'codeChallengeMethod' };
const OAUTH: Dialect = { challenge: 'code_challenge', method: 'code_challenge_method' };

/** Methods that build an authorization URL from a request object, and the library dialect they take. */
const URL_BUILDERS = new Map<string, Dialect>([
  ['getAuthCodeUrl', MSAL], // @azure/msal-node
  ['authorizationUrl', OAUTH], // openid-client 5.x
  ['generateAuthUrl', OAUTH], // google-auth-library
  ['authorizeURL', OAUTH], // simple-oauth2
]);

const BUILD_AUTHORIZATION_URL = 'buildAuthorizationUrl';

function mentionsResponseType(quasi: TSESTree.TemplateElement): boolean {
  return quasi.value.raw.includes('response_type=');
}

export default createRule<Options, MessageIds>({
  name: 'require-pkce',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require PKCE with the S256 method in authorization code requests',
      recommended: 'strict',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      noPkce:
        'This authorization code request has no PKCE `code_challenge`, so an intercepted or injected authorization ' +
        'code can be redeemed by someone else; send an S256 challenge and redeem the code with its verifier.',
      plainPkce:
        'This PKCE challenge is not sent with the `S256` method (`plain` is the default), so the challenge is the ' +
        'verifier itself and protects nothing once the request is seen; use `S256`.',
      useS256: 'Use the `S256` challenge method.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireForConfidentialClients: {
            type: 'boolean',
            description:
              'Whether to require PKCE from clients that also authenticate with a secret or certificate (msal-node ' +
              '`ConfidentialClientApplication`). RFC 9700 recommends it for them too.',
          },
        },
      },
    ],
  },
  defaultOptions: [{ requireForConfidentialClients: true }],
  // The authorization URL builders it checks, and `response_type` in hand-built requests.
  mentions: ['getAuthCodeUrl', 'authorizationUrl', 'generateAuthUrl', 'authorizeUrl', 'response_type'],
  create(context, [{ requireForConfidentialClients }]) {
    const { sourceCode } = context;
    if (isTestOrToolingFile(context.filename, context.cwd)) {
      return {}; // tests drive authorization servers and mocks with whatever requests they need
    }

    function clientKind(receiver: TSESTree.Node): ClientKind {
      const ref = resolveModuleRef(receiver, sourceCode);
      if (isModuleRef(ref, MSAL_NODE, ['PublicClientApplication', NEW])) {
        return 'public';
      }
      if (isModuleRef(ref, MSAL_NODE, ['ConfidentialClientApplication', NEW])) {
        return 'confidential';
      }
      return 'unknown';
    }

    /** Checks a fully known request object; reports on `node`. */
    function checkRequest(request: TSESTree.Node, dialect: Dialect, node: TSESTree.Node): void {
      const challenge = findProperty(request, dialect.challenge, sourceCode);
      if (!challenge) {
        const responseType = findProperty(request, 'response_type', sourceCode);
        const type = responseType && getStaticString(responseType.value, sourceCode);
        if (type !== undefined && !splitResponseType(type).includes('code')) {
          return; // no authorization code is issued (an implicit request: no-implicit-flow's concern)
        }
        context.report({ node, messageId: 'noPkce' });
        return;
      }
      checkMethod(request, challenge, dialect);
    }

    function checkMethod(request: TSESTree.Node, challenge: TSESTree.Property, dialect: Dialect): void {
      const method = findProperty(request, dialect.method, sourceCode);
      if (!method) {
        const object = challenge.parent;
        const suggest: TSESLint.ReportSuggestionArray<MessageIds> =
          object.type === AST_NODE_TYPES.ObjectExpression && skipWrappers(request) === object
            ? [{ messageId: 'useS256', fix: fixer => fixer.insertTextAfter(challenge, `, ${dialect.method}: 'S256'`) }]
            : [];
        context.report({ node: challenge, messageId: 'plainPkce', suggest });
        return;
      }
      const value = resolveExpression(method.value, sourceCode);
      const text = getStaticString(value, sourceCode);
      const isPlain =
        (text !== undefined && text.toLowerCase() === 'plain') ||
        (value.type === AST_NODE_TYPES.MemberExpression && getMemberKey(value, sourceCode) === 'Plain');
      if (isPlain) {
        const literal = skipWrappers(method.value);
        const suggest: TSESLint.ReportSuggestionArray<MessageIds> =
          literal.type === AST_NODE_TYPES.Literal
            ? [
                {
                  messageId: 'useS256',
                  fix: fixer => fixer.replaceText(literal, `${literal.raw[0] ?? "'"}S256${literal.raw[0] ?? "'"}`),
                },
              ]
            : literal.type === AST_NODE_TYPES.MemberExpression && !literal.computed
              ? // `CodeChallengeMethod.S256`
                [{ messageId: 'useS256', fix: fixer => fixer.replaceText(literal.property, 'S256') }]
              : [];
        context.report({ node: method, messageId: 'plainPkce', suggest });
      }
    }

    /** The request object of a builder argument: an object, a constant bound to one, or `new URLSearchParams({…})`. */
    function requestObject(arg: TSESTree.Node | undefined): TSESTree.Node | undefined {
      if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) {
        return undefined;
      }
      let value = resolveExpression(arg, sourceCode);
      if (value.type === AST_NODE_TYPES.NewExpression && isUrlSearchParams(value) && value.arguments[0]) {
        value = resolveExpression(value.arguments[0], sourceCode);
      }
      return isClosedObject(value, sourceCode) ? value : undefined;
    }

    function isUrlSearchParams(node: TSESTree.NewExpression): boolean {
      const callee = skipWrappers(node.callee);
      return callee.type === AST_NODE_TYPES.Identifier && callee.name === 'URLSearchParams';
    }

    function checkBuilder(node: TSESTree.CallExpression): void {
      const callee = skipWrappers(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type === AST_NODE_TYPES.ThisExpression) {
        return;
      }
      const name = getMemberKey(callee, sourceCode);
      const dialect = name === undefined ? undefined : URL_BUILDERS.get(name);
      if (!dialect || node.arguments.length !== 1) {
        return;
      }
      if (!requireForConfidentialClients && clientKind(callee.object) !== 'public') {
        return;
      }
      const request = requestObject(node.arguments[0]);
      if (request) {
        checkRequest(request, dialect, callee.property);
      }
    }

    /** openid-client 6.x `buildAuthorizationUrl(config, parameters)`. */
    function checkBuildAuthorizationUrl(node: TSESTree.CallExpression): void {
      if (!requireForConfidentialClients) {
        return; // whether the client is confidential is not visible here
      }
      if (!isModuleRef(resolveModuleRef(node.callee, sourceCode), 'openid-client', ['buildAuthorizationUrl'])) {
        return;
      }
      const request = requestObject(node.arguments[1]);
      if (request) {
        checkRequest(
          request,
          OAUTH,
          node.callee.type === AST_NODE_TYPES.MemberExpression ? node.callee.property : node.callee,
        );
      }
    }

    /**
     * Whether the value is kept in a variable that is later added to (`params.append('code_challenge', …)`, `url +=
     * …`).
     */
    function isExtendedLater(node: TSESTree.Node): boolean {
      let current: TSESTree.Node = node;
      while (
        current.parent?.type === AST_NODE_TYPES.NewExpression ||
        current.parent?.type === AST_NODE_TYPES.TSAsExpression
      ) {
        current = current.parent;
      }
      const declarator = current.parent;
      if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) {
        // `url = '…'` may be added to later; `location.href = '…'` is final.
        return (
          declarator?.type === AST_NODE_TYPES.AssignmentExpression && declarator.left.type === AST_NODE_TYPES.Identifier
        );
      }
      const variable = findVariable(declarator.id, sourceCode);
      return (
        !variable ||
        variable.references.some(ref => {
          if (ref.isWrite() && !ref.init) {
            return true;
          }
          const parent = ref.identifier.parent;
          return (
            parent?.type === AST_NODE_TYPES.MemberExpression &&
            parent.object === ref.identifier &&
            ['append', 'set', 'searchParams'].includes(getMemberKey(parent, sourceCode) ?? '')
          );
        })
      );
    }

    /** Hand-built authorize URLs: `…/authorize?response_type=code&…` without `code_challenge`. */
    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') {
        return;
      }
      const text = getPartialString(node, sourceCode);
      const q = text.indexOf('?');
      if (q === -1 || !/\/authorize$/i.test(text.slice(0, q))) {
        return;
      }
      // Every unknown piece must sit inside a parameter value, or it could be the missing challenge.
      for (const segment of text.slice(q + 1).split('&')) {
        const eq = segment.indexOf('=');
        if ((eq === -1 ? segment : segment.slice(0, eq)).includes(UNKNOWN_PART)) {
          return;
        }
      }
      const params = getQueryParams(text);
      const type = params.get('response_type');
      if (
        type === undefined ||
        type.includes(UNKNOWN_PART) ||
        !splitResponseType(type).includes('code') ||
        isExtendedLater(node)
      ) {
        return;
      }
      const challenge = params.get('code_challenge');
      if (challenge === undefined) {
        context.report({ node, messageId: 'noPkce' });
      } else if ((params.get('code_challenge_method') ?? 'plain').toLowerCase() === 'plain') {
        context.report({ node, messageId: 'plainPkce' });
      }
    }

    /** `new URLSearchParams({ response_type: 'code', client_id, … })` for an authorize request, without a challenge. */
    function checkSearchParams(node: TSESTree.NewExpression): void {
      if (!isUrlSearchParams(node)) {
        return;
      }
      const object = node.arguments[0] && skipWrappers(node.arguments[0]);
      if (object?.type !== AST_NODE_TYPES.ObjectExpression || !isClosedObject(object, sourceCode)) {
        return;
      }
      const responseType = findProperty(object, 'response_type', sourceCode);
      const type = responseType && getStaticString(responseType.value, sourceCode);
      if (
        !responseType ||
        type === undefined ||
        !splitResponseType(type).includes('code') ||
        !findProperty(object, 'client_id', sourceCode)
      ) {
        return;
      }
      if (findProperty(object, 'grant_type', sourceCode) || isExtendedLater(node)) {
        return;
      }
      const challenge = findProperty(object, 'code_challenge', sourceCode);
      if (challenge) {
        checkMethod(object, challenge, OAUTH);
      } else {
        context.report({ node: responseType, messageId: 'noPkce' });
      }
    }

    const hasAuthorize = (raw: string): boolean => raw.includes('authorize') && raw.includes('response_type=');

    return {
      CallExpression(node: TSESTree.CallExpression): void {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          checkBuilder(node);
          const property = callee.property;
          if (
            (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier) &&
            property.name === BUILD_AUTHORIZATION_URL
          ) {
            checkBuildAuthorizationUrl(node);
          }
        } else if (callee.type === AST_NODE_TYPES.Identifier && callee.name === BUILD_AUTHORIZATION_URL) {
          checkBuildAuthorizationUrl(node);
        }
      },
      NewExpression(node: TSESTree.NewExpression): void {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'URLSearchParams') {
          checkSearchParams(node);
        }
      },
      Literal(node: TSESTree.Literal): void {
        if (typeof node.value === 'string' && hasAuthorize(node.value)) {
          checkString(node);
        }
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral): void {
        if (node.quasis.some(mentionsResponseType)) {
          checkString(node);
        }
      },
      BinaryExpression(node: TSESTree.BinaryExpression): void {
        if (
          node.operator === '+' &&
          node.parent.type !== AST_NODE_TYPES.BinaryExpression &&
          sourceCode.getText(node).includes('response_type=')
        ) {
          checkString(node);
        }
      },
    };
  },
});
