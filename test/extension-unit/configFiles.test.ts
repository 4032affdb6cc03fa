import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import zeroTrust from 'eslint-plugin-zero-trust';
import { planOptionsFor, planQuickFixes } from '../../extension/src/core/actionPlan';
import {
  CONFIG_FILE_GLOBS,
  configFileType,
  isConfigFile,
  isLintedDocument,
} from '../../extension/src/core/configFiles';
import { LintEngine } from '../../extension/src/core/lint';
import { lintFilename } from '../../extension/src/core/lintFilename';
import { TextIndex } from '../../extension/src/core/textIndex';
import { FAKE } from '../eslint-plugin/fakeSecrets';

const RECOMMENDED = { preset: 'recommended', rules: {} } as const;
const CLIENT_SECRET = 'zero-trust/no-hardcoded-client-credential';
const DOTENV =
  `# local settings\nAZURE_CLIENT_ID=3f0c7d0e-5a2b-4c57-9d0e-2a6f5b1c8e41\n` + `AZURE_CLIENT_SECRET="${FAKE.entra}"\n`;
const APPSETTINGS =
  `{\n  "AzureAd": {\n    "ClientId": "3f0c7d0e-5a2b-4c57-9d0e-2a6f5b1c8e41",\n` +
  `    "ClientSecret": "${FAKE.entra}"\n  }\n}\n`;
/**
 * Where the secret of DOTENV and APPSETTINGS is: the value (its quotes included in `.env`, as the processor maps them).
 */
const DOTENV_RANGE = { start: { line: 2, character: 20 }, end: { line: 2, character: 22 + FAKE.entra.length } };
const APPSETTINGS_RANGE = { start: { line: 3, character: 20 }, end: { line: 3, character: 22 + FAKE.entra.length } };

/** A git working tree (a `.git` folder) in a temporary folder, holding `files`. */
function repository(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-config-'));
  fs.mkdirSync(path.join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

describe('configuration files in the extension', () => {
  describe('which files', () => {
    it('picks .env files, settings files and app manifests by the plugin’s lists', () => {
      const picked: [string, string | undefined][] = [
        ['.env', 'dotenv'],
        ['api/.env.local', 'dotenv'],
        ['.env.example', 'dotenv'],
        ['.envrc', undefined],
        ['appsettings.json', 'json'],
        ['src/Api/appsettings.Development.json', 'json'],
        ['functions/local.settings.json', 'json'],
        ['aad.manifest.json', 'json'],
        ['infra/aad.staging.json', 'json'],
        ['config/default.json', 'json'],
        ['app/config/env/prod.jsonc', 'json'],
        ['config.json', undefined],
        ['package.json', undefined],
        ['tsconfig.json', undefined],
        ['config/package-lock.json', undefined],
        ['node_modules/pkg/appsettings.json', undefined],
        ['node_modules/pkg/.env', undefined],
        ['src/auth.ts', undefined],
        ['C:\\repo\\config\\app.json', 'json'],
      ];
      assert.deepEqual(
        picked.map(([file]) => [file, configFileType(file)]),
        picked,
      );
    });

    it('lints a configuration file whatever language the editor gives it, and JS/TS by language', () => {
      assert.equal(isLintedDocument('plaintext', '.env'), true);
      assert.equal(isLintedDocument('properties', 'api/.env.production'), true);
      assert.equal(isLintedDocument('dotenv', '.env'), true);
      assert.equal(isLintedDocument('json', 'appsettings.json'), true);
      assert.equal(isLintedDocument('json', 'package.json'), false);
      assert.equal(isLintedDocument('plaintext', 'notes.txt'), false);
      assert.equal(isLintedDocument('typescript', 'src/auth.ts'), true);
    });

    it('keeps a configuration file’s name for the linter (the processors pick files by name)', () => {
      assert.equal(lintFilename('.env', 'plaintext'), '.env');
      assert.equal(lintFilename('api\\appsettings.json', 'json'), 'api/appsettings.json');
      assert.equal(lintFilename('notes.txt', 'plaintext'), 'notes.txt.ts');
    });

    it('activates on every kind of configuration file (package.json lists the plugin’s globs)', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '../../package.json'), 'utf8')) as {
        activationEvents: string[];
      };
      assert.deepEqual(
        CONFIG_FILE_GLOBS.filter(glob => !manifest.activationEvents.includes(`workspaceContains:${glob}`)),
        [],
      );
      assert.ok(manifest.activationEvents.includes('onLanguage:dotenv'));
    });
  });

  describe('LintEngine', () => {
    const engine = new LintEngine();

    it('reports a secret in a .env file at its value, with the config-file message and no fix or suggestion', () => {
      const outcome = engine.lint(DOTENV, '.env', RECOMMENDED);
      assert.equal(outcome.parseError, undefined);
      assert.deepEqual(outcome.ruleErrors, []);
      assert.deepEqual(
        outcome.findings.map(finding => [finding.ruleId, finding.range, finding.fix, finding.suggestions]),
        [[CLIENT_SECRET, DOTENV_RANGE, undefined, []]],
      );
      assert.match(
        outcome.findings[0]!.message,
        /^Hard-coded client secret \(40 characters\) in `AZURE_CLIENT_SECRET` of a configuration file: .*Key Vault/,
      );
      assert.equal(outcome.findings[0]!.docsUrl, zeroTrust.rules['no-hardcoded-client-credential'].meta!.docs!.url);
    });

    it('reports a client secret in appsettings.json at its value', () => {
      const outcome = engine.lint(APPSETTINGS, 'src/Api/appsettings.json', RECOMMENDED);
      assert.deepEqual(
        outcome.findings.map(finding => [finding.ruleId, finding.range]),
        [[CLIENT_SECRET, APPSETTINGS_RANGE]],
      );
    });

    it('applies the user’s severities to the config-file rules', () => {
      const off = engine.lint(DOTENV, '.env', {
        preset: 'recommended',
        rules: { 'no-hardcoded-client-credential': 'off' },
      });
      assert.deepEqual(off.findings, []);
      const warn = engine.lint(DOTENV, '.env', { preset: 'recommended', rules: { [CLIENT_SECRET]: 'warn' } });
      assert.deepEqual(
        warn.findings.map(finding => finding.severity),
        [1],
      );
    });

    it('does not lint lock files, package manifests or anything else the config leaves out', () => {
      assert.deepEqual(engine.lint(APPSETTINGS, 'config/package-lock.json', RECOMMENDED).findings, []);
      assert.deepEqual(engine.lint(APPSETTINGS, 'node_modules/pkg/appsettings.json', RECOMMENDED).findings, []);
    });

    it('does not report a .env file the repository’s .gitignore ignores (under its path on disk)', () => {
      const ignored = repository({ '.gitignore': '.env\n', 'api/.env': DOTENV });
      const kept = repository({ '.gitignore': '.env\n!api/.env\n', 'api/.env': DOTENV });
      try {
        assert.deepEqual(
          engine.lint(DOTENV, 'api/.env', RECOMMENDED, undefined, path.join(ignored, 'api/.env')).findings,
          [],
        );
        assert.deepEqual(
          engine
            .lint(DOTENV, 'api/.env', RECOMMENDED, undefined, path.join(kept, 'api/.env'))
            .findings.map(finding => [finding.ruleId, finding.range]),
          [[CLIENT_SECRET, DOTENV_RANGE]],
        );
      } finally {
        fs.rmSync(ignored, { recursive: true, force: true });
        fs.rmSync(kept, { recursive: true, force: true });
      }
    });

    it('offers no disable comment in a configuration file, only the documentation', () => {
      const { findings } = engine.lint(DOTENV, '.env', RECOMMENDED);
      const settings = { disableRuleComment: true, showDocumentation: true };
      const plan = planQuickFixes(findings, findings, () => new TextIndex(DOTENV), planOptionsFor(settings, '.env'));
      assert.deepEqual(
        plan.map(action => action.title),
        [`Show documentation for ${CLIENT_SECRET}`],
      );
      assert.deepEqual(planOptionsFor(settings, 'src/auth.ts'), settings);
      assert.deepEqual(planOptionsFor(settings, 'config/app.json'), {
        disableRuleComment: false,
        showDocumentation: true,
      });
    });
  });

  it('isConfigFile agrees with configFileType', () => {
    assert.equal(isConfigFile('.env'), true);
    assert.equal(isConfigFile('src/index.js'), false);
  });
});
