import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { findSecretLiteral } from '../../../../eslint-plugin/src/util/secrets/secretLiteral';
import { startSecretRule } from '../../../../eslint-plugin/src/util/secrets/startSecretRule';

import { withNodes } from '../withSourceCode';

describe('startSecretRule', () => {
  it('gives the source code, an empty reported set and a process.env fix without `!` outside TypeScript', () => {
    withNodes<TSESTree.VariableDeclarator>(
      "const secret = 'abc123';",
      'VariableDeclarator',
      ([declarator], sourceCode) => {
        const start = startSecretRule({ filename: 'app.js', sourceCode });
        assert.equal(start.sourceCode, sourceCode);
        assert.equal(start.reported.size, 0);
        assert.equal(start.typescript(), false);
        const found = findSecretLiteral(declarator!.init!, sourceCode)!;
        let replacement: string | undefined;
        start.envFix(
          found,
          'SECRET',
        )({ replaceText: (_node: unknown, text: string) => ((replacement = text), undefined) } as never);
        assert.equal(replacement, 'process.env.SECRET');
      },
    );
  });
});
