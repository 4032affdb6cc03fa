// `npm run demo`: lints the example app with the plugin's recommended and config-files configs, as a user's project
// would, and prints the findings in ESLint's usual format.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const app = path.join(root, 'examples/app');
console.log('Linting examples/app with eslint-plugin-zero-trust (recommended and config-files configs)…');
const eslint = path.join(root, 'node_modules/eslint/bin/eslint.js');
const result = spawnSync(process.execPath, [eslint, '--max-warnings=-1', '.'], { cwd: app, stdio: 'inherit' });
// The Microsoft Graph permissions the example's own requests need, compared with what it requests.
console.log('\nzero-trust-lint permissions (the Graph permissions the code needs vs the ones it requests)…');
const cli = path.join(root, 'eslint-plugin/dist/cli.js');
const permissions = spawnSync(process.execPath, [cli, 'permissions'], { cwd: app, stdio: 'inherit' });
if (permissions.status !== 0) {
  console.error('The permissions report failed.');
  process.exit(permissions.status ?? 2);
}
if (result.status === 1) {
  console.log(
    'These are the deliberate mistakes in examples/app; each finding links its rule doc with `--format json` or in ' +
      'the editor.',
  );
  process.exit(0);
}
if (result.status === 0) {
  console.error('The example app produced no findings: the plugin did not load or its rules did not run.');
  process.exit(1);
}
process.exit(result.status ?? 2);
