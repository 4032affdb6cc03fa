import type { TSESLint } from '@typescript-eslint/utils';

import { createRule } from '../util/rule';
import {
  allowOptionSchema,
  extractScopes,
  getGraphPermission,
  isAppOnlyFlow,
  normalizeScope,
  SCOPE_REQUEST_MENTIONS,
} from '../util/scopes';
import type { AllowOptions, ExtractedScope, GraphPermissionScheme } from '../util/scopes';

type Options = AllowOptions;
type MessageIds = 'tierZero' | 'overprivileged' | 'broadWrite' | 'extraConsent' | 'imported' | 'useAlternative';

/** A narrower permission to offer instead, and what it grants, in the words of Graph's consent screens. */
interface Alternative {
  name: string;
  grants: string;
}

/** A curated high-risk permission: the narrower alternatives, and whether it is only a concern for app-only tokens. */
interface HighRisk {
  applicationOnly?: boolean;
  alternatives: readonly Alternative[];
}

const a = (name: string, grants: string): Alternative => ({ name, grants });
const READ_DIRECTORY = a('Directory.Read.All', 'read directory data');
const READ_POLICIES = a('Policy.Read.All', "read the organization's policies");
const SITES_SELECTED = a('Sites.Selected', 'only the sites an admin grants the app');
const FILES_SELECTED_OPS = a('Files.SelectedOperations.Selected', 'only the files an admin grants the app');

/**
 * The high-risk Microsoft Graph permissions this rule reports (tier-0 and broad tenant-wide access) and the
 * narrower permissions to request instead. Alternatives that do not exist in the scheme a request uses
 * (application-only `Application.ReadWrite.OwnedBy` in a delegated request, say) are not offered.
 */
export const HIGH_RISK_GRAPH_PERMISSIONS: Readonly<Record<string, HighRisk>> = {
  'Directory.AccessAsUser.All': {
    alternatives: [
      a('User.Read', "sign in and read the user's own profile"),
      a('User.ReadBasic.All', "read all users' basic profiles"),
      a('GroupMember.Read.All', 'read group memberships'),
      READ_DIRECTORY,
    ],
  },
  'Directory.ReadWrite.All': {
    alternatives: [
      READ_DIRECTORY,
      a('User.Read.All', "read all users' full profiles"),
      a('GroupMember.Read.All', 'read group memberships'),
      a('Device.Read.All', 'read all devices'),
    ],
  },
  'RoleManagement.ReadWrite.Directory': {
    alternatives: [a('RoleManagement.Read.Directory', 'read directory role definitions and assignments')],
  },
  'AppRoleAssignment.ReadWrite.All': {
    alternatives: [a('Application.Read.All', 'read applications and service principals')],
  },
  'Application.ReadWrite.All': {
    alternatives: [
      a('Application.ReadWrite.OwnedBy', 'manage only the apps this app creates or owns'),
      a('Application.Read.All', 'read applications and service principals'),
    ],
  },
  'DelegatedPermissionGrant.ReadWrite.All': { alternatives: [] },
  'Policy.ReadWrite.ConditionalAccess': {
    alternatives: [a('Policy.Read.ConditionalAccess', 'read Conditional Access policies'), READ_POLICIES],
  },
  'Policy.ReadWrite.AuthenticationMethod': {
    alternatives: [a('Policy.Read.AuthenticationMethod', 'read authentication method policies'), READ_POLICIES],
  },
  'Policy.ReadWrite.PermissionGrant': {
    alternatives: [a('Policy.Read.PermissionGrant', 'read consent and permission grant policies'), READ_POLICIES],
  },
  'UserAuthenticationMethod.ReadWrite.All': {
    alternatives: [a('UserAuthenticationMethod.Read.All', "read all users' authentication methods")],
  },
  'User-PasswordProfile.ReadWrite.All': { alternatives: [] },
  'Domain.ReadWrite.All': { alternatives: [a('Domain.Read.All', 'read domains')] },
  'Organization.ReadWrite.All': { alternatives: [a('Organization.Read.All', 'read organization information')] },
  'User.ReadWrite.All': {
    alternatives: [
      a('User.Read', "sign in and read the user's own profile"),
      a('User.ReadWrite', "read and update the user's own profile"),
      a('User.ReadBasic.All', "read all users' basic profiles"),
      a('User.Read.All', "read all users' full profiles"),
      a('User-Mail.ReadWrite.All', "update only users' email addresses"),
      a('User-Phone.ReadWrite.All', "update only users' phone numbers"),
    ],
  },
  'Group.ReadWrite.All': {
    alternatives: [
      a('Group.Read.All', 'read all groups'),
      a('GroupMember.Read.All', 'read group memberships'),
      a('Group.Create', 'create groups'),
      a('Team.ReadBasic.All', 'read the names and descriptions of teams'),
    ],
  },
  'GroupMember.ReadWrite.All': { alternatives: [a('GroupMember.Read.All', 'read group memberships')] },
  'Sites.FullControl.All': {
    alternatives: [
      SITES_SELECTED,
      a('Lists.SelectedOperations.Selected', 'only the lists an admin grants the app'),
      a('Sites.Read.All', 'read items in all site collections'),
    ],
  },
  'Sites.ReadWrite.All': { alternatives: [SITES_SELECTED, FILES_SELECTED_OPS] },
  'Sites.Manage.All': { alternatives: [SITES_SELECTED, FILES_SELECTED_OPS] },
  'Sites.Read.All': { applicationOnly: true, alternatives: [SITES_SELECTED, FILES_SELECTED_OPS] },
  'Files.ReadWrite.All': {
    alternatives: [
      a('Files.ReadWrite', "read and write the user's own files"),
      a('Files.ReadWrite.AppFolder', "read and write only the app's own folder"),
      a('Files.ReadWrite.Selected', 'read and write only the files the user selects'),
      a('Files.Read.Selected', 'read only the files the user selects'),
      FILES_SELECTED_OPS,
      a('Files.Read.All', 'read all files the user can access'),
    ],
  },
  'Mail.ReadWrite': {
    alternatives: [
      a('Mail.Send', 'send mail as the user'),
      a('Mail.Read', "read the user's mail"),
      a('Mail.ReadBasic', "read the user's mail without bodies or attachments"),
    ],
  },
  'Mail.Send': { applicationOnly: true, alternatives: [] },
  'Chat.ReadWrite.All': {
    alternatives: [
      a('Chat.ReadBasic', "read the names and members of the user's chats"),
      a('Chat.ReadBasic.All', 'read the names and members of all chats'),
      a('ChatMessage.Send', 'send chat messages'),
    ],
  },
  'Chat.Read.All': {
    applicationOnly: true,
    alternatives: [a('Chat.ReadBasic.All', 'read the names and members of all chats')],
  },
  'Calendars.Read': {
    applicationOnly: true,
    alternatives: [a('Calendars.ReadBasic.All', 'read basic details of calendars in all mailboxes')],
  },
  'Calendars.ReadWrite': {
    alternatives: [
      a('Calendars.ReadBasic', "read basic details of the user's calendars"),
      a('Calendars.ReadBasic.All', 'read basic details of calendars in all mailboxes'),
    ],
  },
};

/**
 * The prefilter's words: every Graph permission this rule can report (curated, highest privilege, or a tenant-wide
 * write with admin consent) contains one of them, any case.
 */
export const GRAPH_MENTIONS: readonly string[] = [
  'readwrite',
  'fullcontrol',
  '.manage',
  'read.all',
  'accessasuser',
  'agentidentity',
  'calendars.read',
  'mail.send',
  'channelmessage',
  '.migration',
  'deleterestore',
  'enabledisable',
  'privilegedoperations',
];

/** A tenant-wide write: `…ReadWrite…All`, `Manage…All`, `FullControl…All`. */
const BROAD_WRITE = /(?:ReadWrite|Manage|FullControl).*\.All$/;

/**
 * What the privilege policy says of a permission: tier-0, curated high-risk, or a tenant-wide write needing admin
 * consent.
 */
export type GraphPermissionVerdict = 'tierZero' | 'overprivileged' | 'broadWrite';

/** The level Graph gives a permission in the scheme it is requested in (application, or delegated). */
function levelOf(name: string, application: boolean): GraphPermissionScheme | undefined {
  const permission = getGraphPermission(name);
  return application ? permission?.application : (permission?.delegatedWork ?? permission?.delegatedPersonal);
}

/** The curated entry for a permission, when it is a concern in this scheme. */
function curatedRisk(name: string, application: boolean): HighRisk | undefined {
  const risk = Object.hasOwn(HIGH_RISK_GRAPH_PERMISSIONS, name) ? HIGH_RISK_GRAPH_PERMISSIONS[name] : undefined;
  return risk !== undefined && (!risk.applicationOnly || application) ? risk : undefined;
}

/**
 * The privilege policy this rule and `entra-secure-app-registration` judge a Microsoft Graph permission by, requested
 * as an application permission or a delegated one: its verdict, and the narrower permissions to request instead
 * (those that exist in that scheme and that the policy would not report in turn); `undefined` when it is fine.
 */
export function judgeGraphPermission(
  name: string,
  application: boolean,
): { verdict: GraphPermissionVerdict; alternatives: readonly Alternative[] } | undefined {
  const value = levelOf(name, application);
  const risk = curatedRisk(name, application);
  const tierZero = value?.level === 4;
  const broad = !risk && !tierZero && value?.level === 3 && value.adminConsent && BROAD_WRITE.test(name);
  if (!risk && !tierZero && !broad) {
    return undefined;
  }
  const alternatives = (risk?.alternatives ?? []).filter(alt => {
    const level = levelOf(alt.name, application);
    return level !== undefined && level.level < 4 && !curatedRisk(alt.name, application);
  });
  return { verdict: tierZero ? 'tierZero' : risk ? 'overprivileged' : 'broadWrite', alternatives };
}

export default createRule<Options, MessageIds>({
  name: 'no-overprivileged-graph-permission',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow requesting high-privilege Microsoft Graph permissions where a narrower one would do',
      recommended: 'recommended',
      principle: 'least-privilege',
    },
    hasSuggestions: true,
    messages: {
      tierZero:
        '`{{name}}` is one of the most privileged Microsoft Graph permissions (it can take over the tenant or all of ' +
        'its data); request the narrowest permission that works, as Graph Explorer lists them from lowest to highest.',
      overprivileged:
        '`{{name}}` grants far more than most apps use; least privilege: request the narrowest permission that ' +
        'works, as Graph Explorer lists them from lowest to highest.',
      broadWrite:
        '`{{name}}` writes tenant-wide and needs admin consent; least privilege: request a read or resource-specific ' +
        'permission unless the app truly administers this.',
      extraConsent:
        '`{{name}}` is a high-privilege Microsoft Graph permission, and `extraScopesToConsent` asks for it up front; ' +
        'request it incrementally, when a feature needs it, or a narrower one.',
      imported:
        'The scopes imported from `{{source}}` (line {{line}}) include `{{name}}`, a high-privilege Microsoft Graph ' +
        'permission; request the narrowest permission that works, in that module.',
      useAlternative: 'Request `{{alternative}}` instead ({{grants}}).',
    },
    schema: allowOptionSchema(
      'Permissions this project has consciously approved (any case, with or without the Graph resource prefix).',
    ),
  },
  defaultOptions: [{ allow: [] }],
  // Every Graph permission it can report contains one of these (checked against the permission list in its test).
  // Scope lists are often imported from a configuration module: where a file requests scopes, that module's words
  // count too.
  followsImports: { local: SCOPE_REQUEST_MENTIONS, imported: GRAPH_MENTIONS },
  mentions: GRAPH_MENTIONS,
  create(context, [{ allow = [] }]) {
    const { sourceCode } = context;
    const allowed = new Set(allow.map(name => normalizeScope(name).name.toLowerCase()));

    function check(scope: ExtractedScope): void {
      if (scope.provider !== 'graph' || scope.isDefault || allowed.has(scope.name.toLowerCase())) {
        return;
      }
      // On-behalf-of tokens are delegated; only client credentials and managed identities hold application permissions.
      const application = isAppOnlyFlow(scope.flow) && scope.flow !== 'onBehalfOf';
      const judged = judgeGraphPermission(scope.name, application);
      if (!judged) {
        return;
      }
      if (scope.origin) {
        // A list imported from another module: reported there already when it sits under a scope-like name.
        if (!scope.origin.reportedWhereDefined) {
          context.report({
            loc: { start: sourceCode.getLocFromIndex(scope.range[0]), end: sourceCode.getLocFromIndex(scope.range[1]) },
            messageId: 'imported',
            data: { name: scope.name, source: scope.origin.specifier, line: String(scope.origin.line) },
          });
        }
        return;
      }
      const range = scope.nameRange;
      context.report({
        loc: { start: sourceCode.getLocFromIndex(scope.range[0]), end: sourceCode.getLocFromIndex(scope.range[1]) },
        messageId: scope.extraConsent ? 'extraConsent' : judged.verdict,
        data: { name: scope.name },
        suggest: range
          ? judged.alternatives.map(alt => ({
              messageId: 'useAlternative' as const,
              data: { alternative: alt.name, grants: alt.grants },
              fix: (fixer: TSESLint.RuleFixer) => fixer.replaceTextRange(range, alt.name),
            }))
          : [],
      });
    }

    return extractScopes(context, scopes => scopes.forEach(check));
  },
});
