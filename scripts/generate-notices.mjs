// Writes THIRD_PARTY_NOTICES.md, shipped in the .vsix, or with --check verifies it is current: the license of every
// package the extension's bundles contain (read from the inputs esbuild recorded in dist/bundle-meta.json, so run
// `npm run build` first) and of the data the plugin's generated tables come from (scripts/data/README.md).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { writeGenerated } from './write-generated.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET = 'THIRD_PARTY_NOTICES.md';
const META = path.join(root, 'dist/bundle-meta.json');
const check = process.argv.includes('--check');

const MIT = holder => `MIT License

Copyright (c) ${holder}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

/** The data behind the generated tables: what of it ships, where it comes from, and its license. */
const DATA = [
  {
    title: 'Microsoft Graph permissions',
    text:
      "The plugin's tables of Microsoft Graph permissions (each permission's name and, per consent scheme, its " +
      "privilege level and whether it needs admin consent; and each permission's id as app registrations write it) " +
      'are derived from `permissions/new/permissions.json` and `permissions/permissions-descriptions.json` in ' +
      '[microsoftgraph/microsoft-graph-devx-content]' +
      '(https://github.com/microsoftgraph/microsoft-graph-devx-content), ' +
      'commit `6cbd6bbd665a877560fdefbad74f3bdb5b57af88`.',
    license: MIT('Microsoft Graph'),
  },
  {
    title: 'gitleaks',
    text:
      'The provider token formats of the secret rules (regular expressions, keywords, entropy thresholds and allow ' +
      'lists) are converted from `config/gitleaks.toml` of [gitleaks](https://github.com/gitleaks/gitleaks), commit ' +
      '`b58d3f102cf3a2c84cb7f923d05c25c9b1aed84b`.',
    license: MIT('2019 Zachary Rice'),
  },
];

const LICENSE_FILE = /^(licen[cs]e|copying)([.-][a-z]+)?$/i;

/** The packages whose files esbuild put into the bundles, by name and version, with their folders. */
function bundledPackages() {
  if (!fs.existsSync(META)) {
    throw new Error(`${path.relative(root, META)} is missing: run \`npm run build\` first`);
  }
  const { inputs } = JSON.parse(fs.readFileSync(META, 'utf8'));
  const packages = new Map();
  for (const input of Object.keys(inputs)) {
    const at = input.lastIndexOf('node_modules/');
    if (at === -1) continue;
    const match = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.slice(at));
    if (!match) continue;
    const dir = path.join(root, input.slice(0, at), match[0]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    packages.set(`${manifest.name}@${manifest.version}`, { manifest, dir });
  }
  return [...packages.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, value]) => value);
}

/** The package's license file, or else the copyright and license lines of its README (some packages ship no file). */
function licenseText(dir) {
  const files = fs.readdirSync(dir);
  const file = files.find(name => LICENSE_FILE.test(name));
  if (file) return fs.readFileSync(path.join(dir, file), 'utf8').replace(/\r\n/g, '\n').trim();
  const readme = files.find(name => /^readme(\.md)?$/i.test(name));
  if (!readme) return undefined;
  const lines = fs.readFileSync(path.join(dir, readme), 'utf8').replace(/\r\n/g, '\n').split('\n');
  const start = lines.findIndex(line => /copyright/i.test(line));
  if (start === -1) return undefined;
  const end = lines.findIndex((line, i) => i > start && /^#/.test(line));
  return lines
    .slice(start, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

function fence(text) {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map(m => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}text\n${text}\n${ticks}`;
}

export function render(packages) {
  const parts = [
    '# Third-party notices',
    '',
    'Zero Trust Lint (the VS Code extension) bundles the packages below, and its rules use data derived from the ' +
      'works listed after them. Generated by `scripts/generate-notices.mjs`; do not edit.',
  ];
  for (const { title, text, license } of DATA) {
    parts.push('', `## ${title}`, '', text, '', fence(license));
  }
  parts.push('', '## Bundled packages');
  for (const { manifest, dir } of packages) {
    const license = typeof manifest.license === 'string' ? manifest.license : (manifest.license?.type ?? 'see below');
    const text = licenseText(dir);
    parts.push('', `### ${manifest.name} ${manifest.version}`, '', `License: ${license}.`);
    if (text) parts.push('', fence(text));
  }
  return parts.join('\n') + '\n';
}

writeGenerated([[path.join(root, TARGET), render(bundledPackages())]], {
  check,
  command: 'npm run build && npm run generate:notices',
});
