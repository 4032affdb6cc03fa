import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import plugin from '../../eslint-plugin/src';
import { rules } from '../../eslint-plugin/src/rules';
import { REPOSITORY_URL, ruleDocsUrl } from '../../eslint-plugin/src/util/rule';

const ROOT = path.resolve(__dirname, '../..');
const RULES_DIR = path.join(ROOT, 'eslint-plugin/src/rules');
const DOCS_DIR = path.join(ROOT, 'eslint-plugin/docs/rules');
const TESTS_DIR = path.join(ROOT, 'test/eslint-plugin/rules');

const ruleFiles = fs
  .readdirSync(RULES_DIR)
  .filter(f => f.endsWith('.ts') && f !== 'index.ts')
  .map(f => f.slice(0, -3));

describe('the plugin', () => {
  it('exports every rule file, and nothing else, under its file name', () => {
    assert.deepEqual(Object.keys(rules).sort(), [...ruleFiles].sort());
  });

  it('has rules at all', () => {
    assert.ok(ruleFiles.length > 0);
  });

  for (const [id, rule] of Object.entries(rules)) {
    describe(id, () => {
      it('is named after its file, kebab-case with an allowed prefix', () => {
        assert.equal(rule.name, id);
        assert.match(id, /^(no|require|prefer|consistent|limit|secure|entra)-[a-z0-9-]+[a-z0-9]$/);
      });
      it('has a doc and a test file of the same name', () => {
        assert.ok(fs.existsSync(path.join(DOCS_DIR, `${id}.md`)), `There is no documentation for ${id}.`);
        assert.ok(fs.existsSync(path.join(TESTS_DIR, `${id}.test.ts`)), `There are no tests for ${id}.`);
      });
      it('has a valid meta.type', () => {
        assert.ok(['problem', 'suggestion', 'layout'].includes(rule.meta.type), rule.meta.type);
      });
      it('has a one-line description that starts with Disallow, Require or Enforce and has no final period', () => {
        assert.match(rule.meta.docs.description, /^(Disallow|Require|Enforce) [^\n]+[^. \n]$/);
      });
      it('sits in a config or is explicitly left out', () => {
        assert.ok(['recommended', 'strict', false].includes(rule.meta.docs.recommended as string | false));
      });
      it('links its committed doc', () => {
        const url = rule.meta.docs.url;
        assert.equal(url, ruleDocsUrl(id));
        assert.ok(url?.startsWith(`${REPOSITORY_URL}/blob/`));
        const relative = url!.replace(/^.*?\/blob\/[^/]+\//, '');
        assert.ok(fs.existsSync(path.join(ROOT, relative)), `${relative} does not exist`);
      });
      it('writes messages as sentences that end with a period', () => {
        const messages = Object.entries(rule.meta.messages);
        assert.ok(messages.length > 0);
        for (const [messageId, message] of messages) {
          assert.match(messageId, /^[a-z][a-zA-Z0-9]*$/, `messageId ${messageId} is not camelCase`);
          assert.match(message, /\.$/, `${messageId} does not end with a period`);
        }
      });
      it('declares an options schema, with a description per property', () => {
        assert.ok(Array.isArray(rule.meta.schema), 'schema must be an array');
        for (const option of rule.meta.schema as readonly {
          type?: string;
          properties?: Record<string, { description?: string }>;
          additionalProperties?: boolean;
        }[]) {
          if (option.type === 'object') {
            assert.equal(option.additionalProperties, false);
            for (const [key, property] of Object.entries(option.properties ?? {})) {
              assert.ok(property.description, `option ${key} has no description`);
            }
          }
        }
      });
    });
  }

  it('derives its configs from meta.docs', () => {
    const expected = (preset: 'recommended' | 'strict'): Record<string, string> =>
      Object.fromEntries(
        Object.entries(rules)
          .filter(
            ([, r]) =>
              r.meta.docs.recommended === 'recommended' ||
              (preset === 'strict' && r.meta.docs.recommended === 'strict'),
          )
          .map(([id, r]) => [`zero-trust/${id}`, r.meta.docs.severity ?? 'error']),
      );
    assert.deepEqual(plugin.configs.recommended.rules, expected('recommended'));
    assert.deepEqual(plugin.configs.strict.rules, expected('strict'));
    assert.deepEqual(plugin.configs['recommended-legacy'].rules, expected('recommended'));
    assert.deepEqual(plugin.configs['strict-legacy'].rules, expected('strict'));
    assert.deepEqual(plugin.configs['recommended-legacy'].plugins, ['zero-trust']);
    assert.equal(plugin.configs.recommended.plugins?.['zero-trust'], plugin);
  });

  it('names itself after its package', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'eslint-plugin/package.json'), 'utf8')) as {
      name: string;
      version: string;
      peerDependencies: Record<string, string>;
    };
    assert.deepEqual(plugin.meta, { name: pkg.name, version: pkg.version });
    assert.equal(pkg.name, 'eslint-plugin-zero-trust');
    assert.equal(pkg.peerDependencies.eslint, '^8.57.0 || ^9 || ^10');
  });

  describe('the built package', () => {
    const dist = path.join(ROOT, 'eslint-plugin/dist/index.js');
    before(function () {
      if (!fs.existsSync(dist)) {
        throw new Error('eslint-plugin/dist is missing: run `npm run build:plugin` first (npm test does).');
      }
    });
    it('loads with require', () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const built = require(dist) as typeof plugin;
      assert.deepEqual(Object.keys(built.rules).sort(), Object.keys(rules).sort());
      assert.ok(built.configs.recommended.rules);
      assert.ok(fs.existsSync(path.join(ROOT, 'eslint-plugin/dist/index.d.ts')));
    });
    it('loads with import', async () => {
      // A real ESM import (kept out of reach of the CommonJS transpiler by the Function constructor).
      const load = new Function('url', 'return import(url)') as (url: string) => Promise<{ default: typeof plugin }>;
      const built = await load(pathToFileURL(dist).href);
      assert.deepEqual(Object.keys(built.default.rules).sort(), Object.keys(rules).sort());
      assert.equal(built.default.meta.name, 'eslint-plugin-zero-trust');
    });
  });
});
