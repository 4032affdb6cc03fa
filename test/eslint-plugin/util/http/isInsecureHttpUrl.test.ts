import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isInsecureHttpUrl } from '../../../../eslint-plugin/src/util/http/isInsecureHttpUrl';
import { dedent } from '../../../dedent';

import { withNodes } from '../withSourceCode';

describe('isInsecureHttpUrl', () => {
  it('takes plain http URLs to known remote hosts, through constants and templates', () => {
    const code = dedent`
      const BASE = 'http://login.contoso.com';
      f('http://app.contoso.com/cb', \`http://api.contoso.com/\${path}\`, BASE + '/token', 'HTTP://X.COM');
      f('https://app.contoso.com', 'http://localhost:3000/cb', \`http://\${host}/cb\`, 'msauth.com.contoso.app://auth', 'http://', value);
      f('http://keycloak:8080/realms/x', 'http://rp.example/cb', 'http://idp.test', 'http://10.0.0.5/cb', 'http://[fd00::1]/cb');
    `;
    withNodes<TSESTree.CallExpression>(code, 'CallExpression', (nodes, sourceCode) => {
      assert.deepEqual(
        nodes[0]!.arguments.map(a => isInsecureHttpUrl(a, sourceCode)),
        [true, true, true, true],
      );
      assert.deepEqual(
        nodes[1]!.arguments.map(a => isInsecureHttpUrl(a, sourceCode)),
        [false, false, false, false, false, false],
      );
      // Single-label and reserved names are development hosts; private IP addresses are still networks.
      assert.deepEqual(
        nodes[2]!.arguments.map(a => isInsecureHttpUrl(a, sourceCode)),
        [false, false, false, true, true],
      );
    });
  });
});
