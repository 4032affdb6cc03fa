import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isNamingPosition } from '../../../../eslint-plugin/src/util/ast/isNamingPosition';
import { dedent } from '../../../dedent';
import { collectNodes } from '../collectNodes';

describe('isNamingPosition', () => {
  it('tells names in specifiers, patterns, keys and member objects from uses', () => {
    const code = dedent`
      import { s as s1 } from 'm';
      export { s2 };
      const { s3 } = o;
      const p = { s4: 1, s5 };
      s6.x;
      o.s7;
      f(s8);
    `;
    const verdicts = collectNodes(code, 'Identifier', node => {
      const name = (node as TSESTree.Identifier).name;
      return /^s\d$/.test(name) ? `${name}:${isNamingPosition(node as TSESTree.Identifier)}` : undefined;
    }).filter(v => v !== undefined);
    // A specifier and a shorthand property hold the name twice (local and imported, key and value).
    assert.deepEqual(verdicts, [
      's1:true',
      's2:true',
      's2:true',
      's3:true',
      's3:true',
      's4:true',
      's5:false',
      's5:false',
      's6:true',
      's7:false',
      's8:false',
    ]);
  });
});
