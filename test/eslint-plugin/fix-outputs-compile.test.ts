import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { dedent } from '../dedent';
import { findIntroducedDiagnostics, getRecordedCases, resolvesToTypes } from './fixOutputs';

const root = path.resolve(__dirname, '../..');
const rulesDir = path.join(root, 'eslint-plugin/src/rules');
const ruleTestsDir = path.join(__dirname, 'rules');

// The rule tests record their cases when they call `run`; loading them here (mocha does not load a file twice)
// makes this test complete when it runs alone.
for (const file of fs
  .readdirSync(ruleTestsDir)
  .filter(f => f.endsWith('.test.ts'))
  .sort()) {
  // The rule tests register themselves with mocha when loaded: loading them here records their outputs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(ruleTestsDir, file));
}

/** Rules whose `meta` declares a fix or suggestions. */
const fixingRules = fs
  .readdirSync(rulesDir)
  .filter(f => f.endsWith('.ts') && f !== 'index.ts')
  .filter(f => /\b(fixable|hasSuggestions):/.test(fs.readFileSync(path.join(rulesDir, f), 'utf8')))
  .map(f => f.replace(/\.ts$/, ''))
  .sort();

/**
 * Libraries that fixes and suggestions call into: each must resolve to type definitions, or the check below is blind to
 * them.
 */
const TYPED_LIBRARIES = [
  '@azure/msal-node',
  '@azure/msal-browser',
  '@azure/identity',
  'jsonwebtoken',
  'jose',
  'express',
  'express-jwt',
  'express-session',
  'cookie-session',
  'koa-jwt',
  'passport-jwt',
];

describe('fix and suggestion outputs type-check', function () {
  this.timeout(120_000);

  it('records the outputs of every rule that fixes or suggests', () => {
    const recordedRules = new Set(getRecordedCases().map(c => c.rule));
    assert.deepEqual(
      fixingRules.filter(rule => !recordedRules.has(rule)),
      [],
    );
  });

  it('resolves the libraries that fixes target to their type definitions', () => {
    assert.deepEqual(
      TYPED_LIBRARIES.filter(specifier => !resolvesToTypes(specifier, root)),
      [],
    );
  });

  it('reports a method the resolved class does not have, and an unknown option', () => {
    const introduced = findIntroducedDiagnostics(
      [
        {
          rule: 'self-check',
          index: 0,
          extension: '.ts',
          code: dedent`
            import { ConfidentialClientApplication } from '@azure/msal-node';
            const cca = new ConfidentialClientApplication({ auth: { clientId: 'id' } });
            void cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
          `,
          outputs: [
            {
              label: 'method',
              code: dedent`
                import { ConfidentialClientApplication } from '@azure/msal-node';
                const cca = new ConfidentialClientApplication({ auth: { clientId: 'id' } });
                void cca.acquireTokenByDeviceCode({ scopes: ['https://graph.microsoft.com/.default'] });
              `,
            },
            {
              label: 'option',
              code: dedent`
                import { ConfidentialClientApplication } from '@azure/msal-node';
                const cca = new ConfidentialClientApplication({ auth: { clientId: 'id' } });
                void cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'], prompt: 'login' });
              `,
            },
          ],
        },
      ],
      root,
    );
    assert.deepEqual(
      introduced.map(i => [i.label, i.diagnostics.map(d => d.slice(0, 7))]),
      [
        ['method', ['TS2551:']],
        ['option', ['TS2353:']],
      ],
    );
  });

  it('introduces no type error in any fix or suggestion output of the rule tests', () => {
    const cases = getRecordedCases();
    assert.ok(cases.length > 0);
    const introduced = findIntroducedDiagnostics(cases, root);
    const report = introduced
      .map(
        i =>
          `${i.rule} invalid[${i.index}] ${i.label}:\n  ${i.diagnostics.join('\n  ')}\n--- output ---\n${i.output}\n`,
      )
      .join('\n');
    assert.equal(introduced.length, 0, `Fix or suggestion outputs that do not type-check:\n\n${report}`);
  });
});
