import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import plugin from '../../eslint-plugin/src';
import { rules } from '../../eslint-plugin/src/rules';

const DOCS_DIR = path.resolve(__dirname, '../../eslint-plugin/docs/rules');
const REQUIRED_HEADINGS = ['## How to fix', '## Examples', '## Options', '## When Not To Use It', '## Further Reading'];

interface CodeBlock {
  lang: string;
  code: string;
  line: number;
  verdict: 'bad' | 'good';
}

/** The fenced js/ts (and json/jsonc) blocks of a doc whose first line is a `// ❌` or `// ✅` comment. */
function exampleBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const fence = /^```(\w+)[^\n]*\n([\s\S]*?)^```/gm;
  for (let match = fence.exec(markdown); match; match = fence.exec(markdown)) {
    const [, lang, code] = match as unknown as [string, string, string];
    const first = code.split('\n', 1)[0]!.trim();
    const verdict = first.startsWith('// ❌') ? 'bad' : first.startsWith('// ✅') ? 'good' : undefined;
    if (verdict && /^(js|jsx|ts|tsx|javascript|typescript|mjs|cjs|json|jsonc)$/.test(lang)) {
      blocks.push({ lang, code, verdict, line: markdown.slice(0, match.index).split('\n').length + 1 });
    }
  }
  return blocks;
}

const linter = new Linter({ configType: 'flat' });

for (const [id, rule] of Object.entries(rules)) {
  describe(`docs/rules/${id}.md`, () => {
    const file = path.join(DOCS_DIR, `${id}.md`);
    const markdown = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';

    it('opens with the rule description as its title', () => {
      assert.equal(markdown.split('\n', 1)[0], `# ${rule.meta.docs.description} (\`zero-trust/${id}\`)`);
    });

    it('has the required sections', () => {
      for (const heading of REQUIRED_HEADINGS) {
        assert.ok(markdown.split('\n').includes(heading), `missing "${heading}"`);
      }
    });

    it('documents every option under ## Options', () => {
      const options = markdown.split(/^## Options$/m)[1]?.split(/^## /m)[0] ?? '';
      for (const schema of rule.meta.schema as readonly { properties?: Record<string, unknown> }[]) {
        for (const key of Object.keys(schema.properties ?? {})) {
          assert.match(options, new RegExp(`^### \`?${key}\`?$`, 'm'), `option ${key} is not documented`);
        }
      }
    });

    const blocks = exampleBlocks(markdown);
    it('has both ❌ and ✅ examples', () => {
      assert.ok(
        blocks.some(b => b.verdict === 'bad'),
        'no ❌ example',
      );
      assert.ok(
        blocks.some(b => b.verdict === 'good'),
        'no ✅ example',
      );
    });

    for (const block of blocks) {
      it(`${block.verdict === 'bad' ? '❌ reports' : '✅ does not report'}: the example at line ${block.line}`, () => {
        const isTs = /^(ts|tsx|typescript)$/.test(block.lang);
        // JSON examples are app manifests and settings files, linted as the `config-files` config lints them.
        const messages = /^json/.test(block.lang)
          ? linter.verify(
              block.code,
              [
                ...plugin.configs['config-files'].map(config =>
                  config.rules ? { ...config, rules: { [`zero-trust/${id}`]: 'error' as const } } : config,
                ),
              ],
              // `Linter` lints only `.js` blocks unless told otherwise (the ESLint CLI asks the config).
              { filename: 'aad.manifest.json', filterCodeBlock: () => true },
            )
          : linter.verify(
              block.code,
              [
                {
                  files: ['**/*.jsx', '**/*.tsx'],
                  languageOptions: {
                    parser,
                    parserOptions: { ecmaFeatures: { jsx: true } },
                    sourceType: block.lang === 'cjs' ? 'commonjs' : 'module',
                  },
                  plugins: { 'zero-trust': { rules: { [id]: rule as never } } },
                  rules: { [`zero-trust/${id}`]: 'error' },
                },
              ],
              isTs ? 'example.tsx' : 'example.jsx',
            );
        const fatal = messages.find(m => m.ruleId === null);
        assert.equal(fatal, undefined, `not linted: ${fatal?.message}`);
        const found = messages.filter(m => m.ruleId === `zero-trust/${id}`);
        if (block.verdict === 'bad') {
          assert.ok(found.length > 0, 'expected a report');
        } else {
          assert.deepEqual(
            found.map(m => `${m.line}:${m.column} ${m.message}`),
            [],
          );
        }
      });
    }
  });
}
