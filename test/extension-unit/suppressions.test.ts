import * as assert from 'node:assert/strict';

import type { Suppressions } from '../../extension/src/core/suppressions';

import {
  applySuppressions,
  editorRules,
  formatSuppressions,
  parseSuppressions,
  pruneSuppressions,
  suppressAll,
  suppressionKey,
} from '../../extension/src/core/suppressions';

const ROPC = 'zero-trust/no-password-grant';
const SECRET = 'zero-trust/no-hardcoded-client-credential';
const OTHER = 'no-console';

/** A finding of `ruleId`, an error unless `severity` says otherwise; `id` tells findings apart in the assertions. */
const finding = (ruleId: string, id: number, severity: 1 | 2 = 2) => ({ ruleId, severity, id });
const ids = (findings: readonly { id: number }[]): number[] => findings.map(f => f.id);

describe('suppressions (eslint-suppressions.json)', () => {
  describe('parseSuppressions', () => {
    it('reads the file ESLint writes', () => {
      assert.deepEqual(
        parseSuppressions(
          '{\n  "src/a.ts": {\n    "zero-trust/no-password-grant": {\n' + '      "count": 2\n    }\n  }\n}',
        ),
        {
          suppressions: { 'src/a.ts': { [ROPC]: { count: 2 } } },
        },
      );
      assert.deepEqual(parseSuppressions('{}'), { suppressions: {} });
    });

    it('gives an error value, never a throw, for bad JSON and wrong shapes', () => {
      assert.deepEqual(parseSuppressions(''), {
        error: 'not valid JSON (Unexpected end of JSON input)',
      });
      assert.match(parseSuppressions('{"a.ts": {').error!, /^not valid JSON \(/);
      assert.deepEqual(parseSuppressions('[]'), { error: 'expected an object of file paths' });
      assert.deepEqual(parseSuppressions('null'), { error: 'expected an object of file paths' });
      assert.deepEqual(parseSuppressions('{"a.ts": 3}'), { error: '"a.ts": expected an object of rule ids' });
      assert.deepEqual(parseSuppressions('{"a.ts": {"r": {"count": "2"}}}'), {
        error: '"a.ts" → "r": expected { "count": <integer ≥ 0> }',
      });
      assert.deepEqual(parseSuppressions('{"a.ts": {"r": {"count": -1}}}'), {
        error: '"a.ts" → "r": expected { "count": <integer ≥ 0> }',
      });
      assert.deepEqual(parseSuppressions('{"a.ts": {"r": 2}}'), {
        error: '"a.ts" → "r": expected { "count": <integer ≥ 0> }',
      });
    });
  });

  describe('suppressionKey', () => {
    it('is the POSIX path relative to the workspace folder', () => {
      assert.equal(suppressionKey('/home/me/app', '/home/me/app/src/auth.ts'), 'src/auth.ts');
      assert.equal(suppressionKey('/home/me/app/', '/home/me/app/./src/../lib/auth.ts'), 'lib/auth.ts');
      assert.equal(suppressionKey('/home/me/app', '/home/me/other/auth.ts'), '../other/auth.ts');
      // On POSIX a backslash is part of a name, and case matters.
      assert.equal(suppressionKey('/home/me/app', '/home/me/app/odd\\name.ts'), 'odd\\name.ts');
      assert.equal(suppressionKey('/home/me/App', '/home/me/app/a.ts'), '../app/a.ts');
    });

    it('takes Windows paths as path.win32.relative does, with / in the key', () => {
      assert.equal(suppressionKey('C:\\Users\\me\\app', 'C:\\Users\\me\\app\\src\\auth.ts'), 'src/auth.ts');
      assert.equal(suppressionKey('c:\\users\\me\\APP', 'C:\\Users\\me\\app\\src\\auth.ts'), 'src/auth.ts');
      assert.equal(suppressionKey('/c:/Users/me/app', '/c:/Users/me/app/src/auth.ts'), 'src/auth.ts');
      assert.equal(suppressionKey('C:\\app', 'C:/app/src/auth.ts'), 'src/auth.ts');
      assert.equal(suppressionKey('\\\\server\\share\\app', '\\\\server\\share\\app\\a.ts'), 'a.ts');
      assert.equal(suppressionKey('C:\\app', 'D:\\lib\\a.ts'), 'D:/lib/a.ts');
    });
  });

  describe('applySuppressions', () => {
    const entry: Suppressions[string] = { [ROPC]: { count: 2 } };

    it('leaves out all findings of a rule when there are at most count of them', () => {
      const findings = [finding(ROPC, 1), finding(SECRET, 2), finding(ROPC, 3)];
      assert.deepEqual(ids(applySuppressions(findings, entry)), [2]);
      assert.deepEqual(ids(applySuppressions([finding(ROPC, 1)], entry)), []);
    });

    it('shows all of them when the count is exceeded', () => {
      const findings = [finding(ROPC, 1), finding(ROPC, 2), finding(ROPC, 3)];
      assert.deepEqual(ids(applySuppressions(findings, entry)), [1, 2, 3]);
      assert.deepEqual(ids(applySuppressions(findings.slice(0, 2), { [ROPC]: { count: 1 } })), [1, 2]);
    });

    it('does not count or suppress warnings', () => {
      const warnings = [finding(ROPC, 1, 1), finding(ROPC, 2, 1)];
      assert.deepEqual(ids(applySuppressions(warnings, entry)), [1, 2]);
      // A count of 0 suppresses nothing.
      assert.deepEqual(ids(applySuppressions([finding(ROPC, 1)], { [ROPC]: { count: 0 } })), [1]);
    });

    it('leaves a file without an entry, and rules without one, as they are', () => {
      const findings = [finding(ROPC, 1), finding(SECRET, 2)];
      assert.deepEqual(ids(applySuppressions(findings, undefined)), [1, 2]);
      assert.deepEqual(ids(applySuppressions(findings, { [OTHER]: { count: 5 } })), [1, 2]);
      // Inherited names are not entries.
      assert.deepEqual(ids(applySuppressions([finding('toString', 1)], {})), [1]);
    });
  });

  describe('suppressAll', () => {
    it('sets the count of each own rule with errors, keeping other entries, and writes what ESLint writes', () => {
      const existing: Suppressions = {
        'src/b.ts': { [OTHER]: { count: 4 }, [ROPC]: { count: 9 } },
        'gone.ts': { [SECRET]: { count: 1 } },
      };
      const result = suppressAll(existing, [
        { path: 'src/b.ts', findings: [finding(SECRET, 1), finding(SECRET, 2), finding(ROPC, 3, 1)] },
        { path: 'src/a.ts', findings: [finding(ROPC, 4), finding(OTHER, 5)] },
        { path: 'src/clean.ts', findings: [] },
        { path: 'src/warned.ts', findings: [finding(ROPC, 6, 1)] },
      ]);
      assert.equal(result.findings, 3);
      assert.equal(result.files, 2);
      assert.equal(
        formatSuppressions(result.suppressions),
        [
          '{',
          '  "gone.ts": {',
          '    "zero-trust/no-hardcoded-client-credential": {',
          '      "count": 1',
          '    }',
          '  },',
          '  "src/a.ts": {',
          '    "zero-trust/no-password-grant": {',
          '      "count": 1',
          '    }',
          '  },',
          '  "src/b.ts": {',
          '    "no-console": {',
          '      "count": 4',
          '    },',
          '    "zero-trust/no-hardcoded-client-credential": {',
          '      "count": 2',
          '    },',
          '    "zero-trust/no-password-grant": {',
          '      "count": 9',
          '    }',
          '  }',
          '}',
        ].join('\n'),
      );
      // The input is not changed.
      assert.deepEqual(existing['src/b.ts'], { [OTHER]: { count: 4 }, [ROPC]: { count: 9 } });
    });

    it('writes an empty file as ESLint does', () => {
      const result = suppressAll({}, [{ path: 'a.ts', findings: [] }]);
      assert.deepEqual(result, { suppressions: {}, findings: 0, files: 0 });
      assert.equal(formatSuppressions(result.suppressions), '{\n}');
    });
  });

  describe('editorRules', () => {
    it('is the preset’s rules with zeroTrust.rules applied', () => {
      const STRICT_ONLY = 'zero-trust/no-client-access-token-inspection';
      const recommended = editorRules({ preset: 'recommended', rules: {} });
      assert.deepEqual([recommended(ROPC), recommended(STRICT_ONLY), recommended(OTHER)], [true, false, false]);
      assert.equal(editorRules({ preset: 'strict', rules: {} })(STRICT_ONLY), true);
      const changed = editorRules({
        preset: 'recommended',
        rules: { 'no-password-grant': 'off', [STRICT_ONLY]: 'warn', 'zero-trust/not-a-rule': 'error' },
      });
      assert.deepEqual(
        [changed(ROPC), changed(STRICT_ONLY), changed('zero-trust/not-a-rule'), changed(SECRET)],
        [false, true, false, true],
      );
    });

    it("is every own rule where the project's ESLint config decides (the editor then runs what CI runs)", () => {
      const project = editorRules({
        preset: 'recommended',
        rules: { 'no-password-grant': 'off' },
        project: { rules: {} },
      });
      assert.deepEqual(
        [project(ROPC), project('zero-trust/no-client-access-token-inspection'), project(OTHER)],
        [true, true, false],
      );
    });
  });

  describe('pruneSuppressions', () => {
    const existing: Suppressions = {
      'src/a.ts': { [ROPC]: { count: 3 }, [SECRET]: { count: 1 }, [OTHER]: { count: 2 } },
      'src/b.ts': { [ROPC]: { count: 1 } },
      'src/c.ts': { [ROPC]: { count: 1 } },
      'src/moved.ts': { [ROPC]: { count: 1 }, [OTHER]: { count: 1 } },
      'src/notLinted.ts': { [ROPC]: { count: 1 } },
    };

    it('lowers counts, drops entries that no longer match and files that are gone, and keeps other rules', () => {
      const result = pruneSuppressions(
        existing,
        [
          { path: 'src/a.ts', findings: [finding(ROPC, 1), finding(SECRET, 2, 1)] },
          { path: 'src/b.ts', findings: [finding(ROPC, 3), finding(ROPC, 4)] },
          { path: 'src/c.ts', findings: [] },
        ],
        path => path === 'src/moved.ts',
      );
      assert.equal(result.lowered, 1);
      assert.equal(result.removed, 4);
      assert.deepEqual(result.suppressions, {
        // 3 → 1; the rule that now only warns goes; another plugin's rule stays.
        'src/a.ts': { [ROPC]: { count: 1 }, [OTHER]: { count: 2 } },
        // More violations than the count: left as it is (they are all shown).
        'src/b.ts': { [ROPC]: { count: 1 } },
        // src/c.ts: nothing left; src/moved.ts: no longer exists (all its entries, as ESLint does).
        'src/notLinted.ts': { [ROPC]: { count: 1 } },
      });
      assert.equal(
        formatSuppressions(result.suppressions).split('\n').slice(0, 9).join('\n'),
        [
          '{',
          '  "src/a.ts": {',
          '    "no-console": {',
          '      "count": 2',
          '    },',
          '    "zero-trust/no-password-grant": {',
          '      "count": 1',
          '    }',
          '  },',
        ].join('\n'),
      );
    });

    it('leaves own rules the editor does not run alone', () => {
      const STRICT_ONLY = 'zero-trust/no-client-access-token-inspection';
      const entries: Suppressions = { 'a.ts': { [STRICT_ONLY]: { count: 1 }, [ROPC]: { count: 1 } } };
      const files = [{ path: 'a.ts', findings: [] }];
      const recommended = pruneSuppressions(
        entries,
        files,
        () => false,
        editorRules({ preset: 'recommended', rules: {} }),
      );
      assert.deepEqual(recommended, {
        suppressions: { 'a.ts': { [STRICT_ONLY]: { count: 1 } } },
        removed: 1,
        lowered: 0,
      });
      const strict = pruneSuppressions(entries, files, () => false, editorRules({ preset: 'strict', rules: {} }));
      assert.deepEqual(strict, { suppressions: {}, removed: 2, lowered: 0 });
    });

    it('keeps a file whose only entries are other plugins’', () => {
      const result = pruneSuppressions(
        { 'a.ts': { [OTHER]: { count: 1 } } },
        [{ path: 'a.ts', findings: [] }],
        () => false,
      );
      assert.deepEqual(result, { suppressions: { 'a.ts': { [OTHER]: { count: 1 } } }, removed: 0, lowered: 0 });
    });
  });
});
