// Writes every finding of every rule (the `strict` config plus the rules it leaves out) over `examples/` and every
// JavaScript and TypeScript file in `node_modules`, one JSON line per file with findings, for comparing two builds:
//   node scripts/findings-snapshot.mjs [--plugin eslint-plugin/dist/index.js] [--out findings.jsonl]
// A refactoring that keeps behaviour leaves the output byte for byte the same.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args[at + 1];
};
const pluginPath = path.resolve(option('--plugin', path.join(root, 'eslint-plugin/dist/index.js')));
const out = option('--out', '-');

const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const pluginModule = await import(pathToFileURL(pluginPath).href);
const plugin = pluginModule.default?.rules ? pluginModule.default : (pluginModule.default?.default ?? pluginModule);

const rules = Object.fromEntries(Object.keys(plugin.rules).map(id => [`zero-trust/${id}`, 'error']));
const linter = new Linter({ configType: 'flat' });
const SOURCE = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$/;

function walk(dir, outFiles, depth = 0) {
  if (depth > 40) return outFiles;
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return outFiles;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, outFiles, depth + 1);
    else if (entry.isFile() && SOURCE.test(entry.name)) outFiles.push(full);
  }
  return outFiles;
}

const files = [...walk(path.join(root, 'examples'), []), ...walk(path.join(root, 'node_modules'), [])].sort();

function lint(code, filename) {
  for (const sourceType of ['module', 'commonjs']) {
    const config = [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        plugins: { 'zero-trust': plugin },
        languageOptions: {
          parser: tsParser,
          sourceType,
          ecmaVersion: 'latest',
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        rules,
      },
    ];
    let messages;
    try {
      messages = linter.verify(code, config, { filename });
    } catch (error) {
      return [{ exception: String(error?.message ?? error).split('\n', 1)[0] }];
    }
    if (messages.some(m => m.fatal)) continue;
    return messages.map(m => ({
      ruleId: m.ruleId,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      messageId: m.messageId,
      message: m.message,
      fix: m.fix,
      suggestions: m.suggestions?.map(s => ({ messageId: s.messageId, desc: s.desc, fix: s.fix })),
    }));
  }
  return null;
}

const lines = [];
let findings = 0;
let parsed = 0;
for (const file of files) {
  const code = fs.readFileSync(file, 'utf8');
  if (code.length > 2_000_000) continue;
  // ESLint's flat config never lints files under node_modules: name them as the project's own files would be.
  const result = lint(code, path.join(root, path.relative(root, file).replaceAll('node_modules', 'vendor_modules')));
  if (result === null) continue;
  parsed += 1;
  if (result.length === 0) continue;
  findings += result.length;
  lines.push(JSON.stringify({ file: path.relative(root, file), findings: result }));
}
const text = lines.join('\n') + '\n';
if (out === '-') process.stdout.write(text);
else fs.writeFileSync(out, text);
console.error(`${files.length} files, ${parsed} parsed, ${findings} findings in ${lines.length} files`);
