import * as assert from 'node:assert/strict';

import type { ScanSummary } from '../../extension/src/core/uiText';

import { findingsStatus, scanSummaryText } from '../../extension/src/core/uiText';

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
  it('findingsStatus: the shield alone for a clean file, the count otherwise', () => {
    assert.deepEqual(findingsStatus(0), {
      text: '$(shield) Zero Trust',
      tooltip: 'Zero Trust: no findings in this file',
    });
    assert.deepEqual(findingsStatus(1), {
      text: '$(shield) 1',
      tooltip: 'Zero Trust: 1 finding in this file (click for the Problems panel)',
    });
    assert.deepEqual(findingsStatus(3), {
      text: '$(shield) 3',
      tooltip: 'Zero Trust: 3 findings in this file (click for the Problems panel)',
    });
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
