import assert from 'node:assert/strict';
import path from 'node:path';

import { analyzeGraphPermissions, type GraphAnalysisCache } from '../../../eslint-plugin/src/permissions';

const FILE = path.resolve('/w/src/mail.ts');
const TEXT = "import { Client } from '@microsoft/microsoft-graph-client';\nClient.init({}).api('/me').get();\n";

describe('analyzeGraphPermissions with a cache', () => {
  it('stores what each file holds, and reuses it while the text is the same', () => {
    const cache: GraphAnalysisCache = new Map();
    const first = analyzeGraphPermissions([FILE], { cwd: '/w', readFile: () => TEXT, cache });
    assert.deepEqual(
      first.calls.map(call => `${call.method} ${call.path}`),
      ['GET /me'],
    );
    const entry = cache.get(FILE);
    assert.equal(entry?.text, TEXT);
    // What the cache says is what the report shows, for the same text: the file is not parsed again.
    entry!.found.requests[0]!.path = '/me/messages';
    const second = analyzeGraphPermissions([FILE], { cwd: '/w', readFile: () => TEXT, cache });
    assert.deepEqual(
      second.calls.map(call => `${call.method} ${call.path} ${call.leastPermissions.join(',')}`),
      ['GET /me/messages Mail.ReadBasic'],
    );
    // A new text is parsed again.
    const changed = `${TEXT}// edited\n`;
    const third = analyzeGraphPermissions([FILE], { cwd: '/w', readFile: () => changed, cache });
    assert.deepEqual(
      third.calls.map(call => `${call.method} ${call.path}`),
      ['GET /me'],
    );
    assert.equal(cache.get(FILE)?.text, changed);
  });
});
