import * as assert from 'node:assert/strict';

import type { ScanSummary } from '../../extension/src/core/uiText';

import type { ActiveSetup } from '../../extension/src/core/uiText';

import { PRESET_RULES } from '../../extension/src/core/presets.generated';
import { activeSetupText, findingsStatus, scanSummaryText } from '../../extension/src/core/uiText';

function summary(overrides: Partial<ScanSummary>): ScanSummary {
  return {
    files: 10,
    scanned: 10,
    findings: 0,
    filesWithFindings: 0,
    skipped: 0,
    cancelled: false,
    ms: 1234,
    ...overrides,
  };
}

describe('uiText', () => {
  const SETUP: ActiveSetup = { version: '1.2.3', preset: 'recommended', rulesOff: 0, rulesChanged: 0 };
  const RECOMMENDED = `preset \`recommended\`, ${PRESET_RULES.recommended} rules`;

  it('findingsStatus: "no findings" for a clean file, the count otherwise; the tooltip says what runs', () => {
    assert.deepEqual(findingsStatus(0, SETUP, 41.6), {
      text: '$(shield) no findings',
      tooltip:
        'No findings in this file, last linted in 42 ms.\n' +
        `Zero Trust Lint 1.2.3: ${RECOMMENDED}; \`strict\` runs ${PRESET_RULES.strict} (setting zeroTrust.preset).`,
    });
    assert.deepEqual(findingsStatus(1, SETUP), {
      text: '$(shield) 1',
      tooltip:
        '1 finding in this file (click for the Problems panel).\n' +
        `Zero Trust Lint 1.2.3: ${RECOMMENDED}; \`strict\` runs ${PRESET_RULES.strict} (setting zeroTrust.preset).`,
    });
    assert.equal(
      findingsStatus(3, SETUP, 7).tooltip.split('\n')[0],
      '3 findings in this file (click for the Problems panel), last linted in 7 ms.',
    );
  });

  it('findingsStatus in the browser: the tooltip also says what is off there', () => {
    assert.deepEqual(findingsStatus(1, { ...SETUP, host: 'browser' }).tooltip.split('\n'), [
      '1 finding in this file (click for the Problems panel).',
      `Zero Trust Lint 1.2.3: ${RECOMMENDED}; \`strict\` runs ${PRESET_RULES.strict} (setting zeroTrust.preset).`,
      'In the browser: values are not followed into other files, installed package versions come from the ' +
        'workspace’s package.json files only, `.env` files are not checked against `.gitignore`, and the project’s ' +
        'ESLint config is not used.',
    ]);
    assert.equal(findingsStatus(1, { ...SETUP, host: 'node' }).tooltip, findingsStatus(1, SETUP).tooltip);
  });

  it('activeSetupText: the preset, its size and what the settings change', () => {
    assert.ok(PRESET_RULES.recommended < PRESET_RULES.strict && PRESET_RULES.strict <= PRESET_RULES.all);
    assert.equal(
      activeSetupText({ version: '1.2.3', preset: 'strict', rulesOff: 2, rulesChanged: 1 }),
      `Zero Trust Lint 1.2.3: preset \`strict\`, ${PRESET_RULES.strict} rules (zeroTrust.rules: 2 turned off, 1 with ` +
        `a severity of their own), every rule but the ${PRESET_RULES.all - PRESET_RULES.strict} left out on purpose.`,
    );
  });

  it('scanSummaryText: files, findings and time of a finished scan', () => {
    assert.equal(
      scanSummaryText(summary({ findings: 1, filesWithFindings: 1 }), 10),
      'Zero Trust: scanned 10 files in 1.2 s: 1 finding in 1 file.',
    );
    assert.equal(
      scanSummaryText(summary({ scanned: 8, skipped: 2, findings: 5, filesWithFindings: 3 }), 10),
      'Zero Trust: scanned 8 files in 1.2 s: 5 findings in 3 files (2 skipped, see the output channel).',
    );
  });

  it('scanSummaryText: how far a cancelled scan got', () => {
    assert.equal(
      scanSummaryText(summary({ cancelled: true, scanned: 4, findings: 2 }), 4),
      'Zero Trust: scan cancelled after 4 of 10 files; 2 findings so far.',
    );
  });
});
