import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

import type { Linter as LinterType } from 'eslint';

import * as tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../eslint-plugin/src/index';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A file every rule of `strict` has something to look at in (imports, calls, secrets, scopes, logging). */
const BUSY_FILE = `
import jwt from 'jsonwebtoken';
import { ConfidentialClientApplication } from '@azure/msal-node';
const clientSecret = 'Qx8~abcdefghijklmnopqrstuvwxyz0123456789';
const app = new ConfidentialClientApplication({ auth: { clientId: 'id', authority: 'https://login.microsoftonline.com/common', clientSecret } });
export async function handler(req: { headers: Record<string, string> }) {
  const token = req.headers.authorization;
  console.log('token', token);
  const decoded = jwt.decode(token);
  await app.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  localStorage.setItem('access_token', token);
  return jwt.sign({ sub: decoded }, 'secret', { expiresIn: '30d' });
}
`;

describe('what the rules keep between files', () => {
  it('hold no reference to a file once ESLint moves on to parse the next one', async () => {
    let firstFile: WeakRef<object> | undefined;
    let reachableDuringNextParse: boolean | undefined;
    // The parser of the second file looks, before it parses, whether the first file can still be reached: kept
    // alive there, two files' syntax trees would be in memory at once (ESLint itself has let go of the first).
    const probingParser = {
      parseForESLint(code: string, options: unknown) {
        if (firstFile && reachableDuringNextParse === undefined) {
          collectGarbage();
          reachableDuringNextParse = firstFile.deref() !== undefined;
        }
        return tsParser.parseForESLint(code, options as never);
      },
    };
    const linter = new Linter({ configType: 'flat' });
    const config: LinterType.Config[] = [
      { files: ['**/*.ts'], languageOptions: { parser: probingParser as LinterType.Parser } },
      plugin.configs.strict as LinterType.Config,
    ];
    const first = linter.verify(BUSY_FILE, config, 'first.ts');
    assert.ok(first.length >= 5, `the rules found ${first.length} problems in the first file`);
    firstFile = new WeakRef(linter.getSourceCode()!);
    // A `WeakRef` keeps its target until the current job ends: the second file is linted in a later one.
    await new Promise(resolve => setImmediate(resolve));
    linter.verify(`${BUSY_FILE}\nexport const other = 1;\n`, config, 'second.ts');
    assert.equal(reachableDuringNextParse, false, 'the first file was still reachable while the second was parsed');
  });
});
