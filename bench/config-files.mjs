// `node bench/config-files.mjs` (after `npm run build:plugin`): what the `config-files` config costs on real JSON,
// next to ESLint's own cost of linting the same files with @eslint/json and no rules. The corpus is every
// package.json and settings-like JSON file in node_modules (`appsettings*`, `local.settings`, `config/…`, `*.jsonc`,
// `tsconfig*`, `.eslintrc.json`); each file is linted by ESLint's `Linter`, as the JSON processor would see it
// whatever its name. Rounds alternate the two sets; the report gives the median of each set's total CPU time.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Linter } = require('eslint');
const json = require('@eslint/json').default ?? require('@eslint/json');
const plugin = require(path.join(root, 'eslint-plugin/dist/index.js'));

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const SETTINGS =
  /^(?:package\.json|appsettings.*\.json|local\.settings\.json|tsconfig.*\.json|\.eslintrc\.json|.*\.jsonc)$/i;

function collect(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) collect(file, out);
    else if (
      entry.isFile() &&
      (SETTINGS.test(entry.name) || (/\.jsonc?$/.test(entry.name) && /[\\/]config[\\/]/.test(file)))
    )
      out.push(file);
  }
  return out;
}

// Linted under names outside node_modules, which ESLint's configs (and config-files) leave out.
const files = collect(path.join(root, 'node_modules'), []).map(file => ({
  file: path.join(
    root,
    'corpus',
    path
      .relative(path.join(root, 'node_modules'), file)
      .split(`${path.sep}node_modules${path.sep}`)
      .join(`${path.sep}nm${path.sep}`),
  ),
  text: fs.readFileSync(file, 'utf8'),
}));
const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0);

const [, , rulesConfig] = plugin.configs['config-files'];
const sets = {
  'ESLint + @eslint/json, no rules': {
    config: [{ files: ['**/*.json', '**/*.jsonc'], plugins: { json }, language: 'json/jsonc' }],
    name: file => file,
  },
  'config-files (JSON processor + its rules)': {
    config: [{ files: ['**/*.json', '**/*.jsonc'], processor: plugin.processors.json }, rulesConfig],
    name: file => file,
  },
};

const linter = new Linter({ configType: 'flat', cwd: root });
const totals = Object.fromEntries(Object.keys(sets).map(name => [name, []]));
const findings = {};
let exceptions = 0;
for (let round = 0; round < runs; round++) {
  const order = round % 2 === 0 ? Object.keys(sets) : Object.keys(sets).reverse();
  for (const name of order) {
    const { config } = sets[name];
    let count = 0;
    let unlinted = 0;
    const start = process.cpuUsage();
    for (const { file, text } of files) {
      try {
        const messages = linter.verify(text, config, { filename: file, filterCodeBlock: () => true });
        count += messages.filter(m => m.ruleId !== null).length;
        unlinted += messages.some(m => m.ruleId === null && /No matching configuration/.test(m.message)) ? 1 : 0;
      } catch {
        exceptions++;
      }
    }
    const used = process.cpuUsage(start);
    totals[name].push((used.user + used.system) / 1000);
    findings[name] = count;
    if (unlinted > 0) throw new Error(`${name}: ${unlinted} files matched no configuration`);
  }
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(totals['ESLint + @eslint/json, no rules']);
console.log(
  `${files.length} JSON files from node_modules, ${(bytes / 1024 / 1024).toFixed(1)} MB; ${runs} ` +
    `rounds; ${exceptions} exceptions.`,
);
console.log('| set | median CPU ms | ms per file | vs @eslint/json, no rules | findings |');
console.log('| :-- | --: | --: | --: | --: |');
for (const name of Object.keys(sets)) {
  const ms = median(totals[name]);
  console.log(
    `| ${name} | ${ms.toFixed(0)} | ${(ms / files.length).toFixed(3)} | ${(ms / base).toFixed(2)}× ` +
      `| ${findings[name]} |`,
  );
}
