/** The prefix users write before rule ids: `zero-trust/no-password-grant`. */
export const PLUGIN_PREFIX = 'zero-trust';

/** Where the project lives; every rule's `docs.url` and the extension's diagnostic links derive from it. */
export const REPOSITORY_URL = 'https://github.com/zero-trust-lint/zero-trust-lint';

/** The URL of a rule's documentation page in the repository. */
export function ruleDocsUrl(ruleName: string): string {
  return `${REPOSITORY_URL}/blob/main/eslint-plugin/docs/rules/${ruleName}.md`;
}
