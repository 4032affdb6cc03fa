import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';

import plugin from '../../eslint-plugin/src';

/**
 * The identity libraries' own shipped code is correct use of their APIs (and their definitions), so the
 * `recommended` config must report nothing on it. Precision check on real, large, third-party code.
 */
const LIBRARIES = [
  '@azure/msal-node',
  '@azure/msal-browser',
  '@azure/msal-common',
  '@azure/identity',
  'jsonwebtoken',
  'jose',
  'passport',
];
const ROOT = path.resolve(__dirname, '../..');
/**
 * @azure/identity implements the (deprecated) username/password credential itself: there, and only there, the
 * password grant is real, and no-password-grant is right to report it. Every other finding fails the test.
 */
const ROPC_IMPLEMENTATION =
  /@azure\/identity\/dist\/[a-z]+\/(credentials\/(usernamePasswordCredential|environmentCredential)|msal\/nodeFlows\/msalClient)\.js:/;
const MAX_BYTES = 1_000_000;

function shippedFiles(library: string): string[] {
  const base = path.join(ROOT, 'node_modules', library);
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (
        /\.(c|m)?js$/.test(entry.name) &&
        !/\.min\.js$/.test(entry.name) &&
        fs.statSync(full).size <= MAX_BYTES
      ) {
        out.push(full);
      }
    }
  };
  walk(base);
  return out.sort();
}

describe('the recommended config over the shipped code of the identity libraries', function () {
  this.timeout(600_000);
  const linter = new Linter({ configType: 'flat' });
  const config = (sourceType: 'module' | 'commonjs'): Linter.Config[] => [
    {
      files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
      languageOptions: { ecmaVersion: 'latest', sourceType },
      // The libraries' own eslint-disable comments name rules of theirs; they must not switch ours off either.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      ...plugin.configs.recommended,
    },
  ];

  for (const library of LIBRARIES) {
    it(`reports nothing in ${library}`, () => {
      const files = shippedFiles(library);
      assert.ok(files.length > 0, `${library} is not installed`);
      const findings: string[] = [];
      let linted = 0;
      for (const file of files) {
        const code = fs.readFileSync(file, 'utf8');
        const isModule = file.endsWith('.mjs') || (!file.endsWith('.cjs') && /^\s*(import|export)\s/m.test(code));
        const messages = linter.verify(code, config(isModule ? 'module' : 'commonjs'), path.basename(file));
        if (messages.some(m => m.fatal)) continue; // not our concern: syntax the parser does not take
        linted++;
        for (const m of messages) {
          if (!m.ruleId?.startsWith('zero-trust/')) continue; // notices about the libraries' own directives
          const at = `${path.relative(ROOT, file)}:`;
          if (m.ruleId === 'zero-trust/no-password-grant' && ROPC_IMPLEMENTATION.test(at)) continue;
          findings.push(`${path.relative(ROOT, file)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`);
        }
      }
      assert.ok(linted > 0, `no file of ${library} could be linted`);
      assert.deepEqual(findings, []);
    });
  }
});
