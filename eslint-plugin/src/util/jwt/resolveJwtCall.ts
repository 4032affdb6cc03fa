import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { findVariable, getDeclaredNames, IMPORT_BINDING, VARIABLE } from '../evaluate/findVariable';
import { NEW, isModuleRef, resolveModuleRef, resolveVariableRef } from '../modules/resolveModuleRef';
import { createPerFileCache } from '../rule/perFileCache';
import { registerMentions, sourceMentionsAny } from '../rule/sourceMentions';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A token library API this plugin knows, named `<package>.<export>` (or the package alone for factories). */
export type JwtApi =
  | 'jsonwebtoken.verify'
  | 'jsonwebtoken.decode'
  | 'jsonwebtoken.sign'
  | 'jose.jwtVerify'
  | 'jose.compactVerify'
  | 'jose.flattenedVerify'
  | 'jose.generalVerify'
  | 'jose.decodeJwt'
  | 'jose.decodeProtectedHeader'
  | 'jose.UnsecuredJWT.decode'
  | 'jose.UnsecuredJWT'
  | 'jose.JWT.verify'
  | 'jose.JWT.decode'
  | 'jwt-decode'
  | 'jwt-simple.decode'
  | '@nestjs/jwt.decode'
  | 'express-jwt'
  | 'koa-jwt'
  | 'passport-jwt.Strategy'
  | 'passport-azure-ad.BearerStrategy'
  | 'passport-azure-ad.OIDCStrategy'
  | 'express-oauth2-jwt-bearer.auth'
  | 'google-auth-library.verifyIdToken';

/**
 * The APIs that verify a JWT and take claim-check options (algorithms, audience, issuer, lifetime): what
 * `no-disabled-jwt-lifetime-checks` reads and the editor's verification summary describes.
 */
export const VERIFYING_APIS: ReadonlySet<JwtApi> = new Set<JwtApi>([
  'jsonwebtoken.verify',
  'jose.jwtVerify',
  'jose.JWT.verify',
  'express-jwt',
  'koa-jwt',
  'passport-jwt.Strategy',
  'passport-azure-ad.BearerStrategy',
  'passport-azure-ad.OIDCStrategy',
]);

/**
 * A call (or `new`, or `super(…)` in a class that extends the API) of a token library API, resolved through
 * the file's imports: `api` says which, `callee` is the node to report on, and `token`, `key` and `options` are
 * the arguments in those roles (absent when the call does not pass them).
 */
export interface JwtCall {
  api: JwtApi;
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  callee: TSESTree.Node;
  token?: TSESTree.Node;
  key?: TSESTree.Node;
  options?: TSESTree.Node;
  /** The argument index where options go, for fixes that add them. */
  optionsIndex: number;
  /**
   * Whether the arguments are all visible: no spread, and the token and key present where the API takes them.
   * Rules report a missing option only on such calls (`jwt.verify(...args)` may well pass one).
   */
  argumentsKnown: boolean;
}

interface Signature {
  api: JwtApi;
  sources: readonly string[];
  path: readonly string[];
  isNew: boolean;
  token?: number;
  key?: number;
  options?: number;
}

const sig = (
  api: JwtApi,
  sources: string | readonly string[],
  path: readonly string[],
  roles: { token?: number; key?: number; options?: number; isNew?: boolean },
): Signature => ({
  api,
  sources: typeof sources === 'string' ? [sources] : sources,
  path,
  isNew: roles.isNew ?? false,
  ...roles,
});

/** Every known signature, indexed by the last step of its path (or the package name for module calls). */
const SIGNATURES: readonly Signature[] = [
  sig('jsonwebtoken.verify', 'jsonwebtoken', ['verify'], { token: 0, key: 1, options: 2 }),
  sig('jsonwebtoken.decode', 'jsonwebtoken', ['decode'], { token: 0, options: 1 }),
  sig('jsonwebtoken.sign', 'jsonwebtoken', ['sign'], { key: 1, options: 2 }),
  sig('jose.jwtVerify', 'jose', ['jwtVerify'], { token: 0, key: 1, options: 2 }),
  sig('jose.compactVerify', 'jose', ['compactVerify'], { token: 0, key: 1, options: 2 }),
  sig('jose.flattenedVerify', 'jose', ['flattenedVerify'], { token: 0, key: 1, options: 2 }),
  sig('jose.generalVerify', 'jose', ['generalVerify'], { token: 0, key: 1, options: 2 }),
  sig('jose.decodeJwt', 'jose', ['decodeJwt'], { token: 0 }),
  sig('jose.decodeProtectedHeader', 'jose', ['decodeProtectedHeader'], { token: 0 }),
  sig('jose.UnsecuredJWT.decode', 'jose', ['UnsecuredJWT', 'decode'], { token: 0, options: 1 }),
  sig('jose.UnsecuredJWT', 'jose', ['UnsecuredJWT'], { isNew: true }),
  sig('jose.JWT.verify', 'jose', ['JWT', 'verify'], { token: 0, key: 1, options: 2 }),
  sig('jose.JWT.decode', 'jose', ['JWT', 'decode'], { token: 0, options: 1 }),
  sig('jwt-decode', 'jwt-decode', ['jwtDecode'], { token: 0, options: 1 }),
  sig('jwt-decode', 'jwt-decode', [], { token: 0, options: 1 }),
  sig('jwt-simple.decode', 'jwt-simple', ['decode'], { token: 0, key: 1 }),
  sig('express-jwt', 'express-jwt', ['expressjwt'], { options: 0 }),
  sig('express-jwt', 'express-jwt', [], { options: 0 }),
  sig('koa-jwt', 'koa-jwt', [], { options: 0 }),
  sig('passport-jwt.Strategy', 'passport-jwt', ['Strategy'], { options: 0, isNew: true }),
  sig('passport-azure-ad.BearerStrategy', 'passport-azure-ad', ['BearerStrategy'], { options: 0, isNew: true }),
  sig('passport-azure-ad.OIDCStrategy', 'passport-azure-ad', ['OIDCStrategy'], { options: 0, isNew: true }),
  sig('express-oauth2-jwt-bearer.auth', 'express-oauth2-jwt-bearer', ['auth'], { options: 0 }),
  sig('google-auth-library.verifyIdToken', 'google-auth-library', ['OAuth2Client', NEW, 'verifyIdToken'], {
    options: 0,
  }),
  sig('google-auth-library.verifyIdToken', 'google-auth-library', ['auth', 'OAuth2', NEW, 'verifyIdToken'], {
    options: 0,
  }),
];

/** Callee names (the last name written) that can be one of the APIs; anything else is skipped without resolving. */
const CALLEE_NAMES = new Set([
  'verify',
  'decode',
  'sign',
  'jwtVerify',
  'compactVerify',
  'flattenedVerify',
  'generalVerify',
  'decodeJwt',
  'decodeProtectedHeader',
  'UnsecuredJWT',
  'jwtDecode',
  'expressjwt',
  'Strategy',
  'BearerStrategy',
  'OIDCStrategy',
  'auth',
  'verifyIdToken',
]);
/** Package names, one of which a file must mention before any of its calls is resolved (the shared file scan). */
const PACKAGE_WORDS = registerMentions(['jsonwebtoken', 'jose', 'jwt', 'passport-azure-ad', 'google-auth-library']);

/**
 * The token library API a call or `new` expression invokes, resolved through imports, or `undefined`.
 * Cheap on the common path: callees whose written name cannot be one of the APIs are rejected before any
 * scope lookup. `super(opts, verify)` in `class X extends PassportStrategy(Strategy)` (NestJS) or
 * `class X extends Strategy` counts as `new Strategy(opts, verify)`.
 */
export function resolveJwtCall(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): JwtCall | undefined {
  // Several rules ask about the same calls: answer each once per parse.
  let answer = answers.get(sourceCode, node);
  if (answer === undefined) {
    answer = resolveUncached(node, sourceCode) ?? null;
    answers.set(sourceCode, node, answer);
  }
  return answer ?? undefined;
}

const answers = createPerFileCache<TSESTree.Node, JwtCall | null>();

function resolveUncached(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  sourceCode: SourceCode,
): JwtCall | undefined {
  const callee = skipWrappers(node.callee);
  if (!sourceMentionsAny(sourceCode, PACKAGE_WORDS)) {
    return googleByShape(node, callee);
  }
  let ref;
  let isNew = node.type === AST_NODE_TYPES.NewExpression;
  if (callee.type === AST_NODE_TYPES.Super) {
    ref = superClassRef(callee, sourceCode);
    isNew = true;
  } else {
    const name = writtenName(callee);
    if (name === undefined) {
      return undefined;
    }
    if (!CALLEE_NAMES.has(name)) {
      // Module objects called directly go by any local name: resolve identifiers bound to an import only.
      if (callee.type !== AST_NODE_TYPES.Identifier || !isImportedName(callee, sourceCode)) {
        return googleByShape(node, callee);
      }
    }
    ref = resolveModuleRef(callee, sourceCode);
  }
  if (!ref) {
    return nestJwtServiceDecode(node, callee, sourceCode) ?? googleByShape(node, callee);
  }
  for (const s of SIGNATURES) {
    if (s.isNew === isNew && isModuleRef(ref, s.sources, s.path)) {
      return build(s, node, callee);
    }
  }
  return googleByShape(node, callee);
}

/** `import x from …`, `const x = require(…)` (or `require(…).default`, `await import(…)`): cheap, no resolution. */
function isImportedName(identifier: TSESTree.Identifier, sourceCode: SourceCode, depth = 0): boolean {
  // Most plain calls are to globals and local functions: one set lookup answers those without a scope walk.
  if (!getDeclaredNames(sourceCode).withValue.has(identifier.name)) {
    return false;
  }
  const def = findVariable(identifier, sourceCode)?.defs[0];
  if (def?.type === IMPORT_BINDING) {
    return true;
  }
  if (def?.type !== VARIABLE || !def.node.init) {
    return false;
  }
  let init = skipWrappers(def.node.init);
  if (init.type === AST_NODE_TYPES.AwaitExpression) {
    init = skipWrappers(init.argument);
  }
  if (init.type === AST_NODE_TYPES.MemberExpression) {
    init = skipWrappers(init.object);
  }
  // `const { decode: peek } = jwt;` after `const jwt = require('jsonwebtoken')`: one more hop.
  if (init.type === AST_NODE_TYPES.Identifier && depth < 2) {
    return isImportedName(init, sourceCode, depth + 1);
  }
  return (
    init.type === AST_NODE_TYPES.ImportExpression ||
    (init.type === AST_NODE_TYPES.CallExpression &&
      init.callee.type === AST_NODE_TYPES.Identifier &&
      init.callee.name === 'require')
  );
}

function build(s: Signature, node: TSESTree.CallExpression | TSESTree.NewExpression, callee: TSESTree.Node): JwtCall {
  const arg = (i: number | undefined): TSESTree.Node | undefined => {
    if (i === undefined) {
      return undefined;
    }
    const value = node.arguments[i];
    return value && value.type !== AST_NODE_TYPES.SpreadElement ? value : undefined;
  };
  let options = arg(s.options);
  let optionsIndex = s.options ?? -1;
  // jsonwebtoken `verify(token, key, callback)` / `sign(payload, key, callback)`: the callback is not options.
  if (
    options &&
    (options.type === AST_NODE_TYPES.ArrowFunctionExpression || options.type === AST_NODE_TYPES.FunctionExpression)
  ) {
    options = undefined;
  }
  const reportNode = callee.type === AST_NODE_TYPES.MemberExpression ? callee.property : callee;
  if (optionsIndex > node.arguments.length) {
    optionsIndex = node.arguments.length;
  }
  const argumentsKnown =
    !node.arguments.some(a => a.type === AST_NODE_TYPES.SpreadElement) &&
    (s.token === undefined || arg(s.token) !== undefined) &&
    (s.key === undefined || arg(s.key) !== undefined);
  return {
    api: s.api,
    node,
    callee: reportNode,
    token: arg(s.token),
    key: arg(s.key),
    options,
    optionsIndex,
    argumentsKnown,
  };
}

function writtenName(callee: TSESTree.Node): string | undefined {
  if (callee.type === AST_NODE_TYPES.Identifier) {
    return callee.name;
  }
  if (callee.type === AST_NODE_TYPES.MemberExpression) {
    if (!callee.computed && callee.property.type === AST_NODE_TYPES.Identifier) {
      return callee.property.name;
    }
    if (callee.property.type === AST_NODE_TYPES.Literal && typeof callee.property.value === 'string') {
      return callee.property.value;
    }
  }
  return undefined;
}

/**
 * `client.verifyIdToken({ idToken, … })` on a client the rule cannot trace: the object argument with an
 * `idToken` key is google-auth-library's shape (firebase-admin's `verifyIdToken` takes the token string).
 */
function googleByShape(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  callee: TSESTree.Node,
): JwtCall | undefined {
  if (
    node.type !== AST_NODE_TYPES.CallExpression ||
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    writtenName(callee) !== 'verifyIdToken'
  ) {
    return undefined;
  }
  const [arg] = node.arguments;
  if (arg?.type !== AST_NODE_TYPES.ObjectExpression) {
    return undefined;
  }
  const hasIdToken = arg.properties.some(
    p =>
      p.type === AST_NODE_TYPES.Property &&
      !p.computed &&
      p.key.type === AST_NODE_TYPES.Identifier &&
      p.key.name === 'idToken',
  );
  return hasIdToken
    ? {
        api: 'google-auth-library.verifyIdToken',
        node,
        callee: callee.property,
        options: arg,
        optionsIndex: 0,
        argumentsKnown: true,
      }
    : undefined;
}

/**
 * `this.jwtService.decode(token)` where `jwtService` is injected into the class as @nestjs/jwt's `JwtService`
 * (a constructor parameter property or a class property with that type): NestJS's wrapper of jsonwebtoken's
 * `decode`.
 */
function nestJwtServiceDecode(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  callee: TSESTree.Node,
  sourceCode: SourceCode,
): JwtCall | undefined {
  if (
    node.type !== AST_NODE_TYPES.CallExpression ||
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    writtenName(callee) !== 'decode'
  ) {
    return undefined;
  }
  const service = skipWrappers(callee.object);
  if (
    service.type !== AST_NODE_TYPES.MemberExpression ||
    service.object.type !== AST_NODE_TYPES.ThisExpression ||
    service.computed
  ) {
    return undefined;
  }
  const name = service.property.type === AST_NODE_TYPES.Identifier ? service.property.name : undefined;
  let classBody: TSESTree.Node | undefined = node.parent;
  while (classBody && classBody.type !== AST_NODE_TYPES.ClassBody) {
    classBody = classBody.parent;
  }
  if (!name || classBody?.type !== AST_NODE_TYPES.ClassBody) {
    return undefined;
  }
  let typeName: TSESTree.Identifier | undefined;
  for (const member of classBody.body) {
    if (member.type === AST_NODE_TYPES.MethodDefinition && member.kind === 'constructor') {
      for (const param of member.value.params) {
        if (
          param.type === AST_NODE_TYPES.TSParameterProperty &&
          param.parameter.type === AST_NODE_TYPES.Identifier &&
          param.parameter.name === name
        ) {
          typeName = typeReferenceName(param.parameter.typeAnnotation?.typeAnnotation);
        }
      }
    } else if (
      member.type === AST_NODE_TYPES.PropertyDefinition &&
      member.key.type === AST_NODE_TYPES.Identifier &&
      member.key.name === name
    ) {
      typeName = typeReferenceName(member.typeAnnotation?.typeAnnotation);
    }
  }
  const variable = typeName && findVariable(typeName, sourceCode);
  if (!variable || !isModuleRef(resolveVariableRef(variable, sourceCode), '@nestjs/jwt', ['JwtService'])) {
    return undefined;
  }
  const [token, options] = node.arguments;
  const arg = (a: TSESTree.Node | undefined): TSESTree.Node | undefined =>
    a && a.type !== AST_NODE_TYPES.SpreadElement ? a : undefined;
  return {
    api: '@nestjs/jwt.decode',
    node,
    callee: callee.property,
    token: arg(token),
    options: arg(options),
    optionsIndex: 1,
    argumentsKnown: !node.arguments.some(a => a.type === AST_NODE_TYPES.SpreadElement),
  };
}

function typeReferenceName(type: TSESTree.TypeNode | undefined): TSESTree.Identifier | undefined {
  return type?.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier
    ? type.typeName
    : undefined;
}

/** For `super(…)`: the module reference of the class's superclass, looking through NestJS's `PassportStrategy(X)`. */
function superClassRef(node: TSESTree.Super, sourceCode: SourceCode): ReturnType<typeof resolveModuleRef> {
  for (let current: TSESTree.Node | undefined = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassDeclaration || current.type === AST_NODE_TYPES.ClassExpression) {
      let superClass = current.superClass && skipWrappers(current.superClass);
      if (superClass?.type === AST_NODE_TYPES.CallExpression) {
        const mixin = skipWrappers(superClass.callee);
        const [first] = superClass.arguments;
        if (
          mixin.type === AST_NODE_TYPES.Identifier &&
          mixin.name === 'PassportStrategy' &&
          first &&
          first.type !== AST_NODE_TYPES.SpreadElement
        ) {
          superClass = skipWrappers(first);
        } else {
          return undefined;
        }
      }
      return superClass ? resolveModuleRef(superClass, sourceCode) : undefined;
    }
  }
  return undefined;
}
