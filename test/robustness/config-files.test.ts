import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { Linter } from 'eslint';

import plugin from '../../eslint-plugin/src';

const ROOT = path.resolve(__dirname, '../..');

function jsonFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      jsonFiles(file, out);
    } else if (entry.isFile() && /\.jsonc?$/.test(entry.name)) {
      out.push(file);
    }
  }
  return out;
}

/**
 * Every JSON file in node_modules through the JSON processor and every rule `config-files` runs (under a name
 * outside node_modules, which the config itself never lints): no rule throws, no generated block fails to parse,
 * and every finding is printed to be read.
 */
describe('config-files on every JSON file in node_modules', () => {
  it('lints them all without an exception or a parse error', () => {
    const files = jsonFiles(path.join(ROOT, 'node_modules'));
    assert.ok(files.length > 500, `${files.length} files`);
    const [, , rules] = plugin.configs['config-files'];
    const config = [{ files: ['**/*.json', '**/*.jsonc'], processor: plugin.processors.json }, rules!];
    const linter = new Linter({ configType: 'flat', cwd: ROOT });
    const exceptions: string[] = [];
    const parseErrors: string[] = [];
    const findings: string[] = [];
    for (const file of files) {
      const relative = path.relative(ROOT, file);
      const virtual = path.join(ROOT, 'corpus', relative.split(`node_modules${path.sep}`).join(`nm${path.sep}`));
      try {
        for (const message of linter.verify(fs.readFileSync(file, 'utf8'), config, {
          filename: virtual,
          filterCodeBlock: () => true,
        })) {
          if (message.ruleId === null) {
            parseErrors.push(`${relative}: ${message.message}`);
          } else {
            findings.push(
              `${relative}:${message.line}:${message.column} ${message.ruleId} ${message.message.slice(0, 100)}`,
            );
          }
        }
      } catch (error) {
        exceptions.push(`${relative}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    console.log(
      `      ${files.length} JSON files, ${findings.length} ` +
        `findings${findings.length > 0 ? `:\n` + `        ${findings.slice(0, 20).join('\n        ')}` : ''}`,
    );
    assert.deepEqual(exceptions, []);
    assert.deepEqual(parseErrors, []);
  });
});
