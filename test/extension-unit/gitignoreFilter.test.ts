import * as assert from 'node:assert/strict';

import { filterGitIgnored } from '../../extension/src/core/gitignoreFilter';
import { dedent } from '../dedent';

/** A file system of texts by absolute path; records what was read. */
function files(texts: Record<string, string>): {
  read: (path: string) => Promise<string | undefined>;
  reads: string[];
} {
  const reads: string[] = [];
  return {
    reads,
    read: path => {
      reads.push(path);
      return Promise.resolve(texts[path]);
    },
  };
}

const SCANNED = [
  '/repo/src/app.ts',
  '/repo/src/generated/client.ts',
  '/repo/dist/auth.js',
  '/repo/dist/other.js',
  '/repo/build/keep.js',
  '/repo/build/drop.js',
  '/repo/packages/api/.env',
  '/repo/packages/api/src/server.ts',
  '/repo/packages/api/local/secrets.js',
  '/repo/packages/web/.env',
  '/repo/vendor/lib.min.js',
  '/repo/scratch.js',
];

describe('filterGitIgnored: the scan skips what git ignores', () => {
  it('applies .gitignore files at every level, negations, ignored folders and .git/info/exclude', async () => {
    const fs = files({
      '/repo/.gitignore': dedent`
        # build output
        dist/
        build/*
        !build/keep.js
        *.min.js
        src/generated/
      `,
      '/repo/.git/info/exclude': 'scratch.js\n',
      '/repo/packages/api/.gitignore': dedent`
        .env
        /local
      `,
      // git never reads a .gitignore inside an ignored folder: this negation cannot bring dist/auth.js back.
      '/repo/dist/.gitignore': '!auth.js\n',
    });
    assert.deepEqual(await filterGitIgnored('/repo', SCANNED, fs.read), [
      '/repo/src/app.ts',
      '/repo/build/keep.js',
      '/repo/packages/api/src/server.ts',
      '/repo/packages/web/.env',
    ]);
  });

  it('lets a deeper .gitignore re-include what an outer one ignores, and a later line win', async () => {
    const fs = files({
      '/repo/.gitignore': '*.env\n.env\n',
      '/repo/packages/web/.gitignore': '!.env\n',
      '/repo/src/.gitignore': 'app.ts\n!app.ts\n',
    });
    assert.deepEqual(
      await filterGitIgnored(
        '/repo',
        ['/repo/packages/web/.env', '/repo/packages/api/.env', '/repo/src/app.ts'],
        fs.read,
      ),
      ['/repo/packages/web/.env', '/repo/src/app.ts'],
    );
  });

  it('lets .gitignore override .git/info/exclude, and reads each folder once, only on the way to a file', async () => {
    const fs = files({ '/repo/.git/info/exclude': 'a.js\n', '/repo/.gitignore': '!a.js\n' });
    assert.deepEqual(await filterGitIgnored('/repo/', ['/repo/a.js', '/repo/x/b.js', '/repo/x/c.js'], fs.read), [
      '/repo/a.js',
      '/repo/x/b.js',
      '/repo/x/c.js',
    ]);
    assert.deepEqual(fs.reads.sort(), ['/repo/.git/info/exclude', '/repo/.gitignore', '/repo/x/.gitignore']);
  });

  it('keeps everything when there are no rules, files outside the root, and unreadable or odd rule files', async () => {
    assert.deepEqual(await filterGitIgnored('/repo', ['/repo/a.js', '/elsewhere/b.js'], files({}).read), [
      '/repo/a.js',
      '/elsewhere/b.js',
    ]);
    const failing = (): Promise<string | undefined> => Promise.reject(new Error('unreadable'));
    assert.deepEqual(await filterGitIgnored('/repo', ['/repo/a.js'], failing), ['/repo/a.js']);
    const odd = files({ '/repo/.gitignore': '\\\n[\n**/\n!\n' });
    assert.deepEqual(await filterGitIgnored('/repo', ['/repo/a.js'], odd.read), ['/repo/a.js']);
  });
});
