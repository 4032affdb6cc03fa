import { createRule } from '../util/rule';
import { allowOptionSchema, extractScopes, normalizeScope, SCOPE_REQUEST_MENTIONS } from '../util/scopes';
import type { AllowOptions, ExtractedScope } from '../util/scopes';

type Options = AllowOptions;
type MessageIds = 'defaultInDelegatedFlow';

export default createRule<Options, MessageIds>({
  name: 'no-default-scope-in-delegated-flow',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow `/.default` scopes in interactive, user-consent sign-in flows',
      recommended: 'recommended',
      principle: 'least-privilege',
      severity: 'warn',
    },
    messages: {
      defaultInDelegatedFlow:
        '`{{scope}}` in a user sign-in asks for consent to every delegated permission on the app registration for ' +
        'this resource; least privilege: request the specific scopes this feature needs, incrementally.',
    },
    schema: allowOptionSchema(
      'Resources (app ID URIs, such as `api://my-api`) whose `/.default` this project accepts in interactive flows.',
    ),
  },
  defaultOptions: [{ allow: [] }],
  // Reports only `<resource>/.default` scopes, whose text holds `.default`.
  // Scope lists are often imported from a configuration module: where a file requests scopes, that module's words
  // count too.
  followsImports: { local: SCOPE_REQUEST_MENTIONS, imported: ['.default'] },
  mentions: ['.default'],
  create(context, [{ allow = [] }]) {
    const { sourceCode } = context;
    const allowed = new Set(
      allow.map(resource =>
        (normalizeScope(`${resource.replace(/\/+(?:\.default)?$/i, '')}/.default`).resource ?? resource).toLowerCase(),
      ),
    );

    function check(scope: ExtractedScope): void {
      // Azure resources that only expose `user_impersonation` (ARM, Key Vault, Storage, SQL…) gain nothing from
      // naming it: their access is governed by Azure RBAC, so `.default` is no broader.
      if (
        !scope.isDefault ||
        scope.flow !== 'interactive' ||
        scope.provider === 'azure' ||
        allowed.has((scope.resource ?? '').toLowerCase())
      ) {
        return;
      }
      context.report({
        loc: { start: sourceCode.getLocFromIndex(scope.range[0]), end: sourceCode.getLocFromIndex(scope.range[1]) },
        messageId: 'defaultInDelegatedFlow',
        data: { scope: scope.text },
      });
    }

    return extractScopes(context, scopes => scopes.forEach(check));
  },
});
