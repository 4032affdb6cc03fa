import * as assert from 'node:assert/strict';

import type { LintSettings } from '../../extension/src/core/lint';

import zeroTrust from 'eslint-plugin-zero-trust';
import { applyEdits, nonOverlappingFixes } from '../../extension/src/core/findings';
import { LintEngine, ruleEntries } from '../../extension/src/core/lint';
import { lintFilename } from '../../extension/src/core/lintFilename';
import { dedent } from '../dedent';
import { FAKE } from '../eslint-plugin/fakeSecrets';
import { base, testPlugin } from './testPlugin';

const RECOMMENDED: LintSettings = { preset: 'recommended', rules: {} };
const ROPC_TS = dedent`
  import { UsernamePasswordCredential } from '@azure/identity';

  const credential = new UsernamePasswordCredential(tenantId, clientId, username, password);

`;

describe('LintEngine', () => {
  const engine = new LintEngine();
  const testEngine = new LintEngine(testPlugin);

  it('reports the bundled rules with the doc URL from createRule', () => {
    const outcome = engine.lint(ROPC_TS, 'src/auth.ts', RECOMMENDED);
    assert.equal(outcome.parseError, undefined);
    assert.deepEqual(outcome.ruleErrors, []);
    assert.equal(outcome.findings.length, 1);
    const [finding] = outcome.findings;
    assert.equal(finding!.ruleId, 'zero-trust/no-password-grant');
    assert.equal(finding!.docsUrl, zeroTrust.rules['no-password-grant'].meta!.docs!.url);
    assert.deepEqual(finding!.range, { start: { line: 2, character: 23 }, end: { line: 2, character: 49 } });
    assert.equal(finding!.severity, 2);
    assert.equal(finding!.fix, undefined);
    assert.deepEqual(
      finding!.suggestions.map(s => s.desc),
      [
        'Replace with `DeviceCodeCredential`, keeping the tenant and client IDs.',
        'Replace with `InteractiveBrowserCredential`, keeping the tenant and client IDs.',
      ],
    );
    assert.match(
      applyEdits(ROPC_TS, [finding!.suggestions[0]!.edit]),
      /new DeviceCodeCredential\(\{ tenantId, clientId \}/,
    );
  });

  it('lints CommonJS and JavaScript with JSX', () => {
    const cjs = "const { UsernamePasswordCredential: UPC } = require('@azure/identity');\nnew UPC(t, c, u, p);\n";
    assert.equal(engine.lint(cjs, 'legacy.cjs', RECOMMENDED).findings.length, 1);
    const jsx =
      "import { UsernamePasswordCredential } from '@azure/identity';\n" +
      'const c = new UsernamePasswordCredential(t, c2, u, p);\nexport const App = () => <div>{c.name}</div>;\n';
    assert.equal(engine.lint(jsx, 'App.jsx', RECOMMENDED).findings.length, 1);
  });

  it('honours eslint-disable comments in the file', () => {
    const disabled = ROPC_TS.replace(
      'const credential',
      '// eslint-disable-next-line zero-trust/no-password-grant\nconst credential',
    );
    assert.deepEqual(engine.lint(disabled, 'a.ts', RECOMMENDED).findings, []);
  });

  it('applies per-rule settings over the preset, by name or id', () => {
    assert.deepEqual(
      engine.lint(ROPC_TS, 'a.ts', { preset: 'recommended', rules: { 'no-password-grant': 'off' } }).findings,
      [],
    );
    assert.equal(
      engine.lint(ROPC_TS, 'a.ts', { preset: 'strict', rules: { 'zero-trust/no-password-grant': 'warn' } }).findings[0]!
        .severity,
      1,
    );
  });

  it("lints with the project config's entries alone where it decides: severities, options, shared settings", () => {
    const graph = "const request = { scopes: ['https://graph.microsoft.com/Directory.ReadWrite.All'] };\n";
    const project = (rules: NonNullable<LintSettings['project']>['rules']): LintSettings => ({
      preset: 'strict',
      rules: { 'no-password-grant': 'warn' },
      project: { rules, settings: { followImports: false } },
    });
    assert.deepEqual(
      ruleEntries(base, project({ 'no-password-grant': ['error', { a: 1 }], 'not-a-rule': ['error'] })),
      { 'zero-trust/no-password-grant': ['error', { a: 1 }] },
    );
    // The preset and zeroTrust.rules do not apply: a rule the config does not name is off.
    assert.deepEqual(engine.lint(ROPC_TS, 'a.ts', project({})).findings, []);
    assert.equal(engine.lint(ROPC_TS, 'a.ts', project({ 'no-password-grant': ['error'] })).findings[0]!.severity, 2);
    const rule = 'no-overprivileged-graph-permission';
    assert.equal(engine.lint(graph, 'a.ts', project({ [rule]: ['warn'] })).findings.length, 1);
    assert.deepEqual(
      engine.lint(graph, 'a.ts', project({ [rule]: ['warn', { allow: ['Directory.ReadWrite.All'] }] })).findings,
      [],
    );
  });

  it('runs a rule with its defaults where the project gives it options this version does not accept; says so', () => {
    const graph = "const request = { scopes: ['https://graph.microsoft.com/Directory.ReadWrite.All'] };\n";
    const outcome = engine.lint(graph, 'a.ts', {
      preset: 'recommended',
      rules: {},
      project: {
        rules: {
          'no-overprivileged-graph-permission': ['error', { allowed: ['Directory.ReadWrite.All'] }],
          'no-password-grant': ['error', { unknown: true }],
        },
      },
    });
    assert.deepEqual(
      outcome.findings.map(finding => [finding.ruleId, finding.severity]),
      [['zero-trust/no-overprivileged-graph-permission', 2]],
    );
    assert.deepEqual(
      outcome.ruleErrors.map(failure => failure.ruleId),
      ['zero-trust/no-overprivileged-graph-permission', 'zero-trust/no-password-grant'],
    );
    assert.match(
      outcome.ruleErrors[0]!.message,
      /^its options in the project's ESLint config do not fit this version of the rule, so it runs with its default options here: Key "rules": Key "zero-trust\/no-overprivileged-graph-permission": /,
    );
  });

  it("lints a configuration file with the project's entries for the config-file rules", () => {
    const env = `AZURE_CLIENT_SECRET="${FAKE.entra}"\n`;
    const rulesOf = (settings: LintSettings): string[] =>
      engine.lint(env, '.env', settings).findings.map(finding => `${finding.ruleId} ${finding.severity}`);
    const found = rulesOf(RECOMMENDED);
    assert.equal(found.length, 1);
    const [ruleId] = found[0]!.split(' ');
    assert.deepEqual(rulesOf({ ...RECOMMENDED, project: { rules: {} } }), []);
    assert.deepEqual(
      rulesOf({ ...RECOMMENDED, project: { rules: { [ruleId!.slice('zero-trust/'.length)]: ['warn'] } } }),
      [`${ruleId} 1`],
    );
  });

  it('ignores unknown rules and invalid severities in the settings', () => {
    const rules = ruleEntries(base, {
      preset: 'recommended',
      rules: { 'no-such-rule': 'error', 'no-password-grant': 'loud' as never },
    });
    assert.deepEqual(rules, base.configs.recommended.rules);
  });

  it('reports one parse problem for a file that does not parse', () => {
    const outcome = engine.lint('const x = ;\n', 'broken.ts', RECOMMENDED);
    assert.deepEqual(outcome.findings, []);
    assert.match(outcome.parseError!.message, /^Parsing error: /);
    assert.deepEqual(outcome.parseError!.range.start, { line: 0, character: 9 }); // where the parser puts it
  });

  it('reports a rule that throws and keeps the other rules findings', () => {
    const outcome = testEngine.lint(`var a = 1;\n${ROPC_TS}`, 'a.ts', RECOMMENDED);
    assert.deepEqual(
      outcome.ruleErrors.map(failure => failure.ruleId),
      ['zero-trust/throwing'],
    );
    assert.match(outcome.ruleErrors[0]!.message, /^boom/);
    assert.deepEqual(outcome.findings.map(finding => finding.ruleId).sort(), [
      'zero-trust/no-password-grant',
      'zero-trust/prefer-let',
    ]);
  });

  it('carries a rule fix as an edit that gives the fixed text', () => {
    const text = 'var a = 1;\nvar b = 2;\n';
    const outcome = testEngine.lint(text, 'a.ts', { preset: 'strict', rules: {} });
    assert.equal(outcome.findings.length, 2);
    assert.deepEqual(outcome.findings[1]!.fix!.range, {
      start: { line: 1, character: 0 },
      end: { line: 1, character: 3 },
    });
    assert.equal(applyEdits(text, nonOverlappingFixes(outcome.findings)), 'let a = 1;\nlet b = 2;\n');
  });

  it('still writes TypeScript in suggestions for TypeScript files (the parser keeps no node maps)', () => {
    const text =
      "import jwt from 'jsonwebtoken';\n" +
      "export const sign = (user) => jwt.sign({ sub: user }, 'Xq9vT2mL7pR4sW8zK3nB6yH1', { expiresIn: '1h' });\n";
    const edited = (filename: string): string => {
      const finding = engine
        .lint(text, filename, RECOMMENDED)
        .findings.find(f => f.ruleId === 'zero-trust/no-hardcoded-jwt-secret');
      return applyEdits(text, [finding!.suggestions[0]!.edit]);
    };
    assert.match(edited('src/sign.ts'), /jwt\.sign\(\{ sub: user \}, process\.env\.[A-Z_]+!, \{/);
    assert.match(edited('src/sign.js'), /jwt\.sign\(\{ sub: user \}, process\.env\.[A-Z_]+, \{/);
  });

  it('never throws, whatever the input', () => {
    for (const text of [
      '',
      '\uFEFF',
      '\u2028\u2029',
      '#!/usr/bin/env node\n',
      '<<<<<<< HEAD\n',
      'x'.repeat(10_000),
      '/*',
      '`${',
    ]) {
      const outcome = engine.lint(text, 'x.ts', RECOMMENDED);
      assert.ok(Array.isArray(outcome.findings));
    }
  });
});

describe('lintFilename', () => {
  it('keeps a workspace-relative path with a known extension', () => {
    assert.equal(lintFilename('src/a.mts'), 'src/a.mts');
    assert.equal(lintFilename('src\\win\\b.TSX'), 'src/win/b.TSX');
  });

  it('adds an extension from the language when the name has none', () => {
    assert.equal(lintFilename('Untitled-1', 'typescriptreact'), 'Untitled-1.tsx');
    assert.equal(lintFilename('script', 'javascript'), 'script.js');
    assert.equal(lintFilename('', undefined), 'untitled.ts');
  });

  it('keeps the name inside the linter working directory', () => {
    assert.equal(lintFilename('/abs/path/x.ts'), 'abs/path/x.ts');
    assert.equal(lintFilename('C:\\Users\\dev\\x.ts'), 'Users/dev/x.ts');
    assert.equal(lintFilename('../outside/x.ts'), '_/outside/x.ts');
  });
});
