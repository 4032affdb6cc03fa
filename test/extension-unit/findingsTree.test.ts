import * as assert from 'node:assert/strict';
import zeroTrust from 'eslint-plugin-zero-trust';

import type { FindingsTreeNode, TreeFinding } from '../../extension/src/core/findingsTree';

import { buildFindingsTree, FindingsTreeModel, principleOf } from '../../extension/src/core/findingsTree';
import { PRINCIPLES, RULE_PRINCIPLES } from '../../extension/src/core/principles.generated';

function finding(ruleName: string, line: number, character = 0, overrides: Partial<TreeFinding> = {}): TreeFinding {
  return {
    ruleId: `zero-trust/${ruleName}`,
    ruleName,
    message: `${ruleName} at ${line}.`,
    severity: 2,
    range: { start: { line, character }, end: { line, character: character + 3 } },
    docsUrl: `https://example.test/${ruleName}.md`,
    ...overrides,
  };
}

/** The tree as indented lines: `label [description]`, children below their parent. */
function outline(nodes: readonly FindingsTreeNode[], depth = 0): string[] {
  return nodes.flatMap(node => [
    `${'  '.repeat(depth)}${node.label} [${node.description}]`,
    ...outline(node.children ?? [], depth + 1),
  ]);
}

function allIds(nodes: readonly FindingsTreeNode[]): string[] {
  return nodes.flatMap(node => [node.id, ...allIds(node.children ?? [])]);
}

describe('findings tree', () => {
  describe('principles of the rules', () => {
    const rules = Object.entries(zeroTrust.rules) as [string, { meta: { docs?: { principle?: unknown } } }][];

    it('every rule of the plugin declares one of the three principles', () => {
      assert.ok(rules.length >= 33);
      const missing = rules
        .filter(([, rule]) => !(PRINCIPLES as readonly unknown[]).includes(rule.meta.docs?.principle))
        .map(([name]) => name);
      assert.deepEqual(missing, []);
    });

    it('the extension’s table is the rules’ own meta.docs.principle, rule for rule', () => {
      assert.deepEqual(
        RULE_PRINCIPLES,
        Object.fromEntries(rules.map(([name, rule]) => [name, rule.meta.docs?.principle])),
      );
    });

    it('each principle has rules', () => {
      for (const principle of PRINCIPLES) {
        assert.ok(Object.values(RULE_PRINCIPLES).includes(principle), principle);
      }
    });

    it('looks a rule up by name, and knows no other name', () => {
      assert.equal(principleOf('no-password-grant'), 'verify-explicitly');
      assert.equal(principleOf('no-overprivileged-graph-permission'), 'least-privilege');
      assert.equal(principleOf('no-hardcoded-client-credential'), 'assume-breach');
      assert.equal(principleOf('toString'), undefined);
      assert.equal(principleOf('no-such-rule'), undefined);
    });
  });

  describe('buildFindingsTree', () => {
    it('groups by principle, then rule, then file, with counts, in the view’s order', () => {
      const tree = buildFindingsTree([
        [
          'file:///w/src/b.ts',
          {
            path: 'src/b.ts',
            findings: [
              finding('no-hardcoded-client-credential', 9, 4),
              finding('no-password-grant', 3),
              finding('no-hardcoded-client-credential', 2, 10),
            ],
          },
        ],
        ['file:///w/a.ts', { path: 'a.ts', findings: [finding('no-token-in-url', 1)] }],
        [
          'file:///w/src/a.ts',
          {
            path: 'src/a.ts',
            findings: [finding('no-overprivileged-graph-permission', 0), finding('no-hardcoded-client-credential', 5)],
          },
        ],
      ]);
      assert.deepEqual(outline(tree), [
        'Verify explicitly [1 finding]',
        '  no-password-grant [1 finding in 1 file]',
        '    b.ts [src · 1]',
        '      no-password-grant at 3. [Ln 4, Col 1]',
        'Use least privilege [1 finding]',
        '  no-overprivileged-graph-permission [1 finding in 1 file]',
        '    a.ts [src · 1]',
        '      no-overprivileged-graph-permission at 0. [Ln 1, Col 1]',
        'Assume breach [4 findings]',
        '  no-hardcoded-client-credential [3 findings in 2 files]',
        '    a.ts [src · 1]',
        '      no-hardcoded-client-credential at 5. [Ln 6, Col 1]',
        '    b.ts [src · 2]',
        '      no-hardcoded-client-credential at 2. [Ln 3, Col 11]',
        '      no-hardcoded-client-credential at 9. [Ln 10, Col 5]',
        '  no-token-in-url [1 finding in 1 file]',
        '    a.ts [1]',
        '      no-token-in-url at 1. [Ln 2, Col 1]',
      ]);
      assert.deepEqual(
        tree.map(node => [node.kind, node.principle, node.icon, node.count]),
        [
          ['principle', 'verify-explicitly', 'verified', 1],
          ['principle', 'least-privilege', 'key', 1],
          ['principle', 'assume-breach', 'shield', 4],
        ],
      );
    });

    it('gives each level what the view needs: rule id and docs, file key and path, finding range and severity', () => {
      const warning = finding('no-password-grant', 4, 2, { severity: 1 });
      const [principle] = buildFindingsTree([['file:///w/x.ts', { path: 'lib/x.ts', findings: [warning] }]]);
      const rule = principle!.children[0]!;
      assert.equal(rule.ruleId, 'zero-trust/no-password-grant');
      assert.equal(rule.docsUrl, 'https://example.test/no-password-grant.md');
      assert.equal(rule.tooltip, 'zero-trust/no-password-grant: 1 finding in 1 file');
      const file = rule.children[0]!;
      assert.deepEqual([file.file, file.path, file.label, file.count], ['file:///w/x.ts', 'lib/x.ts', 'x.ts', 1]);
      const leaf = file.children[0]!;
      assert.deepEqual(
        { kind: leaf.kind, file: leaf.file, range: leaf.range, severity: leaf.severity, icon: leaf.icon },
        { kind: 'finding', file: 'file:///w/x.ts', range: warning.range, severity: 1, icon: 'warning' },
      );
      assert.equal(leaf.tooltip, 'no-password-grant at 4.\nzero-trust/no-password-grant · Ln 5, Col 3');
    });

    it('keeps ids unique, also for two findings at one position', () => {
      const tree = buildFindingsTree([
        [
          'file:///w/x.ts',
          {
            path: 'x.ts',
            findings: [
              finding('no-password-grant', 1, 0, { message: 'B.' }),
              finding('no-password-grant', 1, 0, { message: 'A.' }),
            ],
          },
        ],
        ['file:///w/y.ts', { path: 'y.ts', findings: [finding('no-password-grant', 1, 0)] }],
      ]);
      const ids = allIds(tree);
      assert.equal(ids.length, 7);
      assert.equal(new Set(ids).size, ids.length);
      assert.deepEqual(
        tree[0]!.children[0]!.children[0]!.children.map(node => node.label),
        ['A.', 'B.'],
      );
    });

    it('puts a rule it has no principle for under "Other rules", last', () => {
      const tree = buildFindingsTree([
        ['file:///w/x.ts', { path: 'x.ts', findings: [finding('some-future-rule', 0), finding('no-token-in-url', 1)] }],
      ]);
      assert.deepEqual(
        tree.map(node => [node.label, node.count]),
        [
          ['Assume breach', 1],
          ['Other rules', 1],
        ],
      );
    });

    it('has no nodes without findings', () => {
      assert.deepEqual(buildFindingsTree([]), []);
      assert.deepEqual(buildFindingsTree([['file:///w/x.ts', { path: 'x.ts', findings: [] }]]), []);
    });
  });

  describe('FindingsTreeModel', () => {
    it('reports a change only when what the view shows changes, and rebuilds only then', () => {
      const model = new FindingsTreeModel();
      assert.deepEqual(model.roots(), []);
      assert.equal(model.setFile('file:///w/x.ts', 'x.ts', [finding('no-password-grant', 1)]), true);
      const first = model.roots();
      assert.equal(model.count, 1);
      // The same findings again (a keystroke that changes no finding): no change, the same tree object.
      assert.equal(model.setFile('file:///w/x.ts', 'x.ts', [finding('no-password-grant', 1)]), false);
      assert.equal(model.roots(), first);
      // A finding that moved, a new message, a new severity: each is a change.
      assert.equal(model.setFile('file:///w/x.ts', 'x.ts', [finding('no-password-grant', 2)]), true);
      assert.notEqual(model.roots(), first);
      assert.equal(
        model.setFile('file:///w/x.ts', 'x.ts', [finding('no-password-grant', 2, 0, { message: 'Other.' })]),
        true,
      );
      assert.equal(
        model.setFile('file:///w/x.ts', 'x.ts', [
          finding('no-password-grant', 2, 0, { message: 'Other.', severity: 1 }),
        ]),
        true,
      );
      assert.equal(model.count, 1);
    });

    it('keeps the count over files, and drops a file with no findings', () => {
      const model = new FindingsTreeModel();
      model.setFile('file:///w/x.ts', 'x.ts', [finding('no-password-grant', 1), finding('no-token-in-url', 2)]);
      model.setFile('file:///w/y.ts', 'y.ts', [finding('no-token-in-url', 3)]);
      assert.equal(model.count, 3);
      assert.deepEqual(
        model.roots().map(node => [node.label, node.count]),
        [
          ['Verify explicitly', 1],
          ['Assume breach', 2],
        ],
      );
      assert.equal(model.setFile('file:///w/x.ts', 'x.ts', []), true);
      assert.equal(model.count, 1);
      assert.deepEqual(outline(model.roots()), [
        'Assume breach [1 finding]',
        '  no-token-in-url [1 finding in 1 file]',
        '    y.ts [1]',
        '      no-token-in-url at 3. [Ln 4, Col 1]',
      ]);
      assert.equal(model.setFile('file:///w/x.ts', 'x.ts', []), false);
      assert.equal(model.deleteFile('file:///w/y.ts'), true);
      assert.equal(model.deleteFile('file:///w/y.ts'), false);
      assert.equal(model.count, 0);
      assert.deepEqual(model.roots(), []);
    });

    it('clears', () => {
      const model = new FindingsTreeModel();
      assert.equal(model.clear(), false);
      model.setFile('file:///w/x.ts', 'x.ts', [finding('no-password-grant', 1)]);
      assert.equal(model.clear(), true);
      assert.equal(model.count, 0);
      assert.deepEqual(model.roots(), []);
    });
  });
});
