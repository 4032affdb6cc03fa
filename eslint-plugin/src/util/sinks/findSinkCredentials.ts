import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../ast/astNodeTypes';

import { skipWrappers } from '../ast/skipWrappers';
import { CREDENTIAL_HEADERS } from '../data/credentialSinks.generated';
import type { CredentialKind } from '../data/credentialSinks.generated';
import { findPropertyValue, findPropertyValues, findWrittenValue } from '../evaluate/findWrittenValue';
import { getPropertyKey, getStaticString, MAX_RESOLVE_DEPTH, resolveExpression } from '../evaluate/staticValue';
import { findSecretLiteral } from '../secrets/secretLiteral';
import type { SecretLiteral } from '../secrets/secretLiteral';
import { toEnvVarName } from '../secrets/secretNames';
import { getBindingName } from '../secrets/secretLiteral';
import { isSinkSecret } from './isSinkSecret';
import type { SinkCall } from './resolveSinkCall';
import { GLOBAL_PACKAGE } from './resolveSinkCall';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A hard-coded credential that reaches a sink. */
export interface SinkCredential {
  /** The literal that holds it (where it is reported, and what the secret rules share as reported). */
  literal: SecretLiteral;
  /** The credential's own text (the password of `user:password`, the token after `Bearer `): its length is shown. */
  secret: string;
  kind: CredentialKind;
  /** What the sink is, for the message: "the password of this `pg` connection". */
  label: string;
  /** The environment variable a fix reads it from. */
  env: string;
  /** Whether the literal is the credential and nothing else, so replacing it with the variable keeps the call. */
  whole: boolean;
}

const KIND_WORDS: Readonly<Record<CredentialKind, string>> = {
  password: 'password',
  'client-secret': 'client secret',
  'access-key': 'secret access key',
  'connection-string': 'connection string',
  'api-key': 'API key',
  'encryption-key': 'encryption key',
  'private-key': 'private key',
  'signing-key': 'signing secret',
  token: 'token',
};
const KIND_ENV: Readonly<Record<CredentialKind, string>> = {
  password: 'PASSWORD',
  'client-secret': 'CLIENT_SECRET',
  'access-key': 'SECRET_ACCESS_KEY',
  'connection-string': 'CONNECTION_STRING',
  'api-key': 'API_KEY',
  'encryption-key': 'ENCRYPTION_KEY',
  'private-key': 'PRIVATE_KEY',
  'signing-key': 'SIGNING_SECRET',
  token: 'TOKEN',
};
/** Families whose credentials are the application's own, not a product's: no package prefix on the variable. */
const UNPREFIXED_FAMILIES = new Set(['http', 'crypto-web', 'jwt-legacy', 'server-auth']);
const AUTH_SCHEME = /^(Basic|Bearer|Token|Bot|Digest|SharedAccessSignature|Splunk|Key|ApiKey|GenieKey)\s+/i;

/**
 * The hard-coded credentials a catalogued call receives: each position's value (through `const` variables, spreads,
 * properties assigned after the object is made, `this.x` set in the constructor or a class field, same-file helpers
 * that return a literal, `env || 'literal'` fallbacks), judged as a credential of its kind; the headers of an HTTP
 * request (`Authorization: Basic …`/`Bearer …` and the API-key headers).
 */
export function findSinkCredentials(
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  call: SinkCall,
  sourceCode: SourceCode,
): SinkCredential[] {
  const out: SinkCredential[] = [];
  for (const [at, kind, object, family] of call.positions) {
    const steps = at.split('.');
    const index = Number(steps[0]);
    const arg = node.arguments[index];
    const sink = { pkg: call.pkg, object, family };
    if (kind === 'header') {
      // `setHeader(name, value)`, `set(name, value)`; superagent's `set({ … })` takes an object of headers.
      const name = node.arguments[index - 1];
      if (node.arguments.length === 1 && index === 1 && name && name.type !== AST_NODE_TYPES.SpreadElement) {
        checkHeaders(name, sink, sourceCode, out);
      } else if (
        arg &&
        name &&
        arg.type !== AST_NODE_TYPES.SpreadElement &&
        name.type !== AST_NODE_TYPES.SpreadElement
      ) {
        const header = getStaticString(name, sourceCode);
        const headerKind = header === undefined ? undefined : CREDENTIAL_HEADERS.get(header.toLowerCase());
        if (header !== undefined && headerKind) {
          checkHeader(arg, header, headerKind, sink, sourceCode, out);
        }
      }
      continue;
    }
    if (!arg || arg.type === AST_NODE_TYPES.SpreadElement) {
      continue;
    }
    for (const value of valuesAt(arg, steps.slice(1), sourceCode)) {
      if (kind === 'headers') {
        checkHeaders(value, sink, sourceCode, out);
        continue;
      }
      const literal = findSinkLiteral(value, sourceCode);
      if (literal && isSinkSecret(literal.value, kind)) {
        out.push({
          literal,
          secret: literal.value,
          kind,
          label: `the ${KIND_WORDS[kind]} of this \`${sink.pkg}\` ${object}`,
          env: envName(literal, kind, sink, sourceCode),
          whole: true,
        });
      }
    }
  }
  return out;
}

interface SinkContext {
  pkg: string;
  object: string;
  family: string;
}

/** The values at the property steps under an argument (`*` is every property). */
function valuesAt(arg: TSESTree.Node, steps: readonly string[], sourceCode: SourceCode): TSESTree.Node[] {
  let values: TSESTree.Node[] = [arg];
  for (const step of steps) {
    const next: TSESTree.Node[] = [];
    for (const value of values) {
      const object = objectOf(value, sourceCode);
      if (step === '*') {
        next.push(...findPropertyValues(object, sourceCode));
      } else {
        const found = findPropertyValue(object, step, sourceCode);
        if (found) {
          next.push(found);
        }
      }
    }
    values = next;
  }
  return values;
}

/** An options object passed as `this.options` (set in the constructor or a class field) is that object. */
function objectOf(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node {
  const resolved = resolveExpression(node, sourceCode);
  if (resolved.type === AST_NODE_TYPES.ObjectExpression) {
    return node;
  }
  return findWrittenValue(resolved, sourceCode) ?? node;
}

/** `findSecretLiteral`, also through `this.x` and same-file helpers that return a value. */
function findSinkLiteral(node: TSESTree.Node, sourceCode: SourceCode, depth = 0): SecretLiteral | undefined {
  const found = findSecretLiteral(node, sourceCode);
  if (found || depth >= 4) {
    return found;
  }
  const written = findWrittenValue(resolveExpression(node, sourceCode), sourceCode);
  const inner = written && findSinkLiteral(written, sourceCode, depth + 1);
  return inner && { ...inner, viaConst: true };
}

function envName(literal: SecretLiteral, kind: CredentialKind, sink: SinkContext, sourceCode: SourceCode): string {
  const bound = literal.viaConst ? getBindingName(literal.node, sourceCode) : undefined;
  if (bound && /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(bound)) {
    return bound;
  }
  if (sink.pkg === GLOBAL_PACKAGE || UNPREFIXED_FAMILIES.has(sink.family)) {
    return kind === 'token' ? 'API_TOKEN' : KIND_ENV[kind];
  }
  const base = sink.pkg
    .replace(/^@([^/]+)\/.*$/, '$1')
    .replace(/(?:[-.](?:sdk|js|node|client|api))+$/i, '')
    .replace(/^node-/, '');
  const prefix = toEnvVarName(base.replace(/[^A-Za-z0-9]+/g, '_'));
  return kind === 'connection-string' && sink.family === 'data' ? `${prefix}_URL` : `${prefix}_${KIND_ENV[kind]}`;
}

/** The headers of an object (`{ Authorization: …, 'X-API-Key': … }`, spreads of same-file objects included). */
function checkHeaders(node: TSESTree.Node, sink: SinkContext, sourceCode: SourceCode, out: SinkCredential[]): void {
  for (const [name, value] of headerEntries(node, sourceCode, 0)) {
    const kind = CREDENTIAL_HEADERS.get(name.toLowerCase());
    if (kind) {
      checkHeader(value, name, kind, sink, sourceCode, out);
    }
  }
}

function headerEntries(node: TSESTree.Node, sourceCode: SourceCode, depth: number): [string, TSESTree.Node][] {
  const object = resolveExpression(objectOf(node, sourceCode), sourceCode);
  if (object.type !== AST_NODE_TYPES.ObjectExpression || depth >= MAX_RESOLVE_DEPTH) {
    return [];
  }
  const entries: [string, TSESTree.Node][] = [];
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      entries.push(...headerEntries(property.argument, sourceCode, depth + 1));
    } else if (property.kind === 'init' && !property.method) {
      const key = getPropertyKey(property, sourceCode);
      if (key !== undefined) {
        entries.push([key, property.value]);
      }
    }
  }
  return entries;
}

/**
 * One header's value: `Basic <base64 of user:password>` (written out, or as `Buffer.from('user:password')
 * .toString('base64')` / `btoa('user:password')`, in a concatenation or a template) is a password; `Bearer <token>`
 * and the other schemes a token; an API-key header's value the header's kind.
 */
function checkHeader(
  value: TSESTree.Node,
  header: string,
  headerKind: CredentialKind,
  sink: SinkContext,
  sourceCode: SourceCode,
  out: SinkCredential[],
): void {
  const pkg = sink.pkg === GLOBAL_PACKAGE ? '' : `\`${sink.pkg}\` `;
  const label = `the \`${header}\` header of this ${pkg}${sink.object}`;
  const push = (literal: SecretLiteral, secret: string, kind: CredentialKind, whole: boolean): void => {
    if (isSinkSecret(secret, kind)) {
      out.push({ literal, secret, kind, label, env: envName(literal, kind, sink, sourceCode), whole });
    }
  };
  const whole = findSinkLiteral(value, sourceCode);
  if (whole) {
    const text = whole.value.trim();
    const scheme = AUTH_SCHEME.exec(text);
    if (!scheme) {
      push(whole, text, headerKind, true);
      return;
    }
    const credential = text.slice(scheme[0].length);
    if (scheme[1]!.toLowerCase() === 'basic') {
      push(whole, basicPassword(credential), 'password', false);
    } else {
      push(whole, credential, headerKind === 'api-key' ? 'api-key' : 'token', false);
    }
    return;
  }
  // `'Basic ' + x`, `` `Bearer ${x}` ``.
  const expression = resolveExpression(value, sourceCode);
  let scheme: string | undefined;
  let credential: TSESTree.Node | undefined;
  if (
    expression.type === AST_NODE_TYPES.TemplateLiteral &&
    expression.expressions.length === 1 &&
    expression.quasis[1]?.value.cooked === ''
  ) {
    scheme = expression.quasis[0]!.value.cooked ?? undefined;
    credential = expression.expressions[0];
  } else if (expression.type === AST_NODE_TYPES.BinaryExpression && expression.operator === '+') {
    scheme = getStaticString(expression.left, sourceCode);
    credential = expression.right;
  }
  const match = scheme === undefined ? null : AUTH_SCHEME.exec(scheme);
  if (!credential || !match || match[0].length !== scheme!.length) {
    return;
  }
  if (match[1]!.toLowerCase() !== 'basic') {
    const token = findSinkLiteral(credential, sourceCode);
    if (token) {
      push(token, token.value, headerKind === 'api-key' ? 'api-key' : 'token', true);
    }
    return;
  }
  const encoded = encodedInput(credential, sourceCode);
  if (!encoded) {
    const literal = findSinkLiteral(credential, sourceCode);
    if (literal) {
      push(literal, basicPassword(literal.value), 'password', false);
    }
    return;
  }
  const userPass = findSinkLiteral(encoded, sourceCode);
  if (userPass) {
    const colon = userPass.value.indexOf(':');
    if (colon >= 0) {
      push(userPass, userPass.value.slice(colon + 1), 'password', false);
    }
    return;
  }
  // `${user}:${password}` or `user + ':' + password`: the password is the last part.
  const password = passwordPart(resolveExpression(encoded, sourceCode), sourceCode);
  const literal = password && findSinkLiteral(password, sourceCode);
  if (literal) {
    push(literal, literal.value, 'password', true);
  }
}

/** The password of a Basic credential: the text after `:` of its base64 (or, written unencoded, of itself). */
function basicPassword(credential: string): string {
  let decoded = credential;
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(credential) && credential.length % 4 === 0) {
    const text = Buffer.from(credential, 'base64').toString('utf8');
    if (/^[\x20-\x7e]+$/.test(text)) {
      decoded = text;
    }
  }
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : decoded;
}

/** `Buffer.from(x).toString('base64')`, `Buffer.from(x, 'utf8').toString('base64')`, `btoa(x)`: `x`. */
function encodedInput(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | undefined {
  const call = skipWrappers(resolveExpression(node, sourceCode));
  if (call.type !== AST_NODE_TYPES.CallExpression) {
    return undefined;
  }
  const callee = skipWrappers(call.callee);
  const first = call.arguments[0];
  if (callee.type === AST_NODE_TYPES.Identifier && callee.name === 'btoa') {
    return first && first.type !== AST_NODE_TYPES.SpreadElement ? first : undefined;
  }
  if (
    callee.type !== AST_NODE_TYPES.MemberExpression ||
    callee.property.type !== AST_NODE_TYPES.Identifier ||
    callee.property.name !== 'toString' ||
    !first ||
    first.type === AST_NODE_TYPES.SpreadElement ||
    getStaticString(first, sourceCode) !== 'base64'
  ) {
    return undefined;
  }
  const from = skipWrappers(callee.object);
  if (
    from.type !== AST_NODE_TYPES.CallExpression ||
    from.callee.type !== AST_NODE_TYPES.MemberExpression ||
    from.callee.object.type !== AST_NODE_TYPES.Identifier ||
    from.callee.object.name !== 'Buffer' ||
    from.callee.property.type !== AST_NODE_TYPES.Identifier ||
    from.callee.property.name !== 'from'
  ) {
    return undefined;
  }
  const input = from.arguments[0];
  return input && input.type !== AST_NODE_TYPES.SpreadElement ? input : undefined;
}

/** The expression after the `:` of `` `${user}:${password}` `` or `user + ':' + password`. */
function passwordPart(node: TSESTree.Node, sourceCode: SourceCode): TSESTree.Node | undefined {
  if (node.type === AST_NODE_TYPES.TemplateLiteral) {
    const n = node.expressions.length;
    const before = node.quasis[n - 1]?.value.cooked;
    return n > 0 && node.quasis[n]?.value.cooked === '' && before?.endsWith(':') ? node.expressions[n - 1] : undefined;
  }
  if (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+') {
    const left = node.left;
    const text =
      left.type === AST_NODE_TYPES.BinaryExpression && left.operator === '+'
        ? getStaticString(left.right, sourceCode)
        : getStaticString(left, sourceCode);
    return text?.endsWith(':') ? node.right : undefined;
  }
  return undefined;
}
