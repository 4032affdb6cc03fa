import type { TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import {
  appManifestOf,
  configFileKind,
  elementsOf as elements,
  manifestPasswordCredentials,
  propertiesOf as properties,
  stringOf,
} from '../util/configFiles';
import { createRule } from '../util/rule';
import { GRAPH_PERMISSION_IDS, GRAPH_RESOURCE_APP_ID } from '../util/data';
import { isInsecureHttpUrlText } from '../util/http';
import { getGraphPermission } from '../util/scopes';
import { judgeGraphPermission } from './no-overprivileged-graph-permission';

type Options = [];
type MessageIds =
  | 'tierZero'
  | 'overprivileged'
  | 'broadWrite'
  | 'implicitAccessToken'
  | 'implicitIdToken'
  | 'httpReplyUrl'
  | 'wildcardReplyUrl'
  | 'passwordCredential';

/** Top-level keys that only an app registration manifest has (either format, and Teams Toolkit's). */
/** Teams Toolkit's manifests name Microsoft Graph instead of giving its application ID. */
const GRAPH_NAMES = new Set([GRAPH_RESOURCE_APP_ID, 'microsoft graph']);

type Scheme = 'delegated' | 'application';

/**
 * The permission a `resourceAccess` entry of Microsoft Graph grants: its GUID looked up in Graph's permission list
 * (or, in Teams Toolkit's manifests, its name), and the scheme its `type` gives it (`Scope` delegated, `Role`
 * application). `undefined` for GUIDs Graph does not list.
 */
function graphPermission(id: string, type: string | undefined): { name: string; scheme: Scheme } | undefined {
  const declared: Scheme | undefined = type === 'Role' ? 'application' : type === 'Scope' ? 'delegated' : undefined;
  const entry = Object.hasOwn(GRAPH_PERMISSION_IDS, id.toLowerCase())
    ? GRAPH_PERMISSION_IDS[id.toLowerCase()]
    : undefined;
  if (entry !== undefined) {
    const space = entry.indexOf(' ');
    const types = entry.slice(0, space);
    return { name: entry.slice(space + 1), scheme: declared ?? (types === 'R' ? 'application' : 'delegated') };
  }
  const named = /^[A-Za-z][\w-]*(?:\.[\w-]+)+$/.test(id) ? getGraphPermission(id) : undefined;
  return named ? { name: named.name, scheme: declared ?? 'delegated' } : undefined;
}

export default createRule<Options, MessageIds>({
  name: 'entra-secure-app-registration',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow high-privilege Graph permissions, implicit grant, insecure reply URLs and secrets in Entra app ' +
        'registration manifests',
      recommended: false,
      principle: 'least-privilege',
    },
    messages: {
      tierZero:
        'The app registration requests `{{name}}` as {{scheme}} permission, one of the most privileged Microsoft ' +
        'Graph permissions (it can take over the tenant or all of its data); least privilege: request the narrowest ' +
        'permission that works{{instead}}.',
      overprivileged:
        'The app registration requests `{{name}}` as {{scheme}} permission, which grants far more than most apps ' +
        'use; least privilege: request the narrowest permission that works{{instead}}.',
      broadWrite:
        'The app registration requests `{{name}}` as {{scheme}} permission, which writes tenant-wide and needs admin ' +
        'consent; least privilege: request a read or resource-specific permission unless the app truly administers ' +
        'this.',
      implicitAccessToken:
        '`{{setting}}` turns on the implicit grant for access tokens, which returns tokens in the URL where history, ' +
        'logs and scripts can read them; turn it off and use the authorization code flow with PKCE.',
      implicitIdToken:
        '`{{setting}}` turns on the implicit grant for ID tokens; turn it off unless the app signs in with the ' +
        'hybrid flow (`response_type=code id_token`), and use the authorization code flow with PKCE.',
      httpReplyUrl:
        'This reply URL uses plain `http://` on a remote host, so the authorization codes and tokens sent to it can ' +
        'be read or stolen on the way; register an `https://` URL (only loopback may use `http://`).',
      wildcardReplyUrl:
        'A wildcard in a reply URL lets any matching host or path receive authorization codes and tokens; register ' +
        'exact reply URLs.',
      passwordCredential:
        'The manifest holds the client secret itself (`{{field}}`): anyone who can read the repository can act as ' +
        'the app; delete the secret from the app registration and from this file, and use a certificate, a federated ' +
        'credential or a managed identity (or keep the secret in Key Vault).',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    // Only the manifests the JSON processor hands over: source code is never a manifest.
    if (configFileKind(context.filename) !== 'json') {
      return {};
    }

    function reportPermission(node: TSESTree.Node, id: string, type: string | undefined): void {
      const permission = graphPermission(id, type);
      if (!permission) {
        return;
      }
      const { name, scheme } = permission;
      const judged = judgeGraphPermission(name, scheme === 'application');
      if (!judged) {
        return;
      }
      const alternatives = judged.alternatives.map(alt => `\`${alt.name}\``);
      context.report({
        node,
        messageId: judged.verdict,
        data: {
          name,
          scheme: scheme === 'application' ? 'an application' : 'a delegated',
          instead: alternatives.length > 0 ? `, such as ${alternatives.join(', ')}` : '',
        },
      });
    }

    function checkRequiredResourceAccess(value: TSESTree.Node | undefined): void {
      for (const resource of elements(value)) {
        const fields = properties(resource);
        const appId = stringOf(fields.get('resourceAppId')?.value)?.toLowerCase();
        if (appId === undefined || !GRAPH_NAMES.has(appId)) {
          continue;
        }
        for (const access of elements(fields.get('resourceAccess')?.value)) {
          const entry = properties(access);
          const idNode = entry.get('id')?.value;
          const id = stringOf(idNode);
          if (idNode && id !== undefined) {
            reportPermission(idNode, id, stringOf(entry.get('type')?.value));
          }
        }
      }
    }

    function checkImplicit(
      property: TSESTree.Property | undefined,
      setting: string,
      messageId: 'implicitAccessToken' | 'implicitIdToken',
    ): void {
      if (property?.value.type === AST_NODE_TYPES.Literal && property.value.value === true) {
        context.report({ node: property.value, messageId, data: { setting } });
      }
    }

    function checkReplyUrl(node: TSESTree.Node | undefined): void {
      const url = stringOf(node);
      // Teams Toolkit fills `${{TAB_ENDPOINT}}` in at provisioning: such a URL is judged by what is written.
      if (!node || url === undefined) {
        return;
      }
      if (url.includes('*')) {
        context.report({ node, messageId: 'wildcardReplyUrl' });
      } else if (isInsecureHttpUrlText(url)) {
        context.report({ node, messageId: 'httpReplyUrl' });
      }
    }

    function checkManifest(manifest: TSESTree.ObjectExpression): void {
      const fields = properties(manifest);
      checkRequiredResourceAccess(fields.get('requiredResourceAccess')?.value);
      // Azure AD Graph format.
      checkImplicit(fields.get('oauth2AllowImplicitFlow'), 'oauth2AllowImplicitFlow', 'implicitAccessToken');
      checkImplicit(fields.get('oauth2AllowIdTokenImplicitFlow'), 'oauth2AllowIdTokenImplicitFlow', 'implicitIdToken');
      for (const reply of elements(fields.get('replyUrlsWithType')?.value)) {
        checkReplyUrl(properties(reply).get('url')?.value);
      }
      elements(fields.get('replyUrls')?.value).forEach(checkReplyUrl);
      // Microsoft Graph format.
      for (const platform of ['web', 'spa', 'publicClient']) {
        const settings = properties(fields.get(platform)?.value);
        elements(settings.get('redirectUris')?.value).forEach(checkReplyUrl);
        const implicit = properties(settings.get('implicitGrantSettings')?.value);
        checkImplicit(
          implicit.get('enableAccessTokenIssuance'),
          'implicitGrantSettings.enableAccessTokenIssuance',
          'implicitAccessToken',
        );
        checkImplicit(
          implicit.get('enableIdTokenIssuance'),
          'implicitGrantSettings.enableIdTokenIssuance',
          'implicitIdToken',
        );
      }
      for (const { field, node } of manifestPasswordCredentials(manifest)) {
        context.report({ node, messageId: 'passwordCredential', data: { field } });
      }
    }

    return {
      Program(program: TSESTree.Program): void {
        const manifest = appManifestOf(program, context.filename);
        if (manifest) {
          checkManifest(manifest);
        }
      },
    };
  },
});
