import * as assert from 'node:assert/strict';

import type { Rule } from 'eslint';

import type { Finding } from '../../extension/src/core/findings';
import { LintEngine, type PluginLike } from '../../extension/src/core/lint';
import { FAKE } from '../eslint-plugin/fakeSecrets';
import { base } from './testPlugin';

// One failing rule never hides the others' findings: the rules that share analysis within a lint (the secret rules'
// named values, the scope rules' extraction) are linted through the extension's engine with a throw injected into
// one of them, and every other rule must report exactly what it reports without the throw.

const SECRET_RULES = [
  'no-embedded-secret-token',
  'no-hardcoded-client-credential',
  'no-hardcoded-connection-string-or-key',
  'no-hardcoded-jwt-secret',
];
const SCOPE_RULES = [
  'no-default-scope-in-delegated-flow',
  'no-overbroad-third-party-oauth-scope',
  'no-overprivileged-graph-permission',
  'no-wildcard-scope-or-tenant',
];
const RULES = [...SECRET_RULES, ...SCOPE_RULES];

/** Gives each of the rules findings before and after line `MIDWAY` (counted from 1). */
const CODE = [
  "import { PublicClientApplication } from '@azure/msal-browser';",
  "import { ClientSecretCredential } from '@azure/identity';",
  "import { OAuthApp } from '@octokit/oauth-app';",
  "import jwt from 'jsonwebtoken';",
  `const githubToken = '${FAKE.github}';`,
  `const msalConfig = { auth: { clientId: '11111111-2222-3333-4444-555555555555', clientSecret: '${FAKE.entra}' } };`,
  `const storageConnection = ` +
    `'DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=${FAKE.storageKey};EndpointSuffix=core.windows.net';`,
  "const JWT_SECRET = 'Xq9vT2mL7pR4sW8zK3nB6yH1';",
  "export const sign = (user) => jwt.sign({ sub: user }, JWT_SECRET, { expiresIn: '1h' });",
  'const pca = new PublicClientApplication(msalConfig);',
  "await pca.loginPopup({ scopes: ['https://graph.microsoft.com/.default'] });",
  "await pca.acquireTokenPopup({ scopes: ['Directory.ReadWrite.All'] });",
  "const app = new OAuthApp({ clientType: 'oauth-app', clientId: 'x', defaultScopes: ['repo', 'delete_repo'] });",
  "await pca.loginRedirect({ scopes: ['api://contoso/*'] });",
  "const admin = new OAuthApp({ clientType: 'oauth-app', clientId: 'y', defaultScopes: ['admin:org'] });",
  "const cred = new ClientSecretCredential('tenant', 'client', 'P4ssw0rd-very-secret-value', { " +
    "additionallyAllowedTenants: ['*'] });",
  `const slack = { apiToken: '${FAKE.slack}', password: 'hunter2hunter2' };`,
  `const more = { clientSecret: '${FAKE.entra}x', jwtSecret: 'Zq8s2Kd9fLw3pXv7RtY1bNc4', AccountKey: ` +
    `'${FAKE.storageKey}' };`,
  "await pca.loginPopup({ scopes: ['https://graph.microsoft.com/.default', 'Mail.ReadWrite', 'api://other/*'] });",
].join('\n');
const MIDWAY = 15;

/** Where the throw goes. */
type Injection =
  /** Into the rule's own listeners, on the first event (the rule then does nothing at all). */
  | 'listeners at the start'
  /**
   * Into the rule's own listeners, on the first node from line `MIDWAY` on (at `Program:exit` for a rule whose only
   * listeners are `Program` and `Program:exit`).
   */
  | 'listeners midway'
  /** Into the first report the rule makes from a value the shared analysis hands it (its handler). */
  | 'shared-pass handler';

const INJECTIONS: readonly Injection[] = ['listeners at the start', 'listeners midway', 'shared-pass handler'];

/** Whether the code running now was called by the shared analysis handing a rule a value. */
function inSharedPassHandler(): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  return /[\\/](?:namedValueListeners|extractScopes)\.ts:/.test(stack);
}

/** `rule`, made to throw once as `injection` says; `fired` counts the throws. */
function injectThrow(rule: Rule.RuleModule, injection: Injection, fired: { count: number }): Rule.RuleModule {
  const fire = (): never => {
    fired.count++;
    throw new Error('injected failure');
  };
  return {
    ...rule,
    create(context) {
      if (injection === 'shared-pass handler') {
        let thrown = false;
        const report = (descriptor: Rule.ReportDescriptor): void => {
          if (!thrown && inSharedPassHandler()) {
            thrown = true;
            fire();
          }
          context.report(descriptor);
        };
        // ESLint's context is frozen: a stand-in that reads everything else from it.
        const standIn = new Proxy({} as Rule.RuleContext, {
          get(_target, key) {
            if (key === 'report') {
              return report;
            }
            const value: unknown = Reflect.get(context, key, context);
            return typeof value === 'function' ? value.bind(context) : value;
          },
        });
        return rule.create(standIn);
      }
      let thrown = false;
      const listeners = rule.create(context) as Record<string, (node: Rule.Node) => void>;
      const wrapped: Record<string, (node: Rule.Node) => void> = {};
      for (const [selector, listener] of Object.entries(listeners)) {
        wrapped[selector] = node => {
          if (
            !thrown &&
            (injection === 'listeners at the start' ||
              (node.loc?.start.line ?? 0) >= MIDWAY ||
              selector === 'Program:exit')
          ) {
            thrown = true;
            fire();
          }
          listener(node);
        };
      }
      return wrapped as Rule.RuleListener;
    },
  };
}

function pluginWith(rules: Record<string, Rule.RuleModule>): PluginLike {
  const enabled = Object.fromEntries(RULES.map(name => [`zero-trust/${name}`, 'error' as const]));
  return { rules, configs: { recommended: { rules: enabled }, strict: { rules: enabled } } };
}

function lint(plugin: PluginLike): { findings: Finding[]; ruleErrors: { ruleId: string; message: string }[] } {
  const outcome = new LintEngine(plugin).lint(CODE, 'app.ts', { preset: 'recommended', rules: {} });
  assert.equal(outcome.parseError, undefined);
  return outcome;
}

const byRule = (findings: Finding[], ruleId: string): string[] =>
  findings.filter(finding => finding.ruleId === ruleId).map(finding => JSON.stringify(finding));

describe('rules sharing analysis, through the extension engine, with one of them throwing', () => {
  const baseline = lint(pluginWith(base.rules));

  it('without a throw, every rule has findings before and after the middle of the file', () => {
    assert.deepEqual(baseline.ruleErrors, []);
    for (const name of RULES) {
      const lines = baseline.findings
        .filter(finding => finding.ruleId === `zero-trust/${name}`)
        .map(finding => finding.range.start.line + 1);
      assert.ok(
        lines.some(line => line < MIDWAY) && lines.some(line => line >= MIDWAY),
        `${name}: ${lines.join(', ')}`,
      );
    }
  });

  for (const thrower of RULES) {
    for (const injection of INJECTIONS) {
      it(`a throw in ${thrower}'s ${injection} leaves the others' findings as they were, naming ${thrower}`, () => {
        const fired = { count: 0 };
        const outcome = lint(
          pluginWith({ ...base.rules, [thrower]: injectThrow(base.rules[thrower]!, injection, fired) }),
        );
        assert.equal(fired.count, 1, 'the throw was injected');
        assert.deepEqual(
          outcome.ruleErrors.map(error => error.ruleId),
          [`zero-trust/${thrower}`],
        );
        assert.match(outcome.ruleErrors[0]!.message, /^injected failure/);
        if (injection === 'shared-pass handler') {
          assert.match(outcome.ruleErrors[0]!.message, /the shared pass "(?:named values|scope extraction)"/);
        }
        for (const other of RULES.filter(name => name !== thrower)) {
          assert.deepEqual(
            byRule(outcome.findings, `zero-trust/${other}`),
            byRule(baseline.findings, `zero-trust/${other}`),
            other,
          );
        }
        // The throwing rule keeps only findings it also has without the throw.
        const own = byRule(baseline.findings, `zero-trust/${thrower}`);
        for (const finding of byRule(outcome.findings, `zero-trust/${thrower}`)) {
          assert.ok(own.includes(finding), finding);
        }
      });
    }
  }
});
