import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { RULE_EXPLANATIONS } from '../../extension/src/core/ruleExplanations.generated';
import { rules } from '../../eslint-plugin/src/rules';

const ROOT = path.resolve(__dirname, '../..');

interface Generator {
  explainDoc: (markdown: string) => { why: string; fix: string };
  splitSentences: (text: string) => string[];
  WHY_MAX: number;
  FIX_MAX: number;
}

async function generator(): Promise<Generator> {
  return (await import(pathToFileURL(path.join(ROOT, 'scripts/generate-explanations.mjs')).href)) as Generator;
}

describe('ruleExplanations.generated.ts', () => {
  it('explains every rule of the plugin, and nothing else', () => {
    assert.deepEqual(Object.keys(RULE_EXPLANATIONS).sort(), Object.keys(rules).sort());
  });

  it('gives each rule a why of one to three sentences and a fix of one or two, within the length limits', async () => {
    const { splitSentences, WHY_MAX, FIX_MAX } = await generator();
    for (const [id, { why, fix, url }] of Object.entries(RULE_EXPLANATIONS)) {
      const whySentences = splitSentences(why).length;
      const fixSentences = splitSentences(fix).length;
      assert.ok(why.length >= 150 && why.length <= WHY_MAX, `${id}: why is ${why.length} characters`);
      assert.ok(whySentences >= 1 && whySentences <= 3, `${id}: why has ${whySentences} sentences`);
      assert.ok(fix.length >= 60 && fix.length <= FIX_MAX, `${id}: fix is ${fix.length} characters`);
      assert.ok(fixSentences >= 1 && fixSentences <= 2, `${id}: fix has ${fixSentences} sentences`);
      for (const text of [why, fix]) {
        assert.match(text, /[.!?]["')]?$/, `${id}: ends mid-sentence`);
        assert.doesNotMatch(text, /!\[|\]\(|\n|<!--|\(CWE-/, `${id}: not simple Markdown`);
        assert.equal(text.split('`').length % 2, 1, `${id}: unbalanced code span`);
      }
      assert.equal(url, rules[id as keyof typeof rules].meta.docs.url);
    }
  });

  it('extracts the opening paragraph and the How to fix section, trimmed at a sentence end', async () => {
    const { explainDoc } = await generator();
    const doc = [
      '# Title',
      '',
      '<!-- end auto-generated rule header -->',
      '',
      'First sentence with `a.b()` and "a quote. Inside" it. Second, e.g. with an',
      '[link](../other.md) and ![img](x.png) here. Third with `<tenant-id>`. Fourth is left out. (CWE-1.)',
      '',
      'What the rule reports.',
      '',
      '## How to fix',
      '',
      'Do this. Then that. Not this one.',
      '',
      '## Examples',
    ].join('\n');
    assert.deepEqual(explainDoc(doc), {
      why:
        'First sentence with `a.b()` and "a quote. Inside" it. Second, e.g. with an link and here. ' +
        'Third with `<tenant-id>`.',
      fix: 'Do this. Then that.',
    });
  });

  it('drops whole sentences past the length limit, and keeps a long first sentence', async () => {
    const { explainDoc, WHY_MAX } = await generator();
    const long = `${'word '.repeat(WHY_MAX / 5 - 2).trim()}.`;
    const doc = `${long} Short second.\n\n## How to fix\n\n${long}\n`;
    assert.deepEqual(explainDoc(doc), { why: long, fix: long });
    assert.deepEqual(explainDoc('Only why.\n\n## Examples\n'), { why: 'Only why.', fix: '' });
  });
});
