import * as assert from 'node:assert/strict';

import type { PlannedAction } from '../../extension/src/core/actionPlan';

import { planFixAll, planQuickFixes } from '../../extension/src/core/actionPlan';
import { applyEdits } from '../../extension/src/core/findings';
import { LintEngine } from '../../extension/src/core/lint';
import { TextIndex } from '../../extension/src/core/textIndex';
import { dedent } from '../dedent';
import { testPlugin } from './testPlugin';

const ROPC = 'zero-trust/no-password-grant';
const LET = 'zero-trust/prefer-let';
const engine = new LintEngine(testPlugin);
const OPTIONS = { disableRuleComment: true, showDocumentation: true };
const STRICT = { preset: 'strict', rules: {} } as const;

/** Applies a planned action's edits (which are in editor positions) to `text`. */
function apply(text: string, action: PlannedAction | undefined): string {
  assert.ok(action, 'expected an action');
  const index = new TextIndex(text);
  const offsets = action.edits.map(edit => ({
    offsets: [
      index.lineStart(edit.range.start.line) + edit.range.start.character,
      index.lineStart(edit.range.end.line) + edit.range.end.character,
    ] as [number, number],
    newText: edit.newText,
    range: edit.range,
  }));
  return applyEdits(text, offsets);
}

describe('action plan', () => {
  const text = dedent`
    import { UsernamePasswordCredential } from '@azure/identity';
    var a = 1;
    function f() {
      var b = new UsernamePasswordCredential(t, c, u, p);
    }

  `;
  const { findings } = engine.lint(text, 'src/a.ts', STRICT);
  const index = (): TextIndex => new TextIndex(text);
  const ropc = findings.find(finding => finding.ruleId === ROPC)!;
  const lets = findings.filter(finding => finding.ruleId === LET);

  it('lints the fixture into one suggestion-only finding and two fixable ones', () => {
    assert.ok(ropc);
    assert.equal(lets.length, 2);
  });

  it('offers fix, fix all, disable comments and docs for a finding with a fix', () => {
    const plan = planQuickFixes([lets[1]!], findings, index, OPTIONS);
    assert.deepEqual(
      plan.map(action => [action.kind, action.title, action.isPreferred ?? false]),
      [
        ['fix', `Fix this ${LET} problem`, true],
        ['fixAll', `Fix all ${LET} problems`, false],
        ['disableLine', `Disable ${LET} for this line`, false],
        ['disableFile', `Disable ${LET} for the entire file`, false],
        ['showDocs', `Show documentation for ${LET}`, false],
      ],
    );
    assert.equal(apply(text, plan[0]), text.replace('  var b', '  let b'));
    assert.equal(apply(text, plan[1]), text.replace('var a', 'let a').replace('  var b', '  let b'));
    assert.equal(apply(text, plan[2]), text.replace('  var b', `  // eslint-disable-next-line ${LET}\n  var b`));
    assert.equal(apply(text, plan[3]), `/* eslint-disable ${LET} */\n${text}`);
    assert.equal(plan[4]!.url, 'https://example.test/prefer-let.md');
  });

  it('offers suggestions but no fix for a suggestion-only finding', () => {
    const plan = planQuickFixes([ropc], findings, index, OPTIONS);
    assert.deepEqual(
      plan.map(action => action.kind),
      ['suggestion', 'suggestion', 'disableLine', 'disableFile', 'showDocs'],
    );
    assert.equal(plan[0]!.title, `Replace with \`DeviceCodeCredential\`, keeping the tenant and client IDs. (${ROPC})`);
    assert.match(apply(text, plan[0]), /var b = new DeviceCodeCredential\(\{ tenantId: t, clientId: c \}\);/);
  });

  it('lists fixes first, then suggestions, then one set of rule actions per rule', () => {
    const plan = planQuickFixes([ropc, lets[1]!, lets[0]!], findings, index, OPTIONS);
    assert.deepEqual(
      plan.map(action => action.kind),
      [
        'fix',
        'fix',
        'suggestion',
        'suggestion',
        'disableLine',
        'disableFile',
        'showDocs',
        'fixAll',
        'disableLine',
        'disableFile',
        'showDocs',
      ],
    );
  });

  it('leaves out disable comments and docs when the settings say so, and Fix all for a single fix', () => {
    const one = engine.lint('var only = 1;\n', 'b.ts', STRICT).findings;
    const plan = planQuickFixes(one, one, () => new TextIndex('var only = 1;\n'), {
      disableRuleComment: false,
      showDocumentation: false,
    });
    assert.deepEqual(
      plan.map(action => action.kind),
      ['fix'],
    );
  });

  it('plans the on-save fix all from fixes only, never suggestions', () => {
    const fixAll = planFixAll(findings);
    assert.equal(fixAll?.title, 'Fix all auto-fixable Zero Trust problems');
    assert.equal(apply(text, fixAll), text.replace('var a', 'let a').replace('  var b', '  let b'));
    assert.equal(planFixAll([ropc]), undefined);
  });
});
