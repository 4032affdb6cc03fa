import assert from 'node:assert/strict';

import { clearProjectModules } from '../../eslint-plugin/src/util/modules/projectModules';
import { lintProject, type ProjectFinding } from './util/modules/lintProjectFile';

/** A finding as `[rule, messageId, line, column, endLine, endColumn]`. */
type Short = [string | null, string | undefined, number, number, number | undefined, number | undefined];

function short(findings: ProjectFinding[]): Short[] {
  return findings.map(f => [f.ruleId, f.messageId, f.line, f.column, f.endLine, f.endColumn]);
}

const GRAPH = 'zero-trust/no-overprivileged-graph-permission';
const DECODE = 'zero-trust/no-unverified-jwt-decode';

/** Fixture projects of several files (`test/fixtures/projects/`), linted with `recommended` as the CLI would. */
describe('findings across the modules of a project', () => {
  beforeEach(() => clearProjectModules());

  it('reports imported Graph permissions at the use, naming the module and line, once', () => {
    const app = lintProject('scopes', 'src/app.js');
    assert.deepEqual(short(app), [
      [GRAPH, 'imported', 8, 54, 8, 65],
      [GRAPH, 'imported', 9, 55, 9, 65],
    ]);
    assert.equal(
      app[0]!.message,
      'The scopes imported from `./authConfig.js` (line 9) include `RoleManagement.ReadWrite.Directory`, a ' +
        'high-privilege Microsoft Graph permission; request the narrowest permission that works, in that module.',
    );
    assert.match(app[1]!.message, /imported from `\.\/authConfig\.js` \(line 10\) include `Files\.ReadWrite\.All`/);
    assert.ok(app.every(f => !f.fix && f.suggestions === 0));
    // `graphScopes` and `loginRequest.scopes` are found by their names where they are written, and reported there.
    assert.deepEqual(short(lintProject('scopes', 'src/authConfig.js')), [[GRAPH, 'tierZero', 2, 42, 2, 67]]);
  });

  it("follows no import where the shared setting 'zero-trust'.followImports is false", () => {
    const off = { 'zero-trust': { followImports: false } };
    assert.deepEqual(short(lintProject('scopes', 'src/app.js', { settings: off })), []);
    assert.deepEqual(short(lintProject('jwt-wrappers', 'server.js', { sourceType: 'commonjs', settings: off })), []);
    // What a file holds itself is still reported: a helper defined in the same file, the module's own scopes.
    assert.deepEqual(short(lintProject('jwt-wrappers', 'local.js', { sourceType: 'commonjs', settings: off })), [
      [DECODE, 'jsonwebtokenDecode', 3, 25, 3, 31],
      [DECODE, 'wrapperUsedForAuthz', 6, 14, 6, 18],
    ]);
    assert.deepEqual(short(lintProject('scopes', 'src/authConfig.js', { settings: off })), [
      [GRAPH, 'tierZero', 2, 42, 2, 67],
    ]);
    // Any other value keeps it on.
    assert.equal(
      lintProject('scopes', 'src/app.js', { settings: { 'zero-trust': { followImports: 'no' } } }).length,
      2,
    );
  });

  it('treats a token helper as the decode it wraps, at the calls that trust its claims', () => {
    const server = lintProject('jwt-wrappers', 'server.js', { sourceType: 'commonjs' });
    assert.deepEqual(short(server), [
      [DECODE, 'wrapperUsedForAuthz', 8, 18, 8, 29],
      [DECODE, 'wrapperUsedForAuthz', 14, 14, 14, 25],
    ]);
    assert.equal(
      server[0]!.message,
      '`decodeToken` (imported from `./lib/token`, line 5) decodes the token without checking its signature, and ' +
        'its claims decide access here, so anyone can grant themselves access; verify the token (signature, ' +
        'algorithms, audience, issuer) in that helper.',
    );
    assert.deepEqual(short(lintProject('jwt-wrappers', 'local.js', { sourceType: 'commonjs' })), [
      [DECODE, 'jsonwebtokenDecode', 3, 25, 3, 31],
      [DECODE, 'wrapperUsedForAuthz', 6, 14, 6, 18],
    ]);
    // The decodes themselves are reported in the helper module, once.
    assert.deepEqual(short(lintProject('jwt-wrappers', 'lib/token.js', { sourceType: 'commonjs' })), [
      [DECODE, 'jwtDecodePkg', 5, 10, 5, 19],
      ['zero-trust/require-jwt-audience-issuer', 'missingAudienceAndIssuer', 8, 36, 8, 42],
      [DECODE, 'jwtDecodePkg', 12, 10, 12, 19],
    ]);
  });

  it('reports options written in another module there, not again where they are passed', () => {
    const server = lintProject('cjs', 'server.js', { sourceType: 'commonjs' });
    assert.deepEqual(short(server), [
      // A JSON token request with the password grant, reported where it is read; the client credentials one is fine.
      ['zero-trust/no-password-grant', 'rawRopcImported', 3, 22, 3, 53],
      ['zero-trust/no-legacy-auth-library', 'legacyLibrary', 7, 36, 7, 55],
    ]);
    assert.equal(
      server[0]!.message,
      'The token request imported from `./token-request.json` (line 2) uses the OAuth password grant, which ' +
        'bypasses MFA and Conditional Access; use the authorization code flow with PKCE, the device code flow or ' +
        'client credentials.',
    );
    assert.deepEqual(short(lintProject('cjs', 'config/bearer.js', { sourceType: 'commonjs' })), [
      ['zero-trust/entra-require-tenant-validation', 'paadValidateIssuerOff', 4, 3, 4, 24],
    ]);
  });

  for (const parser of ['typescript', 'espree'] as const) {
    it(`lints a file whose imports are cyclic, broken, missing or out of the project (${parser})`, () => {
      assert.deepEqual(short(lintProject('esm', 'app.js', { parser })), []);
    });
  }

  it('lints TypeScript and mixed projects without error', () => {
    assert.deepEqual(short(lintProject('ts', 'src/app.ts')), []);
    assert.deepEqual(short(lintProject('mixed', 'main.mjs')), []);
  });
});
