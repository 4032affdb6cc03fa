import type { TSESTree } from '@typescript-eslint/utils';

import assert from 'node:assert/strict';

import { isRequestInput } from '../../../../eslint-plugin/src/util/http/isRequestInput';
import { withNodes } from '../withSourceCode';

/** The value of `const probe = …` (the last such declaration) in `code`, through `isRequestInput`. */
function probe(code: string): boolean {
  let result: boolean | undefined;
  withNodes<TSESTree.VariableDeclarator>(code, 'VariableDeclarator[id.name="probe"]', (nodes, sourceCode) => {
    result = isRequestInput(nodes.at(-1)!.init!, sourceCode);
  });
  return result!;
}

describe('isRequestInput', () => {
  it('takes request query, body, params and headers, Koa contexts and browser locations', () => {
    for (const code of [
      'const probe = req.query.authority;',
      "const probe = req.query['authority'] as string;",
      'const probe = request.body.redirectUri;',
      'const probe = ctx.request.query.host;',
      'const probe = req.headers.host ?? "x";',
      'const probe = location.search;',
      'const probe = window.location.hash;',
      "const probe = new URLSearchParams(location.search).get('authority');",
      "const params = new URLSearchParams(window.location.search); const probe = params.get('redirect');",
      "const url = new URL(location.href); const probe = url.searchParams.get('r');",
      'const a = req.body.authority; const probe = a;',
      'const probe = String(req.query.x);',
    ]) {
      assert.equal(probe(code), true, code);
    }
  });
  it('does not take configuration, constants or other objects', () => {
    for (const code of [
      'const probe = process.env.AUTHORITY;',
      "const probe = 'https://login.microsoftonline.com/common';",
      'const probe = config.auth.authority;',
      'const probe = res.locals.authority;',
      "const probe = settings.get('authority');",
      'let a = req.query.x; a = "y"; const probe = a;',
    ]) {
      assert.equal(probe(code), false, code);
    }
  });
});
