// The in-editor suite in the browser's web extension host (`npm run test:e2e:web`): the `extensionTestsPath` that
// code-server loads in its web worker extension host when the user settings give this extension the `web` kind. One
// bundle (out/test/extension/web/index.js) of mocha's browser build and the suite's test files that apply in the
// browser (see BROWSER_SUITE); the results go out through the console (`E2E_RESULTS {…}`), which the page receives
// from the worker and test/e2e/run.mjs reads, since a Web Worker has no file system.
import 'mocha/mocha.js';
// In this order: `mocha.setup` defines `describe` and `it`, which the test files call as they load.
import './setup';
import '../suite/extension.test';
import '../suite/findingsView.test';
import '../suite/graphPermissions.test';
import './browser.test';

interface TestResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number | undefined;
  error?: string;
}

interface MochaTest {
  fullTitle(): string;
  duration?: number;
}

declare const mocha: {
  grep(pattern: RegExp): void;
  run(done: (failures: number) => void): { on(event: string, listener: (...args: never[]) => void): void };
};

/** Tests of the Node suite that cannot hold in the browser, by their full title (what is off there). */
const NOT_IN_THE_BROWSER = [
  // The `.gitignore` of a repository is read beside the file on disk; the browser worker reads no disk.
  'does not report a .env file that the repository’s .gitignore ignores',
];

export function run(): Promise<void> {
  const escaped = NOT_IN_THE_BROWSER.map(title => title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  mocha.grep(new RegExp(`^(?!.*(?:${escaped}))`));
  const tests: TestResult[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures => {
        const passes = tests.filter(test => test.state === 'passed').length;
        const summary = `${passes} passed, ${failures} failed`;
        console.log(`E2E_RESULTS ${JSON.stringify({ passes, failures, tests, summary })}`);
        if (failures > 0) {
          reject(new Error(`${failures} tests failed.`));
        } else {
          resolve();
        }
      });
      runner.on('pass', (test: MochaTest) =>
        tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }),
      );
      runner.on('fail', (test: MochaTest, error: Error) =>
        tests.push({
          title: test.fullTitle(),
          state: 'failed',
          durationMs: test.duration,
          error: error?.stack ?? String(error),
        }),
      );
    } catch (error) {
      const results = { passes: 0, failures: 1, tests: [], summary: '0 passed, 1 failed', error: String(error) };
      console.log(`E2E_RESULTS ${JSON.stringify(results)}`);
      reject(error);
    }
  });
}
