import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { getStaticString, getStaticStringArray } from '../../../../eslint-plugin/src/util/evaluate/staticValue';
import { setModuleOverlay } from '../../../../eslint-plugin/src/util/modules/projectFiles';
import {
  clearProjectModules,
  getModuleDependents,
  getOwningModule,
} from '../../../../eslint-plugin/src/util/modules/projectModules';
import {
  findProjectProperty,
  getProjectString,
  resolveProjectValue,
} from '../../../../eslint-plugin/src/util/modules/projectValues';
import { PROJECTS, withProjectFile } from './lintProjectFile';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The elements of the array exported last in the file (the values a test asks about). */
function lastArray(sourceCode: SourceCode): TSESTree.Node[] {
  const last = sourceCode.ast.body.at(-1)!;
  let init: TSESTree.Node | null | undefined;
  if (last.type === 'ExportNamedDeclaration' && last.declaration?.type === 'VariableDeclaration') {
    init = last.declaration.declarations[0]!.init;
  } else if (last.type === 'ExpressionStatement' && last.expression.type === 'AssignmentExpression') {
    init = last.expression.right;
  }
  assert.equal(init?.type, 'ArrayExpression');
  return (init as TSESTree.ArrayExpression).elements as TSESTree.Node[];
}

/** What each value stands for: its strings (or its source text), and where it comes from. */
function describe_(node: TSESTree.Node, sourceCode: SourceCode): string {
  const value = resolveProjectValue(node, sourceCode);
  const strings = getStaticStringArray(value.node, value.sourceCode);
  const text =
    strings?.map(s => s.value ?? '?').join(',') ??
    getStaticString(value.node, value.sourceCode) ??
    `<${value.node.type}>`;
  const origin = value.origin
    ? ` from ${value.origin.specifier} (${path.relative(PROJECTS, value.origin.file)}:${value.origin.line})`
    : '';
  return `${text}${origin}`;
}

describe('values across the project modules', () => {
  beforeEach(() => clearProjectModules());

  for (const parser of ['typescript', 'espree'] as const) {
    it(`follows ESM imports, re-exports and namespaces (${parser})`, () => {
      withProjectFile(
        'esm',
        'app.js',
        sourceCode => {
          const described = lastArray(sourceCode).map(node => describe_(node, sourceCode));
          assert.deepEqual(described, [
            'User.Read,Directory.ReadWrite.All from ./authConfig (esm/authConfig.js:4)',
            '<ObjectExpression> from ./authConfig (esm/authConfig.js:6)',
            '<ObjectExpression> from ./authConfig (esm/authConfig.js:10)',
            'common from ./authConfig.js (esm/authConfig.js:2)',
            '<ObjectExpression> from ./authConfig.js (esm/authConfig.js:17)',
            'User.Read,Directory.ReadWrite.All from ./config (esm/authConfig.js:4)',
            'Directory.ReadWrite.All from ./config (esm/config/more.js:1)',
            'User.Read from ./config (esm/config/more.js:2)',
            // A cycle, a syntax error, a missing file and a path out of the project: unknown.
            '<Identifier>',
            '<Identifier>',
            '<Identifier>',
            '<Identifier>',
            '<NewExpression>',
          ]);
        },
        { parser },
      );
    });
  }

  it('follows CommonJS exports and required JSON', () => {
    withProjectFile(
      'cjs',
      'server.js',
      sourceCode => {
        const described = lastArray(sourceCode).map(node => describe_(node, sourceCode));
        assert.deepEqual(described, [
          '<ObjectExpression> from ./client-request.json (cjs/client-request.json:1)',
          'https://graph.microsoft.com/Directory.ReadWrite.All from ./config/keys (cjs/config/keys.js:2)',
          'RoleManagement.ReadWrite.Directory from ./config/keys (cjs/config/keys.js:3)',
          '<ObjectExpression> from ./config/bearer (cjs/config/bearer.js:1)',
          '<ObjectExpression> from ./config/bearer (cjs/config/bearer.js:6)',
          'password from ./token-request.json (cjs/token-request.json:2)',
          'RoleManagement.ReadWrite.Directory from ./config/keys (cjs/config/keys.js:3)',
        ]);
        const [, , , options] = lastArray(sourceCode);
        const found = findProjectProperty(options!, 'validateIssuer', sourceCode);
        assert.equal(found?.property.loc.start.line, 4);
        assert.equal(found?.origin?.specifier, './config/bearer');
        assert.equal(getOwningModule(found!.property)?.file, path.join(PROJECTS, 'cjs/config/bearer.js'));
        assert.equal(getOwningModule(options!), undefined);
      },
      { sourceType: 'commonjs' },
    );
  });

  it('follows TypeScript imports (`.js` to `.ts`, `export *`, `as const`) and skips type-only imports', () => {
    withProjectFile('ts', 'src/app.ts', sourceCode => {
      const described = lastArray(sourceCode).map(node => describe_(node, sourceCode));
      assert.deepEqual(described, [
        'Mail.Send,User.Read.All from ./auth/index.js (ts/src/auth/scopes.ts:1)',
        'organizations from ./auth/index.js (ts/src/auth/scopes.ts:2)',
        '<Identifier>',
      ]);
    });
  });

  it('follows a chain of ESM, TypeScript and CommonJS modules, spreads included', () => {
    withProjectFile('mixed', 'main.mjs', sourceCode => {
      const [scopes] = lastArray(sourceCode);
      assert.equal(
        describe_(scopes!, sourceCode),
        'offline_access,Files.ReadWrite.All from ./wrap.ts (mixed/settings.cjs:2)',
      );
      assert.equal(getProjectString(scopes!, sourceCode), undefined);
    });
  });

  it('records which linted files depend on a module, through further imports', () => {
    withProjectFile('mixed', 'main.mjs', sourceCode => {
      resolveProjectValue(lastArray(sourceCode)[0]!, sourceCode);
    });
    assert.deepEqual(
      getModuleDependents(path.join(PROJECTS, 'mixed/settings.cjs'))
        .map(f => path.basename(f))
        .sort(),
      ['main.mjs', 'wrap.ts'],
    );
  });

  it('reads an open document before the disk, and notices a changed file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-modules-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), '{}');
      fs.writeFileSync(path.join(dir, 'config.js'), "export const scope = 'User.Read';\n");
      const main = path.join(dir, 'main.js');
      fs.writeFileSync(main, "import { scope } from './config.js';\nexport const all = [scope];\n");
      const read = (): string | undefined => {
        let value: string | undefined;
        withProjectFile(dir, 'main.js', sourceCode => {
          value = getProjectString(lastArray(sourceCode)[0]!, sourceCode);
        });
        return value;
      };
      assert.equal(read(), 'User.Read');
      setModuleOverlay(path.join(dir, 'config.js'), "export const scope = 'Mail.Send';\n", 1);
      assert.equal(read(), 'Mail.Send');
      setModuleOverlay(path.join(dir, 'config.js'), undefined);
      fs.writeFileSync(path.join(dir, 'config.js'), "export const scope = 'Files.Read';\n// changed\n");
      assert.equal(read(), 'Files.Read');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads nothing outside the project root or in node_modules, and nothing over the size limit', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-modules-'));
    try {
      const project = path.join(dir, 'project');
      fs.mkdirSync(path.join(project, 'node_modules/pkg'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'outside.js'), "export const scope = 'Outside.Read';\n");
      fs.writeFileSync(path.join(project, 'package.json'), '{}');
      fs.writeFileSync(path.join(project, 'node_modules/pkg/index.js'), "export const scope = 'Package.Read';\n");
      fs.writeFileSync(path.join(project, 'big.js'), `export const scope = 'Big.Read';\n//${'x'.repeat(300_000)}\n`);
      fs.writeFileSync(path.join(project, 'inside.js'), "export const scope = 'Inside.Read';\n");
      fs.writeFileSync(
        path.join(project, 'main.js'),
        [
          "import { scope as a } from '../outside.js';",
          "import { scope as b } from './node_modules/pkg/index.js';",
          "import { scope as c } from './big.js';",
          "import { scope as d } from './inside.js';",
          'export const all = [a, b, c, d];',
          '',
        ].join('\n'),
      );
      withProjectFile(project, 'main.js', sourceCode => {
        const values = lastArray(sourceCode).map(node => getProjectString(node, sourceCode));
        assert.deepEqual(values, [undefined, undefined, undefined, 'Inside.Read']);
      });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
