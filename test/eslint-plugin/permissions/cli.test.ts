import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { main } from '../../../eslint-plugin/src/cli';

const FIXTURES = path.resolve(__dirname, '../../fixtures/graph');

function cli(args: string[], cwd: string): { status: number; output: string } {
  let output = '';
  const status = main(args, text => (output += text), cwd);
  return { status, output };
}

describe('zero-trust-lint permissions (command line)', () => {
  const clientApp = path.join(FIXTURES, 'client-app');
  const daemonApp = path.join(FIXTURES, 'daemon-app');

  it('is the package bin', () => {
    const manifest = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../eslint-plugin/package.json'), 'utf8'),
    );
    assert.deepEqual(manifest.bin, { 'zero-trust-lint': './dist/cli.js' });
  });

  it('--format json writes the report the fixture expects (paths relative to the current folder)', () => {
    const { status, output } = cli(['permissions', 'src', '--format', 'json'], clientApp);
    assert.equal(status, 0);
    assert.deepEqual(JSON.parse(output), JSON.parse(fs.readFileSync(path.join(clientApp, 'expected.json'), 'utf8')));
  });

  it('exits 1 when a --fail-on category is not empty, 0 when none is', () => {
    assert.equal(cli(['permissions', '--fail-on', 'missing'], clientApp).status, 1);
    assert.equal(cli(['permissions', '--fail-on=unused,narrower'], clientApp).status, 1);
    assert.equal(cli(['permissions', '--fail-on', 'missing,unused'], daemonApp).status, 0);
    assert.equal(cli(['permissions', '--fail-on', 'narrower'], daemonApp).status, 1);
  });

  it('exits 2 on misuse, with the usage', () => {
    for (const args of [
      [],
      ['lint'],
      ['permissions', '--format', 'xml'],
      ['permissions', '--fail-on', 'everything'],
      ['permissions', '--fail-on'],
      ['permissions', '--verbose'],
    ]) {
      const { status, output } = cli(args, clientApp);
      assert.equal(status, 2, args.join(' '));
      assert.match(output, /Usage: zero-trust-lint permissions/);
    }
    assert.equal(cli(['--help'], clientApp).status, 0);
  });

  it('text: requests, requested permissions and the three verdicts', () => {
    const { output } = cli(['permissions'], daemonApp);
    assert.equal(
      output,
      [
        'Microsoft Graph requests (4):',
        '  src/report.ts:6  GET /users  [application]  least: User.ReadBasic.All',
        '  src/report.ts:10  POST /users/{id}/sendMail  [application]  least: Mail.Send',
        '  src/report.ts:16  GET /users  [application]  least: User.ReadBasic.All',
        '  src/report.ts:17  DELETE /users/abc/messages/def  [application]  least: Mail.ReadWrite',
        'Requested permissions (3):',
        '  aad.manifest.json:9  User.Read.All  [application]',
        '  aad.manifest.json:10  Mail.Send  [application]',
        '  aad.manifest.json:11  Mail.ReadWrite  [application]',
        'Unused (0):',
        'Narrower (1):',
        '  User.Read.All [application]: User.ReadBasic.All allows every request',
        'Missing (0):',
        '',
      ].join('\n'),
    );
  });

  it('markdown: requested vs needed, and each request linked to its line', () => {
    const { output } = cli(['permissions', '--format', 'markdown'], clientApp);
    assert.match(output, /^# Microsoft Graph permissions\n/);
    assert.match(output, /\| `Calendars\.Read` \| delegated \| unused: no request found needs it \|/);
    assert.match(output, /\| `Mail\.ReadWrite` \| delegated \| narrower: `Mail\.ReadBasic` allows every request \|/);
    assert.match(
      output,
      /\| \[src\/mail\.ts:4\]\(src\/mail\.ts#L4\) \| `GET \/me\/messages` \| delegated \| `Mail\.ReadBasic` \|/,
    );
    assert.match(
      output,
      /- `POST \/me\/sendMail` \(delegated, \[src\/mail\.ts:21\]\(src\/mail\.ts#L21\)\): needs `Mail\.Send`/,
    );
  });

  it('sarif: one result per verdict, at the requested permission or the request', () => {
    const { output } = cli(['permissions', '--format', 'sarif'], clientApp);
    const sarif = JSON.parse(output);
    assert.equal(sarif.version, '2.1.0');
    const results = sarif.runs[0].results as { ruleId: string; locations: { physicalLocation: unknown }[] }[];
    assert.deepEqual(
      results.map(r => r.ruleId),
      [
        'graph-permission-unused',
        'graph-permission-narrower',
        'graph-permission-narrower',
        'graph-permission-missing',
        'graph-permission-missing',
      ],
    );
    assert.deepEqual(results[0]?.locations[0]?.physicalLocation, {
      artifactLocation: { uri: 'src/authConfig.ts' },
      region: { startLine: 8 },
    });
  });

  it('respects .gitignore and skips node_modules', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zt-permissions-'));
    try {
      const write = (file: string, text: string): void => {
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), text);
      };
      const call = "export const p = fetch('https://graph.microsoft.com/v1.0/me/messages');\n";
      write('.gitignore', 'generated/\n*.local.ts\n');
      write('src/app.ts', call);
      write('src/sub/.gitignore', 'skipped.ts\n');
      write('src/sub/skipped.ts', call);
      write('src/sub/kept.ts', call);
      write('src/secret.local.ts', call);
      write('generated/client.ts', call);
      write('node_modules/pkg/index.js', call);
      const report = JSON.parse(cli(['permissions', '--format', 'json'], dir).output) as { calls: { file: string }[] };
      assert.deepEqual([...new Set(report.calls.map(c => c.file))], ['src/app.ts', 'src/sub/kept.ts']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
