import assert from 'node:assert/strict';

import { isTestOrToolingFile } from '../../../../eslint-plugin/src/util/vocabulary/isTestOrToolingFile';

describe('isTestOrToolingFile', () => {
  const cwd = '/home/dev/examples/app';
  it('takes test, fixture, sample and script folders and test/local file names, relative to cwd', () => {
    for (const file of [
      '/home/dev/examples/app/test/auth.ts',
      '/home/dev/examples/app/src/__tests__/a.ts',
      '/home/dev/examples/app/scripts/seed.ts',
      '/home/dev/examples/app/src/auth.spec.ts',
      '/home/dev/examples/app/src/config.local.js',
      'C:\\repo\\tests\\x.ts',
    ]) {
      assert.equal(isTestOrToolingFile(file, cwd), true, file);
    }
  });
  it('does not count the checkout location or production file names', () => {
    for (const file of [
      '/home/dev/examples/app/src/auth.ts',
      '/home/dev/examples/app/src/testing-utils.ts',
      '/home/dev/examples/app/src/latest.ts',
      '/home/dev/examples/app/src/tools/sendMail.ts',
    ]) {
      assert.equal(isTestOrToolingFile(file, cwd), false, file);
    }
  });
});
