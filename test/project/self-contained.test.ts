import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
/**
 * A folder beside the repository that a user's clone does not have, named `shared`: matched as a path (alone or
 * followed by `/`), not as the start of a longer name such as `sharedPass`. Built from parts so that this file does
 * not match itself.
 */
const OUTSIDE = new RegExp(`\\.\\./${'shared'}(?![\\w-]|\\.\\w)`);

describe('the repository', () => {
  it('refers to no folder outside itself: a plain clone builds, tests and runs on its own', () => {
    const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
    assert.ok(files.length > 100, `git ls-files listed only ${files.length} files`);
    const offenders = files.filter(file => {
      const full = path.join(ROOT, file);
      if (!fs.statSync(full, { throwIfNoEntry: false })?.isFile()) return false;
      return OUTSIDE.test(fs.readFileSync(full, 'latin1'));
    });
    assert.deepEqual(offenders, []);
  });

  it('keeps its own copy of every data file, with its source and license', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'scripts/data/README.md'), 'utf8');
    const data = fs.readdirSync(path.join(ROOT, 'scripts/data')).filter(name => name !== 'README.md');
    assert.deepEqual(data.sort(), [
      'credential-sinks.json',
      'gitleaks.toml',
      'graph-permission-ids.json',
      'graph-permissions.json',
    ]);
    /** Data written for this project rather than copied from a public source. */
    const own = new Set(['credential-sinks.json']);
    for (const name of data) {
      const row = readme.split('\n').find(line => line.startsWith(`| \`${name}\``));
      assert.ok(row, `scripts/data/README.md has no row for ${name}`);
      if (own.has(name)) {
        assert.match(row, /\| MIT \(this project\) \|$/, `${name}: not marked as the project's own`);
        continue;
      }
      assert.match(row, /commit `[0-9a-f]{40}`/, `${name}: no source commit`);
      assert.match(row, /\| MIT, \(c\) [^|]+\|$/, `${name}: no license`);
    }
  });
});
