import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '@typescript-eslint/types';

import {
  createRule,
  findProperty,
  getMemberKey,
  getPartialString,
  getPropertyKey,
  getStaticString,
  isClosedObject,
  isModuleRef,
  isRequestInput,
  isTestOrToolingFile,
  resolveExpression,
  resolveModuleRef,
  skipWrappers,
  getConstructedUrlArgument,
} from '../util';

export type Options = [];
export type MessageIds = 'callbackWithoutChecks' | 'callbackWithoutState' | 'metadataDiscovery' | 'skipStateCheck' | 'skipSubjectCheck' | 'useIssuerUrl';

const OPENID_CLIENT = 'openid-client';
const SKIPS = new Set(['skipStateCheck', 'skipSubjectCheck']);
const WELL_KNOWN = /\/\.well-known\/(?:openid-configuration|oauth-authorization-server)\/?$/;
/** openid-client 5.x `checks` that tie a callback to the request that started it (PKCE alone also stops CSRF). */
const CALLBACK_CHECKS = ['state', 'nonce', 'code_verifier'];
/** Names that show a file checks `state` or uses PKCE, either of which stops a forged authorization response. */
const CSRF_DEFENCES = new Set(['state', 'expectedState', 'code_verifier', 'codeVerifier', 'pkceCodeVerifier', 'verifier', 'oauth_state', 'oauthState']);

export default createRule<Options, MessageIds>({
  name: 'no-disabled-oauth-protocol-checks',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow skipping the OAuth state, subject and issuer checks',
      recommended: 'recommended',
    },
    hasSuggestions: true,
    messages: {
      skipStateCheck:
        '`skipStateCheck` turns off the `state` check, so a forged or replayed authorization response (login CSRF, code injection) is accepted; pass the `state` saved in the session.',
      skipSubjectCheck:
        '`skipSubjectCheck` turns off the check that the UserInfo response belongs to the ID token\'s subject, so another user\'s claims can be accepted; pass the expected `sub`.',
      metadataDiscovery:
        '`discovery()` given the metadata document URL skips the check that the server\'s `issuer` matches the URL you trust; pass the issuer URL instead.',
      callbackWithoutChecks:
        'This openid-client callback checks neither `state`, `nonce` nor a PKCE `code_verifier`, so a forged authorization response is accepted; pass the values saved when the login started.',
      callbackWithoutState:
        'This callback redeems the authorization code from the request, but nothing in this file reads `state` or sends a PKCE `code_verifier`, so a forged authorization response (login CSRF, code injection) is accepted; compare `state` with the value saved in the session, or use PKCE.',
      useIssuerUrl: 'Pass the issuer URL (without the `/.well-known/…` suffix).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    /** Local names the skip symbols were imported or destructured under (`{ skipStateCheck as noState }`). */
    const aliases = new Set<string>();

    /** A use of openid-client's `skipStateCheck` / `skipSubjectCheck` (imports and destructuring are not uses). */
    function checkSkip(node: TSESTree.Identifier): void {
      const parent = node.parent;
      if (
        parent.type === AST_NODE_TYPES.ImportSpecifier ||
        parent.type === AST_NODE_TYPES.ExportSpecifier ||
        (parent.type === AST_NODE_TYPES.Property && parent.parent.type === AST_NODE_TYPES.ObjectPattern) ||
        (parent.type === AST_NODE_TYPES.Property && parent.key === node && !parent.shorthand) ||
        (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) ||
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
        context.report({ node: target, messageId: exported === 'skipStateCheck' ? 'skipStateCheck' : 'skipSubjectCheck' });
        return;
      }
      const messageId = node.name === 'skipStateCheck' ? 'skipStateCheck' : undefined;
      // An openid-client namespace the rule cannot trace (`this.client.skipStateCheck`), passed to a grant as the expected state.
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
      const name =
        callee.type === AST_NODE_TYPES.Identifier
          ? callee.name
          : callee.type === AST_NODE_TYPES.MemberExpression
            ? getMemberKey(callee, sourceCode)
            : undefined;
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
    const handRolled = !isTestOrToolingFile(context.filename, context.cwd);
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
      if (/(?:^|[?&])(?:state|code_verifier)=/.test(text)) {
        defended = true;
      }
    }

    const callbacks = handRolled
      ? {
          // Selectors on the written name keep this off the common path (`a.b` everywhere in a file).
          'MemberExpression[property.name=/^(state|expectedState|code_verifier|codeVerifier|pkceCodeVerifier|verifier|oauth_state|oauthState)$/], MemberExpression[property.value=/^(state|code_verifier|codeVerifier)$/]'(): void {
            defended = true;
          },
          'MemberExpression[property.name="code"], MemberExpression[property.value="code"]'(node: TSESTree.MemberExpression): void {
            if (!codeRead && isRequestInput(node, sourceCode)) {
              codeRead = node;
            }
          },
          Property(node: TSESTree.Property): void {
            const key = getPropertyKey(node, sourceCode);
            noteName(key);
            if (key === 'grant_type' && node.parent.type === AST_NODE_TYPES.ObjectExpression && getStaticString(node.value, sourceCode) === 'authorization_code') {
              redeems = true;
            }
            // `const { code } = req.query`
            if (key === 'code' && !codeRead && node.parent.type === AST_NODE_TYPES.ObjectPattern) {
              const declarator = node.parent.parent;
              if (declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.init && isRequestInput(declarator.init, sourceCode)) {
                codeRead = node;
              }
            }
          },
          'CallExpression[arguments.length=1] > MemberExpression.callee[property.name="get"]'(callee: TSESTree.MemberExpression): void {
            const [arg] = (callee.parent as TSESTree.CallExpression).arguments;
            const name = arg && getStaticString(arg, sourceCode);
            noteName(name);
            if (name === 'code' && !codeRead && isRequestInput(callee.parent as TSESTree.CallExpression, sourceCode)) {
              codeRead = callee.parent;
            }
          },
          'CallExpression > MemberExpression.callee[property.name="acquireTokenByCode"]'(): void {
            redeems = true;
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
      : {};

    return {
      ...callbacks,
      'ImportSpecifier[imported.name=/^skip(State|Subject)Check$/]'(node: TSESTree.ImportSpecifier): void {
        aliases.add(node.local.name);
      },
      'ObjectPattern > Property[key.name=/^skip(State|Subject)Check$/]'(node: TSESTree.Property): void {
        if (node.value.type === AST_NODE_TYPES.Identifier) {
          aliases.add(node.value.name);
        }
      },
      Identifier(node: TSESTree.Identifier): void {
        if (SKIPS.has(node.name) || aliases.has(node.name)) {
          checkSkip(node);
        }
      },
      'CallExpression[callee.name="discovery"], CallExpression[callee.property.name="discovery"]': checkDiscovery,
      'CallExpression[arguments.length>=2][callee.type="MemberExpression"][callee.property.name=/^(callback|oauthCallback)$/]': checkCallback,
    };
  },
});
