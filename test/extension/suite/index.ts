// The in-editor test entry (`extensionTestsPath`), for @vscode/test-electron and for code-server's extension host:
// runs every compiled `*.test.js` beside it with mocha (bdd), prints `N passed, N failed`, and writes the results to
// $E2E_RESULTS_FILE (atomically: temp file + rename), because a browser-hosted workbench never exits on its own.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number | undefined;
  error?: string;
}

function writeResults(results: object): void {
  const file = process.env.E2E_RESULTS_FILE;
  if (!file) {
    return;
  }
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(results, null, 2));
  fs.renameSync(temp, file);
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec' });
  const grep = process.env.E2E_GREP;
  if (grep) {
    mocha.grep(grep);
  }
  for (const name of fs.readdirSync(__dirname).sort()) {
    if (name.endsWith('.test.js')) {
      mocha.addFile(path.join(__dirname, name));
    }
  }
  const tests: TestResult[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const passes = tests.filter(test => test.state === 'passed').length;
        const summary = `${passes} passed, ${failures} failed`;
        console.log(summary);
        writeResults({ passes, failures, tests, summary });
        if (failures > 0) {
          reject(new Error(`${failures} tests failed.`));
        } else {
          resolve();
        }
      });
      runner.on('pass', test => tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
      runner.on('fail', (test, error: Error) =>
        tests.push({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration,
          error: error?.stack ?? String(error),
        }),
      );
    } catch (error) {
      writeResults({ passes: 0, failures: 1, tests: [], summary: '0 passed, 1 failed', error: String(error) });
      reject(error);
    }
  });
}
