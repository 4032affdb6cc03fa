import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getWrittenName, isNamingPosition, skipWrappers } from '../util/ast';

import {
  findProperty,
  getMemberKey,
  getPartialString,
  getPropertyKey,
  getStaticString,
  isClosedObject,
  resolveExpression,
} from '../util/evaluate';
import { getConstructedUrlArgument, isRequestInput } from '../util/http';
import { isModuleRef, resolveModuleRef } from '../util/modules';
import { createRule, registerMentions, sourceMentionsAny } from '../util/rule';
import { isTestOrToolingFile } from '../util/vocabulary';

type Options = [];
type MessageIds =
  | 'callbackWithoutChecks'
  | 'callbackWithoutState'
  | 'metadataDiscovery'
  | 'skipStateCheck'
  | 'skipSubjectCheck'
  | 'useIssuerUrl';

const OPENID_CLIENT = 'openid-client';
const SKIPS = new Set(['skipStateCheck', 'skipSubjectCheck']);
/** Member names that show the same (`x.state`, `x['code_verifier']`), as a name or as a string key. */
const CSRF_MEMBER_VALUES = new Set(['state', 'code_verifier', 'codeVerifier']);
const STATE_PARAM = /(?:^|[?&])(?:state|code_verifier)=/;
/** What a hand-rolled callback must contain to redeem an authorization code (see `redeems`). */
const REDEEM_WORDS = registerMentions(['authorization_code', 'acquireTokenByCode']);
const CALLBACK_METHODS = new Set(['callback', 'oauthCallback']);
const WELL_KNOWN = /\/\.well-known\/(?:openid-configuration|oauth-authorization-server)\/?$/;
/** openid-client 5.x `checks` that tie a callback to the request that started it (PKCE alone also stops CSRF). */
const CALLBACK_CHECKS = ['state', 'nonce', 'code_verifier'];
/** Names that show a file checks `state` or uses PKCE, either of which stops a forged authorization response. */
const CSRF_DEFENCES = new Set([
  'state',
  'expectedState',
  'code_verifier',
  'codeVerifier',
  'pkceCodeVerifier',
  'verifier',
  'oauth_state',
  'oauthState',
]);

export default createRule<Options, MessageIds>({
  name: 'no-disabled-oauth-protocol-checks',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow skipping the OAuth state, subject and issuer checks',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      skipStateCheck:
        '`skipStateCheck` turns off the `state` check, so a forged or replayed authorization response (login CSRF, ' +
        'code injection) is accepted; pass the `state` saved in the session.',
      skipSubjectCheck:
        "`skipSubjectCheck` turns off the check that the UserInfo response belongs to the ID token's subject, so " +
        "another user's claims can be accepted; pass the expected `sub`.",
      metadataDiscovery:
        "`discovery()` given the metadata document URL skips the check that the server's `issuer` matches the URL " +
        'you trust; pass the issuer URL instead.',
      callbackWithoutChecks:
        'This openid-client callback checks neither `state`, `nonce` nor a PKCE `code_verifier`, so a forged ' +
        'authorization response is accepted; pass the values saved when the login started.',
      callbackWithoutState:
        'This callback redeems the authorization code from the request, but nothing in this file reads `state` or ' +
        'sends a PKCE `code_verifier`, so a forged authorization response (login CSRF, code injection) is accepted; ' +
        'compare `state` with the value saved in the session, or use PKCE.',
      useIssuerUrl: 'Pass the issuer URL (without the `/.well-known/…` suffix).',
    },
    schema: [],
  },
  defaultOptions: [],
  // openid-client's skip symbols and `discovery`, 5.x `callbackParams`, and the code redemption the hand-rolled check
  // needs.
  mentions: [
    'skipStateCheck',
    'skipSubjectCheck',
    'openid-client',
    'callbackParams',
    'authorization_code',
    'acquireTokenByCode',
  ],
  create(context) {
    const { sourceCode } = context;
    /** Local names the skip symbols were imported or destructured under (`{ skipStateCheck as noState }`). */
    const aliases = new Set<string>();

    /** A use of openid-client's `skipStateCheck` / `skipSubjectCheck` (imports and destructuring are not uses). */
    function checkSkip(node: TSESTree.Identifier): void {
      const parent = node.parent;
      if (
        isNamingPosition(node) ||
        parent.type === AST_NODE_TYPES.MethodDefinition ||
        parent.type === AST_NODE_TYPES.PropertyDefinition ||
        parent.type === AST_NODE_TYPES.TSPropertySignature ||
        parent.type === AST_NODE_TYPES.VariableDeclarator
      ) {
        return;
      }
      const target = parent.type === AST_NODE_TYPES.MemberExpression && parent.property === node ? parent : node;
      const ref = resolveModuleRef(target, sourceCode);
      const exported = ref?.path[0];
      if (exported && SKIPS.has(exported) && isModuleRef(ref, OPENID_CLIENT, [exported])) {
        context.report({
          node: target,
          messageId: exported === 'skipStateCheck' ? 'skipStateCheck' : 'skipSubjectCheck',
        });
        return;
      }
      const messageId = node.name === 'skipStateCheck' ? 'skipStateCheck' : undefined;
      // An openid-client namespace the rule cannot trace (`this.client.skipStateCheck`), passed to a grant as the
      // expected state.
      const holder = target.parent;
      if (
        messageId &&
        target !== node &&
        holder?.type === AST_NODE_TYPES.Property &&
        holder.value === target &&
        getPropertyKey(holder, sourceCode) === 'expectedState' &&
        holder.parent.parent?.type === AST_NODE_TYPES.CallExpression &&
        isGrantCall(holder.parent.parent)
      ) {
        context.report({ node: target, messageId });
      }
    }

    /** `….authorizationCodeGrant(…)` / `implicitAuthentication(…)`: where openid-client takes `expectedState`. */
    function isGrantCall(call: TSESTree.CallExpression): boolean {
      const callee = skipWrappers(call.callee);
      const name = getWrittenName(callee, sourceCode);
      return name === 'authorizationCodeGrant' || name === 'implicitAuthentication';
    }

    function issuerSuggestion(url: TSESTree.Node): TSESLint.ReportSuggestionArray<MessageIds> {
      const node = skipWrappers(url);
      if (node.type !== AST_NODE_TYPES.Literal || typeof node.value !== 'string') {
        return [];
      }
      const issuer = node.value.replace(WELL_KNOWN, '');
      const quote = node.raw[0] ?? "'";
      if (issuer.includes(quote) || issuer.includes('\\')) {
        return [];
      }
      return [{ messageId: 'useIssuerUrl', fix: fixer => fixer.replaceText(node, `${quote}${issuer}${quote}`) }];
    }

    function checkDiscovery(node: TSESTree.CallExpression): void {
      if (!isModuleRef(resolveModuleRef(node.callee, sourceCode), OPENID_CLIENT, ['discovery'])) {
        return;
      }
      const [server] = node.arguments;
      if (!server || server.type === AST_NODE_TYPES.SpreadElement) {
        return;
      }
      const url: TSESTree.Node = getConstructedUrlArgument(server, sourceCode) ?? resolveExpression(server, sourceCode);
      const text = getPartialString(resolveExpression(url, sourceCode), sourceCode).replace(/[?#].*$/, '');
      if (WELL_KNOWN.test(text)) {
        context.report({ node: server, messageId: 'metadataDiscovery', suggest: issuerSuggestion(url) });
      }
    }

    /** openid-client 5.x: `client.callback(redirectUri, client.callbackParams(req), checks?)`. */
    function checkCallback(node: TSESTree.CallExpression): void {
      const callee = skipWrappers(node.callee) as TSESTree.MemberExpression;
      const params = node.arguments[1] && skipWrappers(node.arguments[1]);
      if (
        params?.type !== AST_NODE_TYPES.CallExpression ||
        params.callee.type !== AST_NODE_TYPES.MemberExpression ||
        getMemberKey(params.callee, sourceCode) !== 'callbackParams'
      ) {
        return;
      }
      const checks = node.arguments[2];
      if (checks) {
        if (checks.type === AST_NODE_TYPES.SpreadElement || !isClosedObject(checks, sourceCode)) {
          return;
        }
        if (CALLBACK_CHECKS.some(key => findProperty(checks, key, sourceCode))) {
          return;
        }
      }
      context.report({ node: callee.property, messageId: 'callbackWithoutChecks' });
    }

    // Hand-rolled callbacks: a code read from the request and redeemed, with no `state` or PKCE anywhere in the file.
    // Only a file that redeems a code (`authorization_code`, `acquireTokenByCode`) can be reported for it.
    const handRolled =
      sourceMentionsAny(sourceCode, REDEEM_WORDS) && !isTestOrToolingFile(context.filename, context.cwd);
    let defended = false;
    let redeems = false;
    let codeRead: TSESTree.Node | undefined;

    function noteName(name: string | undefined): void {
      if (name !== undefined && CSRF_DEFENCES.has(name)) {
        defended = true;
      }
    }

    /** Form and query strings: a code redemption, or a `state` / PKCE parameter. */
    function noteText(text: string): void {
      if (text.includes('grant_type=authorization_code')) {
        redeems = true;
      }
      if ((text.includes('state=') || text.includes('code_verifier=')) && STATE_PARAM.test(text)) {
        defended = true;
      }
    }

    /** `x.get('code')`-style reads of a single named parameter (`url.searchParams.get`, `req.query.get`). */
    function checkGetCall(call: TSESTree.CallExpression): void {
      const [arg] = call.arguments;
      const name = arg && getStaticString(arg, sourceCode);
      noteName(name);
      if (name === 'code' && !codeRead && isRequestInput(call, sourceCode)) {
        codeRead = call;
      }
    }

    const callbacks = handRolled
      ? {
          MemberExpression(node: TSESTree.MemberExpression): void {
            const property = node.property;
            let name: string | undefined;
            if (property.type === AST_NODE_TYPES.Identifier || property.type === AST_NODE_TYPES.PrivateIdentifier) {
              name = property.name;
              if (CSRF_DEFENCES.has(name)) {
                defended = true;
              }
            } else if (property.type === AST_NODE_TYPES.Literal && typeof property.value === 'string') {
              if (CSRF_MEMBER_VALUES.has(property.value)) {
                defended = true;
              }
              if (property.value === 'code' && !codeRead && isRequestInput(node, sourceCode)) {
                codeRead = node;
              }
              return;
            } else {
              return;
            }
            if (name === 'code') {
              if (!codeRead && isRequestInput(node, sourceCode)) {
                codeRead = node;
              }
              return;
            }
            const call = node.parent;
            if (call.type !== AST_NODE_TYPES.CallExpression || call.callee !== node) {
              return;
            }
            if (name === 'get') {
              if (call.arguments.length === 1) {
                checkGetCall(call);
              }
            } else if (name === 'acquireTokenByCode') {
              redeems = true;
            }
          },
          Property(node: TSESTree.Property): void {
            const key = getPropertyKey(node, sourceCode);
            noteName(key);
            if (
              key === 'grant_type' &&
              node.parent.type === AST_NODE_TYPES.ObjectExpression &&
              getStaticString(node.value, sourceCode) === 'authorization_code'
            ) {
              redeems = true;
            }
            if (key === 'code' && !codeRead && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
              const declarator = node.parent.parent;
              if (
                declarator?.type === AST_NODE_TYPES.VariableDeclarator &&
                declarator.init &&
                isRequestInput(declarator.init, sourceCode)
              ) {
                codeRead = node;
              }
            }
          },
          Literal(node: TSESTree.Literal): void {
            if (typeof node.value === 'string') {
              noteText(node.value);
            }
          },
          TemplateElement(node: TSESTree.TemplateElement): void {
            noteText(node.value.raw);
          },
          'Program:exit'(): void {
            if (codeRead && redeems && !defended) {
              context.report({ node: codeRead, messageId: 'callbackWithoutState' });
            }
          },
        }
      : undefined;

    /** `{ skipStateCheck: alias } = …`: the local names the skip symbols are destructured under. */
    function noteSkipAlias(node: TSESTree.Property): void {
      if (
        node.parent.type === AST_NODE_TYPES.ObjectPattern &&
        node.key.type === AST_NODE_TYPES.Identifier &&
        SKIPS.has(node.key.name) &&
        node.value.type === AST_NODE_TYPES.Identifier
      ) {
        aliases.add(node.value.name);
      }
    }

    return {
      ...callbacks,
      ImportSpecifier(node: TSESTree.ImportSpecifier): void {
        if (node.imported.type === AST_NODE_TYPES.Identifier && SKIPS.has(node.imported.name)) {
          aliases.add(node.local.name);
        }
      },
      Property: callbacks
        ? (node: TSESTree.Property): void => {
            callbacks.Property(node);
            noteSkipAlias(node);
          }
        : noteSkipAlias,
      Identifier(node: TSESTree.Identifier): void {
        if (SKIPS.has(node.name) || aliases.has(node.name)) {
          checkSkip(node);
        }
      },
      CallExpression(node: TSESTree.CallExpression): void {
        const callee = node.callee;
        if (callee.type === AST_NODE_TYPES.Identifier) {
          if (callee.name === 'discovery') {
            checkDiscovery(node);
          }
        } else if (callee.type === AST_NODE_TYPES.MemberExpression) {
          const property = callee.property;
          if (property.type !== AST_NODE_TYPES.Identifier && property.type !== AST_NODE_TYPES.PrivateIdentifier) {
            return;
          }
          if (property.name === 'discovery') {
            checkDiscovery(node);
          } else if (node.arguments.length >= 2 && CALLBACK_METHODS.has(property.name)) {
            checkCallback(node);
          }
        }
      },
    };
  },
});
