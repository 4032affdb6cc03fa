import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, enclosingFunction, skipWrappers } from '../util/ast';

import {
  findVariable,
  findVariableByName,
  getBooleanValue,
  getMemberKey,
  getObjectShape,
  getPropertyKey,
  resolveExpression,
  VARIABLE,
} from '../util/evaluate';
import { REQUEST_OBJECT_NAMES, REQUEST_SOURCE_NAMES } from '../util/http';
import {
  getDecodedUse,
  hasTokenVerification,
  matchManualDecode,
  mayBeJwtWrapperCall,
  resolveJwtCall,
  resolveJwtWrapperCall,
} from '../util/jwt';
import type { JwtApi, JwtCall } from '../util/jwt';
import { isModuleRef, resolveVariableRef } from '../util/modules';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds =
  | 'jsonwebtokenDecode'
  | 'nestJwtDecode'
  | 'joseDecodeJwt'
  | 'joseDecodeHeader'
  | 'joseUnsecured'
  | 'jwtDecodePkg'
  | 'jwtSimpleNoVerify'
  | 'manualDecode'
  | 'decodedUsedForAuthz'
  | 'wrapperUsedForAuthz'
  | 'useJsonwebtokenVerify'
  | 'useJoseJwtVerify';

/** Header fields that only pick the verification key. */
const KEY_SELECTION = new Set(['kid', 'alg', 'x5t', 'x5t#S256', 'jku', 'x5u', 'jwk', 'typ', 'cty', 'crit']);
/** Fields of a token endpoint response (or an MSAL result) that hold the tokens it issued. */
const TOKEN_RESPONSE_FIELDS = new Set(['access_token', 'accessToken', 'id_token', 'idToken']);
/** Where a server reads what the caller sent. */
const REQUEST_PARTS = new Set(['headers', 'body', 'query', 'params', 'cookies', 'signedCookies', 'request']);
/** Names of a key that a `decode` → `verify` rewrite can use. */
const KEY_NAME =
  /^(?:get(?:Signing)?Key|jwks|JWKS|publicKey|PUBLIC_KEY|signingKey|verificationKey|VERIFICATION_KEY|keySet|KEY_SET)$/;

const API_MESSAGE: Partial<Record<JwtApi, MessageIds>> = {
  'jsonwebtoken.decode': 'jsonwebtokenDecode',
  '@nestjs/jwt.decode': 'nestJwtDecode',
  'jose.decodeJwt': 'joseDecodeJwt',
  'jose.JWT.decode': 'joseDecodeJwt',
  'jose.decodeProtectedHeader': 'joseDecodeHeader',
  'jose.UnsecuredJWT.decode': 'joseUnsecured',
  'jwt-decode': 'jwtDecodePkg',
  'jwt-simple.decode': 'jwtSimpleNoVerify',
};

export default createRule<Options, MessageIds>({
  name: 'no-unverified-jwt-decode',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow trusting the claims of a JWT that was decoded without verifying its signature',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      jsonwebtokenDecode:
        "jsonwebtoken's `decode` does not check the signature, so anyone can forge these claims; use `jwt.verify` " +
        'with pinned algorithms, audience and issuer.',
      nestJwtDecode:
        '`JwtService.decode` (@nestjs/jwt) does not check the signature, so anyone can forge these claims; use ' +
        "`verify`/`verifyAsync`, which checks it with the module's secret or key.",
      joseDecodeJwt:
        "jose's `decodeJwt` does not check the signature, so anyone can forge these claims; use `jwtVerify` with the " +
        "issuer's key set, audience and issuer.",
      joseDecodeHeader:
        "jose's `decodeProtectedHeader` does not check the signature; use the header only to pick the key and then " +
        'verify the token with `jwtVerify`.',
      joseUnsecured:
        '`UnsecuredJWT.decode` accepts unsigned tokens, so anyone can forge these claims; verify a signed token with ' +
        '`jwtVerify`.',
      jwtDecodePkg:
        'jwt-decode only base64-decodes the token and does not check its signature, so these claims can be forged; ' +
        'verify the token on the server with a JWT library.',
      jwtSimpleNoVerify:
        "jwt-simple's `decode` with `noVerify` set skips the signature check, so anyone can forge these claims; drop " +
        '`noVerify`.',
      manualDecode:
        'This base64-decodes the payload of a JWT without checking its signature, so anyone can forge these claims; ' +
        'verify the token with a JWT library.',
      wrapperUsedForAuthz:
        '`{{name}}` ({{origin}}line {{line}}) decodes the token without checking its signature, and its claims ' +
        'decide access here, so anyone can grant themselves access; verify the token (signature, algorithms, ' +
        'audience, issuer) in that helper.',
      decodedUsedForAuthz:
        'Claims from a token whose signature was never checked decide access here, so anyone can grant themselves ' +
        'access; verify the token (signature, algorithms, audience, issuer) before trusting its claims.',
      useJsonwebtokenVerify: 'Verify the token with `{{key}}` instead (fill in the audience and issuer).',
      useJoseJwtVerify: 'Verify the token with `jwtVerify` and `{{key}}` instead (fill in the audience and issuer).',
    },
    schema: [],
  },
  defaultOptions: [],
  // Library decodes resolve to jsonwebtoken, jose, jwt-decode, jwt-simple or @nestjs/jwt; a manual decode needs a
  // base64 decoder, and every one it knows is named with `atob`, `base64` or `b64` (`Buffer.from(s, 'base64')`).
  // Token helpers are often imported from the project's own modules: a file that handles tokens and imports a module
  // that uses a decoding library may call one.
  followsImports: {
    local: ['token', 'authorization', 'bearer'],
    imported: ['jsonwebtoken', 'jose', 'jwt-decode', 'jwt-simple', '@nestjs/jwt'],
  },
  mentions: ['jsonwebtoken', 'jose', 'jwt', 'atob', 'base64', 'b64'],
  create(context) {
    const { sourceCode } = context;

    function check(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (node.arguments.length === 0) {
        return;
      }
      const direct = resolveJwtCall(node, sourceCode);
      // A project helper that returns a decode of its parameter (`decodeToken = t => jwtDecode(t)`): the decode
      // itself is reported in the helper; its callers only where they trust the claims.
      // Looking into a helper may parse another module: only for a call whose result decides access.
      const wrapper =
        direct || !mayBeJwtWrapperCall(node, sourceCode) || !getDecodedUse(node, sourceCode).authz
          ? undefined
          : resolveJwtWrapperCall(node, sourceCode);
      const call = direct ?? (wrapper?.api === 'jwt-simple.decode' ? undefined : wrapper);
      let messageId: MessageIds | undefined;
      let token: TSESTree.Node | undefined;
      let reportNode: TSESTree.Node = node;
      if (call) {
        messageId = API_MESSAGE[call.api];
        if (!messageId || !isUnverifyingCall(call)) {
          return;
        }
        token = call.token;
        reportNode = call.callee;
      } else {
        token = matchManualDecode(node, sourceCode);
        messageId = token ? 'manualDecode' : undefined;
      }
      if (!messageId || !token || hasTokenVerification(token, node, sourceCode)) {
        return;
      }
      const use = getDecodedUse(node, sourceCode);
      if (isKeySelectionOnly(call, use)) {
        return;
      }
      const authz = use.authz || (messageId !== 'joseDecodeHeader' && inRequestHandler(node));
      if (!authz && isOwnTokenResponse(token)) {
        return;
      }
      if (wrapper && call === wrapper) {
        if (use.authz) {
          const { name, specifier, line } = wrapper.wrapper;
          const origin = specifier ? `imported from \`${specifier}\`, ` : '';
          context.report({ node: reportNode, messageId: 'wrapperUsedForAuthz', data: { name, origin, line } });
        }
        return;
      }
      context.report({
        node: reportNode,
        messageId: authz ? 'decodedUsedForAuthz' : messageId,
        suggest: call ? verifySuggestions(call) : [],
      });
    }

    /** jwt-simple decodes unverified only with `noVerify`; jwt-decode's `{ header: true }` reads the header alone. */
    function isUnverifyingCall(call: JwtCall): boolean {
      if (call.api === 'jwt-simple.decode') {
        const flag = call.node.arguments[2];
        return (
          flag !== undefined && flag.type !== AST_NODE_TYPES.SpreadElement && getBooleanValue(flag, sourceCode) === true
        );
      }
      if (call.api === 'jwt-decode' && call.options) {
        const header = getObjectShape(call.options, sourceCode)?.values.get('header');
        return getBooleanValue(header, sourceCode) !== true;
      }
      return true;
    }

    /** A decoded header (or a complete decode read only for `.header`) that feeds key selection and nothing else. */
    function isKeySelectionOnly(call: JwtCall | undefined, use: ReturnType<typeof getDecodedUse>): boolean {
      if (!call || use.authz) {
        return false;
      }
      if (call.api === 'jose.decodeProtectedHeader') {
        return [...use.reads].every(key => KEY_SELECTION.has(key));
      }
      if (call.api === 'jsonwebtoken.decode') {
        return use.reads.size > 0 && !use.escapes && [...use.reads].every(key => key === 'header');
      }
      return false;
    }

    /**
     * A token the code received itself from a token endpoint (`response.access_token`, `result.idToken`), not
     * from a request: the client reads its own token (OIDC Core §3.1.3.7 lets TLS stand in for the signature
     * there), and client-side access token inspection is `no-client-access-token-inspection`'s concern.
     */
    function isOwnTokenResponse(token: TSESTree.Node): boolean {
      const written = skipWrappers(token);
      // `const { accessToken } = await pca.acquireTokenSilent(…)`
      if (written.type === AST_NODE_TYPES.Identifier) {
        const def = findVariable(written, sourceCode)?.defs[0];
        if (def?.type === VARIABLE && def.node.id.type === AST_NODE_TYPES.ObjectPattern && def.node.init) {
          const property = def.node.id.properties.find(
            p => p.type === AST_NODE_TYPES.Property && p.value === def.name,
          ) as TSESTree.Property | undefined;
          const key = property && getPropertyKey(property, sourceCode);
          return key !== undefined && TOKEN_RESPONSE_FIELDS.has(key) && !isFromRequest(def.node.init);
        }
      }
      const value = skipWrappers(resolveExpression(token, sourceCode));
      if (
        value.type !== AST_NODE_TYPES.MemberExpression ||
        !TOKEN_RESPONSE_FIELDS.has(getMemberKey(value, sourceCode) ?? '')
      ) {
        return false;
      }
      return !isFromRequest(value.object);
    }

    /** `req.body`, `request.headers.x`, `ctx.request.query`: what the caller sent. */
    function isFromRequest(node: TSESTree.Node): boolean {
      let object: TSESTree.Node = skipWrappers(node);
      if (object.type === AST_NODE_TYPES.AwaitExpression) {
        object = skipWrappers(object.argument);
      }
      for (let i = 0; i < 8 && object.type === AST_NODE_TYPES.MemberExpression; i++) {
        if (REQUEST_PARTS.has(getMemberKey(object, sourceCode) ?? '')) {
          return true;
        }
        object = skipWrappers(object.object);
      }
      return object.type === AST_NODE_TYPES.Identifier && REQUEST_SOURCE_NAMES.has(object.name);
    }

    /** Express/Koa/Fastify handlers and middleware: `(req, res, next)`, `(ctx, next)`, `(request, reply)`. */
    function inRequestHandler(node: TSESTree.Node): boolean {
      const fn = enclosingFunction(node);
      if (!fn) {
        return false;
      }
      const names = fn.params.map(p => (p.type === AST_NODE_TYPES.Identifier ? p.name : ''));
      return (
        (REQUEST_OBJECT_NAMES.has(names[0] ?? '') && /^(res|response|reply)$/.test(names[1] ?? '')) ||
        (names[0] === 'ctx' && names[1] === 'next')
      );
    }

    /** A key in scope that the rewrite can name: `getKey`, `JWKS`, `publicKey`, … */
    function keyInScope(at: TSESTree.Node): string | undefined {
      for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(at); scope; scope = scope.upper) {
        for (const variable of scope.variables) {
          if (KEY_NAME.test(variable.name) && variable.defs.length > 0) {
            return variable.name;
          }
        }
      }
      return undefined;
    }

    function verifySuggestions(call: JwtCall): TSESLint.ReportSuggestionArray<MessageIds> {
      const callee = skipWrappers(call.node.callee);
      const token = call.token;
      const key = keyInScope(call.node);
      if (!token || !key || call.node.type !== AST_NODE_TYPES.CallExpression) {
        return [];
      }
      const tokenText = sourceCode.getText(token);
      const claims = 'audience: process.env.API_AUDIENCE, issuer: process.env.TOKEN_ISSUER';
      if (call.api === 'jsonwebtoken.decode' && callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
        const object = sourceCode.getText(callee.object);
        const algorithms = key === 'getKey' || /jwks|public|signing/i.test(key) ? "['RS256']" : "['HS256']";
        return [
          {
            messageId: 'useJsonwebtokenVerify',
            data: { key },
            fix: fixer =>
              fixer.replaceText(
                call.node,
                `${object}.verify(${tokenText}, ${key}, { algorithms: ${algorithms}, ${claims} })`,
              ),
          },
        ];
      }
      if (call.api === 'jose.decodeJwt' && isInAsyncFunction(call.node)) {
        let verifyName: string | undefined;
        if (callee.type === AST_NODE_TYPES.MemberExpression && !callee.computed) {
          verifyName = `${sourceCode.getText(callee.object)}.jwtVerify`;
        } else {
          const existing = findVariableByName('jwtVerify', call.node, sourceCode);
          if (existing && isModuleRef(resolveVariableRef(existing, sourceCode), 'jose', ['jwtVerify'])) {
            verifyName = 'jwtVerify';
          }
        }
        if (!verifyName) {
          return [];
        }
        const name = verifyName;
        return [
          {
            messageId: 'useJoseJwtVerify',
            data: { key },
            fix: fixer => fixer.replaceText(call.node, `(await ${name}(${tokenText}, ${key}, { ${claims} })).payload`),
          },
        ];
      }
      return [];
    }

    function isInAsyncFunction(node: TSESTree.Node): boolean {
      return enclosingFunction(node)?.async ?? false;
    }

    return {
      CallExpression: check,
      NewExpression(node: TSESTree.NewExpression): void {
        if (node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'Buffer') {
          check(node);
        }
      },
    };
  },
});
