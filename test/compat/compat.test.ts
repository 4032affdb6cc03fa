import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { NPM, run } from './support/run';

/**
 * Installs the packed plugin (the tarball `npm publish` would upload) next to ESLint 8.57, 9 and 10 in temporary
 * projects, lints a copy of `examples/` with each, and requires the same findings from all of them: with the
 * `recommended` and `strict` configs, and with `config-files` (`.env` files, JSON settings, app manifests).
 */
const ROOT = path.resolve(__dirname, '../..');
const PLUGIN_DIR = path.join(ROOT, 'eslint-plugin');
const SOURCE = /\.(js|mjs|cjs|jsx|ts|mts|cts|tsx)$|^\.env(\..+)?$|\.jsonc?$/;
type Preset = 'recommended' | 'strict' | 'config-files';
const PRESETS: readonly Preset[] = ['recommended', 'strict', 'config-files'];
const installed = (name: string): string =>
  (JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

interface Flavour {
  name: string;
  eslint: string;
  /** Writes the project's ESLint config for `preset` and returns the CLI arguments and environment to lint with. */
  configure: (dir: string, preset: Preset) => { args: string[]; env: NodeJS.ProcessEnv; targets?: string[] };
}

const FLAT_CONFIG = (preset: Preset): string => `import tsParser from '@typescript-eslint/parser';
import zeroTrust from 'eslint-plugin-zero-trust';

export default [
  { files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'], languageOptions: { parser: tsParser } },
  ${preset === 'config-files' ? "...zeroTrust.configs['config-files']" : `zeroTrust.configs.${preset}`},
];
`;

const flat: Flavour['configure'] = (dir, preset) => {
  fs.writeFileSync(path.join(dir, 'eslint.config.mjs'), FLAT_CONFIG(preset));
  return { args: [], env: { ESLINT_USE_FLAT_CONFIG: 'true' } };
};

const FLAVOURS: Flavour[] = [
  {
    name: 'ESLint 8.57 with .eslintrc and the -legacy configs',
    eslint: '8.57.1',
    configure: (dir, preset) => {
      fs.rmSync(path.join(dir, 'eslint.config.mjs'), { force: true });
      if (preset === 'config-files') {
        // The configuration files by name, as a legacy project lists them (`--ext` cannot name `.env`).
        const eslintrc = { root: true, plugins: ['zero-trust'], extends: ['plugin:zero-trust/config-files-legacy'] };
        fs.writeFileSync(path.join(dir, '.eslintrc.json'), `${JSON.stringify(eslintrc, null, 2)}\n`);
        return { args: [], env: { ESLINT_USE_FLAT_CONFIG: 'false' }, targets: configFiles(dir, 'examples') };
      }
      const eslintrc = {
        root: true,
        parser: '@typescript-eslint/parser',
        parserOptions: { ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
        env: { es2022: true, node: true },
        plugins: ['zero-trust'],
        extends: [`plugin:zero-trust/${preset}-legacy`],
        overrides: [{ files: ['*.cjs', '*.cts'], parserOptions: { sourceType: 'script' } }],
      };
      fs.writeFileSync(path.join(dir, '.eslintrc.json'), `${JSON.stringify(eslintrc, null, 2)}\n`);
      return { args: ['--ext', '.js,.mjs,.cjs,.jsx,.ts,.mts,.cts,.tsx'], env: { ESLINT_USE_FLAT_CONFIG: 'false' } };
    },
  },
  { name: 'ESLint 8.57 with flat config', eslint: '8.57.1', configure: flat },
  { name: 'ESLint 9', eslint: '^9', configure: flat },
  { name: 'ESLint 10', eslint: '^10', configure: flat },
];

/** The `.env` and JSON files under `dir/folder` (relative to `dir`), but package manifests. */
function configFiles(dir: string, folder: string): string[] {
  return fs
    .readdirSync(path.join(dir, folder), { withFileTypes: true, recursive: true })
    .filter(entry => entry.isFile() && /^\.env(\..+)?$|\.jsonc?$/.test(entry.name) && entry.name !== 'package.json')
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; column: number; fatal?: boolean; message: string }[];
}

function copySources(from: string, to: string): number {
  let count = 0;
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') {
      count += copySources(source, path.join(to, entry.name));
    } else if (
      entry.isFile() &&
      SOURCE.test(entry.name) &&
      !/^eslint\.config\./.test(entry.name) &&
      entry.name !== 'package.json'
    ) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, path.join(to, entry.name));
      count++;
    }
  }
  return count;
}

describe('compatibility: the packed plugin on ESLint 8.57, 9 and 10', function () {
  this.timeout(15 * 60_000);
  let work: string;
  let tarball: string;
  let packedFiles: string[];
  let ruleIds: string[];

  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'zero-trust-compat-'));
    const build = await run(NPM, ['run', 'build:plugin'], { cwd: ROOT });
    assert.equal(build.status, 0, build.stdout + build.stderr);
    const pack = await run(NPM, ['pack', '--json', '--pack-destination', work], { cwd: PLUGIN_DIR });
    assert.equal(pack.status, 0, pack.stderr);
    const [info] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    tarball = path.join(work, info!.filename);
    packedFiles = info!.files.map(f => f.path).sort();
    ruleIds = fs
      .readdirSync(path.join(PLUGIN_DIR, 'src/rules'))
      .filter(f => f.endsWith('.ts') && f !== 'index.ts')
      .map(f => f.slice(0, -3));
  });

  after(() => {
    if (work && !process.env.KEEP_COMPAT_WORK) fs.rmSync(work, { recursive: true, force: true });
  });

  describe('the packed tarball', () => {
    it('holds the built code and its types, the README, the LICENSE and every rule doc', () => {
      for (const file of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
        assert.ok(packedFiles.includes(file), `${file} is not in the tarball`);
      }
      for (const id of ruleIds) {
        assert.ok(packedFiles.includes(`dist/rules/${id}.js`), `dist/rules/${id}.js is not in the tarball`);
        assert.ok(packedFiles.includes(`docs/rules/${id}.md`), `docs/rules/${id}.md is not in the tarball`);
      }
    });

    it('holds no sources, tests, configs or stray files', () => {
      // The rule docs, and the pages the README links to (the sink catalog, Graph permissions, values followed).
      const allowed =
        /^(package\.json|README\.md|LICENSE|THIRD_PARTY_NOTICES\.md|dist\/.+\.(js|d\.ts)|docs\/(rules\/)?[a-z0-9-]+\.md)$/;
      assert.deepEqual(
        packedFiles.filter(f => !allowed.test(f)),
        [],
      );
      assert.deepEqual(
        packedFiles.filter(f => /(^|\/)(src|test|tests)\//.test(f) || /\.test\./.test(f)),
        [],
      );
    });

    it('ships no stale build output (every dist file comes from a current source file)', () => {
      const stale = packedFiles
        .filter(f => f.startsWith('dist/'))
        .map(f => f.replace(/^dist\//, 'src/').replace(/\.d\.ts$|\.js$/, '.ts'))
        .filter(src => !fs.existsSync(path.join(PLUGIN_DIR, src)));
      assert.deepEqual(stale, [], 'remove eslint-plugin/dist and run `npm run build:plugin` again');
    });
  });

  describe('the same findings on every ESLint', () => {
    const findings = new Map<string, string[]>();
    const versions = new Map<string, string>();

    before(async () => {
      // One project per ESLint version (the two 8.57 flavours share one install), installed in parallel.
      const installs = new Map<string, Promise<string>>();
      for (const flavour of FLAVOURS) {
        if (installs.has(flavour.eslint)) continue;
        installs.set(
          flavour.eslint,
          (async () => {
            const dir = path.join(work, `eslint-${flavour.eslint.replace(/[^0-9.]/g, '') || 'latest'}`);
            fs.mkdirSync(dir, { recursive: true });
            fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "compat-project", "private": true }\n');
            const install = await run(
              NPM,
              [
                'install',
                '--no-audit',
                '--no-fund',
                '--no-package-lock',
                '--loglevel=error',
                `eslint@${flavour.eslint}`,
                `@typescript-eslint/parser@${installed('@typescript-eslint/parser')}`,
                `typescript@${installed('typescript')}`,
                tarball,
              ],
              { cwd: dir },
            );
            assert.equal(install.status, 0, `npm install for ESLint ${flavour.eslint} failed:\n${install.stderr}`);
            copySources(path.join(ROOT, 'examples'), path.join(dir, 'examples'));
            return dir;
          })(),
        );
      }
      const dirs = new Map<string, string>();
      for (const [version, promise] of installs) dirs.set(version, await promise);

      // Lint one flavour at a time: the two 8.57 flavours share a folder and differ only in their config files.
      for (const flavour of FLAVOURS) {
        const dir = dirs.get(flavour.eslint)!;
        const eslintPkg = JSON.parse(fs.readFileSync(path.join(dir, 'node_modules/eslint/package.json'), 'utf8')) as {
          version: string;
        };
        versions.set(flavour.name, eslintPkg.version);
        for (const preset of PRESETS) {
          const { args, env, targets = ['examples'] } = flavour.configure(dir, preset);
          const lint = await run(
            process.execPath,
            [
              path.join(dir, 'node_modules/eslint/bin/eslint.js'),
              '--format',
              'json',
              '--no-ignore',
              ...args,
              ...targets,
            ],
            { cwd: dir, env },
          );
          assert.ok(
            lint.status === 0 || lint.status === 1,
            `${flavour.name} (${preset}) failed (${lint.status}):\n${lint.stderr}\n${lint.stdout.slice(0, 2000)}`,
          );
          const results = JSON.parse(lint.stdout) as LintResult[];
          const lines = results.flatMap(r =>
            r.messages.map(
              m =>
                `${path.relative(dir, r.filePath).split(path.sep).join('/')}:${m.line}:${m.column} ` +
                (m.ruleId ?? `(no rule) ${m.message}`),
            ),
          );
          findings.set(`${flavour.name} / ${preset}`, lines.sort());
        }
      }
    });

    for (const preset of PRESETS) {
      it(`reports the same findings (rule id, line, column) with \`${preset}\``, () => {
        const reference = findings.get(`ESLint 10 / ${preset}`)!;
        assert.ok(
          reference.length > 0,
          'ESLint 10 found nothing in examples/: the plugin did not load or its rules did not run',
        );
        assert.deepEqual(
          reference.filter(line => line.includes('(no rule)')),
          [],
          'ESLint reported parse or configuration errors',
        );
        for (const flavour of FLAVOURS) {
          assert.deepEqual(
            findings.get(`${flavour.name} / ${preset}`),
            reference,
            `${flavour.name} (${versions.get(flavour.name)}) differs from ESLint 10`,
          );
        }
        console.log(
          `      ${reference.length} findings with ${preset} ` +
            `on ${FLAVOURS.map(f => `${f.name} ` + `(${versions.get(f.name)})`).join(', ')}`,
        );
      });
    }
  });
});
