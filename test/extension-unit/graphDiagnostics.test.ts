import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

import { analyzeGraphPermissions, listFiles } from '../../eslint-plugin/src/permissions';
import { graphDiagnosticPlans, permissionColumns } from '../../extension/src/core/graphDiagnostics';

const FIXTURES = path.resolve(__dirname, '../fixtures/graph');

function plansOf(app: string) {
  const cwd = path.join(FIXTURES, app);
  const files = listFiles([], cwd).filter(file => path.basename(file) !== 'expected.json');
  const report = analyzeGraphPermissions(files, { cwd });
  return graphDiagnosticPlans(
    report,
    (file, line) => fs.readFileSync(path.join(cwd, file), 'utf8').split(/\r?\n/)[line - 1],
  );
}

const LIMIT = "The analysis sees only this workspace's code.";

describe('graphDiagnosticPlans', () => {
  it('flags each place an over-broad or unused permission is requested, at its name, saying what to request', () => {
    assert.deepEqual(plansOf('client-app'), [
      {
        file: 'src/authConfig.ts',
        line: 7,
        startColumn: 46,
        endColumn: 60,
        permission: 'Mail.ReadWrite',
        kind: 'narrower',
        message:
          "Microsoft Graph permission Mail.ReadWrite (delegated) grants more than this workspace's Graph requests " +
          `need: request Mail.ReadBasic instead. ${LIMIT}`,
      },
      {
        file: 'src/authConfig.ts',
        line: 7,
        startColumn: 64,
        endColumn: 83,
        permission: 'Files.ReadWrite.All',
        kind: 'narrower',
        message:
          "Microsoft Graph permission Files.ReadWrite.All (delegated) grants more than this workspace's Graph " +
          `requests need: request Files.Read instead. ${LIMIT}`,
      },
      {
        file: 'src/authConfig.ts',
        line: 7,
        startColumn: 87,
        endColumn: 101,
        permission: 'Calendars.Read',
        kind: 'unused',
        message:
          'Microsoft Graph permission Calendars.Read (delegated) is requested but no Graph request in this ' +
          `workspace's code needs it: remove it unless other code uses these tokens. ${LIMIT}`,
      },
      {
        file: 'src/graphClient.ts',
        line: 7,
        startColumn: 38,
        endColumn: 52,
        permission: 'Mail.ReadWrite',
        kind: 'narrower',
        message:
          "Microsoft Graph permission Mail.ReadWrite (delegated) grants more than this workspace's Graph requests " +
          `need: request Mail.ReadBasic instead. ${LIMIT}`,
      },
    ]);
  });

  it('in an app registration manifest, marks the line of the permission (named by its id)', () => {
    assert.deepEqual(plansOf('daemon-app'), [
      {
        file: 'aad.manifest.json',
        line: 8,
        startColumn: 8,
        endColumn: 73,
        permission: 'User.Read.All',
        kind: 'narrower',
        message:
          "Microsoft Graph permission User.Read.All (application) grants more than this workspace's Graph " +
          `requests need: request User.ReadBasic.All instead. ${LIMIT}`,
      },
    ]);
  });

  it('gives no plan for used permissions, and joins the schemes of one place', () => {
    assert.deepEqual(
      plansOf('sdk-app').map(plan => [plan.permission, plan.kind]),
      [['User.Read', 'unused']],
    );
    const requested = { file: 'a.ts', line: 2, permission: 'Mail.Send', source: 'code' as const };
    const plans = graphDiagnosticPlans(
      {
        calls: [],
        requested: [
          { ...requested, scheme: 'delegated' },
          { ...requested, scheme: 'application' },
        ],
        unused: [
          { permission: 'Mail.Send', scheme: 'delegated' },
          { permission: 'Mail.Send', scheme: 'application' },
        ],
        narrower: [],
        missing: [],
        unresolved: [],
        errors: [],
      },
      () => undefined,
    );
    assert.deepEqual(plans, [
      {
        file: 'a.ts',
        line: 1,
        startColumn: 0,
        endColumn: 0,
        permission: 'Mail.Send',
        kind: 'unused',
        message:
          'Microsoft Graph permission Mail.Send (delegated, application) is requested but no Graph request in ' +
          `this workspace's code needs it: remove it unless other code uses these tokens. ${LIMIT}`,
      },
    ]);
  });
});

describe('permissionColumns', () => {
  it('finds the name as written, in any case, not inside a longer name', () => {
    assert.deepEqual(permissionColumns("  scopes: ['Mail.ReadWrite', 'Mail.Read'],", 'Mail.Read'), {
      start: 30,
      end: 39,
    });
    assert.deepEqual(permissionColumns("scope: 'https://graph.microsoft.com/mail.read'", 'Mail.Read'), {
      start: 36,
      end: 45,
    });
    assert.deepEqual(permissionColumns('    "id": "df021288-bdef-4463-88db-98f22de89214",  ', 'User.Read.All'), {
      start: 4,
      end: 49,
    });
    assert.deepEqual(permissionColumns('', 'User.Read'), { start: 0, end: 0 });
  });
});
