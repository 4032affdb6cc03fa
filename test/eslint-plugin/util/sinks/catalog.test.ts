import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import * as parser from '@typescript-eslint/parser';
import { Linter } from 'eslint';

import { rules } from '../../../../eslint-plugin/src/rules';

/** One entry of `scripts/data/credential-sinks.json`, as the tests read it. */
interface CatalogSink {
  package: string | string[];
  path: string;
  binding?: string;
  at: string;
  kind: string;
  expect?: string;
  example: string;
}

const catalog = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../../scripts/data/credential-sinks.json'), 'utf8'),
) as { sinks: CatalogSink[]; headers: Record<string, string> };

const SECRET_RULES = [
  'no-hardcoded-client-credential',
  'no-hardcoded-connection-string-or-key',
  'no-hardcoded-jwt-secret',
  'no-embedded-secret-token',
];
const RULE_OF_KIND: Readonly<Record<string, string>> = {
  password: 'no-hardcoded-client-credential',
  'client-secret': 'no-hardcoded-client-credential',
  'access-key': 'no-hardcoded-client-credential',
  'connection-string': 'no-hardcoded-connection-string-or-key',
  'api-key': 'no-hardcoded-connection-string-or-key',
  'encryption-key': 'no-hardcoded-connection-string-or-key',
  'private-key': 'no-hardcoded-connection-string-or-key',
  'signing-key': 'no-hardcoded-jwt-secret',
  token: 'no-embedded-secret-token',
};

const linter = new Linter({ configType: 'flat' });
const config: Linter.Config[] = [
  {
    files: ['**/*.ts'],
    languageOptions: { parser },
    plugins: { 'zero-trust': { rules: rules as never } },
    rules: Object.fromEntries(SECRET_RULES.map(id => [`zero-trust/${id}`, 'error'])),
  },
];

/** The example with the import its first path step names (or its binding), as the catalog's format says. */
function program(sink: CatalogSink, pkg: string, example: string): string {
  if (pkg === '(global)') {
    return example;
  }
  if (sink.binding) {
    return `import ${sink.binding} from '${pkg}';\n${example}`;
  }
  const first = sink.path.split(/\s+/)[0]!;
  const names = /^\{.*\}$/.test(first) ? first.slice(1, -1).split(',') : [first];
  const name = names.find(n => new RegExp(`\\b${n.replace(/\$/g, '\\$')}\\b`).test(example)) ?? names[0]!;
  return `import { ${name} } from '${pkg}';\n${example}`;
}

function lint(code: string): Linter.LintMessage[] {
  return linter.verify(code, config, { filename: 'src/app.ts' });
}

/** The string literal around `s3cr3t`, replaced by an expression. */
function replaceLiteral(example: string, expression: string): string {
  return example.replace(/(['"`])[^'"`]*s3cr3t[^'"`]*\1/, expression);
}

describe('the credential-sink catalog', () => {
  for (const [index, sink] of catalog.sinks.entries()) {
    for (const pkg of Array.isArray(sink.package) ? sink.package : [sink.package]) {
      const title = `${pkg} ${sink.path} [${sink.at}] #${index}`;
      it(`reports its example once, at the credential: ${title}`, () => {
        const code = program(sink, pkg, sink.example);
        const messages = lint(code);
        assert.equal(messages.length, 1, `${code}\n${JSON.stringify(messages, null, 2)}`);
        const [message] = messages as [Linter.LintMessage];
        const offset = code.indexOf('s3cr3t');
        const lines = code.slice(0, offset).split('\n');
        const line = lines.length;
        const column = lines.at(-1)!.length + 1;
        const starts = message.line < line || (message.line === line && message.column <= column);
        const ends = message.endLine! > line || (message.endLine === line && message.endColumn! >= column + 6);
        assert.ok(starts && ends, `${code}\n${JSON.stringify(message)}`);
        if (message.messageId === 'sinkCredential') {
          const kind = sink.kind === 'headers' || sink.kind === 'header' ? sink.expect! : sink.kind;
          assert.equal(message.ruleId, `zero-trust/${RULE_OF_KIND[kind]}`, code);
          assert.doesNotMatch(message.message, /s3cr3t/);
        }
      });
      it(`does not report a local function or object of the same name: ${title}`, () => {
        const code =
          pkg === '(global)'
            ? `const ${sink.path.split(' ')[0]}: any = makeLocal();\n${sink.example}`
            : program(sink, pkg, sink.example).replace(
                /^import (?:\{ )?([\w$]+)(?: \})? from .*$/m,
                (_, name: string) => `const ${name}: any = makeLocal();`,
              );
        assert.deepEqual(
          lint(code).filter(m => m.messageId === 'sinkCredential'),
          [],
          code,
        );
      });
      for (const [what, replacement] of [
        ['process.env.X', 'process.env.X'],
        ['a placeholder', "'<your-secret>'"],
        ['an empty string', "''"],
      ] as const) {
        it(`does not report it with ${what}: ${title}`, () => {
          const example =
            what === 'process.env.X'
              ? replaceLiteral(sink.example, replacement)
              : sink.example.replace('s3cr3t', replacement.slice(1, -1));
          const code = program(sink, pkg, example);
          assert.deepEqual(lint(code), [], code);
        });
      }
    }
  }
});
