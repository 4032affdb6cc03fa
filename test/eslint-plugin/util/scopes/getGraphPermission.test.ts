import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { getGraphPermission } from '../../../../eslint-plugin/src/util/scopes/getGraphPermission';

const ROOT = path.resolve(__dirname, '../../../..');
const SOURCE = path.join(ROOT, 'scripts/data/graph-permissions.json');
const TABLE = path.join(ROOT, 'eslint-plugin/src/util/data/graphPermissions.generated.ts');

describe('graphPermissions.generated.ts', () => {
  it('is what scripts/generate-graph-permissions.mjs makes of scripts/data/graph-permissions.json', async () => {
    const script = (await import(pathToFileURL(path.join(ROOT, 'scripts/generate-graph-permissions.mjs')).href)) as {
      render: (json: unknown) => string;
    };
    const json: unknown = JSON.parse(fs.readFileSync(SOURCE, 'utf8'));
    assert.equal(fs.readFileSync(TABLE, 'utf8'), script.render(json), 'stale: run `npm run generate:graph`');
  });
});

describe('getGraphPermission', () => {
  it('reads the levels and admin consent of each scheme', () => {
    assert.deepEqual(getGraphPermission('Files.ReadWrite.All'), {
      name: 'Files.ReadWrite.All',
      delegatedWork: { level: 3, adminConsent: false },
      delegatedPersonal: { level: 3, adminConsent: false },
      application: { level: 4, adminConsent: true },
    });
    assert.deepEqual(getGraphPermission('Directory.ReadWrite.All'), {
      name: 'Directory.ReadWrite.All',
      delegatedWork: { level: 4, adminConsent: true },
      delegatedPersonal: undefined,
      application: { level: 4, adminConsent: true },
    });
  });

  it('matches names without regard to case and returns the canonical spelling', () => {
    assert.equal(getGraphPermission('user.read')?.name, 'User.Read');
    assert.equal(getGraphPermission('DIRECTORY.ACCESSASUSER.ALL')?.name, 'Directory.AccessAsUser.All');
  });

  it('knows nothing of OpenID scopes, prefixed names or made-up names', () => {
    assert.equal(getGraphPermission('openid'), undefined);
    assert.equal(getGraphPermission('offline_access'), undefined);
    assert.equal(getGraphPermission('https://graph.microsoft.com/User.Read'), undefined);
    assert.equal(getGraphPermission('Files.ReadWrite.Everything'), undefined);
    assert.equal(getGraphPermission(''), undefined);
    assert.equal(getGraphPermission('constructor'), undefined);
  });

  it('gives level 0 where the reference gives none', () => {
    assert.equal(getGraphPermission('Calendars.ReadBasic')?.application?.level, 0);
  });
});
