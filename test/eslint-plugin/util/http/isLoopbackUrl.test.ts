import assert from 'node:assert/strict';

import { getUrlHost, isLoopbackHost, isLoopbackUrl } from '../../../../eslint-plugin/src/util/http/isLoopbackUrl';

describe('isLoopbackUrl', () => {
  it('takes localhost, 127.0.0.0/8, [::1] and 0.0.0.0 with any port and path', () => {
    for (const url of [
      'http://localhost',
      'http://localhost:3000/auth/callback',
      'http://LOCALHOST:8080',
      'http://127.0.0.1:5000/redirect',
      'http://127.1.2.3',
      'http://[::1]:8400/',
      'http://0.0.0.0:3000',
      'http://app.localhost:3000/cb',
      'http://user@localhost/',
    ]) {
      assert.equal(isLoopbackUrl(url), true, url);
    }
  });
  it('rejects other hosts, look-alikes and text that is not an absolute URL', () => {
    for (const url of [
      'http://app.contoso.com/cb',
      'http://localhost.contoso.com',
      'http://127.0.0.1.nip.io',
      'http://10.0.0.5',
      'http://192.168.1.2:3000',
      'localhost:3000',
      '/auth/callback',
      '',
      'http://[::2]/',
    ]) {
      assert.equal(isLoopbackUrl(url), false, url);
    }
  });
  it('reads the host without port or credentials', () => {
    assert.equal(getUrlHost('https://a:b@login.microsoftonline.com:443/common'), 'login.microsoftonline.com');
    assert.equal(getUrlHost('http://[::1]:80/x'), '[::1]');
    assert.equal(getUrlHost('msauth.com.contoso.app://auth'), 'auth');
    assert.equal(getUrlHost('not a url'), undefined);
    assert.equal(isLoopbackHost('127.0.0.1'), true);
    assert.equal(isLoopbackHost('127.0.0'), false);
  });
});
