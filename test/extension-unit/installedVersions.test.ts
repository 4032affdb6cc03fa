import * as assert from 'node:assert/strict';

import { readInstalledVersions, rangeVersion } from '../../extension/src/core/installedVersions';
import { LintEngine } from '../../extension/src/core/lint';

const VERIFY = "import jwt from 'jsonwebtoken';\nexport const check = (t: string, k: string) => jwt.verify(t, k);\n";
const STORE =
  "import { PublicClientApplication } from '@azure/msal-browser';\n" +
  'export const app = new PublicClientApplication({\n' +
  "  auth: { clientId: 'x' },\n" +
  "  cache: { cacheLocation: 'localStorage' },\n" +
  '});\n';

describe('installed versions read by the editor (the browser)', () => {
  it('rangeVersion: the version a range fixes the major of, nothing for a range of several majors', () => {
    assert.deepEqual(
      ['^9.0.3', '~4.2', '8.x', '9', '=3.1.0', 'v2.0.0', '^5.0.0-beta.1', ' ^7.1.0 '].map(rangeVersion),
      ['9.0.3', '4.2', '8.x', '9.x', '3.1.0', '2.0.0', '5.0.0', '7.1.0'],
    );
    assert.deepEqual(
      ['>=8', '8 || 9', '*', 'latest', '', 'workspace:*', 'github:auth0/node-jsonwebtoken', '^8.0.0 || ^9.0.0', 3].map(
        rangeVersion,
      ),
      [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });

  it('readInstalledVersions: the installed manifest, else the range of package.json; unknown left out', async () => {
    const files: Record<string, string> = {
      'package.json': JSON.stringify({
        dependencies: { jsonwebtoken: '^8.5.1', '@azure/msal-browser': '>=2' },
        devDependencies: { 'express-jwt': '~6.1.0' },
      }),
      'node_modules/jsonwebtoken/package.json': '{ "name": "jsonwebtoken", "version": "9.0.2" }',
    };
    const read: string[] = [];
    const versions = await readInstalledVersions(async path => {
      read.push(path);
      return files[path];
    });
    assert.deepEqual(versions, { jsonwebtoken: '9.0.2', 'express-jwt': '6.1.0' });
    assert.deepEqual(read.sort(), [
      'node_modules/@azure/msal-browser/package.json',
      'node_modules/express-jwt/package.json',
      'node_modules/jsonwebtoken/package.json',
      'package.json',
    ]);
    assert.deepEqual(await readInstalledVersions(async () => undefined), {});
    assert.deepEqual(await readInstalledVersions(async () => '{ not json'), {});
  });

  describe('LintEngine with installedVersions (followImports off, as in the browser worker)', () => {
    const engine = new LintEngine(undefined, { followImports: false });
    const messageIds = (text: string, filename: string, installedVersions?: Record<string, string>): string[] =>
      engine
        .lint(text, filename, { preset: 'recommended', rules: {}, ...(installedVersions ? { installedVersions } : {}) })
        .findings.map(finding => `${finding.ruleId}: ${finding.message}`);

    it('gives no-unsafe-jwt-algorithm the jsonwebtoken major', () => {
      assert.deepEqual(messageIds(VERIFY, 'src/verify.ts', { jsonwebtoken: '8.5.1' }), [
        'zero-trust/no-unsafe-jwt-algorithm: jsonwebtoken 8 picks the algorithm from the token when `algorithms` is ' +
          'not set (CVE-2022-23540/23541); pin `algorithms` or upgrade to jsonwebtoken 9.',
      ]);
      // Version 9 with a fixed key: nothing to say. Without versions the rule reads node_modules itself (in Node;
      // this repository installs jsonwebtoken 9); in the browser it finds none (the in-editor browser suite).
      assert.deepEqual(messageIds(VERIFY, 'src/verify.ts', { jsonwebtoken: '9.0.2' }), []);
      assert.deepEqual(messageIds(VERIFY, 'src/verify.ts'), []);
    });

    it('gives no-token-in-web-storage the msal-browser version, and leaves a rule turned off off', () => {
      const v2 = messageIds(STORE, 'src/auth.ts', { '@azure/msal-browser': '2.38.0' });
      const v4 = messageIds(STORE, 'src/auth.ts', { '@azure/msal-browser': '4.0.0' });
      assert.equal(v2.length, 1);
      assert.equal(v4.length, 1);
      assert.notEqual(v2[0], v4[0], 'the message differs by the version');
      const off = engine.lint(VERIFY, 'src/verify.ts', {
        preset: 'recommended',
        rules: { 'no-unsafe-jwt-algorithm': 'off' },
        installedVersions: { jsonwebtoken: '8.5.1' },
      });
      assert.deepEqual(off.findings, []);
    });
  });
});
