import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, skipWrappers } from '../util/ast';

import {
  findProperty,
  getMemberKey,
  getPartialString,
  getPropertyKey,
  getStaticString,
  resolveExpression,
} from '../util/evaluate';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds = 'tokenInQuery' | 'idTokenInQueryResponse';

/** Query parameters that carry a bearer credential or a secret. `code` is not one of them: that is the design. */
const PARAMS = ['access_token', 'id_token', 'refresh_token', 'client_secret', 'code_verifier'] as const;
const PARAM_SET: ReadonlySet<string> = new Set(PARAMS);
const ANY_PARAM = /(?:access_token|id_token|refresh_token|client_secret|code_verifier)=/;
/** A credential parameter in the query part of a URL, with a value after it (static or not). */
const IN_QUERY = /\?(?:[^#\s]*&)?(access_token|id_token|refresh_token|client_secret|code_verifier)=(?!&|$)/;
/** `&access_token=` at the very start of a piece appended to a URL-valued expression. */
// eslint-disable-next-line no-control-regex -- U+0000 is `PLACEHOLDER`, the URL-valued expression appended to
const APPENDED = /^\u0000&(access_token|id_token|refresh_token|client_secret|code_verifier)=(?!&|$)/;
const URL_NAME = /(?:url|uri|href|endpoint|link)$/i;
const PLACEHOLDER = '\u0000';
/** String methods whose argument is searched for, not built into a URL. */
const SEARCH_METHODS = new Set([
  'includes',
  'indexOf',
  'lastIndexOf',
  'startsWith',
  'endsWith',
  'match',
  'matchAll',
  'search',
  'split',
  'replace',
  'replaceAll',
  'test',
]);

export default createRule<Options, MessageIds>({
  name: 'no-token-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow putting tokens and client secrets in URL query strings',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    messages: {
      tokenInQuery:
        '`{{param}}` in a URL query string ends up in server logs, browser history and Referer headers; send it in ' +
        'the `Authorization` header or a POST body.',
      idTokenInQueryResponse:
        "`responseMode: 'query'` returns the ID token in the redirect URL, where logs, history and Referer headers " +
        "keep it; use `'form_post'`.",
    },
    schema: [],
  },
  defaultOptions: [],
  // Every report names one of the credential parameters, in a string, an object key or a `searchParams` call.
  mentions: PARAMS,
  create(context) {
    const sourceCode = context.sourceCode;

    function leftmost(node: TSESTree.Node): TSESTree.Node {
      let current = skipWrappers(node);
      for (let i = 0; i < 32; i++) {
        if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
          current = skipWrappers(current.left);
        } else if (
          current.type === AST_NODE_TYPES.TemplateLiteral &&
          current.quasis[0]?.value.cooked === '' &&
          current.expressions[0]
        ) {
          current = skipWrappers(current.expressions[0]);
        } else {
          break;
        }
      }
      return current;
    }

    function isUrlNamed(node: TSESTree.Node): boolean {
      if (node.type === AST_NODE_TYPES.Identifier) {
        return URL_NAME.test(node.name);
      }
      if (node.type === AST_NODE_TYPES.MemberExpression) {
        return URL_NAME.test(getMemberKey(node, sourceCode) ?? '');
      }
      return false;
    }

    /** Whether the string is searched for or compared rather than used as a URL. */
    function isSearched(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (!parent) {
        return false;
      }
      if (parent.type === AST_NODE_TYPES.BinaryExpression && parent.operator !== '+') {
        return true;
      }
      if (
        parent.type === AST_NODE_TYPES.CallExpression &&
        parent.arguments.includes(node as TSESTree.CallExpressionArgument)
      ) {
        const callee = skipWrappers(parent.callee);
        return (
          callee.type === AST_NODE_TYPES.MemberExpression && SEARCH_METHODS.has(getMemberKey(callee, sourceCode) ?? '')
        );
      }
      return parent.type === AST_NODE_TYPES.SwitchCase;
    }

    /** The argument of `new WebSocket(…)` / `new EventSource(…)`. */
    function isStreamingUrl(node: TSESTree.Node): boolean {
      const parent = node.parent;
      if (parent?.type !== AST_NODE_TYPES.NewExpression || parent.arguments[0] !== node) {
        return false;
      }
      const callee = skipWrappers(parent.callee);
      return (
        callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'WebSocket' || callee.name === 'EventSource')
      );
    }

    function checkString(node: TSESTree.Literal | TSESTree.TemplateLiteral | TSESTree.BinaryExpression): void {
      const parent = node.parent;
      if (parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') {
        return; // the whole concatenation is checked once, at its top
      }
      if (
        parent?.type === AST_NODE_TYPES.ImportDeclaration ||
        parent?.type === AST_NODE_TYPES.ExportAllDeclaration ||
        parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ||
        parent?.type === AST_NODE_TYPES.TSLiteralType ||
        parent?.type === AST_NODE_TYPES.TaggedTemplateExpression ||
        (parent?.type === AST_NODE_TYPES.Property && parent.key === node) ||
        isSearched(node)
      ) {
        return;
      }
      const text = getPartialString(node, sourceCode, PLACEHOLDER);
      if (/^\s*wss?:/i.test(text) || isStreamingUrl(node)) {
        return; // browsers cannot set headers on WebSocket / EventSource: the query is the documented workaround
      }
      const match =
        IN_QUERY.exec(text) ?? (APPENDED.test(text) && isUrlNamed(leftmost(node)) ? APPENDED.exec(text) : null);
      if (match) {
        context.report({ node, messageId: 'tokenInQuery', data: { param: match[1]! } });
      }
    }

    /** Whether any `+` leaf (or template quasi) mentions a credential parameter: the cheap test before folding. */
    function hasParamLeaf(node: TSESTree.Node, depth = 0): boolean {
      const current = skipWrappers(node);
      switch (current.type) {
        case AST_NODE_TYPES.Literal:
          return typeof current.value === 'string' && ANY_PARAM.test(current.value);
        case AST_NODE_TYPES.TemplateLiteral:
          return current.quasis.some(q => ANY_PARAM.test(q.value.raw));
        case AST_NODE_TYPES.BinaryExpression:
          return (
            depth < 32 &&
            current.operator === '+' &&
            (hasParamLeaf(current.left, depth + 1) || hasParamLeaf(current.right, depth + 1))
          );
        default:
          return false;
      }
    }

    /** `new URLSearchParams({ access_token })` or `qs.stringify({ access_token })`: the credential key it carries. */
    function queryObjectParam(node: TSESTree.Node): string | undefined {
      let current = resolveExpression(node, sourceCode);
      // `params.toString()`
      if (current.type === AST_NODE_TYPES.CallExpression && current.arguments.length === 0) {
        const callee = skipWrappers(current.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && getMemberKey(callee, sourceCode) === 'toString') {
          current = resolveExpression(callee.object, sourceCode);
        }
      }
      let object: TSESTree.Node | undefined;
      if (current.type === AST_NODE_TYPES.NewExpression) {
        const callee = skipWrappers(current.callee);
        if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'URLSearchParams') {
          object = current.arguments[0];
        }
      } else if (current.type === AST_NODE_TYPES.CallExpression) {
        const callee = skipWrappers(current.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression && getMemberKey(callee, sourceCode) === 'stringify') {
          const base = skipWrappers(callee.object);
          if (base.type === AST_NODE_TYPES.Identifier && (base.name === 'qs' || base.name === 'querystring')) {
            object = current.arguments[0];
          }
        }
      }
      if (!object || object.type === AST_NODE_TYPES.SpreadElement) {
        return undefined;
      }
      return PARAMS.find(p => findProperty(object, p, sourceCode) !== undefined);
    }

    return {
      Literal(node: TSESTree.Literal): void {
        if (typeof node.value === 'string' && ANY_PARAM.test(node.value)) {
          checkString(node);
        }
      },
      TemplateLiteral(node: TSESTree.TemplateLiteral): void {
        if (node.quasis.some(q => ANY_PARAM.test(q.value.raw))) {
          checkString(node);
          return;
        }
        // `${base}?${new URLSearchParams({ access_token: t })}`
        node.expressions.forEach((expression, i) => {
          const before = node.quasis[i]?.value.cooked ?? '';
          if (before.endsWith('?') || before.endsWith('&')) {
            const param = queryObjectParam(expression);
            if (param) {
              context.report({ node: expression, messageId: 'tokenInQuery', data: { param } });
            }
          }
        });
      },
      BinaryExpression(node: TSESTree.BinaryExpression): void {
        if (node.operator !== '+') {
          return;
        }
        const parent = node.parent;
        if (!(parent?.type === AST_NODE_TYPES.BinaryExpression && parent.operator === '+') && hasParamLeaf(node)) {
          checkString(node);
        }
      },
      CallExpression(call: TSESTree.CallExpression): void {
        const callee = call.callee;
        if (callee.type !== AST_NODE_TYPES.MemberExpression) {
          return;
        }
        const method = callee.computed
          ? getMemberKey(callee, sourceCode)
          : callee.property.type === AST_NODE_TYPES.Identifier
            ? callee.property.name
            : undefined;
        if (method !== 'set' && method !== 'append') {
          return;
        }
        const object = skipWrappers(callee.object);
        if (object.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(object, sourceCode) !== 'searchParams') {
          return;
        }
        const [key] = call.arguments;
        const param = key && key.type !== AST_NODE_TYPES.SpreadElement ? getStaticString(key, sourceCode) : undefined;
        if (param !== undefined && PARAM_SET.has(param) && call.arguments.length === 2) {
          context.report({ node: call, messageId: 'tokenInQuery', data: { param } });
        }
      },
      AssignmentExpression(assignment: TSESTree.AssignmentExpression): void {
        // `url.search = new URLSearchParams({ access_token }).toString()`
        const left = assignment.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression || getMemberKey(left, sourceCode) !== 'search') {
          return;
        }
        const param = queryObjectParam(assignment.right);
        if (param) {
          context.report({ node: assignment, messageId: 'tokenInQuery', data: { param } });
        }
      },
      Property(node: TSESTree.Property): void {
        if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
          return;
        }
        const key = getPropertyKey(node, sourceCode);
        if (key === 'params' || key === 'searchParams') {
          // axios `{ params: { access_token } }`, got/ky `{ searchParams: { … } }`: request options, so the URL's
          // query.
          const options = node.parent as TSESTree.ObjectExpression;
          const value = skipWrappers(node.value);
          if (
            value.type !== AST_NODE_TYPES.ObjectExpression ||
            options.parent?.type !== AST_NODE_TYPES.CallExpression
          ) {
            return;
          }
          for (const property of value.properties) {
            const name = property.type === AST_NODE_TYPES.Property ? getPropertyKey(property, sourceCode) : undefined;
            if (name !== undefined && PARAM_SET.has(name)) {
              context.report({ node: property, messageId: 'tokenInQuery', data: { param: name } });
            }
          }
          return;
        }
        if (key === 'responseMode' && getStaticString(node.value, sourceCode) === 'query') {
          // passport-azure-ad OIDCStrategy: an ID token in the query string of the redirect.
          const options = node.parent as TSESTree.ObjectExpression;
          const responseType = findProperty(options, 'responseType', sourceCode);
          const type = responseType && getStaticString(responseType.value, sourceCode);
          if (type !== undefined && type.split(/\s+/).includes('id_token')) {
            context.report({ node, messageId: 'idTokenInQueryResponse' });
          }
        }
      },
    };
  },
});
