import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import * as tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

import plugin from '../../eslint-plugin/src';
import { ruleDocsUrl } from '../../eslint-plugin/src/util/rule';

/**
 * What GitHub code scanning gets from the README's CI workflow: ESLint with `@microsoft/eslint-formatter-sarif`
 * over the example app, with the recommended config. Checks the SARIF 2.1.0 shape, that every result carries one of
 * our rule ids and the exact location ESLint reported, and that each rule's help URI is its documentation page.
 */
const ROOT = path.resolve(__dirname, '../..');
const APP = path.join(ROOT, 'examples/app');

interface SarifRegion {
  startLine?: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}
interface SarifResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message?: { text?: string };
  locations?: { physicalLocation?: { artifactLocation?: { uri?: string; index?: number }; region?: SarifRegion } }[];
}
interface SarifLog {
  version?: string;
  $schema?: string;
  runs?: {
    tool?: {
      driver?: {
        name?: string;
        version?: string;
        rules?: { id?: string; helpUri?: string; shortDescription?: { text?: string } }[];
      };
    };
    artifacts?: { location?: { uri?: string } }[];
    results?: SarifResult[];
    invocations?: { executionSuccessful?: boolean; toolConfigurationNotifications?: unknown[] }[];
  }[];
}

describe('SARIF output for GitHub code scanning', function () {
  this.timeout(120_000);
  let results: ESLint.LintResult[];
  let sarif: SarifLog;

  before(async () => {
    const eslint = new ESLint({
      cwd: APP,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
        plugin.configs.recommended,
      ],
    });
    results = await eslint.lintFiles(['.']);
    const formatter = await eslint.loadFormatter('@microsoft/eslint-formatter-sarif');
    sarif = JSON.parse(await formatter.format(results)) as SarifLog;
  });

  it('is a SARIF 2.1.0 log with one ESLint run', () => {
    assert.equal(sarif.version, '2.1.0');
    assert.match(sarif.$schema ?? '', /sarif-2\.1\.0/);
    assert.equal(sarif.runs?.length, 1);
    assert.equal(sarif.runs[0]!.tool?.driver?.name, 'ESLint');
    assert.ok(Array.isArray(sarif.runs[0]!.results));
    // Parse errors and configuration problems would show up as notifications of a failed execution.
    assert.deepEqual(sarif.runs[0]!.invocations ?? [], []);
  });

  it('has one result per ESLint finding, each with our rule id, a level and the message', () => {
    const messages = results.flatMap(r => r.messages);
    const run = sarif.runs![0]!;
    assert.ok(messages.length > 0, 'the example app produced no findings');
    assert.equal(run.results!.length, messages.length);
    for (const result of run.results!) {
      assert.match(result.ruleId ?? '', /^zero-trust\/[a-z0-9-]+$/);
      assert.ok(['error', 'warning'].includes(result.level ?? ''), result.level);
      assert.ok(result.message?.text?.endsWith('.'), result.message?.text);
    }
    assert.deepEqual(run.results!.map(r => r.message?.text).sort(), messages.map(m => m.message).sort());
  });

  it('describes each reported rule with its documentation URL and description', () => {
    const run = sarif.runs![0]!;
    const rules = run.tool!.driver!.rules!;
    const reported = [...new Set(run.results!.map(r => r.ruleId!))].sort();
    assert.deepEqual(rules.map(r => r.id).sort(), reported);
    for (const rule of rules) {
      const id = rule.id!.replace(/^zero-trust\//, '') as keyof typeof plugin.rules;
      assert.equal(rule.helpUri, ruleDocsUrl(id));
      assert.equal(rule.helpUri, plugin.rules[id]?.meta?.docs?.url);
      assert.equal(rule.shortDescription?.text, plugin.rules[id]?.meta?.docs?.description);
    }
    for (const result of run.results!) {
      assert.equal(rules[result.ruleIndex!]?.id, result.ruleId, 'ruleIndex points at another rule');
    }
  });

  it('locates each result in its file at the line and columns ESLint reported', () => {
    const run = sarif.runs![0]!;
    const expected = results.flatMap(r =>
      r.messages.map(m => ({
        uri: pathToFileURL(r.filePath).href,
        ruleId: m.ruleId,
        region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
      })),
    );
    const actual = run.results!.map(r => {
      const location = r.locations?.[0]?.physicalLocation;
      const region = location?.region ?? {};
      return {
        uri: location?.artifactLocation?.uri,
        ruleId: r.ruleId,
        region: {
          startLine: region.startLine,
          startColumn: region.startColumn,
          endLine: region.endLine,
          endColumn: region.endColumn,
        },
      };
    });
    const key = (x: { uri?: string; ruleId?: string | null; region: SarifRegion }): string => JSON.stringify(x);
    assert.deepEqual(actual.map(key).sort(), expected.map(key).sort());
    for (const result of run.results!) {
      const artifact = run.artifacts?.[result.locations![0]!.physicalLocation!.artifactLocation!.index!];
      assert.equal(artifact?.location?.uri, result.locations![0]!.physicalLocation!.artifactLocation!.uri);
      assert.ok(artifact?.location?.uri?.startsWith(pathToFileURL(APP).href), artifact?.location?.uri);
    }
  });
});
