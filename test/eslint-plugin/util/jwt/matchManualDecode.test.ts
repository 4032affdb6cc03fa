import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { matchManualDecode } from '../../../../eslint-plugin/src/util/jwt/matchManualDecode';
import { collectNodes } from '../collectNodes';

function tokens(code: string): string[] {
  return collectNodes(code, 'CallExpression, NewExpression', (node, sourceCode) => {
    const token = matchManualDecode(node as TSESTree.CallExpression, sourceCode);
    return token && sourceCode.getText(token);
  }).filter((t): t is string => t !== undefined);
}

describe('matchManualDecode', () => {
  it('finds base64 decodes of the payload part, directly and through constants', () => {
    assert.deepEqual(tokens("JSON.parse(Buffer.from(t.split('.')[1], 'base64').toString());"), ['t']);
    assert.deepEqual(tokens("const parts = jwt.split('.'); atob(parts[1]);"), ['jwt']);
    assert.deepEqual(tokens("const [, payload] = tok.split('.'); base64url.decode(payload);"), ['tok']);
    assert.deepEqual(
      tokens("const p = a.b.split('.')[1]; window.atob(p.replace(/-/g, '+').replace(/_/g, '/') + '==');"),
      ['a.b'],
    );
    assert.deepEqual(tokens("new Buffer(t.split('.')[1], 'base64url');"), ['t']);
    assert.deepEqual(tokens("KJUR.jws.JWS.readSafeJSONString(b64utoutf8(idToken.split('.')[1]));"), ['idToken']);
  });

  it('ignores other segments, other encodings and other splits', () => {
    assert.deepEqual(
      tokens(
        "atob(t.split('.')[0]); Buffer.from(t.split('.')[1], 'hex'); atob(v.split('-')[1]); Buffer.from(data, " +
          "'base64');",
      ),
      [],
    );
    assert.deepEqual(tokens("const [header] = t.split('.'); atob(header);"), []);
  });
});
