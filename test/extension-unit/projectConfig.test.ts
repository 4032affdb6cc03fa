import * as assert from 'node:assert/strict';
import * as path from 'node:path';

import type { LintSource, ProjectConfigResponse } from '../../extension/src/core/projectConfig';
import type { ActiveSetup } from '../../extension/src/core/uiText';

import {
  configTextNamesPlugin,
  findConfigFile,
  lintSourceFrom,
  lintSourceText,
  readPluginEntries,
} from '../../extension/src/core/projectConfig';
import { RULE_PRINCIPLES } from '../../extension/src/core/principles.generated';
import { activeSetupText, findingsStatus } from '../../extension/src/core/uiText';

const RULE_NAMES = new Set(Object.keys(RULE_PRINCIPLES));
const plugin = { meta: { name: 'eslint-plugin-zero-trust', version: '1.0.0' }, rules: {} };

describe('projectConfig', () => {
  describe('readPluginEntries', () => {
    it('reads the entries of this plugin under its namespace, with severities as words and options as data', () => {
      assert.deepEqual(
        readPluginEntries(
          {
            plugins: { 'zero-trust': plugin, other: { meta: { name: 'eslint-plugin-other' } } },
            rules: {
              'zero-trust/no-password-grant': [2],
              'zero-trust/no-overprivileged-graph-permission': [1, { allow: ['Mail.Send'] }],
              'zero-trust/no-token-in-url': [0],
              'zero-trust/not-a-rule': [2],
              'other/no-password-grant': [2],
              'no-console': [2],
            },
            settings: { 'zero-trust': { followImports: false }, other: { x: 1 } },
          },
          RULE_NAMES,
        ),
        {
          uses: true,
          rules: {
            'no-password-grant': ['error'],
            'no-overprivileged-graph-permission': ['warn', { allow: ['Mail.Send'] }],
            'no-token-in-url': ['off'],
          },
          settings: { followImports: false },
        },
      );
    });

    it('finds the plugin by its meta.name under another namespace', () => {
      assert.deepEqual(
        readPluginEntries({ plugins: { zt: plugin }, rules: { 'zt/no-password-grant': 'warn' } }, RULE_NAMES),
        { uses: true, rules: { 'no-password-grant': ['warn'] } },
      );
    });

    it('says a config without the plugin or its rules does not use it', () => {
      assert.deepEqual(readPluginEntries({ plugins: {}, rules: { 'no-console': [2] } }, RULE_NAMES), {
        uses: false,
        rules: {},
      });
      assert.deepEqual(readPluginEntries({}, RULE_NAMES), { uses: false, rules: {} });
    });

    it('sends an option that is not data (a function) as null: the lint then runs the rule with its defaults', () => {
      const rules = readPluginEntries(
        { plugins: { 'zero-trust': plugin }, rules: { 'zero-trust/no-password-grant': [2, () => 1] } },
        RULE_NAMES,
      ).rules;
      assert.deepEqual(rules, { 'no-password-grant': ['error', null] });
    });
  });

  describe('findConfigFile', () => {
    const files = new Set([
      path.join('/repo', 'eslint.config.mjs'),
      path.join('/repo', 'eslint.config.ts'),
      path.join('/repo', 'packages', 'api', 'eslint.config.js'),
    ]);
    const find = (directory: string): string | undefined =>
      findConfigFile(directory, file => files.has(file), path.join, path.dirname);

    it('takes the nearest folder first, and ESLint’s name order within a folder', () => {
      assert.equal(
        find(path.join('/repo', 'packages', 'api', 'src')),
        path.join('/repo/packages/api/eslint.config.js'),
      );
      assert.equal(find(path.join('/repo', 'packages', 'web', 'src')), path.join('/repo/eslint.config.mjs'));
      assert.equal(find('/elsewhere/src'), undefined);
    });
  });

  describe('lintSourceFrom', () => {
    const config: ProjectConfigResponse = {
      id: 1,
      status: 'config',
      uses: true,
      rules: { 'no-password-grant': ['error'] },
      eslintVersion: '10.0.0',
    };

    it('uses the project’s entries where the config gives the file the plugin', () => {
      assert.deepEqual(lintSourceFrom(config, 'eslint.config.mjs', false), {
        kind: 'project',
        rules: { configFile: 'eslint.config.mjs', rules: { 'no-password-grant': ['error'] } },
      });
    });

    it('lints nothing where a config that uses the plugin ignores the file or leaves the plugin out for it', () => {
      assert.deepEqual(lintSourceFrom({ id: 1, status: 'ignored', eslintVersion: '10.0.0' }, 'e.mjs', true), {
        kind: 'ignored',
        configFile: 'e.mjs',
      });
      assert.deepEqual(
        lintSourceFrom({ id: 1, status: 'config', uses: false, rules: {}, eslintVersion: '10.0.0' }, 'e.mjs', true),
        { kind: 'project', rules: { configFile: 'e.mjs', rules: {} } },
      );
    });

    it('leaves the file to the settings where the config does not use the plugin, or cannot be loaded', () => {
      assert.deepEqual(lintSourceFrom({ id: 1, status: 'ignored', eslintVersion: '9.0.0' }, 'e.mjs', false), {
        kind: 'settings',
        reason: { why: 'not-using', configFile: 'e.mjs' },
      });
      assert.deepEqual(
        lintSourceFrom({ id: 1, status: 'config', uses: false, rules: {}, eslintVersion: '9.0.0' }, 'e.mjs', false),
        { kind: 'settings', reason: { why: 'not-using', configFile: 'e.mjs' } },
      );
      assert.deepEqual(lintSourceFrom({ id: 1, status: 'error', message: 'boom' }, 'e.mjs', true), {
        kind: 'settings',
        reason: { why: 'error', configFile: 'e.mjs', message: 'boom' },
      });
    });
  });

  it('configTextNamesPlugin: the package or a rule id in the config’s text', () => {
    assert.equal(configTextNamesPlugin("import zt from 'eslint-plugin-zero-trust';"), true);
    assert.equal(configTextNamesPlugin("rules: { 'zero-trust/no-password-grant': 'off' }"), true);
    assert.equal(configTextNamesPlugin("import js from '@eslint/js'; export default [js.configs.recommended];"), false);
  });

  describe('texts', () => {
    const setup: ActiveSetup = { version: '1.2.3', preset: 'recommended', rulesOff: 0, rulesChanged: 0 };

    it('says the project’s config decides, and how many rules it turns on', () => {
      const source: LintSource = {
        kind: 'project',
        rules: {
          configFile: 'eslint.config.mjs',
          rules: { 'no-password-grant': ['error'], 'no-token-in-url': ['off'], 'require-pkce': ['warn'] },
        },
      };
      assert.equal(
        activeSetupText({ ...setup, source }),
        "Zero Trust Lint 1.2.3: the project's eslint.config.mjs decides, 2 rules on for this file " +
          '(zeroTrust.preset and zeroTrust.rules do not apply).',
      );
      assert.equal(lintSourceText(source), "the project's eslint.config.mjs: 2 rules on for this file");
    });

    it('marks a file the config ignores, and Restricted Mode, in the status bar item', () => {
      assert.deepEqual(findingsStatus(0, { ...setup, source: { kind: 'ignored', configFile: 'eslint.config.js' } }), {
        text: '$(shield) ignored',
        tooltip:
          "Zero Trust Lint 1.2.3: the project's eslint.config.js, which does not lint this file with Zero Trust rules.",
      });
      const restricted = findingsStatus(1, { ...setup, source: { kind: 'settings', reason: { why: 'untrusted' } } });
      assert.equal(restricted.text, '$(shield) 1 $(workspace-untrusted)');
      assert.match(
        restricted.tooltip,
        /\nRules from the extension settings: in Restricted Mode the project's ESLint config is not loaded \(no workspace code runs\)\.$/,
      );
    });

    it('says why a config is not used', () => {
      assert.equal(
        lintSourceText({ kind: 'settings', reason: { why: 'error', configFile: 'eslint.config.mjs', message: 'x' } }),
        'the extension settings: eslint.config.mjs could not be loaded (x)',
      );
      assert.equal(
        lintSourceText({ kind: 'settings', reason: { why: 'not-using', configFile: 'eslint.config.mjs' } }),
        'the extension settings (eslint.config.mjs does not use eslint-plugin-zero-trust)',
      );
      assert.equal(
        lintSourceText({ kind: 'settings', reason: { why: 'off' } }),
        'the extension settings (zeroTrust.useProjectConfig is off)',
      );
      // No config at all: the tooltip is the settings' text alone.
      assert.doesNotMatch(
        activeSetupText({ ...setup, source: { kind: 'settings', reason: { why: 'no-config' } } }),
        /Rules from/,
      );
    });
  });
});
