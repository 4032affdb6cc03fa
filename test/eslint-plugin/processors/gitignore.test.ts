import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { clearGitignoreCache, isIgnoredByGit } from '../../../eslint-plugin/src/processors/gitignore';
import { FAKE } from '../fakeSecrets';
import { lintConfigFile } from './lintConfigFile';

describe('isIgnoredByGit and committed .env files', () => {
  let root: string;
  const write = (file: string, text: string): string => {
    const abs = path.join(root, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    return abs;
  };

  before(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'zero-trust-gitignore-')));
    fs.mkdirSync(path.join(root, '.git'));
    write('.gitignore', '.env\n.env.*\n!.env.example\nlocal.settings.json\nbuild/\n');
    write('services/api/.gitignore', '!.env.production\n');
    write('services/web/.gitignore', '.env.example\n');
    write('build/.gitignore', '!.env\n');
    clearGitignoreCache();
  });

  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('follows patterns, negations and nested .gitignore files as git does', () => {
    const cases: [string, boolean][] = [
      ['.env', true],
      ['.env.local', true],
      ['.env.example', false],
      ['services/api/.env', true],
      ['services/api/.env.production', false],
      ['services/web/.env.example', true],
      ['functions/local.settings.json', true],
      // A file in an ignored folder stays ignored, whatever a deeper .gitignore says.
      ['build/.env', true],
      ['src/app.ts', false],
    ];
    for (const [file, ignored] of cases) {
      assert.equal(isIgnoredByGit(path.join(root, file)), ignored, file);
    }
  });

  it('ignores nothing outside a git working tree or for names that are not paths', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-trust-nogit-'));
    try {
      fs.writeFileSync(path.join(outside, '.gitignore'), '.env\n');
      assert.equal(isIgnoredByGit(path.join(outside, '.env')), false);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
    assert.equal(isIgnoredByGit('.env'), false);
    assert.equal(isIgnoredByGit('<text>'), false);
  });

  it('sees a repository created after it first looked (git init while the editor is open)', () => {
    const later = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'zero-trust-gitinit-')));
    try {
      fs.writeFileSync(path.join(later, '.gitignore'), '.env\n');
      assert.equal(isIgnoredByGit(path.join(later, '.env')), false);
      fs.mkdirSync(path.join(later, '.git'));
      assert.equal(isIgnoredByGit(path.join(later, '.env')), true);
    } finally {
      fs.rmSync(later, { recursive: true, force: true });
    }
  });

  it('does not report a .env that git ignores, and reports one it would commit', () => {
    const text = `AZURE_CLIENT_SECRET=${FAKE.entra}\n`;
    write('.env', text);
    write('services/api/.env.production', text);
    assert.deepEqual(lintConfigFile(text, '.env', root), []);
    assert.deepEqual(
      lintConfigFile(text, 'services/api/.env.production', root).map(m => [m.messageId, m.line, m.column]),
      [['clientSecretInConfig', 1, 21]],
    );
  });
});
