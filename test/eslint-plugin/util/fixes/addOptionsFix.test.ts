import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { addOptionsFix } from '../../../../eslint-plugin/src/util/fixes/addOptionsFix';
import { resolveJwtCall } from '../../../../eslint-plugin/src/util/jwt/resolveJwtCall';
import { applyFix } from '../collectNodes';

function fixed(code: string): string | undefined {
  return applyFix(code, 'CallExpression', (node, sourceCode) => {
    const call = resolveJwtCall(node as TSESTree.CallExpression, sourceCode);
    return call && addOptionsFix(call, ["algorithms: ['RS256']"], sourceCode);
  });
}

describe('addOptionsFix', () => {
  it('adds to written options, or adds an options argument (before a callback)', () => {
    assert.equal(
      fixed("import jwt from 'jsonwebtoken'; jwt.verify(t, k, { audience: a });"),
      "import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: ['RS256'], audience: a });",
    );
    assert.equal(
      fixed("import jwt from 'jsonwebtoken'; jwt.verify(t, k, {});"),
      "import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: ['RS256'] });",
    );
    assert.equal(
      fixed("import jwt from 'jsonwebtoken'; jwt.verify(t, k);"),
      "import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: ['RS256'] });",
    );
    assert.equal(
      fixed("import jwt from 'jsonwebtoken'; jwt.verify(t, k, (e, c) => c);"),
      "import jwt from 'jsonwebtoken'; jwt.verify(t, k, { algorithms: ['RS256'] }, (e, c) => c);",
    );
  });

  it('keeps the layout of multi-line options', () => {
    assert.equal(
      fixed("import jwt from 'jsonwebtoken';\njwt.verify(t, k, {\n  audience: a,\n});"),
      "import jwt from 'jsonwebtoken';\njwt.verify(t, k, {\n  algorithms: ['RS256'],\n  audience: a,\n});",
    );
  });

  it('does not edit options that live elsewhere', () => {
    assert.equal(fixed("import jwt from 'jsonwebtoken'; const o = { audience: a }; jwt.verify(t, k, o);"), undefined);
    assert.equal(fixed("import jwt from 'jsonwebtoken'; jwt.verify(t, k, options, cb);"), undefined);
  });
});
