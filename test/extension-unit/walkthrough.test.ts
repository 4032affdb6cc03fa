// The walkthrough and the findings view as the manifest contributes them, and the walkthrough's pages: they exist, the
// `.vsix` carries them, the rules they name exist, and their CI snippets are the README's.
import * as assert from 'node:assert/strict';
import zeroTrust from 'eslint-plugin-zero-trust';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string };
  completionEvents?: string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  contributes: {
    walkthroughs: { id: string; steps: Step[] }[];
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    views: Record<string, { id: string }[]>;
    viewsWelcome: { view: string; contents: string }[];
  };
};
const [walkthrough, ...otherWalkthroughs] = manifest.contributes.walkthroughs;
const pages = walkthrough!.steps.map(step => step.media.markdown!);
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** The fenced code blocks of a Markdown text with the given language. */
function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp(`^\`\`\`${language}\\n([\\s\\S]*?)^\`\`\``, 'gm'))].map(match => match[1]!);
}

describe('walkthrough and findings view in the manifest', () => {
  it('has one walkthrough whose four steps each show a Markdown page of extension/walkthrough/', () => {
    assert.equal(otherWalkthroughs.length, 0);
    assert.equal(walkthrough!.id, 'zeroTrust.gettingStarted');
    assert.deepEqual(
      walkthrough!.steps.map(step => step.id),
      ['zeroTrust.whatItChecks', 'zeroTrust.readAFinding', 'zeroTrust.scanWorkspace', 'zeroTrust.addToCi'],
    );
    assert.deepEqual(pages, [
      'extension/walkthrough/what-it-checks.md',
      'extension/walkthrough/read-a-finding.md',
      'extension/walkthrough/scan-workspace.md',
      'extension/walkthrough/add-to-ci.md',
    ]);
    for (const page of pages) {
      assert.match(read(page), /^# \S/, page);
    }
  });

  it('offers the scan as a command link and completes that step when it runs', () => {
    const step = walkthrough!.steps.find(candidate => candidate.id === 'zeroTrust.scanWorkspace')!;
    assert.match(step.description, /\[Scan Workspace\]\(command:zeroTrust\.scanWorkspace\)/);
    assert.deepEqual(step.completionEvents, ['onCommand:zeroTrust.scanWorkspace']);
  });

  it('ships the pages and the activity bar icon in the .vsix (.vscodeignore)', () => {
    const kept = read('.vscodeignore')
      .split('\n')
      .filter(line => line.startsWith('!'))
      .map(line => line.slice(1));
    assert.ok(kept.includes('extension/walkthrough/*.md'));
    assert.ok(kept.includes('images/activity-bar.svg'));
    const [container] = manifest.contributes.viewsContainers.activitybar;
    assert.equal(container!.icon, 'images/activity-bar.svg');
    assert.ok(fs.existsSync(path.join(ROOT, container!.icon)));
  });

  it('puts the Findings view in the Zero Trust container, with Scan Workspace in its empty state', () => {
    assert.deepEqual(
      manifest.contributes.views.zeroTrust!.map(view => view.id),
      ['zeroTrust.findings'],
    );
    const [welcome] = manifest.contributes.viewsWelcome;
    assert.equal(welcome!.view, 'zeroTrust.findings');
    assert.match(welcome!.contents, /\[Scan Workspace\]\(command:zeroTrust\.scanWorkspace\)/);
    assert.match(
      welcome!.contents,
      /openWalkthrough\?%22zero-trust-lint\.zero-trust-lint%23zeroTrust\.gettingStarted%22/,
    );
  });

  it('names only rules the plugin has', () => {
    const named = pages.flatMap(page => [...read(page).matchAll(/zero-trust\/([a-z-]+)/g)].map(match => match[1]!));
    assert.ok(named.length >= 8);
    assert.deepEqual(
      named.filter(name => !Object.hasOwn(zeroTrust.rules, name)),
      [],
    );
  });

  it('gives the README’s code-scanning workflow and install command, and a config with the presets', () => {
    const page = read('extension/walkthrough/add-to-ci.md');
    const readme = read('README.md');
    const readmeWorkflow = codeBlocks(readme, 'yaml')[0]!.replace(/^# \.github\/workflows\/zero-trust-lint\.yml\n/, '');
    assert.deepEqual(codeBlocks(page, 'yaml'), [readmeWorkflow]);
    const install = codeBlocks(page, 'sh');
    assert.deepEqual(install, ['npm install --save-dev eslint eslint-plugin-zero-trust @typescript-eslint/parser\n']);
    assert.ok(codeBlocks(readme, 'sh').includes(install[0]!));
    const [config] = codeBlocks(page, 'js');
    assert.match(config!, /^import zeroTrust from 'eslint-plugin-zero-trust';$/m);
    assert.match(config!, /^ {2}zeroTrust\.configs\.recommended,/m);
    assert.match(config!, /^ {2}\.\.\.zeroTrust\.configs\['config-files'\],/m);
    // What the config spreads is an array, and what it lists is one config object.
    assert.ok(Array.isArray(zeroTrust.configs['config-files']));
    assert.ok(!Array.isArray(zeroTrust.configs.recommended) && typeof zeroTrust.configs.recommended === 'object');
  });
});
