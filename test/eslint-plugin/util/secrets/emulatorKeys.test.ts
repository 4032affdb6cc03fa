import assert from 'node:assert/strict';

import {
  AZURITE_ACCOUNT_KEY,
  COSMOS_EMULATOR_KEY,
  isEmulatorKey,
} from '../../../../eslint-plugin/src/util/secrets/emulatorKeys';

describe('emulatorKeys', () => {
  it('knows the emulator keys', () => {
    assert.equal(isEmulatorKey(AZURITE_ACCOUNT_KEY), true);
    assert.equal(isEmulatorKey(COSMOS_EMULATOR_KEY), true);
    assert.equal(isEmulatorKey('abc'), false);
  });
});
