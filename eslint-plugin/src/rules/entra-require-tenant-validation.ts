import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, containsNode, enclosingFunctionOrProgram, getWrittenName, skipWrappers } from '../util/ast';

import {
  findVariable,
  FUNCTION_NAME,
  getBooleanValue,
  getMemberKey,
  getObjectShape,
  getPropertyKey,
  getStaticString,
  resolveExpression,
  VARIABLE,
} from '../util/evaluate';
import { ENTRA_MULTI_TENANT_ENDPOINT, resolveJwtCall } from '../util/jwt';
import type { JwtApi, JwtCall } from '../util/jwt';
import { isModuleRef, resolveModuleRef } from '../util/modules';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';

type Options = [];
type MessageIds = 'paadValidateIssuerOff' | 'paadMultiAudience' | 'commonJwksNoIssuer' | 'issuerFromToken';

/** Stands for a part of a string that is not static. */
const UNKNOWN = '\u0000';
/** Verification calls whose options take an `issuer`. */
const ISSUER_APIS = new Set<JwtApi>([
  'jsonwebtoken.verify',
  'jose.jwtVerify',
  'express-jwt',
  'koa-jwt',
  'passport-jwt.Strategy',
]);
const JWKS_FACTORIES = new Set([
  'createRemoteJWKSet',
  'expressJwtSecret',
  'passportJwtSecret',
  'koaJwtSecret',
  'JwksClient',
]);
/** passport-azure-ad options are found by this key alone. */
const OPTIONS_WORDS = ['identityMetadata'];
/** The packages of the verification calls whose `issuer` is checked. */
const VERIFY_WORDS = ['jsonwebtoken', 'jose', 'jwt'];
const OPTIONS_MENTIONS = registerMentions(OPTIONS_WORDS);
const VERIFY_MENTIONS = registerMentions(VERIFY_WORDS);

export default createRule<Options, MessageIds>({
  name: 'entra-require-tenant-validation',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require Entra ID token validation to restrict the issuing tenants',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    messages: {
      paadValidateIssuerOff:
        '`validateIssuer: false` accepts correctly signed tokens from every Entra tenant; pin `issuer` to the ' +
        'tenants you serve, or check `tid`/`iss` against an allow-list in the verify callback.',
      paadMultiAudience:
        '`allowMultiAudiencesInToken: true` accepts tokens whose audience list names other applications too; leave ' +
        'it off.',
      commonJwksNoIssuer:
        "The keys of Entra's multi-tenant endpoint sign tokens for every tenant, and this verification does not pin " +
        "`issuer`, so any tenant's token is accepted; set `issuer` to your tenants' issuers.",
      issuerFromToken:
        'This `issuer` is taken from the token being verified, so the check always passes; compare against a fixed ' +
        'issuer or an allow-list of tenants.',
    },
    schema: [],
  },
  defaultOptions: [],
  // passport-azure-ad options are found by their `identityMetadata` key; every other report needs a verify call
  // resolved to jsonwebtoken, jose, express-jwt, koa-jwt or passport-jwt.
  mentions: [...OPTIONS_WORDS, ...VERIFY_WORDS],
  create(context) {
    const { sourceCode } = context;
    const checksOptions = sourceMentionsAny(sourceCode, OPTIONS_MENTIONS);
    const checksCalls = sourceMentionsAny(sourceCode, VERIFY_MENTIONS);
    /** Only files that build a remote key set can use the multi-tenant one (one text search per file). */
    const usesJwksRsa = sourceCode.text.includes('jwks-rsa');
    const buildsKeySets = usesJwksRsa || sourceCode.text.includes('createRemoteJWKSet');
    let hasMultiTenantKeys = false;
    const missingIssuer: JwtCall[] = [];

    /** The text of a string expression, with parts that are not static replaced by `UNKNOWN`. */
    function partialText(node: TSESTree.Node | undefined, depth = 0): string {
      if (!node || depth > 6) {
        return UNKNOWN;
      }
      const current = resolveExpression(node, sourceCode);
      if (
        current.type === AST_NODE_TYPES.NewExpression &&
        skipWrappers(current.callee).type === AST_NODE_TYPES.Identifier
      ) {
        const [arg] = current.arguments;
        return arg && arg.type !== AST_NODE_TYPES.SpreadElement ? partialText(arg, depth + 1) : UNKNOWN;
      }
      if (current.type === AST_NODE_TYPES.TemplateLiteral) {
        let out = current.quasis[0]?.value.cooked ?? '';
        current.expressions.forEach((expression, i) => {
          out += partialText(expression, depth + 1) + (current.quasis[i + 1]?.value.cooked ?? '');
        });
        return out;
      }
      if (current.type === AST_NODE_TYPES.BinaryExpression && current.operator === '+') {
        return partialText(current.left, depth + 1) + partialText(current.right, depth + 1);
      }
      // `process.env.TENANT || 'common'`: the fallback is what runs when the setting is missing.
      if (current.type === AST_NODE_TYPES.LogicalExpression && current.operator !== '&&') {
        const left = partialText(current.left, depth + 1);
        return left === UNKNOWN ? partialText(current.right, depth + 1) : left;
      }
      return getStaticString(current, sourceCode) ?? UNKNOWN;
    }

    function isMultiTenantUrl(node: TSESTree.Node | undefined): boolean {
      return ENTRA_MULTI_TENANT_ENDPOINT.test(partialText(node));
    }

    /** jose `createRemoteJWKSet(new URL(common))`, jwks-rsa `jwksClient({ jwksUri: common })` and its helpers. */
    function checkKeySource(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      if (!buildsKeySets) {
        return;
      }
      const callee = skipWrappers(node.callee);
      const written = getWrittenName(callee, sourceCode);
      // jwks-rsa's default export goes by any local name; everything else by its own.
      if (
        written === undefined ||
        !(JWKS_FACTORIES.has(written) || (usesJwksRsa && callee.type === AST_NODE_TYPES.Identifier))
      ) {
        return;
      }
      const ref = resolveModuleRef(callee, sourceCode);
      const [arg] = node.arguments;
      if (!ref || !arg || arg.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const last = ref.path.at(-1) ?? '';
      if (ref.source === 'jose' && isModuleRef(ref, 'jose', ['createRemoteJWKSet'])) {
        hasMultiTenantKeys ||= isMultiTenantUrl(arg);
      } else if (ref.source === 'jwks-rsa' && (ref.path.length === 0 || JWKS_FACTORIES.has(last))) {
        const uri = getObjectShape(arg, sourceCode)?.values.get('jwksUri');
        hasMultiTenantKeys ||= uri !== undefined && isMultiTenantUrl(uri);
      }
    }

    function checkVerify(node: TSESTree.CallExpression | TSESTree.NewExpression): void {
      const call = resolveJwtCall(node, sourceCode);
      if (!call || !ISSUER_APIS.has(call.api)) {
        return;
      }
      const shape = call.options ? getObjectShape(call.options, sourceCode) : undefined;
      const issuer = shape?.values.get('issuer');
      if (issuer) {
        if (isFromToken(issuer)) {
          context.report({ node: issuer, messageId: 'issuerFromToken' });
        }
        return;
      }
      // Only reported when the file also builds keys from the multi-tenant endpoint (known at the end of the file):
      // which function reads the tenant claim is worked out then, and only in such files.
      if (buildsKeySets && call.argumentsKnown && (!call.options || shape?.complete)) {
        missingIssuer.push(call);
      }
    }

    /**
     * `issuer: decoded.iss`, `` issuer: `https://login.microsoftonline.com/${payload.tid}/v2.0` `` (no allow-list check
     * around it).
     */
    function isFromToken(value: TSESTree.Node): boolean {
      const resolved = resolveExpression(value, sourceCode);
      let readsClaim = false;
      let checked = false;
      containsNode(
        resolved,
        node => {
          if (node.type === AST_NODE_TYPES.MemberExpression) {
            const key = getMemberKey(node, sourceCode);
            if (key === 'iss' || key === 'tid') readsClaim = true;
            if (key === 'includes' || key === 'has' || key === 'indexOf') checked = true;
          }
          return false;
        },
        sourceCode,
        500,
      );
      return readsClaim && !checked;
    }

    /**
     * passport-azure-ad options: any object literal with `identityMetadata` (the constructor may be NestJS's `super`).
     */
    function checkPassportAzureAdOptions(object: TSESTree.ObjectExpression): void {
      let validateIssuer: TSESTree.Property | undefined;
      let multiAudience: TSESTree.Property | undefined;
      for (const property of object.properties) {
        if (property.type !== AST_NODE_TYPES.Property) continue;
        const key = getPropertyKey(property, sourceCode);
        if (key === 'validateIssuer') validateIssuer = property;
        if (key === 'allowMultiAudiencesInToken') multiAudience = property;
      }
      if (
        validateIssuer &&
        getBooleanValue(validateIssuer.value, sourceCode) === false &&
        !checksTenantElsewhere(object)
      ) {
        context.report({ node: validateIssuer, messageId: 'paadValidateIssuerOff' });
      }
      if (multiAudience && getBooleanValue(multiAudience.value, sourceCode) === true) {
        context.report({ node: multiAudience, messageId: 'paadMultiAudience' });
      }
    }

    /** Whether the verify callback that goes with these options (or the strategy class) reads `tid` or `iss`. */
    function checksTenantElsewhere(object: TSESTree.ObjectExpression): boolean {
      const uses: TSESTree.Node[] = [object];
      const declarator = object.parent;
      if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id.type === AST_NODE_TYPES.Identifier) {
        for (const ref of findVariable(declarator.id, sourceCode)?.references ?? []) {
          if (!ref.init) uses.push(ref.identifier as TSESTree.Node);
        }
      }
      for (const use of uses) {
        let current: TSESTree.Node = use;
        while (
          current.parent &&
          (current.parent.type === AST_NODE_TYPES.TSAsExpression ||
            current.parent.type === AST_NODE_TYPES.TSSatisfiesExpression)
        ) {
          current = current.parent;
        }
        const call = current.parent;
        if (
          (call?.type === AST_NODE_TYPES.NewExpression || call?.type === AST_NODE_TYPES.CallExpression) &&
          call.arguments[0] === current
        ) {
          const callback = call.arguments[1] && functionOf(call.arguments[1]);
          if (callback && readsTenantClaim(callback)) return true;
          if (skipWrappers(call.callee).type === AST_NODE_TYPES.Super) {
            const classBody = enclosingClassBody(call);
            if (classBody && readsTenantClaim(classBody)) return true;
          }
        }
      }
      return false;
    }

    function functionOf(node: TSESTree.Node): TSESTree.Node | undefined {
      const value = resolveExpression(node, sourceCode);
      if (value.type === AST_NODE_TYPES.ArrowFunctionExpression || value.type === AST_NODE_TYPES.FunctionExpression)
        return value;
      if (value.type === AST_NODE_TYPES.Identifier) {
        const def = findVariable(value, sourceCode)?.defs[0];
        if (def?.type === FUNCTION_NAME) return def.node;
        if (def?.type === VARIABLE && def.node.init) return def.node.init;
      }
      return undefined;
    }

    function enclosingClassBody(node: TSESTree.Node): TSESTree.ClassBody | undefined {
      for (let current = node.parent; current; current = current.parent) {
        if (current.type === AST_NODE_TYPES.ClassBody) return current;
      }
      return undefined;
    }

    /** Whether `tid` or `iss` is read and checked (compared, looked up in an allow-list, tested) under `root`. */
    function readsTenantClaim(root: TSESTree.Node): boolean {
      return containsNode(
        root,
        node => {
          if (node.type === AST_NODE_TYPES.MemberExpression) {
            const key = getMemberKey(node, sourceCode);
            return (key === 'tid' || key === 'iss') && isChecked(node);
          }
          if (node.type === AST_NODE_TYPES.Property && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
            const key = getPropertyKey(node, sourceCode);
            const local = node.value.type === AST_NODE_TYPES.AssignmentPattern ? node.value.left : node.value;
            if ((key === 'tid' || key === 'iss') && local.type === AST_NODE_TYPES.Identifier) {
              return (
                findVariable(local, sourceCode)?.references.some(
                  ref => !ref.init && isChecked(ref.identifier as TSESTree.Node),
                ) ?? false
              );
            }
          }
          return false;
        },
        sourceCode,
      );
    }

    /** A value compared, tested, or looked up in a list or map (`ALLOWED.includes(tid)`, `tenants[tid]`). */
    function isChecked(node: TSESTree.Node): boolean {
      let current = node;
      for (let i = 0; i < 6; i++) {
        const parent = current.parent;
        if (!parent) return false;
        switch (parent.type) {
          case AST_NODE_TYPES.BinaryExpression:
            if (['===', '!==', '==', '!=', 'in'].includes(parent.operator)) return true;
            current = parent;
            break;
          case AST_NODE_TYPES.IfStatement:
          case AST_NODE_TYPES.ConditionalExpression:
            return parent.test === current;
          case AST_NODE_TYPES.SwitchStatement:
            return parent.discriminant === current;
          case AST_NODE_TYPES.CallExpression:
            if (
              parent.arguments.includes(current as TSESTree.CallExpressionArgument) &&
              parent.callee.type === AST_NODE_TYPES.MemberExpression
            ) {
              return ['includes', 'has', 'indexOf', 'some', 'find', 'test', 'get'].includes(
                getMemberKey(parent.callee, sourceCode) ?? '',
              );
            }
            return false;
          case AST_NODE_TYPES.MemberExpression:
            if (parent.computed && parent.property === current) return true;
            current = parent;
            break;
          case AST_NODE_TYPES.UnaryExpression:
          case AST_NODE_TYPES.LogicalExpression:
          case AST_NODE_TYPES.ChainExpression:
          case AST_NODE_TYPES.TSAsExpression:
          case AST_NODE_TYPES.TSNonNullExpression:
            current = parent;
            break;
          default:
            return false;
        }
      }
      return false;
    }

    return {
      ...(checksOptions && {
        Property(node: TSESTree.Property): void {
          const { key } = node;
          if (
            (key.type === AST_NODE_TYPES.Identifier
              ? key.name === 'identityMetadata'
              : key.type === AST_NODE_TYPES.Literal && key.value === 'identityMetadata') &&
            node.parent.type === AST_NODE_TYPES.ObjectExpression
          ) {
            checkPassportAzureAdOptions(node.parent);
          }
        },
      }),
      ...(checksCalls && {
        CallExpression(node: TSESTree.CallExpression): void {
          checkKeySource(node);
          checkVerify(node);
        },
        NewExpression(node: TSESTree.NewExpression): void {
          checkKeySource(node);
          checkVerify(node);
        },
        'Program:exit'(): void {
          if (!hasMultiTenantKeys) {
            return;
          }
          for (const call of missingIssuer) {
            if (!readsTenantClaim(enclosingFunctionOrProgram(call.node))) {
              context.report({ node: call.callee, messageId: 'commonJwksNoIssuer' });
            }
          }
        },
      }),
    };
  },
});
