// The extension's Marketplace page (extension/README.md, packaged as the .vsix's readme by `vsce --readme-path`): it
// lists every command and setting the manifest contributes, with the manifest's defaults, gives the same CI snippets
// as the walkthrough, states the preset sizes the plugin has, and shows screenshots that exist in the repository
// (the UI test takes them).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

import { PRESET_RULES } from '../../extension/src/core/presets.generated';

const ROOT = path.resolve(__dirname, '../..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const page = read('extension/README.md');

interface Manifest {
  scripts: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus?: { commandPalette?: { command: string; when?: string }[] };
    configuration: { properties: Record<string, { default?: unknown }> } | { properties: Record<string, unknown> }[];
  };
}
const manifest = JSON.parse(read('package.json')) as Manifest;

function codeBlocks(markdown: string, language: string): string[] {
  return [...markdown.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map(match => match[1]!);
}

describe('the Marketplace README (extension/README.md)', () => {
  it('is what `npm run package` puts in the .vsix', () => {
    assert.match(manifest.scripts.package!, /--readme-path extension\/README\.md\b/);
  });

  it('lists every command of the Command Palette by its title', () => {
    const hidden = new Set(
      (manifest.contributes.menus?.commandPalette ?? []).filter(m => m.when === 'false').map(m => m.command),
    );
    const shown = manifest.contributes.commands.filter(command => !hidden.has(command.command));
    assert.ok(shown.length >= 5);
    const rows = page.match(/^\| Zero Trust: [^|]+\|/gm)?.map(row => row.slice(2, -1).trim()) ?? [];
    assert.deepEqual(rows.sort(), shown.map(command => `${command.category}: ${command.title}`).sort());
  });

  it('lists every setting with its default', () => {
    const configuration = manifest.contributes.configuration;
    const properties = Object.fromEntries(
      (Array.isArray(configuration) ? configuration : [configuration]).flatMap(part =>
        Object.entries(part.properties as Record<string, { default?: unknown }>),
      ),
    );
    const rows = Object.fromEntries(
      [...page.matchAll(/^\| `(zeroTrust\.[\w.]+)` \| `([^`]*)` \|/gm)].map(match => [match[1]!, match[2]!]),
    );
    assert.deepEqual(
      rows,
      Object.fromEntries(
        Object.entries(properties).map(([key, value]) => [
          key,
          typeof value.default === 'string' && value.default !== '' ? value.default : JSON.stringify(value.default),
        ]),
      ),
    );
  });

  it('states the preset sizes the plugin has', () => {
    assert.match(
      page,
      new RegExp(
        `${PRESET_RULES.all} rules: the \`recommended\` preset runs the ${PRESET_RULES.recommended} [^,]+, ` +
          `\`strict\` runs ${PRESET_RULES.strict}\\.`,
      ),
    );
  });

  it("gives the walkthrough's install command and config for CI", () => {
    const walkthrough = read('extension/walkthrough/add-to-ci.md');
    assert.deepEqual(codeBlocks(page, 'sh'), codeBlocks(walkthrough, 'sh'));
    assert.deepEqual(codeBlocks(page, 'js'), codeBlocks(walkthrough, 'js'));
  });

  it('shows screenshots that are in the repository (links from its root, as vsce rewrites them)', () => {
    const images = [...page.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(match => match[1]!);
    assert.deepEqual(images, [
      '/images/marketplace/hover.png',
      '/images/marketplace/quick-fix.png',
      '/images/marketplace/findings-view.png',
    ]);
    for (const image of images) {
      assert.ok(fs.existsSync(path.join(ROOT, image)), `${image} exists (npm run test:ui takes it)`);
    }
  });
});
