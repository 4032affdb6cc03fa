import assert from 'node:assert/strict';
import path from 'node:path';

import {
  getInstalledVersion,
  getLintedFileDirectory,
  getMajorVersion,
} from '../../../../eslint-plugin/src/util/modules/getInstalledVersion';

const ROOT = path.resolve(__dirname, '../../../..');

describe('getInstalledVersion', () => {
  it('reads the version of a package installed where the file is', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const expected = (require('@azure/msal-browser/package.json') as { version: string }).version;
    assert.equal(getInstalledVersion('@azure/msal-browser', path.join(ROOT, 'examples/app/src')), expected);
    // Cached: the same answer again.
    assert.equal(getInstalledVersion('@azure/msal-browser', path.join(ROOT, 'examples/app/src')), expected);
  });

  it('is undefined for packages that are not installed', () => {
    assert.equal(getInstalledVersion('no-such-package-zero-trust', ROOT), undefined);
  });

  it('parses major versions', () => {
    assert.equal(getMajorVersion('3.26.1'), 3);
    assert.equal(getMajorVersion('v4.0.0-beta.1'), 4);
    assert.equal(getMajorVersion('latest'), undefined);
    assert.equal(getMajorVersion(undefined), undefined);
  });

  it('takes the linted file directory, or the working directory for text without a path', () => {
    assert.equal(getLintedFileDirectory('/repo/src/app.ts', '/cwd'), '/repo/src');
    assert.equal(getLintedFileDirectory('<input>', '/cwd'), '/cwd');
  });
});
