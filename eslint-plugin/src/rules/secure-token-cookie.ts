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
} from '../util/evaluate';
import { getExpressionTokenKind } from '../util/http';
import { isModuleRef, resolveModuleRef } from '../util/modules';
import { createRule } from '../util/rule';
import { getTokenKind } from '../util/vocabulary';

type Options = [];
type MessageIds =
  'insecureTokenCookie' | 'scriptTokenCookie' | 'sessionCookieScriptReadable' | 'addCookieAttributes' | 'setHttpOnly';

type Attribute = 'httpOnly' | 'secure' | 'sameSite';
/**
 * Who sets the cookie: Express/Fastify (`res.cookie`, `reply.setCookie`: nothing is on by default), or `cookies.set`
 * (Koa turns `httpOnly` on).
 */
type Setter = 'response' | 'cookies';

const ATTRIBUTE_TEXT: Record<Attribute, string> = {
  httpOnly: 'httpOnly: true',
  secure: 'secure: true',
  sameSite: "sameSite: 'lax'",
};
const DOCUMENT_COOKIE = /^\s*([\w.$-]+)\s*=/;
const PLACEHOLDER = '\u0000';
/**
 * Methods that set a response header: Node's `setHeader`, Express `set`/`header`/`append`, Fetch
 * `Headers#append`/`set`.
 */
const SET_HEADER_METHODS = new Set(['setHeader', 'set', 'header', 'append', 'appendHeader']);

/** `a`, `a and b`, `a, b and c`, each in backticks. */
function listOf(items: readonly string[]): string {
  const quoted = items.map(i => `\`${i}\``);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}

export default createRule<Options, MessageIds>({
  name: 'secure-token-cookie',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require `httpOnly`, `secure` and `sameSite` on cookies that carry tokens',
      recommended: 'recommended',
      principle: 'assume-breach',
    },
    hasSuggestions: true,
    messages: {
      insecureTokenCookie:
        'This token cookie is set without {{attributes}}, so script on the page, plain-HTTP requests or cross-site ' +
        'requests can get at the token.',
      scriptTokenCookie:
        'A token written to `document.cookie` can be read by any script on the page; set it from the server with ' +
        '`HttpOnly` instead.',
      sessionCookieScriptReadable: 'The session cookie is readable by any script on the page (`httpOnly: false`).',
      addCookieAttributes: 'Set {{attributes}}.',
      setHttpOnly: 'Set `httpOnly: true`.',
    },
    schema: [],
  },
  defaultOptions: [],
  // Every report is about a cookie (`res.cookie`, `cookies.set`, the `cookie` package, `Set-Cookie`,
  // `document.cookie`, cookie-session) or express-session's options.
  mentions: ['cookie', 'express-session'],
  create(context) {
    const sourceCode = context.sourceCode;

    function isGlobal(node: TSESTree.Identifier): boolean {
      const variable = findVariable(node, sourceCode);
      return !variable || variable.defs.length === 0;
    }

    /** `res.cookie(…)`, `reply.setCookie(…)`, `ctx.cookies.set(…)`, `cookies().set(…)`; not jQuery or js-cookie. */
    function setterOf(callee: TSESTree.MemberExpression): Setter | undefined {
      const method = getMemberKey(callee, sourceCode);
      const object = skipWrappers(callee.object);
      if (method === 'cookie' || method === 'setCookie') {
        return object.type === AST_NODE_TYPES.Identifier &&
          ['$', 'jQuery', 'Cookies', 'Cookie', 'cookie'].includes(object.name)
          ? undefined
          : 'response';
      }
      if (method !== 'set') {
        return undefined;
      }
      if (object.type === AST_NODE_TYPES.MemberExpression) {
        return getMemberKey(object, sourceCode) === 'cookies' ? 'cookies' : undefined;
      }
      if (object.type === AST_NODE_TYPES.CallExpression) {
        const inner = skipWrappers(object.callee);
        return inner.type === AST_NODE_TYPES.Identifier && inner.name === 'cookies' ? 'cookies' : undefined;
      }
      return undefined;
    }

    function isTokenCookie(name: TSESTree.Node, value: TSESTree.Node | undefined): boolean {
      const text = getStaticString(name, sourceCode);
      if (text !== undefined && text.length <= 64 && getTokenKind(text) !== undefined) {
        return true;
      }
      return value !== undefined && getExpressionTokenKind(value, sourceCode) !== undefined;
    }

    /** The static value of an option: a literal, or `undefined` when absent; `unknown` when not constant. */
    function optionValue(options: TSESTree.Node, key: Attribute): { property?: TSESTree.Property; value: unknown } {
      const property = findProperty(options, key, sourceCode);
      if (!property) {
        return { value: undefined };
      }
      const value = resolveExpression(property.value, sourceCode);
      return { property, value: value.type === AST_NODE_TYPES.Literal ? value.value : 'unknown' };
    }

    function checkCookieCall(node: TSESTree.CallExpression, setter: Setter, reportNode: TSESTree.Node): void {
      const [name, value, options] = node.arguments;
      if (
        !name ||
        name.type === AST_NODE_TYPES.SpreadElement ||
        value?.type === AST_NODE_TYPES.SpreadElement ||
        options?.type === AST_NODE_TYPES.SpreadElement
      ) {
        return;
      }
      if (node.arguments.length > 3 || !isTokenCookie(name, value)) {
        return;
      }
      checkAttributes(node, options, setter, reportNode);
    }

    /** Next.js `cookies().set({ name, value, httpOnly, … })` / `response.cookies.set({ … })`. */
    function checkCookieObject(node: TSESTree.CallExpression, reportNode: TSESTree.Node): void {
      const [options] = node.arguments;
      if (!options || options.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const name = findProperty(options, 'name', sourceCode);
      if (!name || !isTokenCookie(name.value, findProperty(options, 'value', sourceCode)?.value)) {
        return;
      }
      checkAttributes(node, options, 'response', reportNode);
    }

    function checkAttributes(
      node: TSESTree.CallExpression,
      options: TSESTree.Node | undefined,
      setter: Setter,
      reportNode: TSESTree.Node,
    ): void {
      const resolvedNode = options && resolveExpression(options, sourceCode);
      if (resolvedNode && resolvedNode.type !== AST_NODE_TYPES.ObjectExpression) {
        return; // options the rule cannot see
      }
      const resolved = resolvedNode as TSESTree.ObjectExpression | undefined;
      const known = !resolved || isClosedObject(resolved, sourceCode);
      const missing: Attribute[] = [];
      const httpOnly = resolved ? optionValue(resolved, 'httpOnly') : { value: undefined };
      const secure = resolved ? optionValue(resolved, 'secure') : { value: undefined };
      const sameSite = resolved ? optionValue(resolved, 'sameSite') : { value: undefined };
      const sameSiteText = typeof sameSite.value === 'string' ? sameSite.value.toLowerCase() : sameSite.value;
      if (httpOnly.value === false || (httpOnly.value === undefined && known && setter === 'response')) {
        missing.push('httpOnly');
      }
      if (
        secure.value === false ||
        (secure.value === undefined && ((known && setter === 'response') || sameSiteText === 'none'))
      ) {
        missing.push('secure');
      }
      if (sameSiteText === false || (sameSite.value === undefined && known && setter === 'response')) {
        missing.push('sameSite');
      }
      if (missing.length === 0) {
        return;
      }
      const attributes = listOf(missing.map(a => ATTRIBUTE_TEXT[a]));
      const fix = fixAttributes(node, options, missing, { httpOnly, secure, sameSite });
      context.report({
        node: reportNode,
        messageId: 'insecureTokenCookie',
        data: { attributes: listOf(missing) },
        suggest: fix ? [{ messageId: 'addCookieAttributes', data: { attributes }, fix }] : [],
      });
    }

    /** Edits that set the missing attributes in an options literal written in the call (or add one). */
    function fixAttributes(
      call: TSESTree.CallExpression,
      options: TSESTree.Node | undefined,
      missing: readonly Attribute[],
      found: Record<Attribute, { property?: TSESTree.Property; value: unknown }>,
    ): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
      const quote = sourceCode.getText(call.arguments[0]!).startsWith('"') ? '"' : "'";
      const text = (a: Attribute): string => ATTRIBUTE_TEXT[a].replace(/'/g, quote);
      if (!options) {
        const value = call.arguments[1];
        if (!value) {
          return undefined;
        }
        return fixer => [fixer.insertTextAfter(value, `, { ${missing.map(text).join(', ')} }`)];
      }
      const object = skipWrappers(options);
      if (object.type !== AST_NODE_TYPES.ObjectExpression) {
        return undefined; // a shared constant: not rewritten from here
      }
      const inserts: string[] = [];
      const replacements: [TSESTree.Node, string][] = [];
      for (const attribute of missing) {
        const property = found[attribute].property;
        if (property && property.parent === object) {
          replacements.push([property.value, text(attribute).replace(/^\w+: /, '')]);
        } else if (!property) {
          inserts.push(text(attribute));
        } else {
          return undefined; // set in a spread object elsewhere
        }
      }
      return fixer => {
        const fixes = replacements.map(([node, replacement]) => fixer.replaceText(node, replacement));
        if (inserts.length > 0) {
          const last = object.properties.at(-1);
          if (last) {
            fixes.push(fixer.insertTextAfter(last, `, ${inserts.join(', ')}`));
          } else {
            fixes.push(fixer.replaceText(object, `{ ${inserts.join(', ')} }`));
          }
        }
        return fixes;
      };
    }

    /** `res.setHeader('Set-Cookie', `access_token=${t}; Path=/`)`: attributes read from the header text. */
    function checkSetCookieHeader(node: TSESTree.CallExpression): void {
      const [header, value] = node.arguments;
      if (
        !header ||
        !value ||
        header.type === AST_NODE_TYPES.SpreadElement ||
        value.type === AST_NODE_TYPES.SpreadElement
      ) {
        return;
      }
      if (getStaticString(header, sourceCode)?.toLowerCase() !== 'set-cookie') {
        return;
      }
      const resolved = resolveExpression(value, sourceCode);
      const cookies = resolved.type === AST_NODE_TYPES.ArrayExpression ? resolved.elements : [value];
      for (const cookie of cookies) {
        if (!cookie || cookie.type === AST_NODE_TYPES.SpreadElement) {
          continue;
        }
        const text = getPartialString(cookie, sourceCode, PLACEHOLDER);
        const match = DOCUMENT_COOKIE.exec(text);
        if (!match || getTokenKind(match[1]!) === undefined) {
          continue;
        }
        const rest = text.slice(match[0].length);
        const semi = rest.indexOf(';');
        const cookieValue = semi < 0 ? rest : rest.slice(0, semi);
        const attributes = semi < 0 ? '' : rest.slice(semi).toLowerCase();
        // Attributes built elsewhere (`token=${t}${attrs}`) are not guessed at.
        if (attributes.includes(PLACEHOLDER) || cookieValue.split(PLACEHOLDER).length > 2) {
          continue;
        }
        const missing: Attribute[] = [];
        if (!/;\s*httponly\b/.test(attributes)) missing.push('httpOnly');
        if (!/;\s*secure\b/.test(attributes)) missing.push('secure');
        const sameSite = /;\s*samesite\s*=\s*(\w+)/.exec(attributes);
        if (!sameSite) missing.push('sameSite');
        if (missing.length > 0) {
          context.report({
            node: cookie,
            messageId: 'insecureTokenCookie',
            data: { attributes: listOf(missing) },
            suggest: [],
          });
        }
      }
    }

    /** `session({ cookie: { httpOnly: false } })` (express-session) and `cookieSession({ httpOnly: false })`. */
    function checkSessionMiddleware(node: TSESTree.CallExpression): void {
      const ref = resolveModuleRef(node.callee, sourceCode);
      const [options] = node.arguments;
      if (!ref || ref.path.length !== 0 || !options || options.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      let cookie: TSESTree.Node | undefined;
      if (isModuleRef(ref, 'express-session', [])) {
        cookie = findProperty(options, 'cookie', sourceCode)?.value;
      } else if (isModuleRef(ref, 'cookie-session', [])) {
        cookie = options;
      }
      if (!cookie) {
        return;
      }
      const httpOnly = findProperty(cookie, 'httpOnly', sourceCode);
      const value = httpOnly && resolveExpression(httpOnly.value, sourceCode);
      if (httpOnly && value?.type === AST_NODE_TYPES.Literal && value.value === false) {
        const direct = skipWrappers(httpOnly.value);
        context.report({
          node: httpOnly,
          messageId: 'sessionCookieScriptReadable',
          suggest:
            direct.type === AST_NODE_TYPES.Literal
              ? [{ messageId: 'setHttpOnly', fix: fixer => fixer.replaceText(direct, 'true') }]
              : [],
        });
      }
    }

    return {
      CallExpression(node: TSESTree.CallExpression): void {
        if (node.arguments.length === 0) {
          return;
        }
        const callee = skipWrappers(node.callee);
        if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const setter = setterOf(callee);
          if (setter && node.arguments.length >= 2) {
            checkCookieCall(node, setter, callee.property);
            return;
          }
          if (setter === 'cookies' && node.arguments.length === 1) {
            checkCookieObject(node, callee.property);
            return;
          }
          const method = node.arguments.length === 2 ? getMemberKey(callee, sourceCode) : undefined;
          if (method === 'serialize' && isModuleRef(resolveModuleRef(callee, sourceCode), 'cookie', ['serialize'])) {
            checkCookieCall(node, 'response', callee.property);
          } else if (method !== undefined && SET_HEADER_METHODS.has(method)) {
            checkSetCookieHeader(node);
          }
          return;
        }
        if (callee.type !== AST_NODE_TYPES.Identifier) {
          return;
        }
        if (
          node.arguments.length >= 2 &&
          /serialize/i.test(callee.name) &&
          isModuleRef(resolveModuleRef(callee, sourceCode), 'cookie', ['serialize'])
        ) {
          checkCookieCall(node, 'response', callee);
        } else if (node.arguments.length === 1 && /session/i.test(callee.name)) {
          checkSessionMiddleware(node);
        }
      },
      AssignmentExpression(assignment: TSESTree.AssignmentExpression): void {
        const left = assignment.left;
        if (left.type !== AST_NODE_TYPES.MemberExpression) {
          return;
        }
        const object = skipWrappers(left.object);
        if (
          getMemberKey(left, sourceCode) !== 'cookie' ||
          object.type !== AST_NODE_TYPES.Identifier ||
          object.name !== 'document' ||
          !isGlobal(object)
        ) {
          return;
        }
        const match = DOCUMENT_COOKIE.exec(getPartialString(assignment.right, sourceCode, PLACEHOLDER));
        if (match && getTokenKind(match[1]!) !== undefined) {
          context.report({ node: assignment, messageId: 'scriptTokenCookie', suggest: [] });
        }
      },
    };
  },
});
