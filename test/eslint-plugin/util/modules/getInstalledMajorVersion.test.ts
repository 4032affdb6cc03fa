import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import {
  getInstalledMajorVersion,
  setInstalledMajorVersionForTesting,
} from '../../../../eslint-plugin/src/util/modules/getInstalledMajorVersion';

describe('getInstalledMajorVersion', () => {
  let root: string;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-version-'));
    const pkg = path.join(root, 'node_modules', 'zt-fake-jwt-lib');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: 'zt-fake-jwt-lib', version: '8.5.1' }));
    fs.mkdirSync(path.join(root, 'src', 'api'), { recursive: true });
  });

  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('reads the major version from the nearest node_modules above the linted file', () => {
    assert.equal(getInstalledMajorVersion('zt-fake-jwt-lib', path.join(root, 'src', 'api', 'auth.ts')), 8);
  });

  it('falls back to the directory ESLint runs in, and is undefined when neither has the package', () => {
    // This repository installs jsonwebtoken 9; the temporary project does not.
    assert.equal(getInstalledMajorVersion('jsonwebtoken', path.join(root, 'src', 'auth.ts')), 9);
    assert.equal(getInstalledMajorVersion('zt-no-such-package', path.join(root, 'src', 'auth.ts')), undefined);
  });

  it('can be overridden for tests, including as unreadable', () => {
    setInstalledMajorVersionForTesting('zt-fake-jwt-lib', 9);
    assert.equal(getInstalledMajorVersion('zt-fake-jwt-lib', path.join(root, 'src', 'auth.ts')), 9);
    setInstalledMajorVersionForTesting('zt-fake-jwt-lib', null);
    assert.equal(getInstalledMajorVersion('zt-fake-jwt-lib', path.join(root, 'src', 'auth.ts')), undefined);
    setInstalledMajorVersionForTesting('zt-fake-jwt-lib', undefined);
    assert.equal(getInstalledMajorVersion('zt-fake-jwt-lib', path.join(root, 'src', 'auth.ts')), 8);
  });
});
