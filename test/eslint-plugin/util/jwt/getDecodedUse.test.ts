import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { getDecodedUse } from '../../../../eslint-plugin/src/util/jwt/getDecodedUse';
import { collectNodes } from '../collectNodes';

function useOf(code: string): { authz: boolean; reads: string[]; escapes: boolean } {
  const [use] = collectNodes(code, 'CallExpression[callee.name="decode"]', (node, sourceCode) => {
    const u = getDecodedUse(node as TSESTree.CallExpression, sourceCode);
    return { authz: u.authz, reads: [...u.reads].sort(), escapes: u.escapes };
  });
  return use!;
}

describe('getDecodedUse', () => {
  it('sees an access-deciding claim tested in a condition', () => {
    assert.equal(useOf("const c = decode(t); if (c.roles.includes('Admin')) grant();").authz, true);
    assert.equal(useOf("const { scp } = decode(t); if (scp === 'Orders.Read') ok();").authz, true);
    assert.equal(useOf("const roles = decode(t).roles; if (roles.includes('x')) ok();").authz, true);
    assert.equal(useOf('const isOwner = () => decode(t).sub === id;').authz, true);
  });

  it('sees the result stored as the request principal', () => {
    assert.equal(useOf('req.user = decode(t);').authz, true);
    assert.equal(useOf('res.locals.user = JSON.parse(decode(t).toString());').authz, true);
    assert.equal(useOf('ctx.state.user = decode(t);').authz, true);
  });

  it('records reads and escapes without calling them authorization', () => {
    assert.deepEqual(useOf('const c = decode(t); show(c.name);'), { authz: false, reads: ['name'], escapes: false });
    assert.deepEqual(useOf('const { header } = decode(t, { complete: true }); pick(header.kid);'), {
      authz: false,
      reads: ['header'],
      escapes: false,
    });
    assert.deepEqual(useOf('save(decode(t));'), { authz: false, reads: [], escapes: true });
  });
});
