import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { AST_NODE_TYPES } from '../util/ast';

import { createRule } from '../util/rule';
import { allowOptionSchema, extractScopes, normalizeScope, SCOPE_REQUEST_MENTIONS } from '../util/scopes';
import type { AllowOptions, ExtractedScope } from '../util/scopes';

type Options = AllowOptions;
type MessageIds =
  'overbroadGoogle' | 'cloudPlatformConsent' | 'domainWideAdmin' | 'overbroadGitHub' | 'useAlternative' | 'removeScope';

interface Alternative {
  name: string;
  grants: string;
}
interface Entry {
  alternatives: readonly Alternative[];
  /** Offer to drop the scope: nothing narrower exists, and few apps need it. */
  removable?: boolean;
}

const a = (name: string, grants: string): Alternative => ({ name, grants });
const GMAIL: Entry = { alternatives: [a('gmail.send', 'send mail only; not a restricted scope')] };
const DRIVE: Entry = {
  alternatives: [
    a('drive.file', 'only the files the app creates or the user opens with it'),
    a('drive.appdata', "only the app's own hidden folder"),
  ],
};

/** Google's restricted Gmail and Drive scopes (names without `https://www.googleapis.com/auth/`). */
const GOOGLE: Readonly<Record<string, Entry>> = {
  'https://mail.google.com/': GMAIL,
  'gmail.modify': GMAIL,
  'gmail.readonly': GMAIL,
  'gmail.compose': GMAIL,
  'gmail.insert': GMAIL,
  'gmail.settings.basic': GMAIL,
  'gmail.settings.sharing': GMAIL,
  drive: DRIVE,
  'drive.readonly': DRIVE,
  'drive.metadata': DRIVE,
  'drive.metadata.readonly': DRIVE,
  'drive.scripts': DRIVE,
};
const GOOGLE_PREFIX = 'https://www.googleapis.com/auth/';

/**
 * What each broad GitHub scope grants, in the words of the message; other write and `admin:` scopes are described by
 * kind.
 */
const GITHUB_REACH: Readonly<Record<string, string>> = {
  repo: 'full read and write access to every public and private repository the user can reach',
  user: "write access to the user's profile",
  delete_repo: 'the power to delete repositories',
  workflow: 'the power to change GitHub Actions workflows',
  site_admin: 'site administrator access to a GitHub Enterprise Server',
};

/** GitHub OAuth app scopes that reach far, and the narrower ones. */
const GITHUB: Readonly<Record<string, Entry>> = {
  repo: {
    alternatives: [
      a('public_repo', 'public repositories only'),
      a('repo:status', 'commit statuses only'),
      a('repo_deployment', 'deployment statuses only'),
    ],
  },
  'admin:org': { alternatives: [a('read:org', 'read organization membership and teams')] },
  'write:org': { alternatives: [a('read:org', 'read organization membership and teams')] },
  delete_repo: { alternatives: [], removable: true },
  'admin:repo_hook': {
    alternatives: [
      a('write:repo_hook', 'create and update repository webhooks'),
      a('read:repo_hook', 'read repository webhooks'),
    ],
  },
  'admin:org_hook': { alternatives: [] },
  user: { alternatives: [a('read:user', 'read profile data'), a('user:email', "read the user's email addresses")] },
  'write:packages': { alternatives: [a('read:packages', 'download packages')] },
  'delete:packages': { alternatives: [a('read:packages', 'download packages')] },
  workflow: { alternatives: [], removable: true },
  'admin:public_key': { alternatives: [a('read:public_key', "read the user's public SSH keys")] },
  'admin:gpg_key': { alternatives: [a('read:gpg_key', "read the user's GPG keys")] },
  site_admin: { alternatives: [], removable: true },
};

export default createRule<Options, MessageIds>({
  name: 'no-overbroad-third-party-oauth-scope',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow over-broad Google and GitHub OAuth scopes where narrower ones exist',
      recommended: 'recommended',
      principle: 'least-privilege',
      severity: 'warn',
    },
    hasSuggestions: true,
    messages: {
      overbroadGoogle:
        "The Google scope `{{scope}}` is a restricted scope with access to all of the user's {{what}}; least " +
        'privilege: request a narrower scope.',
      cloudPlatformConsent:
        'Asking users to consent to `cloud-platform` grants the app everything they can do in Google Cloud; request ' +
        'the scopes of the services it calls.',
      domainWideAdmin:
        'This service account impersonates users (`subject`) with the Admin SDK scope `{{scope}}`; reduce the scopes ' +
        "and restrict the client in the Admin console's domain-wide delegation.",
      overbroadGitHub:
        'The GitHub scope `{{scope}}` grants {{what}}; least privilege: request a narrower scope, or use a GitHub ' +
        'App with fine-grained permissions.',
      useAlternative: 'Request `{{alternative}}` instead ({{grants}}).',
      removeScope: 'Remove `{{scope}}` from the request.',
    },
    schema: allowOptionSchema(
      'Scopes this project has consciously approved: GitHub scope names, and Google scopes as full URLs or short ' +
        'names (`drive.readonly`).',
    ),
  },
  defaultOptions: [{ allow: [] }],
  // Google scopes hold `google` (googleapis.com, mail.google.com); GitHub ones need a GitHub hint (package, URL, name)
  // or an Octokit API.
  // Scope lists are often imported from a configuration module: where a file requests scopes, that module's words
  // count too.
  followsImports: {
    local: SCOPE_REQUEST_MENTIONS,
    imported: ['googleapis.com', 'mail.google.com', 'repo', 'admin:', 'write:', 'workflow'],
  },
  mentions: [
    'google',
    'github',
    'OAuthApp',
    'getWebFlowAuthorizationUrl',
    'oauthAuthorizationUrl',
    'createOAuthDeviceAuth',
  ],
  create(context, [{ allow = [] }]) {
    const { sourceCode } = context;
    const allowed = new Set(
      allow.map(scope =>
        normalizeScope(
          scope.startsWith('https://') ? scope : scope.includes('.') ? `${GOOGLE_PREFIX}${scope}` : scope,
        ).name.toLowerCase(),
      ),
    );

    function report(
      scope: ExtractedScope,
      messageId: MessageIds,
      data: Record<string, string>,
      entry: Entry | undefined,
    ): void {
      context.report({
        loc: { start: sourceCode.getLocFromIndex(scope.range[0]), end: sourceCode.getLocFromIndex(scope.range[1]) },
        messageId,
        data,
        suggest: entry ? suggestions(scope, entry) : [],
      });
    }

    function suggestions(scope: ExtractedScope, entry: Entry): TSESLint.ReportSuggestionArray<MessageIds> {
      const out: TSESLint.ReportSuggestionArray<MessageIds> = [];
      const range = scope.nameRange;
      if (range) {
        // `https://mail.google.com/` has no prefix to keep: the alternative replaces it whole.
        const full = scope.provider === 'google' && scope.name === 'https://mail.google.com/';
        for (const alt of entry.alternatives) {
          out.push({
            messageId: 'useAlternative',
            data: { alternative: full ? GOOGLE_PREFIX + alt.name : alt.name, grants: alt.grants },
            fix: fixer => fixer.replaceTextRange(range, full ? GOOGLE_PREFIX + alt.name : alt.name),
          });
        }
      }
      const removal = entry.removable ? removalRange(scope) : undefined;
      if (removal) {
        out.push({ messageId: 'removeScope', data: { scope: scope.text }, fix: fixer => fixer.removeRange(removal) });
      }
      return out;
    }

    /** The source to delete to drop a scope: an array element with its comma, or a word with its separator. */
    function removalRange(scope: ExtractedScope): [number, number] | undefined {
      const text = sourceCode.text;
      if (scope.whole) {
        const node = sourceCode.getNodeByRangeIndex(scope.range[0]);
        const array = node?.parent;
        if (node?.range[0] !== scope.range[0] || array?.type !== AST_NODE_TYPES.ArrayExpression) {
          return undefined;
        }
        const elements = array.elements;
        const index = elements.indexOf(node as TSESTree.Expression);
        if (index < 0 || elements.length < 2) {
          return undefined;
        }
        const next = elements[index + 1];
        const previous = elements[index - 1];
        if (next) {
          return [scope.range[0], next.range[0]];
        }
        return previous ? [previous.range[1], scope.range[1]] : undefined;
      }
      if (!scope.nameRange || scope.nameRange[0] !== scope.range[0]) {
        return undefined;
      }
      const separator = /^(?:[ ,+]|%20)+/i;
      const after = separator.exec(text.slice(scope.range[1], scope.range[1] + 30))?.[0];
      if (after && !/^['"`&#]/.test(text.slice(scope.range[1] + after.length))) {
        return [scope.range[0], scope.range[1] + after.length];
      }
      const before = /(?:[ ,+]|%20)+$/i.exec(text.slice(Math.max(0, scope.range[0] - 30), scope.range[0]))?.[0];
      if (before && !/[=?'"`]$/.test(text.slice(0, scope.range[0] - before.length))) {
        return [scope.range[0] - before.length, scope.range[1]];
      }
      return undefined;
    }

    function check(scope: ExtractedScope): void {
      // An imported list under a scope-like name is reported in its own module.
      if (allowed.has(scope.name.toLowerCase()) || scope.origin?.reportedWhereDefined) {
        return;
      }
      if (scope.provider === 'google') {
        checkGoogle(scope);
      } else if (scope.provider === 'github') {
        const entry = Object.hasOwn(GITHUB, scope.name) ? GITHUB[scope.name] : undefined;
        if (entry) {
          report(scope, 'overbroadGitHub', { scope: scope.name, what: githubReach(scope.name) }, entry);
        }
      }
    }

    function checkGoogle(scope: ExtractedScope): void {
      const { name, flow } = scope;
      if (name.startsWith('admin.directory.')) {
        if (flow === 'domainWideDelegation') {
          report(scope, 'domainWideAdmin', { scope: name }, undefined);
        }
        return;
      }
      if (name === 'cloud-platform') {
        // Service accounts and ADC are meant to use cloud-platform, with IAM roles doing the restricting.
        if (flow === 'interactive') {
          report(
            scope,
            'cloudPlatformConsent',
            {},
            { alternatives: [a('cloud-platform.read-only', 'view, not change, Google Cloud data')] },
          );
        }
        return;
      }
      const entry = Object.hasOwn(GOOGLE, name) ? GOOGLE[name] : undefined;
      // A service account without `subject` reaches only what is shared with it; impersonation and users reach all.
      if (entry && flow !== 'serviceAccount') {
        report(
          scope,
          'overbroadGoogle',
          { scope: name, what: name.includes('drive') ? 'Google Drive files' : 'Gmail' },
          entry,
        );
      }
    }

    return extractScopes(context, scopes => scopes.forEach(check));
  },
});

function githubReach(name: string): string {
  if (Object.hasOwn(GITHUB_REACH, name)) {
    return GITHUB_REACH[name]!;
  }
  return name.startsWith('admin:') ? 'full administrative control' : 'write access beyond reading';
}
