import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES, getCalleeName, skipWrappers } from '../util/ast';

import {
  findProperty,
  getPropertyKey,
  getStaticString,
  isClosedObject,
  isLocalDefinition,
  resolveExpression,
} from '../util/evaluate';
import { removePropertyFix } from '../util/fixes';
import { getUrlHost, isRequestInput } from '../util/http';
import { createRule } from '../util/rule';

type Options = [];
type MessageIds =
  | 'adalValidateAuthority'
  | 'authorityFromRequest'
  | 'disableInstanceDiscovery'
  | 'removeArgument'
  | 'removeOption'
  | 'validateAuthority';

/** Where the authority, or the metadata that vouches for it, is configured (MSAL, @azure/identity). */
const AUTHORITY_KEYS = new Set([
  'authority',
  'authorityHost',
  'authorityMetadata',
  'cloudDiscoveryMetadata',
  'knownAuthorities',
]);
/** A comment next to the setting that names the deployments it is documented for. */
/** The Entra ID login hosts of the public and national clouds (`AzureAuthorityHosts`). */
const MICROSOFT_LOGIN_HOSTS = new Set([
  'login.microsoftonline.com',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
]);
/**
 * Names under which Azure Stack Hub and private clouds publish their login endpoint (ARM `metadata/endpoints`
 * `authentication.loginEndpoint`, the Azure CLI cloud's `activeDirectoryEndpoint`), and ADFS.
 */
const PRIVATE_CLOUD_SOURCE = /loginEndpoint|activeDirectoryEndpoint|\badfs\b|azure_?stack/i;
const SANCTIONED = /azure\s*stack|private\s*cloud|air[\s-]*gapped|disconnected|sovereign|\badfs\b|on[\s-]*prem/i;

export default createRule<Options, MessageIds>({
  name: 'no-disabled-authority-validation',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow turning off authority validation and instance discovery, or taking the authority from the request',
      recommended: 'recommended',
      principle: 'verify-explicitly',
    },
    hasSuggestions: true,
    messages: {
      disableInstanceDiscovery:
        '`disableInstanceDiscovery: true` turns off both instance discovery and authority validation, so tokens can ' +
        'be requested from, and secrets sent to, an authority nobody checked; keep it for Azure Stack or private ' +
        'clouds, and say so in a comment.',
      validateAuthority:
        '`validateAuthority: false` lets the library trust any authority it is given, including one an attacker ' +
        'controls; remove it, or list the authority in `knownAuthorities`.',
      adalValidateAuthority:
        "ADAL's `AuthenticationContext` with `false` as its second argument skips authority validation; drop the " +
        'argument (and move to MSAL).',
      authorityFromRequest:
        'The authority comes from the request, so an attacker chooses which server issues tokens and receives the ' +
        'client credentials; use a fixed authority or check it against an allow-list.',
      removeOption: 'Remove this option, so the authority is validated.',
      removeArgument: 'Remove the `false` argument, so the authority is validated.',
    },
    schema: [],
  },
  defaultOptions: [],
  // The keys it reads (`authority…`, `knownAuthorities`, `validateAuthority`, `disableInstanceDiscovery`,
  // `cloudDiscoveryMetadata`) and adal-node's `AuthenticationContext`.
  mentions: ['authorit', 'instanceDiscovery', 'cloudDiscovery', 'AuthenticationContext'],
  create(context) {
    const { sourceCode } = context;

    function isStatic(node: TSESTree.Node, value: boolean): boolean {
      const resolved = resolveExpression(node, sourceCode);
      return resolved.type === AST_NODE_TYPES.Literal && resolved.value === value;
    }

    /** A comment on the property's line or the lines just above it that names Azure Stack, a private cloud, ADFS… */
    function hasSanctioningComment(node: TSESTree.Node): boolean {
      const comments = [...sourceCode.getCommentsBefore(node), ...sourceCode.getCommentsAfter(node)];
      const line = node.loc.start.line;
      for (const comment of sourceCode.getAllComments()) {
        if (comment.loc.end.line >= line - 2 && comment.loc.start.line <= node.loc.end.line) {
          comments.push(comment);
        }
      }
      return comments.some(c => SANCTIONED.test(c.value));
    }

    /**
     * Options whose authority is Microsoft's own: no `authorityHost`/`authority` in a fully known object (so the
     * public cloud, or the operator's `AZURE_AUTHORITY_HOST`), an `AzureAuthorityHosts.*` constant, or a static
     * Microsoft login host. Skipping discovery there only saves a request (the SDK does it itself for workload
     * identity); the risk is an authority nobody vouched for.
     */
    function usesDefaultCloud(options: TSESTree.ObjectExpression): boolean {
      const host = findProperty(options, 'authorityHost', sourceCode) ?? findProperty(options, 'authority', sourceCode);
      if (!host) {
        return isClosedObject(options, sourceCode);
      }
      // An authority read from Azure Stack / private-cloud endpoint metadata (`metadata.authentication.loginEndpoint`).
      if (PRIVATE_CLOUD_SOURCE.test(sourceCode.getText(host.value))) {
        return true;
      }
      const value = resolveExpression(host.value, sourceCode);
      if (PRIVATE_CLOUD_SOURCE.test(sourceCode.getText(value))) {
        return true;
      }
      if (value.type === AST_NODE_TYPES.MemberExpression) {
        const base = skipWrappers(value.object);
        return base.type === AST_NODE_TYPES.Identifier && base.name === 'AzureAuthorityHosts';
      }
      const text = getStaticString(value, sourceCode);
      const name = text === undefined ? undefined : getUrlHost(text);
      return name !== undefined && MICROSOFT_LOGIN_HOSTS.has(name.toLowerCase());
    }

    /** Request input as the whole value, as an element of `knownAuthorities`, or as the host of a template. */
    function isRequestAuthority(node: TSESTree.Node): boolean {
      const value = resolveExpression(node, sourceCode);
      if (value.type === AST_NODE_TYPES.ArrayExpression) {
        return value.elements.some(e => e !== null && e.type !== AST_NODE_TYPES.SpreadElement && isRequestAuthority(e));
      }
      if (value.type === AST_NODE_TYPES.TemplateLiteral) {
        const first = value.expressions[0];
        return (
          first !== undefined &&
          /^(?:https?:\/\/)?$/i.test(value.quasis[0]?.value.cooked ?? '') &&
          isRequestInput(first, sourceCode)
        );
      }
      return isRequestInput(node, sourceCode);
    }

    function checkProperty(node: TSESTree.Property): void {
      if (node.parent.type !== AST_NODE_TYPES.ObjectExpression) {
        return;
      }
      const key = getPropertyKey(node, sourceCode);
      if (key === 'disableInstanceDiscovery') {
        if (isStatic(node.value, true) && !usesDefaultCloud(node.parent) && !hasSanctioningComment(node)) {
          context.report({
            node,
            messageId: 'disableInstanceDiscovery',
            suggest: [{ messageId: 'removeOption', fix: removePropertyFix(node, sourceCode) }],
          });
        }
      } else if (key === 'validateAuthority') {
        if (isStatic(node.value, false) && !hasSanctioningComment(node)) {
          context.report({
            node,
            messageId: 'validateAuthority',
            suggest: [{ messageId: 'removeOption', fix: removePropertyFix(node, sourceCode) }],
          });
        }
      } else if (key !== undefined && AUTHORITY_KEYS.has(key) && isRequestAuthority(node.value)) {
        context.report({ node: node.value, messageId: 'authorityFromRequest' });
      }
    }

    /**
     * adal-node: `new AuthenticationContext(authority, false)`. ADAL.js takes one config object, so two arguments mean
     * adal-node.
     */
    function checkAdal(node: TSESTree.NewExpression): void {
      if (node.arguments.length < 2) {
        return;
      }
      const [authority, validate] = node.arguments;
      if (!authority || !validate || node.arguments.length > 3 || !isStatic(validate, false)) {
        return;
      }
      const callee = skipWrappers(node.callee);
      if (getCalleeName(callee, sourceCode)?.name !== 'AuthenticationContext') {
        return;
      }
      if (callee.type === AST_NODE_TYPES.Identifier && isLocalDefinition(callee, sourceCode)) {
        return;
      }
      if (hasSanctioningComment(node)) {
        return;
      }
      const removable = node.arguments.length === 2;
      context.report({
        node: validate,
        messageId: 'adalValidateAuthority',
        suggest: removable
          ? [{ messageId: 'removeArgument', fix: fixer => fixer.removeRange([authority.range[1], validate.range[1]]) }]
          : [],
      });
    }

    return {
      Property: checkProperty,
      NewExpression: checkAdal,
    };
  },
});
