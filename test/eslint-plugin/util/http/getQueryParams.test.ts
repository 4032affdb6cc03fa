import assert from 'node:assert/strict';

import { getQueryParams, splitResponseType } from '../../../../eslint-plugin/src/util/http/getQueryParams';

describe('getQueryParams', () => {
  it('reads the query of a URL, decoding + and percent escapes', () => {
    const params = getQueryParams(
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=a&response_type=id_token+token&redirect_uri=https%3A%2F%2Fapp',
    );
    assert.equal(params.get('client_id'), 'a');
    assert.equal(params.get('response_type'), 'id_token token');
    assert.equal(params.get('redirect_uri'), 'https://app');
  });
  it('reads a bare form body, keeps the first of repeated names and survives bad escapes', () => {
    const params = getQueryParams('grant_type=client_credentials&scope=a&scope=b&bad=%E0%A4%A');
    assert.equal(params.get('grant_type'), 'client_credentials');
    assert.equal(params.get('scope'), 'a');
    assert.equal(params.get('bad'), '%E0%A4%A');
    assert.equal(getQueryParams('https://example.com/').size, 0);
  });
  it('splits response types on spaces, + and %20', () => {
    assert.deepEqual(splitResponseType('id_token token'), ['id_token', 'token']);
    assert.deepEqual(splitResponseType('code+id_token'), ['code', 'id_token']);
    assert.deepEqual(splitResponseType('token%20id_token'), ['token', 'id_token']);
    assert.deepEqual(splitResponseType(' Code '), ['code']);
  });
});
