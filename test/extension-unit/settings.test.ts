import * as assert from 'node:assert/strict';

import type { Settings } from '../../extension/src/core/settings';

import { parseSettings } from '../../extension/src/core/settings';

const DEFAULTS: Settings = {
  enable: true,
  run: 'onType',
  lintDelayMs: 300,
  lint: { preset: 'recommended', rules: {} },
  exclude: [],
  maxFileSizeKB: 1024,
  reportParseErrors: true,
  disableRuleComment: true,
  showDocumentation: true,
  useProjectConfig: 'auto',
};

const from = (values: Record<string, unknown>): Settings => parseSettings(key => values[key]);

describe('parseSettings', () => {
  it('gives the manifest defaults when nothing is set', () => {
    assert.deepEqual(from({}), DEFAULTS);
  });

  it('reads every setting of the section', () => {
    assert.deepEqual(
      from({
        enable: false,
        run: 'onSave',
        lintDelayMs: 50,
        preset: 'strict',
        rules: { 'no-password-grant': 'warn', 'zero-trust/no-jwt-decode-without-verify': 'off' },
        exclude: ['**/generated/**'],
        maxFileSizeKB: 64,
        reportParseErrors: false,
        'codeAction.disableRuleComment.enable': false,
        'codeAction.showDocumentation.enable': false,
        useProjectConfig: 'off',
      }),
      {
        enable: false,
        run: 'onSave',
        lintDelayMs: 50,
        lint: {
          preset: 'strict',
          rules: { 'no-password-grant': 'warn', 'zero-trust/no-jwt-decode-without-verify': 'off' },
        },
        exclude: ['**/generated/**'],
        maxFileSizeKB: 64,
        reportParseErrors: false,
        disableRuleComment: false,
        showDocumentation: false,
        useProjectConfig: 'off',
      },
    );
  });

  it('falls back to the default for values of the wrong type or out of the enum', () => {
    assert.deepEqual(
      from({
        enable: 'no',
        run: 'onIdle',
        lintDelayMs: '100',
        preset: 'all',
        rules: ['no-password-grant'],
        exclude: '**/generated/**',
        maxFileSizeKB: Number.NaN,
        reportParseErrors: 0,
        useProjectConfig: 'on',
      }),
      DEFAULTS,
    );
  });

  it('clamps numbers to their minimum', () => {
    const settings = from({ lintDelayMs: -5, maxFileSizeKB: 0 });
    assert.equal(settings.lintDelayMs, 0);
    assert.equal(settings.maxFileSizeKB, 1);
  });

  it('keeps only valid rule severities and non-blank exclude patterns', () => {
    const settings = from({
      rules: { 'no-password-grant': 'warn', 'no-implicit-flow': 'info', 'no-token-in-url': 2 },
      exclude: ['dist/**', '', '  ', 7, null],
    });
    assert.deepEqual(settings.lint.rules, { 'no-password-grant': 'warn' });
    assert.deepEqual(settings.exclude, ['dist/**']);
  });
});
