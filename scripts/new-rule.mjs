// Scaffolds a rule: `npm run new-rule -- <rule-id> [--description "Disallow …"]` writes
//   eslint-plugin/src/rules/<rule-id>.ts            the rule, reporting a placeholder API to replace
//   test/eslint-plugin/rules/<rule-id>.test.ts      its tests (one valid and one invalid case, exact positions)
//   eslint-plugin/docs/rules/<rule-id>.md           its doc, from eslint-plugin/docs/TEMPLATE.md
// then runs scripts/generate.mjs (rule map, README tables, doc header), so `npm test` passes at once. The rule is
// in no config (`recommended: false`) until its author decides. CONTRIBUTING.md says what to do next.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const id = args.find(arg => !arg.startsWith('--'));
const at = args.indexOf('--description');
const fail = message => {
  console.error(`new-rule: ${message}`);
  process.exit(1);
};

if (!id) fail('usage: npm run new-rule -- <rule-id> [--description "Disallow …"]');
if (!/^(no|require|prefer|consistent|limit|secure|entra)-[a-z0-9-]+[a-z0-9]$/.test(id)) {
  fail(
    `"${id}" is not a rule id: kebab-case, starting with no-, require-, prefer-, consistent-, limit-, secure- or ` +
      `entra-`,
  );
}
const words = id.replace(/^(no|require|prefer|consistent|limit|secure|entra)-/, '').replace(/-/g, ' ');
const description =
  at === -1 ? (id.startsWith('no-') ? `Disallow ${words}` : `Require ${words}`) : (args[at + 1] ?? '');
if (!/^(Disallow|Require|Enforce) [^\n]+[^. \n]$/.test(description)) {
  fail('the description is one line starting with Disallow, Require or Enforce, without a final period');
}

const files = {
  rule: path.join(root, 'eslint-plugin/src/rules', `${id}.ts`),
  test: path.join(root, 'test/eslint-plugin/rules', `${id}.test.ts`),
  doc: path.join(root, 'eslint-plugin/docs/rules', `${id}.md`),
};
for (const file of Object.values(files)) {
  if (fs.existsSync(file)) fail(`${path.relative(root, file)} exists already`);
}

const messageId = 'insecureCall';
fs.writeFileSync(
  files.rule,
  `import type { TSESTree } from '@typescript-eslint/utils';

import { isPackageCallee } from '../util/modules';
import { createRule } from '../util/rule';

// The package and export this rule looks for: placeholders to replace (package names several rules share live in
// util/modules/packages.ts).
const PACKAGE = 'example-sdk';
const API = 'insecureApi';

type Options = [];
type MessageIds = '${messageId}';

export default createRule<Options, MessageIds>({
  name: '${id}',
  meta: {
    type: 'problem',
    docs: {
      description: '${description.replace(/'/g, "\\'")}',
      // In no config until its findings have been read on real code: then 'recommended' or 'strict'.
      recommended: false,
      // The Zero Trust principle a finding breaks first: 'verify-explicitly', 'least-privilege' or 'assume-breach'.
      principle: 'verify-explicitly',
    },
    messages: {
      // One sentence: the problem, why it matters, what to do. Never put a secret's value in a placeholder.
      ${messageId}: '\`{{name}}\` is the placeholder API of this new rule: replace it with what the rule detects.',
    },
    schema: [],
  },
  defaultOptions: [],
  // The prefilter: words of which a file's text must hold one for the rule to be able to report there.
  mentions: [API],
  create(context) {
    const { sourceCode } = context;
    return {
      CallExpression(node: TSESTree.CallExpression): void {
        // Resolves imports (ESM, CommonJS, renamed, namespaced); a local function of the same name is not it.
        if (isPackageCallee(node.callee, API, PACKAGE, sourceCode)) {
          context.report({ node, messageId: '${messageId}', data: { name: API } });
        }
      },
    };
  },
});
`,
);

fs.writeFileSync(
  files.test,
  `import rule from '../../../eslint-plugin/src/rules/${id}';
import { dedent } from '../../dedent';
import { commonjs, createRuleTester } from '../RuleTester';

const ruleTester = createRuleTester();

ruleTester.run('${id}', rule, {
  valid: [
    // Hard negatives: code that looks like the mistake but is safe.
    dedent\`
      function insecureApi() {}
      insecureApi();
    \`,
    dedent\`
      import { insecureApi } from 'another-sdk';
      insecureApi();
    \`,
  ],
  invalid: [
    {
      code: dedent\`
        import { insecureApi as call } from 'example-sdk';
        call();
      \`,
      errors: [{ messageId: '${messageId}', data: { name: 'insecureApi' }, line: 2, column: 1, endLine: 2, endColumn: 7 }],
    },
    {
      code: dedent\`
        const sdk = require('example-sdk');
        sdk.insecureApi();
      \`,
      languageOptions: commonjs,
      errors: [{ messageId: '${messageId}', data: { name: 'insecureApi' }, line: 2, column: 1, endLine: 2, endColumn: 18 }],
    },
  ],
});
`,
);

const template = fs.readFileSync(path.join(root, 'eslint-plugin/docs/TEMPLATE.md'), 'utf8');
fs.writeFileSync(
  files.doc,
  `# ${description} (\`zero-trust/${id}\`)\n\n` +
    template
      .replace('```ts\n// ❌\n```', "```ts\n// ❌\nimport { insecureApi } from 'example-sdk';\n\ninsecureApi();\n```")
      .replace('```ts\n// ✅\n```', "```ts\n// ✅\nimport { safeApi } from 'example-sdk';\n\nsafeApi();\n```"),
);

const generated = spawnSync(process.execPath, [path.join(root, 'scripts/generate.mjs')], { stdio: 'inherit' });
if (generated.status !== 0) fail('scripts/generate.mjs failed');
for (const file of Object.values(files)) console.log(`wrote ${path.relative(root, file)}`);
console.log('Next: see "Adding a rule" in CONTRIBUTING.md.');
