import assert from 'node:assert/strict';

import { normalizeScope } from '../../../../eslint-plugin/src/util/scopes/normalizeScope';

describe('normalizeScope', () => {
  it('matches Graph permissions without regard to case, bare or with a Graph resource prefix', () => {
    assert.deepEqual(normalizeScope('files.readwrite.all'), {
      name: 'Files.ReadWrite.All',
      provider: 'graph',
      resource: undefined,
      isDefault: false,
      nameOffset: 0,
    });
    assert.deepEqual(normalizeScope('https://graph.microsoft.com/Mail.Send'), {
      name: 'Mail.Send',
      provider: 'graph',
      resource: 'https://graph.microsoft.com',
      isDefault: false,
      nameOffset: 28,
    });
    for (const host of [
      'https://graph.microsoft.us',
      'https://dod-graph.microsoft.us',
      'https://graph.microsoft.de',
      'https://microsoftgraph.chinacloudapi.cn',
      '00000003-0000-0000-c000-000000000000',
    ]) {
      assert.equal(normalizeScope(`${host}/user.read`).name, 'User.Read', host);
      assert.equal(normalizeScope(`${host}/user.read`).provider, 'graph', host);
    }
  });

  it('knows .default, including the v1 double slash, and tells Azure resources from other APIs', () => {
    assert.deepEqual(normalizeScope('https://graph.microsoft.com/.default'), {
      name: '.default',
      provider: 'graph',
      resource: 'https://graph.microsoft.com',
      isDefault: true,
      nameOffset: 28,
    });
    assert.equal(normalizeScope('https://database.windows.net//.default').provider, 'azure');
    assert.equal(normalizeScope('https://database.windows.net//.default').resource, 'https://database.windows.net');
    assert.equal(normalizeScope('https://management.azure.com/.default').provider, 'azure');
    assert.equal(normalizeScope('https://myvault.vault.azure.net/.default').provider, 'azure');
    assert.equal(normalizeScope('https://contoso.crm.dynamics.com/.default').provider, 'azure');
    assert.equal(normalizeScope('api://contoso-orders/.default').provider, 'api');
    assert.equal(normalizeScope('https://analysis.windows.net/powerbi/api/.default').provider, 'api');
    assert.equal(normalizeScope('https://contoso.sharepoint.com/.default').provider, 'api');
    assert.equal(normalizeScope('api://contoso-orders/Orders.Read').isDefault, false);
  });

  it('names OpenID Connect and Google scopes', () => {
    assert.equal(normalizeScope('OpenID').provider, 'oidc');
    assert.equal(normalizeScope('offline_access').name, 'offline_access');
    assert.deepEqual(normalizeScope('https://www.googleapis.com/auth/Drive.ReadOnly'), {
      name: 'drive.readonly',
      provider: 'google',
      resource: 'https://www.googleapis.com/auth/',
      isDefault: false,
      nameOffset: 32,
    });
    assert.equal(normalizeScope('https://mail.google.com/').name, 'https://mail.google.com/');
    assert.equal(normalizeScope('https://mail.google.com').provider, 'google');
  });

  it('leaves everything else as written', () => {
    assert.deepEqual(normalizeScope('repo'), {
      name: 'repo',
      provider: 'unknown',
      resource: undefined,
      isDefault: false,
      nameOffset: 0,
    });
    assert.equal(normalizeScope('*').provider, 'unknown');
    assert.equal(normalizeScope('').provider, 'unknown');
    assert.equal(normalizeScope('https://graph.microsoft.com/').name, '');
  });
});
